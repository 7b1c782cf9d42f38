/**
 * Cross-record rules of the client configuration: the checks one record's schema cannot make
 * alone (references, build order, tiers, pooling, schedules, streams, prerequisites, change set).
 *
 * Every rule runs on every record and reports every finding; nothing stops at the first one.
 * Rules that rest on an inference rather than on a documented product rule say ASSUMPTION in
 * their code's cause text (see config-codes.ts), so readers can judge them.
 */
import Decimal from 'decimal.js';
import type { ClientConfig, ConfigObjectKind, PriceOffer, Tier } from '../schema/config';
import { CURRENCY_ROUNDING_METHODS, DOCUMENTED_ROUNDING_METHODS } from '../schema/config';
import {
  USAGE_RECORD_ATTRIBUTES,
  USAGE_RECORD_LOCATORS,
  USAGE_RECORD_TYPE_FIELDS,
} from '../schema/usage-record';
import { BULK_RECORD_USAGE_RECOMMENDED_MINIMUM } from '../schema/bulk-record-usage';
import type { ConfigCode } from './config-codes';
import {
  didYouMean,
  formatPath,
  pendingIssue,
  quote,
  type DocPath,
  type PendingIssue,
} from './config-common';

/** Where each kind of record lives in the document, and which field identifies it. */
export const CONFIG_COLLECTIONS: readonly {
  kind: ConfigObjectKind;
  path: readonly string[];
  idField: 'id' | 'name';
}[] = [
  { kind: 'currency', path: ['resources', 'currencies'], idField: 'id' },
  { kind: 'allowance', path: ['resources', 'allowances'], idField: 'id' },
  { kind: 'accumulator', path: ['resources', 'accumulators'], idField: 'id' },
  { kind: 'serviceType', path: ['buildingBlocks', 'serviceTypes'], idField: 'id' },
  { kind: 'billableService', path: ['buildingBlocks', 'billableServices'], idField: 'id' },
  { kind: 'usageType', path: ['buildingBlocks', 'usageTypes'], idField: 'id' },
  { kind: 'multiRateUsageType', path: ['buildingBlocks', 'multiRateUsageTypes'], idField: 'id' },
  { kind: 'unitOfMeasure', path: ['buildingBlocks', 'unitsOfMeasure'], idField: 'id' },
  { kind: 'rateUnit', path: ['models', 'rateUnits'], idField: 'id' },
  { kind: 'rateUnitMap', path: ['models', 'rateUnitMaps'], idField: 'id' },
  { kind: 'timeUnit', path: ['models', 'timeUnits'], idField: 'id' },
  { kind: 'zoneUnit', path: ['models', 'zoneUnits'], idField: 'id' },
  { kind: 'sourcePlatform', path: ['sourcePlatforms'], idField: 'id' },
  { kind: 'priceOffer', path: ['priceOffers'], idField: 'id' },
  { kind: 'processingStream', path: ['processingStreams'], idField: 'id' },
  { kind: 'jobSchedule', path: ['jobSchedules'], idField: 'name' },
];

/** Human words for each kind, used in messages. */
export const KIND_LABELS: Record<ConfigObjectKind, string> = {
  currency: 'currency',
  allowance: 'allowance',
  accumulator: 'accumulator',
  serviceType: 'service type',
  billableService: 'billable service',
  usageType: 'usage type',
  multiRateUsageType: 'multi-rate usage type',
  unitOfMeasure: 'unit of measure',
  rateUnit: 'rate unit',
  rateUnitMap: 'rate unit map',
  timeUnit: 'time unit',
  zoneUnit: 'zone unit',
  sourcePlatform: 'source platform',
  priceOffer: 'price offer',
  processingStream: 'processing stream',
  jobSchedule: 'job schedule',
};

/**
 * One code per kind of reference target. References made by price offers (the only ones to time
 * and zone units) are reported as build-order problems, CFG-ORD-001, instead.
 */
const REFERENCE_CODES: Partial<Record<ConfigObjectKind, ConfigCode>> = {
  currency: 'CFG-REF-001',
  allowance: 'CFG-REF-002',
  accumulator: 'CFG-REF-003',
  serviceType: 'CFG-REF-004',
  billableService: 'CFG-REF-005',
  usageType: 'CFG-REF-006',
  rateUnit: 'CFG-REF-007',
  sourcePlatform: 'CFG-REF-008',
  jobSchedule: 'CFG-REF-009',
};

interface RecordEntry {
  kind: ConfigObjectKind;
  id: string;
  path: DocPath;
  record: unknown;
}

/** Who refers: a record of some kind, or a setting (system property, aggregation). */
interface Referrer {
  kind: ConfigObjectKind | 'setting';
  id: string;
  path: DocPath;
  label: string;
}

export interface ConfigReference {
  from: Referrer;
  target: ConfigObjectKind;
  id: string;
  /** Path of the referring field. */
  path: DocPath;
}

/**
 * Rules the public documentation does not settle, made explicit and changeable. The defaults are
 * what the checker assumes; a widget can show them and let the reader switch them.
 */
export interface ConfigCheckAssumptions {
  /**
   * How tier bounds meet. `inclusive-units` (default): both bounds are inclusive whole units, as
   * in the documented examples 1–100, 101–500, so the next tier starts at the previous end + 1.
   * `continuous`: the next tier starts exactly where the previous one ends (0–100, 100–500).
   */
  tierBoundaries: 'inclusive-units' | 'continuous';
  /**
   * Multi-rate children are evaluated in sequence order, so a usage type dependency may only
   * point at a sibling with a lower sequence number (default true).
   */
  dependenciesOnEarlierSiblingsOnly: boolean;
}

export const DEFAULT_CONFIG_CHECK_ASSUMPTIONS: ConfigCheckAssumptions = {
  tierBoundaries: 'inclusive-units',
  dependenciesOnEarlierSiblingsOnly: true,
};

/** The assumptions in words, for display next to the checker's findings. */
export const CONFIG_CHECK_ASSUMPTIONS: readonly {
  id: keyof ConfigCheckAssumptions;
  text: string;
  defaultValue: string | boolean;
}[] = [
  {
    id: 'tierBoundaries',
    text:
      'Tier bounds are inclusive whole units (1–100, 101–500), as in the documented examples; ' +
      'the public documentation does not state the rule for fractional quantities.',
    defaultValue: DEFAULT_CONFIG_CHECK_ASSUMPTIONS.tierBoundaries,
  },
  {
    id: 'dependenciesOnEarlierSiblingsOnly',
    text:
      'A multi-rate child can only depend on siblings rated before it (lower sequence); the ' +
      'public documentation does not state the evaluation order of dependencies.',
    defaultValue: DEFAULT_CONFIG_CHECK_ASSUMPTIONS.dependenciesOnEarlierSiblingsOnly,
  },
];

export interface RuleContext {
  /** Defaults to DEFAULT_CONFIG_CHECK_ASSUMPTIONS. */
  assumptions?: ConfigCheckAssumptions;
  /**
   * Ids of records that exist in the document but failed the schema check; references to them
   * are not reported again as unresolved.
   */
  brokenIds: ReadonlyMap<ConfigObjectKind, ReadonlySet<string>>;
  /** The client block was unusable; skip rules about it. */
  clientMissing?: boolean;
  /**
   * Kinds (and section paths such as `systemProperties.coreAriaPrerequisites`) of which some
   * part was set aside. Rules that conclude from an absence ("nothing uses this", "no stream
   * for this feed") stay silent about them, since the set-aside part may be what is missing.
   */
  partial?: ReadonlySet<string>;
  /** Kinds whose whole list was unreadable: references to them cannot be judged. */
  unknownKinds?: ReadonlySet<ConfigObjectKind>;
}

function isPartial(context: RuleContext, ...keys: string[]): boolean {
  return keys.some((key) => context.partial?.has(key));
}

type Index = Map<ConfigObjectKind, Map<string, RecordEntry>>;

function recordLabel(kind: ConfigObjectKind, id: string): string {
  const label = KIND_LABELS[kind];
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} "${id}"`;
}

function listAt(config: ClientConfig, path: readonly string[]): unknown[] {
  let current: unknown = config;
  for (const key of path) current = (current as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(current) ? current : [];
}

// ---------------------------------------------------------------------------------------------
// Index and duplicates

function buildIndex(config: ClientConfig, out: PendingIssue[]): Index {
  const index: Index = new Map();
  for (const collection of CONFIG_COLLECTIONS) {
    const byId = new Map<string, RecordEntry>();
    index.set(collection.kind, byId);
    listAt(config, collection.path).forEach((record, position) => {
      const id = (record as Record<string, string>)[collection.idField] ?? '';
      const path = [...collection.path, position];
      const first = byId.get(id);
      if (first) {
        const duplicateOf = formatPath(first.path);
        out.push(
          collection.kind === 'jobSchedule'
            ? pendingIssue(
                'CFG-JOB-003',
                `Job schedule name "${id}" is already used by ${duplicateOf}; names are unique per client.`,
                [...path, 'name'],
              )
            : pendingIssue(
                'CFG-DUP-001',
                `${recordLabel(collection.kind, id)} is defined twice: ${duplicateOf} has the same id.`,
                [...path, collection.idField],
              ),
        );
        return;
      }
      byId.set(id, { kind: collection.kind, id, path, record });
    });
  }
  return index;
}

// ---------------------------------------------------------------------------------------------
// References

/** Every reference in the document, in document order. */
export function collectReferences(config: ClientConfig): ConfigReference[] {
  const refs: ConfigReference[] = [];
  const add = (from: Referrer, target: ConfigObjectKind, id: string | undefined, path: DocPath) => {
    if (id !== undefined) refs.push({ from, target, id, path });
  };
  const record = (kind: ConfigObjectKind, id: string, path: DocPath): Referrer => ({
    kind,
    id,
    path,
    label: recordLabel(kind, id),
  });

  const blocks = config.buildingBlocks;
  blocks.billableServices.forEach((service, i) => {
    const path = ['buildingBlocks', 'billableServices', i];
    const from = record('billableService', service.id, path);
    add(from, 'serviceType', service.serviceType, [...path, 'serviceType']);
    service.grants.forEach((grant, j) =>
      add(from, grant.kind, grant.resource, [...path, 'grants', j, 'resource']),
    );
  });
  blocks.usageTypes.forEach((usageType, i) => {
    const path = ['buildingBlocks', 'usageTypes', i];
    add(record('usageType', usageType.id, path), 'billableService', usageType.billableService, [
      ...path,
      'billableService',
    ]);
  });
  blocks.multiRateUsageTypes.forEach((multi, i) => {
    const path = ['buildingBlocks', 'multiRateUsageTypes', i];
    const from = record('multiRateUsageType', multi.id, path);
    add(from, 'usageType', multi.parentUsageType, [...path, 'parentUsageType']);
    multi.children.forEach((child, j) =>
      add(from, 'usageType', child.usageType, [...path, 'children', j, 'usageType']),
    );
  });

  const models = config.models;
  models.rateUnits.forEach((rateUnit, i) => {
    const path = ['models', 'rateUnits', i];
    add(record('rateUnit', rateUnit.id, path), 'serviceType', rateUnit.serviceType, [
      ...path,
      'serviceType',
    ]);
  });
  models.rateUnitMaps.forEach((map, i) => {
    const path = ['models', 'rateUnitMaps', i];
    const from = record('rateUnitMap', map.id, path);
    add(from, 'rateUnit', map.rateUnit, [...path, 'rateUnit']);
    add(from, 'serviceType', map.serviceType, [...path, 'serviceType']);
  });

  config.sourcePlatforms.forEach((platform, i) => {
    const path = ['sourcePlatforms', i];
    const from = record('sourcePlatform', platform.id, path);
    platform.feeds.forEach((feed, j) =>
      add(from, 'serviceType', feed.serviceType, [...path, 'feeds', j, 'serviceType']),
    );
  });

  config.priceOffers.forEach((offer, i) => {
    const path = ['priceOffers', i];
    const from = record('priceOffer', offer.id, path);
    add(from, 'billableService', offer.billableService, [...path, 'billableService']);
    add(from, 'currency', offer.currency, [...path, 'currency']);
    add(from, 'usageType', offer.usageType, [...path, 'usageType']);
    add(from, 'rateUnit', offer.rateUnit, [...path, 'rateUnit']);
    add(from, 'timeUnit', offer.timeUnit, [...path, 'timeUnit']);
    add(from, 'zoneUnit', offer.zoneUnit, [...path, 'zoneUnit']);
    add(from, 'accumulator', offer.accumulator, [...path, 'accumulator']);
    offer.tiers.forEach((tier, j) =>
      tier.impacts.forEach((impact, k) =>
        add(from, impact.kind, impact.resource, [...path, 'tiers', j, 'impacts', k, 'resource']),
      ),
    );
  });

  config.processingStreams.forEach((stream, i) => {
    const path = ['processingStreams', i];
    const from = record('processingStream', stream.id, path);
    add(from, 'serviceType', stream.serviceType, [...path, 'serviceType']);
    add(from, 'sourcePlatform', stream.sourcePlatform, [...path, 'sourcePlatform']);
  });

  const aggregation = config.aggregateMonetizedUsage;
  if (aggregation) {
    const path = ['aggregateMonetizedUsage'];
    add(
      { kind: 'setting', id: 'aggregateMonetizedUsage', path, label: 'Aggregate monetized usage' },
      'jobSchedule',
      aggregation.jobSchedule,
      [...path, 'jobSchedule'],
    );
  }

  const defaults = config.systemProperties.buildingBlocks;
  if (defaults) {
    const path = ['systemProperties', 'buildingBlocks'];
    add(
      { kind: 'setting', id: 'defaultCurrency', path, label: 'System property Default Currency' },
      'currency',
      defaults.defaultCurrency,
      [...path, 'defaultCurrency'],
    );
    add(
      {
        kind: 'setting',
        id: 'defaultServiceType',
        path,
        label: 'System property Default Service Type',
      },
      'serviceType',
      defaults.defaultServiceType,
      [...path, 'defaultServiceType'],
    );
  }
  return refs;
}

function checkReferences(
  refs: readonly ConfigReference[],
  index: Index,
  context: RuleContext,
  out: PendingIssue[],
): void {
  for (const ref of refs) {
    const known = index.get(ref.target);
    if (known?.has(ref.id) || context.brokenIds.get(ref.target)?.has(ref.id)) continue;
    if (context.unknownKinds?.has(ref.target)) continue;
    const targetLabel = KIND_LABELS[ref.target];
    const hint = didYouMean(ref.id, known?.keys() ?? []);
    if (ref.from.kind === 'priceOffer') {
      out.push(
        pendingIssue(
          'CFG-ORD-001',
          `${ref.from.label} uses ${targetLabel} "${ref.id}", which does not exist; price offers ` +
            `come last in the build order, so create the ${targetLabel} first.${hint}`,
          ref.path,
        ),
      );
      continue;
    }
    const code = REFERENCE_CODES[ref.target];
    if (!code) continue;
    out.push(
      pendingIssue(
        code,
        `${ref.from.label} refers to ${targetLabel} "${ref.id}", which is not configured.${hint}`,
        ref.path,
      ),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Resources and building blocks

function checkResources(
  config: ClientConfig,
  refs: readonly ConfigReference[],
  context: RuleContext,
  out: PendingIssue[],
): void {
  const referenced = new Set(refs.map((ref) => `${ref.target}:${ref.id}`));
  config.resources.currencies.forEach((currency, i) => {
    const path = ['resources', 'currencies', i, 'roundingMethod'];
    const method = currency.roundingMethod;
    if (!(CURRENCY_ROUNDING_METHODS as readonly string[]).includes(method)) {
      out.push(
        pendingIssue(
          'CFG-RES-001',
          `Currency "${currency.id}" has rounding method ${quote(method)}, which is not a known mode ` +
            `(${CURRENCY_ROUNDING_METHODS.join(', ')}).${didYouMean(method, CURRENCY_ROUNDING_METHODS)}`,
          path,
        ),
      );
    } else if (!(DOCUMENTED_ROUNDING_METHODS as readonly string[]).includes(method)) {
      out.push(
        pendingIssue(
          'CFG-RES-002',
          `Currency "${currency.id}" uses rounding method ${method}; the public documentation only ` +
            `confirms ${DOCUMENTED_ROUNDING_METHODS.join(' and ')}, so check your environment offers it.`,
          path,
        ),
      );
    }
  });
  const unused = (kind: ConfigObjectKind, items: readonly { id: string }[], key: string) => {
    // Any set-aside record could be the one that uses the resource.
    if ((context.partial?.size ?? 0) > 0) return;
    items.forEach((item, i) => {
      if (!referenced.has(`${kind}:${item.id}`)) {
        out.push(
          pendingIssue(
            'CFG-RES-003',
            `${recordLabel(kind, item.id)} is configured but no price offer, tier impact, grant or default uses it.`,
            ['resources', key, i, 'id'],
          ),
        );
      }
    });
  };
  unused('currency', config.resources.currencies, 'currencies');
  unused('allowance', config.resources.allowances, 'allowances');
  unused('accumulator', config.resources.accumulators, 'accumulators');
}

function checkBuildingBlocks(
  config: ClientConfig,
  index: Index,
  assumptions: ConfigCheckAssumptions,
  out: PendingIssue[],
): void {
  const services = index.get('billableService');
  config.buildingBlocks.billableServices.forEach((service, i) => {
    const path = ['buildingBlocks', 'billableServices', i];
    if (service.serviceType === undefined) {
      out.push(
        pendingIssue(
          'CFG-BLD-001',
          `Billable service "${service.id}" has no service type; catalog sync reports an error ` +
            'for it and its usage cannot be grouped or priced.',
          [...path, 'id'],
        ),
      );
    }
    if (service.kind === 'usage' && service.grants.length > 0) {
      out.push(
        pendingIssue(
          'CFG-BLD-002',
          `Billable service "${service.id}" is a usage service, but grants resources; grants ` +
            'belong to activation and recurring services.',
          [...path, 'grants'],
        ),
      );
    }
  });
  config.buildingBlocks.usageTypes.forEach((usageType, i) => {
    if (usageType.billableService === undefined) return;
    const service = services?.get(usageType.billableService)?.record as
      ClientConfig['buildingBlocks']['billableServices'][number] | undefined;
    if (service && service.kind !== 'usage') {
      out.push(
        pendingIssue(
          'CFG-BLD-003',
          `Usage type "${usageType.id}" is linked to billable service "${service.id}", which is ` +
            `an ${service.kind} service, not a usage service.`,
          ['buildingBlocks', 'usageTypes', i, 'billableService'],
        ),
      );
    }
  });
  config.buildingBlocks.multiRateUsageTypes.forEach((multi, i) => {
    const path = ['buildingBlocks', 'multiRateUsageTypes', i];
    const sequences = new Map<number, number>();
    const usageTypes = new Set<string>();
    multi.children.forEach((child, j) => {
      const childPath = [...path, 'children', j];
      const earlier = sequences.get(child.sequence);
      if (earlier !== undefined) {
        out.push(
          pendingIssue(
            'CFG-BLD-004',
            `Multi-rate usage type "${multi.id}": children ${earlier + 1} and ${j + 1} both have sequence ${child.sequence}.`,
            [...childPath, 'sequence'],
          ),
        );
      } else sequences.set(child.sequence, j);
      if (child.usageType === multi.parentUsageType) {
        out.push(
          pendingIssue(
            'CFG-BLD-005',
            `Multi-rate usage type "${multi.id}": child usage type "${child.usageType}" is the parent itself.`,
            [...childPath, 'usageType'],
          ),
        );
      } else if (usageTypes.has(child.usageType)) {
        out.push(
          pendingIssue(
            'CFG-BLD-005',
            `Multi-rate usage type "${multi.id}": usage type "${child.usageType}" is used by two children.`,
            [...childPath, 'usageType'],
          ),
        );
      }
      usageTypes.add(child.usageType);
    });
    multi.children.forEach((child, j) => {
      child.dependency?.dependsOn.forEach((dependency, k) => {
        const sibling = multi.children.find((other) => other.usageType === dependency);
        const dependencyPath = [...path, 'children', j, 'dependency', 'dependsOn', k];
        if (!sibling || sibling === child) {
          out.push(
            pendingIssue(
              'CFG-BLD-006',
              `Multi-rate usage type "${multi.id}": child "${child.usageType}" depends on ` +
                `"${dependency}", which is not another child of the same multi-rate usage type.` +
                didYouMean(
                  dependency,
                  multi.children.map((other) => other.usageType),
                ),
              dependencyPath,
            ),
          );
        } else if (
          assumptions.dependenciesOnEarlierSiblingsOnly &&
          sibling.sequence >= child.sequence
        ) {
          out.push(
            pendingIssue(
              'CFG-BLD-006',
              `Multi-rate usage type "${multi.id}": child "${child.usageType}" (sequence ` +
                `${child.sequence}) depends on "${dependency}" (sequence ${sibling.sequence}), ` +
                'which is not rated before it.',
              dependencyPath,
            ),
          );
        }
      });
    });
  });
  if (config.buildingBlocks.unitsOfMeasure.length > 0) {
    out.push(
      pendingIssue(
        'CFG-BLD-007',
        `${config.buildingBlocks.unitsOfMeasure.length} unit(s) of measure listed; the product ` +
          'reserves Units of Measure for a future release, so they have no effect today.',
        ['buildingBlocks', 'unitsOfMeasure'],
      ),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Models

function checkModels(config: ClientConfig, index: Index, out: PendingIssue[]): void {
  const rateUnits = index.get('rateUnit');
  config.models.rateUnits.forEach((rateUnit, i) => {
    const methods = [
      rateUnit.expression !== undefined ? 'expression' : undefined,
      rateUnit.databaseFunction !== undefined ? 'databaseFunction' : undefined,
      rateUnit.meterRead === true ? 'meterRead' : undefined,
    ].filter((method): method is string => method !== undefined);
    if (methods.length !== 1) {
      out.push(
        pendingIssue(
          'CFG-MOD-001',
          methods.length === 0
            ? `Rate unit "${rateUnit.id}" has no derivation method; set one of expression, databaseFunction or meterRead.`
            : `Rate unit "${rateUnit.id}" has ${methods.length} derivation methods (${methods.join(', ')}); keep exactly one.`,
          ['models', 'rateUnits', i, 'id'],
        ),
      );
    }
  });
  const mapKeys = new Map<string, number>();
  config.models.rateUnitMaps.forEach((map, i) => {
    const path = ['models', 'rateUnitMaps', i];
    const rateUnit = rateUnits?.get(map.rateUnit)?.record as
      ClientConfig['models']['rateUnits'][number] | undefined;
    if (rateUnit && rateUnit.serviceType !== map.serviceType) {
      out.push(
        pendingIssue(
          'CFG-MOD-002',
          `Rate unit map "${map.id}" binds rate unit "${map.rateUnit}" (service type ` +
            `"${rateUnit.serviceType}") to service type "${map.serviceType}".`,
          [...path, 'serviceType'],
        ),
      );
    }
    const key = `${map.serviceType}\u0000${map.transactionType}`;
    const earlier = mapKeys.get(key);
    if (earlier !== undefined) {
      out.push(
        pendingIssue(
          'CFG-MOD-003',
          `Rate unit maps ${formatPath(['models', 'rateUnitMaps', earlier])} and "${map.id}" both ` +
            `cover service type "${map.serviceType}" with transaction type "${map.transactionType}".`,
          [...path, 'transactionType'],
        ),
      );
    } else mapKeys.set(key, i);
  });
  const prefixOwner = new Map<string, string>();
  config.models.zoneUnits.forEach((zone, i) => {
    const path = ['models', 'zoneUnits', i];
    if (zone.model === 'STANDARD' && zone.prefixes.length === 0) {
      out.push(
        pendingIssue(
          'CFG-MOD-005',
          `Zone unit "${zone.id}" uses the standard zone model but lists no prefixes.`,
          [...path, 'prefixes'],
        ),
      );
    }
    new Set(zone.prefixes).forEach((prefix) => {
      const owner = prefixOwner.get(prefix);
      if (owner !== undefined && owner !== zone.id) {
        out.push(
          pendingIssue(
            'CFG-MOD-004',
            `Prefix "${prefix}" is in zone units "${owner}" and "${zone.id}"; the longest-match rule cannot choose.`,
            [...path, 'prefixes', zone.prefixes.indexOf(prefix)],
          ),
        );
      } else prefixOwner.set(prefix, zone.id);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Folder names and processing streams

function checkFolderNames(config: ClientConfig, context: RuleContext, out: PendingIssue[]): void {
  const check = (value: string, what: string, path: DocPath) => {
    if (/\s/.test(value)) {
      out.push(
        pendingIssue(
          'CFG-FLD-001',
          `${what} ${quote(value)} contains spaces; it becomes a folder name in the S3 path ` +
            `Client/mediation/Source Platform/Service Type/Usage Record Type/input. Try ` +
            `${quote(value.trim().replace(/\s+/g, '_'))}.`,
          path,
        ),
      );
    }
  };
  if (!context.clientMissing) check(config.client.name, 'Client name', ['client', 'name']);
  config.buildingBlocks.serviceTypes.forEach((serviceType, i) =>
    check(serviceType.id, 'Service type', ['buildingBlocks', 'serviceTypes', i, 'id']),
  );
  config.sourcePlatforms.forEach((platform, i) => {
    check(platform.id, 'Source platform', ['sourcePlatforms', i, 'id']);
    platform.feeds.forEach((feed, j) =>
      check(feed.usageRecordType, 'Usage record type', [
        'sourcePlatforms',
        i,
        'feeds',
        j,
        'usageRecordType',
      ]),
    );
  });
  config.processingStreams.forEach((stream, i) =>
    check(stream.usageRecordType, 'Usage record type', ['processingStreams', i, 'usageRecordType']),
  );
}

function streamKey(serviceType: string, sourcePlatform: string, usageRecordType: string): string {
  return [serviceType, sourcePlatform, usageRecordType].join('\u0000');
}

function checkProcessingStreams(
  config: ClientConfig,
  context: RuleContext,
  out: PendingIssue[],
): void {
  const streams = new Map<string, number>();
  config.processingStreams.forEach((stream, i) => {
    const key = streamKey(stream.serviceType, stream.sourcePlatform, stream.usageRecordType);
    const earlier = streams.get(key);
    if (earlier !== undefined) {
      out.push(
        pendingIssue(
          'CFG-STR-002',
          `Processing stream "${stream.id}" repeats ${formatPath(['processingStreams', earlier])}: ` +
            `both cover ${stream.serviceType} × ${stream.sourcePlatform} × ${stream.usageRecordType}.`,
          ['processingStreams', i, 'id'],
        ),
      );
    } else streams.set(key, i);
  });
  const feeds = new Set<string>();
  config.sourcePlatforms.forEach((platform, i) =>
    platform.feeds.forEach((feed, j) => {
      const key = streamKey(feed.serviceType, platform.id, feed.usageRecordType);
      feeds.add(key);
      if (!streams.has(key) && !isPartial(context, 'processingStream')) {
        out.push(
          pendingIssue(
            'CFG-STR-001',
            `Source platform "${platform.id}" delivers ${feed.serviceType} ${feed.usageRecordType} ` +
              `usage, but no processing stream covers ${feed.serviceType} × ${platform.id} × ` +
              `${feed.usageRecordType}; its files would not be rated.`,
            ['sourcePlatforms', i, 'feeds', j],
          ),
        );
      }
    }),
  );
  config.processingStreams.forEach((stream, i) => {
    const key = streamKey(stream.serviceType, stream.sourcePlatform, stream.usageRecordType);
    if (!feeds.has(key) && streams.get(key) === i && !isPartial(context, 'sourcePlatform')) {
      out.push(
        pendingIssue(
          'CFG-STR-003',
          `Processing stream "${stream.id}" (${stream.serviceType} × ${stream.sourcePlatform} × ` +
            `${stream.usageRecordType}) is not fed by any source platform feed.`,
          ['processingStreams', i, 'id'],
        ),
      );
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Price offers and tiers

function decimalOrUndefined(value: string | null | undefined): Decimal | undefined {
  return value === null || value === undefined ? undefined : new Decimal(value);
}

function checkTiers(
  offer: PriceOffer,
  path: DocPath,
  assumptions: ConfigCheckAssumptions,
  out: PendingIssue[],
): void {
  const tiers: readonly Tier[] = offer.tiers;
  const tierPath = (i: number, field: string) => [...path, 'tiers', i, field];
  tiers.forEach((tier, i) => {
    const from = new Decimal(tier.from);
    const to = decimalOrUndefined(tier.to);
    if (to !== undefined && to.lessThan(from)) {
      out.push(
        pendingIssue(
          'CFG-TIER-005',
          `Price offer "${offer.id}", tier ${i + 1}: ends at ${tier.to} but starts at ${tier.from}.`,
          tierPath(i, 'to'),
        ),
      );
    }
    if (i === 0) {
      if (!from.equals(0) && !from.equals(1)) {
        out.push(
          pendingIssue(
            'CFG-TIER-006',
            `Price offer "${offer.id}": the first tier starts at ${tier.from}, so quantities below it have no rate.`,
            tierPath(0, 'from'),
          ),
        );
      }
      return;
    }
    const previous = tiers[i - 1];
    if (!previous) return;
    const previousFrom = new Decimal(previous.from);
    const previousTo = decimalOrUndefined(previous.to);
    if (from.lessThan(previousFrom)) {
      out.push(
        pendingIssue(
          'CFG-TIER-001',
          `Price offer "${offer.id}": tier ${i + 1} starts at ${tier.from}, below tier ${i} (from ${previous.from}); list tiers in ascending order.`,
          tierPath(i, 'from'),
        ),
      );
      return;
    }
    if (previousTo === undefined) {
      out.push(
        pendingIssue(
          'CFG-TIER-004',
          `Price offer "${offer.id}": tier ${i} has no end, so tier ${i + 1} and any later tiers can never apply.`,
          [...path, 'tiers', i - 1],
        ),
      );
      return;
    }
    const expected = assumptions.tierBoundaries === 'continuous' ? previousTo : previousTo.plus(1);
    if (from.greaterThan(expected)) {
      out.push(
        pendingIssue(
          'CFG-TIER-002',
          `Price offer "${offer.id}": gap between tier ${i} (ends ${previous.to}) and tier ${i + 1} ` +
            `(starts ${tier.from}); expected tier ${i + 1} to start at ${expected.toFixed()}.`,
          tierPath(i, 'from'),
        ),
      );
    } else if (from.lessThan(expected)) {
      out.push(
        pendingIssue(
          'CFG-TIER-003',
          `Price offer "${offer.id}": tier ${i + 1} starts at ${tier.from}, inside tier ${i} ` +
            `(which ends at ${previous.to}); expected ${expected.toFixed()}.`,
          tierPath(i, 'from'),
        ),
      );
    }
  });
  const last = tiers[tiers.length - 1];
  const lastTo = last ? decimalOrUndefined(last.to) : undefined;
  const openTierExists = tiers.some((tier) => tier.to === null || tier.to === undefined);
  if (last && lastTo !== undefined && !openTierExists && offer.pricingModel === 'TIERED') {
    out.push(
      pendingIssue(
        'CFG-TIER-007',
        `Price offer "${offer.id}": the last tier ends at ${last.to}, so quantities above it have no rate.`,
        tierPath(tiers.length - 1, 'to'),
      ),
    );
  }
}

function checkPriceOffers(
  config: ClientConfig,
  index: Index,
  context: RuleContext,
  out: PendingIssue[],
): void {
  const accumulators = index.get('accumulator');
  const services = index.get('billableService');
  const usageTypes = index.get('usageType');
  const fedAccumulators = new Set<string>();
  for (const offer of config.priceOffers) {
    for (const tier of offer.tiers) {
      for (const impact of tier.impacts) {
        if (impact.kind === 'accumulator') fedAccumulators.add(impact.resource);
      }
    }
  }
  for (const service of config.buildingBlocks.billableServices) {
    for (const grant of service.grants) {
      if (grant.kind === 'accumulator') fedAccumulators.add(grant.resource);
    }
  }

  const shells = new Map<string, number>();
  config.priceOffers.forEach((offer, i) => {
    const path = ['priceOffers', i];
    const shellKey = [offer.plan, offer.rateSchedule, offer.billableService].join('\u0000');
    const earlier = shells.get(shellKey);
    if (earlier !== undefined) {
      out.push(
        pendingIssue(
          'CFG-PRC-001',
          `Price offer "${offer.id}" is for the same plan "${offer.plan}", rate schedule ` +
            `"${offer.rateSchedule}" and service "${offer.billableService}" as ` +
            `${formatPath(['priceOffers', earlier])}.`,
          [...path, 'id'],
        ),
      );
    } else shells.set(shellKey, i);

    const service = services?.get(offer.billableService)?.record as
      ClientConfig['buildingBlocks']['billableServices'][number] | undefined;
    if (service && service.serviceType === undefined) {
      out.push(
        pendingIssue(
          'CFG-ORD-002',
          `Price offer "${offer.id}" prices billable service "${service.id}", which has no service ` +
            'type yet; map the service to a service type first.',
          [...path, 'billableService'],
        ),
      );
    }
    if (offer.usageType !== undefined) {
      const usageType = usageTypes?.get(offer.usageType)?.record as
        ClientConfig['buildingBlocks']['usageTypes'][number] | undefined;
      if (
        usageType?.billableService !== undefined &&
        usageType.billableService !== offer.billableService
      ) {
        out.push(
          pendingIssue(
            'CFG-PRC-015',
            `Price offer "${offer.id}" prices service "${offer.billableService}" but names usage ` +
              `type "${usageType.id}", which belongs to service "${usageType.billableService}".`,
            [...path, 'usageType'],
          ),
        );
      }
    }

    if (offer.pricingModel === 'FLAT' && offer.tiers.length > 1) {
      out.push(
        pendingIssue(
          'CFG-PRC-010',
          `Price offer "${offer.id}" is FLAT but has ${offer.tiers.length} tiers; only one rate applies.`,
          [...path, 'tiers'],
        ),
      );
    }

    const tiered = offer.pricingModel === 'TIERED';
    if (!tiered) {
      const misplaced = (
        [
          ['tierType', offer.tierType !== undefined],
          ['tierReference', offer.tierReference !== undefined],
          ['accumulator', offer.accumulator !== undefined],
          ['flatRatePerTier', offer.flatRatePerTier],
        ] as const
      )
        .filter(([, present]) => present)
        .map(([field]) => field);
      if (misplaced.length > 0) {
        out.push(
          pendingIssue(
            'CFG-PRC-011',
            `Price offer "${offer.id}" is ${offer.pricingModel}, so ${misplaced.join(', ')} ` +
              `${misplaced.length === 1 ? 'has' : 'have'} no effect.`,
            [...path, misplaced[0] ?? 'pricingModel'],
          ),
        );
      }
    }
    const tierType = offer.tierType ?? 'PROGRESSIVE';
    const tierReference = offer.tierReference ?? 'QUANTITY';
    if (tiered && tierType === 'PROSPECTIVE' && tierReference !== 'BALANCE') {
      out.push(
        pendingIssue(
          'CFG-PRC-004',
          `Price offer "${offer.id}" uses PROSPECTIVE tiers with tier reference ${tierReference}; prospective tiers are always balance-based.`,
          [...path, offer.tierReference !== undefined ? 'tierReference' : 'tierType'],
        ),
      );
    }
    if (tiered && tierReference === 'BALANCE') {
      if (offer.accumulator === undefined) {
        out.push(
          pendingIssue(
            'CFG-PRC-002',
            `Price offer "${offer.id}" has balance-based tiers but names no accumulator.`,
            [...path, 'tierReference'],
          ),
        );
      } else if (
        accumulators?.has(offer.accumulator) &&
        !fedAccumulators.has(offer.accumulator) &&
        !isPartial(context, 'priceOffer', 'billableService')
      ) {
        out.push(
          pendingIssue(
            'CFG-PRC-003',
            `Price offer "${offer.id}" picks its tier from accumulator "${offer.accumulator}", but ` +
              'no tier impacts it and no service grants it, so its balance never grows.',
            [...path, 'accumulator'],
          ),
        );
      }
    }
    if (tiered && tierReference === 'QUANTITY' && offer.accumulator !== undefined) {
      out.push(
        pendingIssue(
          'CFG-PRC-012',
          `Price offer "${offer.id}" names accumulator "${offer.accumulator}", but its tiers are ` +
            'quantity-based, so the accumulator does not choose the tier.',
          [...path, 'accumulator'],
        ),
      );
    }
    if (offer.volumeRating) {
      if (!tiered || tierType !== 'PROSPECTIVE' || tierReference !== 'BALANCE') {
        out.push(
          pendingIssue(
            'CFG-PRC-005',
            `Price offer "${offer.id}" turns on volume rating but is ${offer.pricingModel}` +
              `${tiered ? ` with ${tierType} ${tierReference} tiers` : ''}; volume rating needs ` +
              'TIERED pricing with PROSPECTIVE, BALANCE-based tiers.',
            [...path, 'volumeRating'],
          ),
        );
      }
      const accumulator = offer.accumulator
        ? (accumulators?.get(offer.accumulator)?.record as
            ClientConfig['resources']['accumulators'][number] | undefined)
        : undefined;
      if (accumulator && !accumulator.accumulateQuantity) {
        out.push(
          pendingIssue(
            'CFG-PRC-006',
            `Price offer "${offer.id}" uses volume rating with accumulator "${accumulator.id}", ` +
              'which does not have accumulateQuantity: true.',
            [...path, 'accumulator'],
          ),
        );
      }
      if (offer.flatRatePerTier) {
        out.push(
          pendingIssue(
            'CFG-PRC-009',
            `Price offer "${offer.id}" turns on both volume rating and flat rate per tier; choose one pricing rule.`,
            [...path, 'flatRatePerTier'],
          ),
        );
      }
    }
    if (offer.pooling && offer.perRecordRating) {
      out.push(
        pendingIssue(
          'CFG-PRC-007',
          `Price offer "${offer.id}" turns on pooling and per-record rating; core Aria refuses per-record rating with pooling.`,
          [...path, 'perRecordRating'],
        ),
      );
    }
    if (offer.pooling && offer.flatRatePerTier) {
      out.push(
        pendingIssue(
          'CFG-PRC-008',
          `Price offer "${offer.id}" turns on pooling and flat rate per tier; pooling does not apply to flat rate per tier.`,
          [...path, 'flatRatePerTier'],
        ),
      );
    }
    offer.tiers.forEach((tier, j) =>
      tier.impacts.forEach((impact, k) => {
        if (impact.kind === 'currency' && impact.resource !== offer.currency) {
          out.push(
            pendingIssue(
              'CFG-PRC-013',
              `Price offer "${offer.id}", tier ${j + 1}: impacts currency "${impact.resource}", but the price offer is in "${offer.currency}".`,
              [...path, 'tiers', j, 'impacts', k, 'resource'],
            ),
          );
        }
      }),
    );
    checkTiers(offer, path, context.assumptions ?? DEFAULT_CONFIG_CHECK_ASSUMPTIONS, out);
  });

  const pricedServices = new Set(config.priceOffers.map((offer) => offer.billableService));
  config.buildingBlocks.billableServices.forEach((service, i) => {
    if (
      service.kind === 'usage' &&
      !pricedServices.has(service.id) &&
      !isPartial(context, 'priceOffer')
    ) {
      out.push(
        pendingIssue(
          'CFG-PRC-014',
          `Usage service "${service.id}" has no price offer, so Allegro would not rate its usage.`,
          ['buildingBlocks', 'billableServices', i, 'id'],
        ),
      );
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Aggregation, schedules, prerequisites, system properties

function checkAggregation(config: ClientConfig, context: RuleContext, out: PendingIssue[]): void {
  const aggregation = config.aggregateMonetizedUsage;
  if (!aggregation) return;
  const path = ['aggregateMonetizedUsage'];
  const mapped = new Map<string, number>();
  aggregation.attributeMappings.forEach((mapping, i) => {
    const mappingPath = [...path, 'attributeMappings', i, 'attribute'];
    if (!USAGE_RECORD_ATTRIBUTES.includes(mapping.attribute)) {
      out.push(
        pendingIssue(
          'CFG-AGG-001',
          `bulk_record_usage_m has no usage record attribute ${quote(mapping.attribute)}.` +
            didYouMean(mapping.attribute, USAGE_RECORD_ATTRIBUTES),
          mappingPath,
        ),
      );
    }
    const earlier = mapped.get(mapping.attribute);
    if (earlier !== undefined) {
      out.push(
        pendingIssue(
          'CFG-AGG-002',
          `Attribute "${mapping.attribute}" is mapped twice (also ${formatPath([...path, 'attributeMappings', earlier])}).`,
          mappingPath,
        ),
      );
    } else mapped.set(mapping.attribute, i);
  });
  // An empty list means the mappings seeded at deployment are kept; only a listed set is checked.
  if (
    aggregation.attributeMappings.length > 0 &&
    !isPartial(context, 'aggregateMonetizedUsage.attributeMappings')
  ) {
    const missing: string[] = [];
    if (!USAGE_RECORD_LOCATORS.some((field) => mapped.has(field))) {
      missing.push(`an account or plan-instance locator (${USAGE_RECORD_LOCATORS.join(' | ')})`);
    }
    if (!USAGE_RECORD_TYPE_FIELDS.some((field) => mapped.has(field))) {
      missing.push(`a usage type (${USAGE_RECORD_TYPE_FIELDS.join(' | ')})`);
    }
    if (!mapped.has('usage_units')) missing.push('usage_units');
    for (const what of missing) {
      out.push(
        pendingIssue(
          'CFG-AGG-003',
          `The attribute mappings do not fill ${what}; core Aria rejects usage records without it.`,
          [...path, 'attributeMappings'],
        ),
      );
    }
  }
  if (aggregation.batchSize < BULK_RECORD_USAGE_RECOMMENDED_MINIMUM) {
    out.push(
      pendingIssue(
        'CFG-AGG-004',
        `Batch size ${aggregation.batchSize} is below ${BULK_RECORD_USAGE_RECOMMENDED_MINIMUM}; ` +
          'bulk_record_usage_m is recommended for more than 100 records per call.',
        [...path, 'batchSize'],
      ),
    );
  }
  if (aggregation.frequency === 'SCHEDULED' && aggregation.jobSchedule === undefined) {
    out.push(
      pendingIssue(
        'CFG-AGG-005',
        'Aggregation frequency is SCHEDULED but no jobSchedule is named.',
        [...path, 'frequency'],
      ),
    );
  }
}

function checkJobSchedules(config: ClientConfig, context: RuleContext, out: PendingIssue[]): void {
  const daily = config.jobSchedules
    .map((schedule, i) => ({ schedule, i }))
    .filter(({ schedule }) => schedule.frequency === 'DAILY');
  if (daily.length === 0 && !isPartial(context, 'jobSchedule')) {
    out.push(
      pendingIssue(
        'CFG-JOB-001',
        'No job schedule has frequency DAILY; a default daily schedule is mandatory for every client.',
        ['jobSchedules'],
      ),
    );
  }
  const first = daily[0];
  for (const { schedule, i } of daily.slice(1)) {
    out.push(
      pendingIssue(
        'CFG-JOB-002',
        `Job schedule "${schedule.name}" is a second DAILY schedule ("${first?.schedule.name ?? ''}" is the first); only one is allowed.`,
        ['jobSchedules', i, 'frequency'],
      ),
    );
  }
}

function checkCoreAria(config: ClientConfig, context: RuleContext, out: PendingIssue[]): void {
  const prerequisites = config.systemProperties.coreAriaPrerequisites;
  const path = ['systemProperties', 'coreAriaPrerequisites'];
  if (!prerequisites) {
    if (isPartial(context, 'systemProperties', 'systemProperties.coreAriaPrerequisites')) return;
    out.push(
      pendingIssue(
        'CFG-CORE-006',
        'systemProperties.coreAriaPrerequisites is not filled in, so the core Aria prerequisites were not checked.',
        ['systemProperties'],
      ),
    );
    return;
  }
  if (!prerequisites.dataFeedEnabled) {
    out.push(
      pendingIssue(
        'CFG-CORE-001',
        'The Data Feed is not enabled; catalog and account changes will not reach Allegro.',
        [...path, 'dataFeedEnabled'],
      ),
    );
  }
  if (!prerequisites.section33Enabled) {
    out.push(
      pendingIssue(
        'CFG-CORE-002',
        'Section 33 (Advanced Pricing options) is not enabled in core Aria.',
        [...path, 'section33Enabled'],
      ),
    );
  }
  const url = prerequisites.advUsagePricingSystemBaseUrl;
  const urlPath = [...path, 'advUsagePricingSystemBaseUrl'];
  const protocol = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  if (protocol) {
    out.push(
      pendingIssue(
        'CFG-CORE-003',
        `adv_usage_pricing_system_base_url starts with "${protocol[0]}"; enter it without the ` +
          `protocol: ${quote(url.slice(protocol[0].length))}.`,
        urlPath,
      ),
    );
  } else {
    const problems: string[] = [];
    if (/\s/.test(url)) problems.push('contains spaces');
    if (/[?#]/.test(url)) problems.push('contains a query or fragment');
    if (url.endsWith('/')) problems.push('ends with a slash');
    const host = url.split('/')[0] ?? '';
    if (!/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?$/.test(host)) problems.push('has no host name');
    if (problems.length > 0) {
      out.push(
        pendingIssue(
          'CFG-CORE-004',
          `adv_usage_pricing_system_base_url ${quote(url)} ${problems.join(', ')}; expected host ` +
            'and path only, like secure.current.stage.ariasystems.net/ui/allegro.',
          urlPath,
        ),
      );
    }
  }
  if (!prerequisites.batchJobInterdependence) {
    out.push(
      pendingIssue(
        'CFG-CORE-005',
        'Batch-job interdependence is not configured; core Aria invoicing will not wait for ' +
          "Allegro's daily schedule.",
        [...path, 'batchJobInterdependence'],
      ),
    );
  }
}

/** Recommended Default Download Size range (rows). */
export const RECOMMENDED_DOWNLOAD_SIZE = { min: 200_000, max: 250_000 } as const;

function checkSystemProperties(config: ClientConfig, out: PendingIssue[]): void {
  const size = config.systemProperties.uiDefaults?.defaultDownloadSize;
  if (
    size !== undefined &&
    (size < RECOMMENDED_DOWNLOAD_SIZE.min || size > RECOMMENDED_DOWNLOAD_SIZE.max)
  ) {
    out.push(
      pendingIssue(
        'CFG-SYS-001',
        `Default Download Size is ${size.toLocaleString('en-US')}; 200,000 to 250,000 rows is recommended.`,
        ['systemProperties', 'uiDefaults', 'defaultDownloadSize'],
      ),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Change set

function checkChangeSet(
  config: ClientConfig,
  index: Index,
  refs: readonly ConfigReference[],
  context: RuleContext,
  out: PendingIssue[],
): void {
  const changeSet = config.changeSet;
  if (!changeSet) return;
  const deleted = new Set<string>();
  const dailyNames = new Set(
    config.jobSchedules.filter((s) => s.frequency === 'DAILY').map((s) => s.name),
  );
  changeSet.delete.forEach((deletion, i) => {
    const path = ['changeSet', 'delete', i];
    const label = recordLabel(deletion.kind, deletion.id);
    const exists = index.get(deletion.kind)?.has(deletion.id);
    if (!exists) {
      if (!context.brokenIds.get(deletion.kind)?.has(deletion.id)) {
        out.push(
          pendingIssue(
            'CFG-CHG-002',
            `${label} cannot be deleted: it is not in the document.` +
              didYouMean(deletion.id, index.get(deletion.kind)?.keys() ?? []),
            [...path, 'id'],
          ),
        );
      }
      deleted.add(`${deletion.kind}:${deletion.id}`);
      return;
    }
    const referrers = refs.filter(
      (ref) =>
        ref.target === deletion.kind &&
        ref.id === deletion.id &&
        !(ref.from.kind === deletion.kind && ref.from.id === deletion.id) &&
        !deleted.has(`${ref.from.kind}:${ref.from.id}`),
    );
    const seen = new Set<string>();
    const listed: string[] = [];
    for (const ref of referrers) {
      const key = formatPath(ref.from.path);
      if (seen.has(key)) continue;
      seen.add(key);
      listed.push(`${key} (${ref.from.label.replace(/^./, (c) => c.toLowerCase())})`);
    }
    if (listed.length > 0) {
      const shown = listed.slice(0, 10).join(', ');
      const more = listed.length > 10 ? ` and ${listed.length - 10} more` : '';
      out.push(
        pendingIssue(
          'CFG-CHG-001',
          `${label} cannot be deleted: still referenced by ${shown}${more}.`,
          [...path, 'id'],
        ),
      );
    }
    if (deletion.kind === 'jobSchedule' && dailyNames.has(deletion.id)) {
      dailyNames.delete(deletion.id);
      if (dailyNames.size === 0) {
        out.push(
          pendingIssue(
            'CFG-CHG-003',
            `Job schedule "${deletion.id}" is the only DAILY schedule; it cannot be deleted.`,
            [...path, 'id'],
          ),
        );
      }
    }
    deleted.add(`${deletion.kind}:${deletion.id}`);
  });
  changeSet.rename.forEach((rename, i) => {
    out.push(
      pendingIssue(
        'CFG-CHG-004',
        `${recordLabel(rename.kind, rename.from)} cannot be renamed to "${rename.to}": ids are read-only after creation.`,
        ['changeSet', 'rename', i],
      ),
    );
  });
}

/** Run every cross-record rule; returns all findings in a stable order. */
export function runConfigRules(config: ClientConfig, context: RuleContext): PendingIssue[] {
  const out: PendingIssue[] = [];
  const index = buildIndex(config, out);
  const refs = collectReferences(config);
  checkReferences(refs, index, context, out);
  checkResources(config, refs, context, out);
  checkBuildingBlocks(config, index, context.assumptions ?? DEFAULT_CONFIG_CHECK_ASSUMPTIONS, out);
  checkModels(config, index, out);
  checkFolderNames(config, context, out);
  checkProcessingStreams(config, context, out);
  checkPriceOffers(config, index, context, out);
  checkAggregation(config, context, out);
  checkJobSchedules(config, context, out);
  checkCoreAria(config, context, out);
  checkSystemProperties(config, out);
  checkChangeSet(config, index, refs, context, out);
  return out;
}
