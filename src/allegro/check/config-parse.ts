/**
 * Reading configuration text (JSON or YAML) into plain data, with a map from document paths
 * back to line and column, so that every finding can point at the line to edit.
 *
 * JSON is read by a small parser of our own rather than JSON.parse: JSON.parse reports neither
 * positions (reliably, across Node versions) nor duplicate keys, and we need the position of
 * every key anyway. YAML is read with the `yaml` package's document model, whose nodes carry
 * source ranges.
 *
 * Objects are built without a prototype, so a `__proto__` key is only an ordinary key here;
 * `sanitizeDocument` later reports it and drops it before anything else sees the data.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import {
  pathKey,
  pendingIssue,
  type DocPath,
  type PathSegment,
  type PendingIssue,
} from './config-common';

export type ConfigFormat = 'json' | 'yaml';

/** Longest text the checker reads (characters). */
export const MAX_CONFIG_TEXT_LENGTH = 5_000_000;
/** Deepest nesting of lists and objects accepted; real configurations use fewer than 10. */
export const MAX_CONFIG_DEPTH = 64;
/** Most values a YAML document may expand to through aliases. */
export const MAX_CONFIG_VALUES = 200_000;

export interface TextPosition {
  line: number;
  column: number;
}

export interface ParsedConfigText {
  format: ConfigFormat;
  /** The data; undefined when the text could not be read. */
  doc?: unknown;
  issues: PendingIssue[];
  /** Line and column of the key or item at `path` (or its nearest located ancestor). */
  locate(path: DocPath): TextPosition | undefined;
}

/**
 * True when text starts the way UTF-16 with a byte order mark does after UTF-8 decoding: the
 * mark (FF FE or FE FF) becomes two replacement characters, and ASCII text after it alternates
 * with NUL characters.
 */
export function startsLikeUtf16ReadAsUtf8(text: string): boolean {
  if (!text.startsWith('\uFFFD\uFFFD') || text.length < 4) return false;
  return (text.charCodeAt(2) === 0) !== (text.charCodeAt(3) === 0);
}

/** Pick JSON when the first meaningful character opens an object or array, YAML otherwise. */
export function detectFormat(text: string): ConfigFormat {
  const match = /^\uFEFF?\s*([\s\S])/.exec(text);
  return match?.[1] === '{' || match?.[1] === '[' ? 'json' : 'yaml';
}

/** Offsets at which each line starts, for offset → line/column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 10) starts.push(index + 1);
    else if (char === 13) {
      if (text.charCodeAt(index + 1) === 10) index += 1;
      starts.push(index + 1);
    }
  }
  return starts;
}

function positionFinder(text: string): (offset: number) => TextPosition {
  let starts: number[] | undefined;
  return (offset) => {
    starts ??= lineStarts(text);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}

function makeLocator(
  offsets: Map<string, number>,
  toPosition: (offset: number) => TextPosition,
): (path: DocPath) => TextPosition | undefined {
  return (path) => {
    // Stop above the root: a finding about a missing top-level section has no line to point at.
    for (let length = path.length; length >= Math.min(1, path.length); length -= 1) {
      const offset = offsets.get(pathKey(path.slice(0, length)));
      if (offset !== undefined) return toPosition(offset);
    }
    return undefined;
  };
}

// ---------------------------------------------------------------------------------------------
// JSON

class JsonStop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
    readonly depth = false,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

function describeChar(char: string | undefined): string {
  if (char === undefined) return 'the end of the text';
  if (char === '\n' || char === '\r') return 'a line break';
  return `"${char}"`;
}

class JsonReader {
  private position = 0;
  readonly offsets = new Map<string, number>();
  readonly issues: PendingIssue[] = [];

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.position = 1;
  }

  read(): unknown {
    this.skipWhitespace();
    const value = this.value([], 0);
    this.skipWhitespace();
    if (this.position < this.text.length) {
      throw new JsonStop(this.position, 'unexpected text after the end of the document');
    }
    return value;
  }

  private skipWhitespace(): void {
    WHITESPACE.lastIndex = this.position;
    WHITESPACE.exec(this.text);
    this.position = WHITESPACE.lastIndex;
  }

  private value(path: PathSegment[], depth: number): unknown {
    if (depth > MAX_CONFIG_DEPTH) {
      throw new JsonStop(this.position, `nesting deeper than ${MAX_CONFIG_DEPTH} levels`, true);
    }
    this.offsets.set(pathKey(path), this.position);
    const char = this.text[this.position];
    switch (char) {
      case '{':
        return this.object(path, depth);
      case '[':
        return this.array(path, depth);
      case '"':
        return this.string();
      case 't':
        return this.literal('true', true);
      case 'f':
        return this.literal('false', false);
      case 'n':
        return this.literal('null', null);
      default: {
        NUMBER.lastIndex = this.position;
        const match = NUMBER.exec(this.text);
        if (match) {
          this.position = NUMBER.lastIndex;
          return Number(match[0]);
        }
        throw new JsonStop(this.position, `expected a value but found ${describeChar(char)}`);
      }
    }
  }

  private literal(word: string, value: unknown): unknown {
    if (this.text.startsWith(word, this.position)) {
      this.position += word.length;
      return value;
    }
    throw new JsonStop(
      this.position,
      `expected a value but found ${describeChar(this.text[this.position])} ` +
        '(text values need double quotes)',
    );
  }

  private object(path: PathSegment[], depth: number): Record<string, unknown> {
    const result = Object.create(null) as Record<string, unknown>;
    const seen = new Set<string>();
    this.position += 1;
    this.skipWhitespace();
    if (this.text[this.position] === '}') {
      this.position += 1;
      return result;
    }
    for (;;) {
      if (this.text[this.position] !== '"') {
        throw new JsonStop(
          this.position,
          `expected a key in double quotes but found ${describeChar(this.text[this.position])}`,
        );
      }
      const keyOffset = this.position;
      const key = this.string();
      const keyPath = [...path, key];
      this.skipWhitespace();
      if (this.text[this.position] !== ':') {
        throw new JsonStop(
          this.position,
          `expected ":" after the key "${key}" but found ${describeChar(this.text[this.position])}`,
        );
      }
      this.position += 1;
      this.skipWhitespace();
      const value = this.value(keyPath, depth + 1);
      if (seen.has(key)) {
        this.issues.push(
          pendingIssue(
            'CFG-SYN-007',
            `The key "${key}" appears more than once; the last value is used.`,
            keyPath,
          ),
        );
      }
      seen.add(key);
      result[key] = value;
      // The key, not the value, is where a finding about this member should point.
      this.offsets.set(pathKey(keyPath), keyOffset);
      this.skipWhitespace();
      const next = this.text[this.position];
      if (next === ',') {
        this.position += 1;
        this.skipWhitespace();
        if (this.text[this.position] === '}') {
          throw new JsonStop(this.position, 'a comma before "}" is not allowed in JSON');
        }
        continue;
      }
      if (next === '}') {
        this.position += 1;
        return result;
      }
      throw new JsonStop(this.position, `expected "," or "}" but found ${describeChar(next)}`);
    }
  }

  private array(path: PathSegment[], depth: number): unknown[] {
    const result: unknown[] = [];
    this.position += 1;
    this.skipWhitespace();
    if (this.text[this.position] === ']') {
      this.position += 1;
      return result;
    }
    for (;;) {
      result.push(this.value([...path, result.length], depth + 1));
      this.skipWhitespace();
      const next = this.text[this.position];
      if (next === ',') {
        this.position += 1;
        this.skipWhitespace();
        if (this.text[this.position] === ']') {
          throw new JsonStop(this.position, 'a comma before "]" is not allowed in JSON');
        }
        continue;
      }
      if (next === ']') {
        this.position += 1;
        return result;
      }
      throw new JsonStop(this.position, `expected "," or "]" but found ${describeChar(next)}`);
    }
  }

  private string(): string {
    const start = this.position;
    this.position += 1;
    let out = '';
    let chunkStart = this.position;
    for (;;) {
      const code = this.text.charCodeAt(this.position);
      if (Number.isNaN(code)) throw new JsonStop(start, 'a text value is not closed with "');
      if (code === 34) {
        out += this.text.slice(chunkStart, this.position);
        this.position += 1;
        return out;
      }
      if (code < 32) {
        throw new JsonStop(this.position, 'a line break or control character inside a text value');
      }
      if (code === 92) {
        out += this.text.slice(chunkStart, this.position);
        const escape = this.text[this.position + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (escape !== undefined && escape in simple) {
          out += simple[escape];
          this.position += 2;
        } else if (
          escape === 'u' &&
          /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.position + 2, this.position + 6))
        ) {
          out += String.fromCharCode(
            parseInt(this.text.slice(this.position + 2, this.position + 6), 16),
          );
          this.position += 6;
        } else {
          throw new JsonStop(this.position, `invalid escape sequence "\\${escape ?? ''}"`);
        }
        chunkStart = this.position;
        continue;
      }
      this.position += 1;
    }
  }
}

function parseJson(text: string): ParsedConfigText {
  const toPosition = positionFinder(text);
  const reader = new JsonReader(text);
  try {
    const doc = reader.read();
    return {
      format: 'json',
      doc,
      issues: reader.issues,
      locate: makeLocator(reader.offsets, toPosition),
    };
  } catch (error) {
    if (!(error instanceof JsonStop)) throw error;
    const position = toPosition(error.offset);
    const issue = error.depth
      ? pendingIssue(
          'CFG-SYN-004',
          `The document is nested deeper than ${MAX_CONFIG_DEPTH} levels.`,
        )
      : pendingIssue(
          'CFG-SYN-001',
          `JSON syntax error at line ${position.line}, column ${position.column}: ${error.reason}.`,
        );
    return {
      format: 'json',
      issues: [{ ...issue, ...position }],
      locate: () => undefined,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// YAML

/** Deepest bracket nesting counted before parsing, so the YAML composer never recurses too far. */
function flowNestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 91 || code === 123) {
      depth += 1;
      if (depth > limit) return true;
    } else if ((code === 93 || code === 125) && depth > 0) depth -= 1;
  }
  return false;
}

class YamlLimit extends Error {
  constructor(
    readonly code: 'CFG-SYN-004' | 'CFG-SYN-006',
    readonly offset: number,
  ) {
    super(code);
  }
}

function parseYaml(text: string): ParsedConfigText {
  const toPosition = positionFinder(text);
  const stop = (issue: PendingIssue): ParsedConfigText => ({
    format: 'yaml',
    issues: [issue],
    locate: () => undefined,
  });
  if (flowNestingExceeds(text, MAX_CONFIG_DEPTH * 4)) {
    return stop(
      pendingIssue('CFG-SYN-004', `The document is nested deeper than ${MAX_CONFIG_DEPTH} levels.`),
    );
  }
  const document = parseDocument(text, {
    prettyErrors: false,
    uniqueKeys: true,
    lineCounter: new LineCounter(),
    version: '1.2',
  });
  if (document.errors.length > 0) {
    const issues = document.errors.slice(0, 20).map((error) => {
      const position = toPosition(error.pos[0]);
      const duplicate = error.code === 'DUPLICATE_KEY';
      const reason = error.message.split('\n')[0] ?? error.message;
      const issue = pendingIssue(
        duplicate ? 'CFG-SYN-007' : 'CFG-SYN-002',
        duplicate
          ? `A key appears more than once in the same mapping (line ${position.line}).`
          : `YAML syntax error at line ${position.line}, column ${position.column}: ${reason}`,
      );
      return { ...issue, ...position };
    });
    return { format: 'yaml', issues, locate: () => undefined };
  }

  const offsets = new Map<string, number>();
  const issues: PendingIssue[] = [];
  let values = 0;

  // Alias.resolve searches the whole document each time; resolve each alias node once.
  const aliasTargets = new Map<object, unknown>();
  const convert = (node: unknown, path: PathSegment[], depth: number, inAlias = false): unknown => {
    values += 1;
    if (values > MAX_CONFIG_VALUES) throw new YamlLimit('CFG-SYN-006', 0);
    if (depth > MAX_CONFIG_DEPTH) throw new YamlLimit('CFG-SYN-004', 0);
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      if (!aliasTargets.has(node)) aliasTargets.set(node, node.resolve(document));
      // Findings inside an alias expansion point at the alias itself.
      return convert(aliasTargets.get(node), path, depth, true);
    }
    const record = (recordPath: PathSegment[], offset: number | undefined) => {
      if (inAlias || offset === undefined) return;
      const key = pathKey(recordPath);
      if (!offsets.has(key)) offsets.set(key, offset);
    };
    if (isScalar(node)) {
      const value: unknown = node.value;
      if (typeof value === 'bigint') return Number(value);
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
      return String(value);
    }
    if (isSeq(node)) {
      return node.items.map((item, index) => {
        const itemPath = [...path, index];
        record(itemPath, (item as Node | null)?.range?.[0]);
        return convert(item, itemPath, depth + 1, inAlias);
      });
    }
    if (isMap(node)) {
      const result = Object.create(null) as Record<string, unknown>;
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        let key: string;
        if (keyNode === null || keyNode === undefined) key = '';
        else if (isScalar(keyNode)) key = String(keyNode.value);
        else {
          const position = toPosition(keyNode.range?.[0] ?? 0);
          issues.push({
            ...pendingIssue(
              'CFG-SYN-002',
              `A list or mapping used as a key (line ${position.line}) is not supported; the entry was ignored.`,
            ),
            ...position,
          });
          continue;
        }
        const keyPath = [...path, key];
        record(keyPath, (keyNode?.range ?? (pair.value as Node | null)?.range)?.[0]);
        result[key] = convert(pair.value, keyPath, depth + 1, inAlias);
      }
      return result;
    }
    return null;
  };

  try {
    const contents = document.contents;
    if (contents?.range) offsets.set(pathKey([]), contents.range[0]);
    const doc = convert(contents, [], 0);
    return { format: 'yaml', doc, issues, locate: makeLocator(offsets, toPosition) };
  } catch (error) {
    if (error instanceof YamlLimit) {
      return stop(
        error.code === 'CFG-SYN-004'
          ? pendingIssue(
              'CFG-SYN-004',
              `The document is nested deeper than ${MAX_CONFIG_DEPTH} levels.`,
            )
          : pendingIssue(
              'CFG-SYN-006',
              `The document expands to more than ${MAX_CONFIG_VALUES.toLocaleString('en-US')} values (check YAML aliases).`,
            ),
      );
    }
    throw error;
  }
}

/**
 * Read configuration text. Never throws for any string; problems come back as issues with line
 * and column. `doc` is undefined when the text cannot be read at all.
 */
export function readConfigText(
  text: string,
  format: ConfigFormat | 'auto' = 'auto',
): ParsedConfigText {
  const chosen = format === 'auto' ? detectFormat(text) : format;
  if (text.length > MAX_CONFIG_TEXT_LENGTH) {
    return {
      format: chosen,
      issues: [
        pendingIssue(
          'CFG-SYN-006',
          `The text has ${text.length.toLocaleString('en-US')} characters; the limit is ${MAX_CONFIG_TEXT_LENGTH.toLocaleString('en-US')}.`,
        ),
      ],
      locate: () => undefined,
    };
  }
  // Text never holds NUL characters; a binary file or UTF-16 text read as UTF-8 does. Parsing
  // it would only report a puzzling syntax error (or, for YAML, read it as one long string).
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const utf16 = startsLikeUtf16ReadAsUtf8(text);
    const position = utf16 ? { line: 1, column: 1 } : positionFinder(text)(nul);
    return {
      format: chosen,
      issues: [
        {
          ...pendingIssue(
            'CFG-SYN-008',
            utf16
              ? 'The text is not UTF-8: it starts with a UTF-16 byte order mark ("Unicode text"). Save it as UTF-8 and check it again.'
              : `The text is not UTF-8 text: line ${position.line}, column ${position.column} holds a NUL character, as binary, compressed or UTF-16 files do.`,
          ),
          ...position,
        },
      ],
      locate: () => undefined,
    };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return {
      format: chosen,
      issues: [pendingIssue('CFG-SYN-005', 'The document is empty.')],
      locate: () => undefined,
    };
  }
  return chosen === 'json' ? parseJson(text) : parseYaml(text);
}
