/**
 * The Allegro client configuration checker.
 *
 * - `parseConfigText` reads JSON or YAML (detected from the first character) into plain data.
 * - `checkConfig` checks data: the schema of every record, then every cross-record rule.
 * - `checkConfigText` does both and gives each finding the line and column it refers to.
 *
 * None of them throws, whatever the input: every problem, including an internal failure, comes
 * back as an issue with a registered code. All findings are reported, not just the first: when a
 * record breaks the schema, it is set aside and the cross-record rules still run on the rest
 * (references to a set-aside record are not reported again as missing).
 */
import type { z } from 'zod';
import type { Issue, Severity } from '../issue';
import { ClientConfigSchema, type ClientConfig, type ConfigObjectKind } from '../schema/config';
import {
  closestMatch,
  formatPath,
  pathKey,
  pendingIssue,
  quote,
  toIssue,
  type DocPath,
  type PathSegment,
  type PendingIssue,
} from './config-common';
import {
  MAX_CONFIG_DEPTH,
  MAX_CONFIG_VALUES,
  readConfigText,
  type ConfigFormat,
} from './config-parse';
import {
  CONFIG_COLLECTIONS,
  DEFAULT_CONFIG_CHECK_ASSUMPTIONS,
  runConfigRules,
  type ConfigCheckAssumptions,
  type RuleContext,
} from './config-rules';

export type { ConfigFormat } from './config-parse';
export type { ConfigCheckAssumptions } from './config-rules';
export { CONFIG_CHECK_ASSUMPTIONS, DEFAULT_CONFIG_CHECK_ASSUMPTIONS } from './config-rules';

export interface ConfigCheckResult {
  /** Every finding, in document order when a text was checked. */
  issues: Issue[];
  /** The document with defaults applied; present when the schema check passed. */
  normalized?: ClientConfig;
  counts: Record<Severity, number>;
}

export interface ConfigCheckOptions {
  format?: ConfigFormat | 'auto';
  /** Override the checker's documented assumptions (see CONFIG_CHECK_ASSUMPTIONS). */
  assumptions?: Partial<ConfigCheckAssumptions>;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// ---------------------------------------------------------------------------------------------
// Sanitising: plain objects only, no prototype-changing keys, bounded depth and size

class SanitizeLimit extends Error {
  constructor(readonly issue: PendingIssue) {
    super(issue.message);
  }
}

function isPlainContainer(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === null || prototype === Object.prototype;
}

function sanitizeDocument(doc: unknown, issues: PendingIssue[]): unknown {
  let values = 0;
  const visit = (value: unknown, path: PathSegment[], depth: number): unknown => {
    values += 1;
    if (values > MAX_CONFIG_VALUES) {
      throw new SanitizeLimit(
        pendingIssue(
          'CFG-SYN-006',
          `The document has more than ${MAX_CONFIG_VALUES.toLocaleString('en-US')} values.`,
        ),
      );
    }
    if (depth > MAX_CONFIG_DEPTH) {
      throw new SanitizeLimit(
        pendingIssue(
          'CFG-SYN-004',
          `The document is nested deeper than ${MAX_CONFIG_DEPTH} levels.`,
          path.slice(0, MAX_CONFIG_DEPTH),
        ),
      );
    }
    if (Array.isArray(value)) {
      return value.map((item, index) => visit(item, [...path, index], depth + 1));
    }
    if (isPlainContainer(value)) {
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) {
          issues.push(
            pendingIssue(
              'CFG-SYN-003',
              `The key "${key}" is not allowed in a configuration document and was ignored.`,
              [...path, key],
            ),
          );
          continue;
        }
        copy[key] = visit(value[key], [...path, key], depth + 1);
      }
      return copy;
    }
    return value;
  };
  return visit(doc, [], 0);
}

// ---------------------------------------------------------------------------------------------
// Schema issues → readable findings

interface SchemaDef {
  type?: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
}

function defOf(schema: unknown): SchemaDef {
  return ((schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def ?? {}) as SchemaDef;
}

function unwrapSchemas(schema: unknown, depth = 0): unknown[] {
  if (depth > 20) return [];
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return unwrapSchemas(def.innerType, depth + 1);
    case 'pipe':
      return unwrapSchemas(def.in, depth + 1);
    case 'union':
      return (def.options ?? []).flatMap((option) => unwrapSchemas(option, depth + 1));
    default:
      return [schema];
  }
}

/** Field names the schema allows at `path` (for "did you mean" on unknown keys). */
function knownKeysAt(path: DocPath): string[] {
  let current: unknown[] = unwrapSchemas(ClientConfigSchema);
  for (const segment of path) {
    const next: unknown[] = [];
    for (const schema of current) {
      const def = defOf(schema);
      if (def.type === 'object' && typeof segment === 'string' && def.shape?.[segment]) {
        next.push(...unwrapSchemas(def.shape[segment]));
      } else if (def.type === 'array' && typeof segment === 'number') {
        next.push(...unwrapSchemas(def.element));
      }
    }
    current = next;
  }
  const keys = new Set<string>();
  for (const schema of current) {
    const def = defOf(schema);
    if (def.type === 'object' && def.shape) Object.keys(def.shape).forEach((key) => keys.add(key));
  }
  return [...keys];
}

function valueAt(doc: unknown, path: DocPath): { found: boolean; value: unknown } {
  let current: unknown = doc;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return { found: false, value: undefined };
    const container = current as Record<string | number, unknown>;
    if (!Object.prototype.hasOwnProperty.call(container, segment)) {
      return { found: false, value: undefined };
    }
    current = container[segment];
  }
  return { found: true, value: current };
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text ${quote(value)}`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return `the value ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value} value`;
  }
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'a text value',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** The path for a message: `priceOffers[0].tierType`, or "the document" for the root. */
function where(path: DocPath, startOfSentence = true): string {
  if (path.length > 0) return formatPath(path);
  return startOfSentence ? 'The document' : 'the document';
}

type ZodIssue = z.core.$ZodIssue;

function toPathSegments(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

function schemaIssue(issue: ZodIssue, doc: unknown): PendingIssue[] {
  const path = toPathSegments(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(path);
    return issue.keys.map((key) => {
      const suggestion = closestMatch(key, known);
      return pendingIssue(
        'CFG-SCH-002',
        suggestion !== undefined
          ? `Unknown key "${key}" in ${where(path, false)}: probably a typo for "${suggestion}".`
          : `Unknown key "${key}" in ${where(path, false)}: not a field here, so its value would be ` +
              'ignored; check the spelling or remove it.',
        [...path, key],
      );
    });
  }
  const { found, value } = valueAt(doc, path);
  const parent = valueAt(doc, path.slice(0, -1));
  const missing =
    !found && parent.found && parent.value !== null && typeof parent.value === 'object';
  if (missing) {
    const field = path[path.length - 1];
    return [
      pendingIssue(
        'CFG-SCH-001',
        `Missing required field "${String(field)}" in ${where(path.slice(0, -1), false)}.`,
        path,
      ),
    ];
  }
  switch (issue.code) {
    case 'invalid_value': {
      const allowed = issue.values.map((option) => String(option));
      const hint =
        typeof value === 'string' && closestMatch(value, allowed) !== undefined
          ? ` Did you mean "${closestMatch(value, allowed) ?? ''}"?`
          : '';
      return [
        pendingIssue(
          'CFG-SCH-003',
          `${where(path)} is ${describeValue(value)}; allowed: ${allowed.join(', ')}.${hint}`,
          path,
        ),
      ];
    }
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (Array.isArray(options)) {
        const allowed = options.map((option) => String(option));
        return [
          pendingIssue(
            'CFG-SCH-003',
            `${where(path)} is ${describeValue(value)}; allowed: ${allowed.join(', ')}.`,
            path,
          ),
        ];
      }
      const formatBranch = issue.errors.flat().find((inner) => inner.code === 'invalid_format');
      if (formatBranch && typeof value === 'string') {
        return [
          pendingIssue(
            'CFG-SCH-005',
            `${where(path)} ${formatBranch.message} (found ${quote(value)}).`,
            path,
          ),
        ];
      }
      const expected = [
        ...new Set(
          issue.errors
            .flat()
            .filter((inner) => inner.code === 'invalid_type')
            .map(
              (inner) => EXPECTED_WORDS[(inner as { expected: string }).expected] ?? 'another type',
            ),
        ),
      ];
      return [
        pendingIssue(
          'CFG-SCH-004',
          expected.length > 0
            ? `${where(path)} should be ${expected.join(' or ')} but is ${describeValue(value)}.`
            : `${where(path)} is ${describeValue(value)}, which is not an accepted type here.`,
          path,
        ),
      ];
    }
    case 'invalid_type': {
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      return [
        pendingIssue(
          'CFG-SCH-004',
          `${where(path)} should be ${expected} but is ${describeValue(value)}.`,
          path,
        ),
      ];
    }
    case 'invalid_format':
      return [
        pendingIssue(
          'CFG-SCH-005',
          `${where(path)} ${issue.message}${typeof value === 'string' ? ` (found ${quote(value)})` : ''}.`,
          path,
        ),
      ];
    case 'too_small':
    case 'too_big':
      return [pendingIssue('CFG-SCH-006', `${where(path)} ${issue.message}.`, path)];
    default:
      return [pendingIssue('CFG-SCH-004', `${where(path)}: ${issue.message}.`, path)];
  }
}

// ---------------------------------------------------------------------------------------------
// Salvage: set broken records aside so the cross-record rules can still run on the rest

const OPTIONAL_TOP_LEVEL = new Set([
  '$schema',
  'schemaVersion',
  'aggregateMonetizedUsage',
  'changeSet',
]);
const EXTRA_LISTS: readonly (readonly string[])[] = [
  ['aggregateMonetizedUsage', 'attributeMappings'],
  ['changeSet', 'delete'],
  ['changeSet', 'rename'],
];

interface Salvage {
  /** Top-level or section keys to drop (paths of length 1 or 2). */
  dropKeys: DocPath[];
  /** List path key → original indexes to drop. */
  dropItems: Map<string, Set<number>>;
  replaceClient: boolean;
  brokenIds: Map<ConfigObjectKind, Set<string>>;
  partial: Set<string>;
  unknownKinds: Set<ConfigObjectKind>;
}

function planSalvage(issues: readonly ZodIssue[], doc: unknown): Salvage {
  const salvage: Salvage = {
    dropKeys: [],
    dropItems: new Map(),
    replaceClient: false,
    brokenIds: new Map(),
    partial: new Set(),
    unknownKinds: new Set(),
  };
  const lists = [
    ...CONFIG_COLLECTIONS.map((collection) => ({ path: collection.path, collection })),
    ...EXTRA_LISTS.map((path) => ({ path, collection: undefined })),
  ];
  for (const issue of issues) {
    let path = toPathSegments(issue.path);
    if (issue.code === 'unrecognized_keys') {
      // An unknown key is dropped on its own; the record it sits in stays usable.
      for (const key of issue.keys) salvage.dropKeys.push([...path, key]);
      continue;
    }
    const list = lists.find(
      ({ path: listPath }) =>
        path.length > listPath.length &&
        listPath.every((segment, i) => path[i] === segment) &&
        typeof path[listPath.length] === 'number',
    );
    if (list) {
      const index = path[list.path.length] as number;
      const key = pathKey(list.path);
      const set = salvage.dropItems.get(key) ?? new Set<number>();
      set.add(index);
      salvage.dropItems.set(key, set);
      salvage.partial.add(list.collection?.kind ?? formatPath(list.path));
      if (list.collection) {
        const record = valueAt(doc, [...list.path, index]).value as Record<string, unknown> | null;
        const id =
          record && typeof record === 'object' ? record[list.collection.idField] : undefined;
        if (typeof id === 'string') {
          const ids = salvage.brokenIds.get(list.collection.kind) ?? new Set<string>();
          ids.add(id);
          salvage.brokenIds.set(list.collection.kind, ids);
        }
      }
      continue;
    }
    const top = path[0];
    if (top === 'client') {
      salvage.replaceClient = true;
      continue;
    }
    if (typeof top === 'string' && OPTIONAL_TOP_LEVEL.has(top)) path = [top];
    else if (path.length >= 2) path = path.slice(0, 2);
    salvage.dropKeys.push(path);
    salvage.partial.add(formatPath(path));
    // A dropped section takes every list inside it along.
    for (const collection of CONFIG_COLLECTIONS) {
      if (path.every((segment, i) => collection.path[i] === segment)) {
        salvage.unknownKinds.add(collection.kind);
        salvage.partial.add(collection.kind);
      }
    }
  }
  return salvage;
}

function applySalvage(doc: Record<string, unknown>, salvage: Salvage): Record<string, unknown> {
  const copy = (value: unknown, path: PathSegment[]): unknown => {
    if (Array.isArray(value)) {
      const drop = salvage.dropItems.get(pathKey(path));
      const kept: unknown[] = [];
      value.forEach((item, index) => {
        if (!drop?.has(index)) kept.push(copy(item, [...path, index]));
      });
      return kept;
    }
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const childPath = [...path, key];
        if (salvage.dropKeys.some((drop) => pathKey(drop) === pathKey(childPath))) continue;
        out[key] = copy(item, childPath);
      }
      return out;
    }
    return value;
  };
  const result = copy(doc, []) as Record<string, unknown>;
  if (salvage.replaceClient) result.client = { id: '0', name: 'client' };
  return result;
}

/** Map a path in the salvaged document back to the original indexes. */
function restorePath(path: DocPath, salvage: Salvage): DocPath {
  const out: PathSegment[] = [];
  for (const segment of path) {
    const drop = typeof segment === 'number' ? salvage.dropItems.get(pathKey(out)) : undefined;
    if (drop && typeof segment === 'number') {
      let original = -1;
      let kept = -1;
      while (kept < segment) {
        original += 1;
        if (!drop.has(original)) kept += 1;
      }
      out.push(original);
    } else out.push(segment);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Checking

/** Defaults that depend on other fields (the schema handles the fixed ones). */
function applyDerivedDefaults(config: ClientConfig): ClientConfig {
  return {
    ...config,
    priceOffers: config.priceOffers.map((offer) =>
      offer.pricingModel === 'TIERED'
        ? {
            ...offer,
            tierType: offer.tierType ?? 'PROGRESSIVE',
            tierReference: offer.tierReference ?? 'QUANTITY',
          }
        : offer,
    ),
  };
}

interface DocumentCheck {
  issues: PendingIssue[];
  normalized?: ClientConfig;
}

function checkDocument(input: unknown, options: ConfigCheckOptions): DocumentCheck {
  const assumptions = { ...DEFAULT_CONFIG_CHECK_ASSUMPTIONS, ...options.assumptions };
  const issues: PendingIssue[] = [];
  if (input === undefined || input === null) {
    return { issues: [pendingIssue('CFG-SYN-005', 'The document is empty.')] };
  }
  let doc: unknown;
  try {
    doc = sanitizeDocument(input, issues);
  } catch (error) {
    if (error instanceof SanitizeLimit) return { issues: [...issues, error.issue] };
    throw error;
  }
  if (!isPlainContainer(doc)) {
    return {
      issues: [
        ...issues,
        pendingIssue(
          'CFG-SCH-004',
          `The document should be an object with the keys client, resources, buildingBlocks… but is ${describeValue(doc)}.`,
        ),
      ],
    };
  }

  const parsed = ClientConfigSchema.safeParse(doc);
  if (parsed.success) {
    const normalized = applyDerivedDefaults(parsed.data);
    issues.push(...runConfigRules(normalized, { brokenIds: new Map(), assumptions }));
    return { issues, normalized };
  }

  for (const zodIssue of parsed.error.issues) issues.push(...schemaIssue(zodIssue, doc));
  const salvage = planSalvage(parsed.error.issues, doc);
  const retry = ClientConfigSchema.safeParse(applySalvage(doc, salvage));
  if (retry.success) {
    const context: RuleContext = {
      assumptions,
      brokenIds: salvage.brokenIds,
      clientMissing: salvage.replaceClient,
      partial: salvage.partial,
      unknownKinds: salvage.unknownKinds,
    };
    for (const finding of runConfigRules(applyDerivedDefaults(retry.data), context)) {
      issues.push(
        finding.path ? { ...finding, path: restorePath(finding.path, salvage) } : finding,
      );
    }
  }
  return { issues };
}

function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

function internalFailure(error: unknown): PendingIssue {
  const reason = error instanceof Error ? error.message : String(error);
  return pendingIssue(
    'CFG-INT-001',
    `The configuration check stopped unexpectedly (${reason.slice(0, 200)}); findings may be incomplete.`,
  );
}

function result(issues: Issue[], normalized?: ClientConfig): ConfigCheckResult {
  return normalized
    ? { issues, normalized, counts: countBySeverity(issues) }
    : { issues, counts: countBySeverity(issues) };
}

/**
 * Check a configuration document that is already data (for example from JSON.parse).
 * Never throws. Issues carry paths but no line numbers.
 */
export function checkConfig(
  doc: unknown,
  options: Omit<ConfigCheckOptions, 'format'> = {},
): ConfigCheckResult {
  try {
    const checked = checkDocument(doc, options);
    return result(checked.issues.map(toIssue), checked.normalized);
  } catch (error) {
    return result([toIssue(internalFailure(error))]);
  }
}

/**
 * Read JSON or YAML configuration text into plain data. Never throws; syntax errors come back as
 * issues with line and column, and keys such as `__proto__` are reported and dropped.
 */
export function parseConfigText(
  text: string,
  format: ConfigFormat | 'auto' = 'auto',
): { doc?: unknown; issues: Issue[] } {
  try {
    const read = readConfigText(String(text), format);
    const issues = [...read.issues];
    if (read.doc === undefined) return { issues: issues.map(toIssue) };
    let doc: unknown;
    try {
      doc = sanitizeDocument(read.doc, issues);
    } catch (error) {
      if (!(error instanceof SanitizeLimit)) throw error;
      return { issues: [...issues, error.issue].map(toIssue) };
    }
    const located = issues.map((issue) =>
      issue.line === undefined && issue.path ? { ...issue, ...read.locate(issue.path) } : issue,
    );
    return { doc, issues: located.map(toIssue) };
  } catch (error) {
    return { issues: [toIssue(internalFailure(error))] };
  }
}

/**
 * Read and check configuration text. Every issue with a path also gets the line and column of
 * that key (or of the nearest enclosing one) in the original text; issues are sorted by line.
 * Never throws.
 */
export function checkConfigText(text: string, options: ConfigCheckOptions = {}): ConfigCheckResult {
  try {
    const read = readConfigText(String(text), options.format ?? 'auto');
    if (read.doc === undefined) return result(read.issues.map(toIssue));
    const checked = checkDocument(read.doc, options);
    const all = [...read.issues, ...checked.issues].map((issue) =>
      issue.line === undefined && issue.path ? { ...issue, ...read.locate(issue.path) } : issue,
    );
    const ordered = all
      .map((issue, order) => ({ issue, order }))
      .sort(
        (a, b) =>
          (a.issue.line ?? Number.MAX_SAFE_INTEGER) - (b.issue.line ?? Number.MAX_SAFE_INTEGER) ||
          a.order - b.order,
      )
      .map(({ issue }) => toIssue(issue));
    return result(ordered, checked.normalized);
  } catch (error) {
    return result([toIssue(internalFailure(error))]);
  }
}
