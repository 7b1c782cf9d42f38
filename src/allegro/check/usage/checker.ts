/**
 * Streaming usage-file checker (push mode).
 *
 * Text arrives in chunks of any size; `RecordSplitter` cuts it into records, papaparse splits
 * delimited records into fields (fixed-width records are sliced by position), and each record
 * is checked on its own and against running totals. Nothing is kept per record except the
 * duplicate-key table (see key-set.ts), so memory stays flat as files grow.
 *
 * Records are handed to papaparse in batches of complete records joined with LF. If papaparse
 * reports a problem in a batch, or the batch does not come back as one row per record, each
 * record of that batch is parsed alone, so a malformed record is reported on its own line and
 * the result does not depend on where chunks happened to end.
 */
import Papa from 'papaparse';
import Decimal from 'decimal.js';
import { docsUrlFor } from '../../code-links';
import type { Issue, Severity } from '../../issue';
import {
  DEFAULT_MAX_STORED_ISSUES,
  FileLayoutSchema,
  type FileLayout,
  type FileLayoutInput,
} from '../../schema/file-layout';
import { startsLikeUtf16ReadAsUtf8 } from '../config-parse';
import { USAGE_CODES } from '../usage-codes';
import { formatSortable, parseWindowBound } from './date-format';
import {
  checkValue,
  compileField,
  valueIsFine,
  isBlank,
  DOUBLE_SIGNIFICANT_DIGITS,
  precisionProblem,
  quoteValue,
  type CompiledField,
} from './field-checks';
import { DEFAULT_MAX_TRACKED_KEYS, hashKeyParts, KeyHashSet } from './key-set';
import { RecordSplitter } from './record-splitter';

/** An issue in a usage file: line and column (field number or character position) and field name. */
export interface UsageIssue extends Issue {
  /** Name of the field the issue is about, when it is about one field. */
  field?: string;
}

export interface UsageCheckOptions {
  /** Most issues kept in the report; all are still counted. Default: the layout's value, else 1,000. */
  maxStoredIssues?: number;
  /** Most distinct duplicate keys remembered (memory bound). Default 2,000,000. */
  maxTrackedKeys?: number;
  /** Longest record in characters before it is reported and skipped. Default 1,000,000. */
  maxRecordLength?: number;
  /**
   * Reads every record through the record splitter, without the whole-lines fast path. The
   * report is the same either way; tests compare the two.
   */
  splitterOnly?: boolean;
}

export type RecordKind = 'header' | 'detail' | 'trailer';

export interface UsageCheckReport {
  layoutName: string;
  /** Stored issues, sorted by line (file-level issues without a line first). */
  issues: UsageIssue[];
  /** Every issue counted, stored or not. */
  issueCountsByCode: Record<string, number>;
  counts: Record<Severity, number>;
  totalIssues: number;
  /** True when more issues were found than stored. */
  truncated: boolean;
  maxStoredIssues: number;
  /** Physical lines in the file. */
  lines: number;
  /** Records (non-blank lines or multi-line quoted records), excluding a column-name line. */
  rows: number;
  headerRows: number;
  detailRows: number;
  trailerRows: number;
  /** UTF-8 size of the text checked. */
  bytes: number;
  hadByteOrderMark: boolean;
  duplicateKeys?: { tracked: number; limitReached: boolean; tableBytes: number };
  /** Exact decimal sum of the control-total field over valid detail records. */
  controlTotal?: { field: string; sumOf: string; computed: string; trailerValue?: string };
  /** Record count the trailer should show under the layout's counting rule. */
  recordCount?: {
    field: string;
    counts: 'detail' | 'all';
    computed: number;
    trailerValue?: string;
  };
}

export interface UsageChecker {
  push(chunk: string): void;
  finish(): UsageCheckReport;
  progress(): { rows: number; bytes: number };
}

/** Thrown by createUsageChecker for a layout that does not pass parseFileLayout. */
export class InvalidLayoutError extends Error {
  constructor(readonly issues: Issue[]) {
    super(`Invalid file layout: ${issues.map((i) => i.message).join('; ')}`);
    this.name = 'InvalidLayoutError';
  }
}

// Hot per-row functions bound once: when this module is transpiled to CommonJS (tsx, vitest),
// every call through an import binding goes through a getter, which shows up at a million rows.
const checkValueOf = checkValue;
const valueIsFineOf = valueIsFine;
const isBlankOf = isBlank;
const precisionProblemOf = precisionProblem;
const hashKey = hashKeyParts;

const SEVERITY = new Map<string, Severity>(USAGE_CODES.map((c) => [c.code, c.severity]));
const DEFAULT_MAX_RECORD_LENGTH = 1_000_000;
/**
 * Records per papaparse call. Small batches let each batch's row arrays die young (a
 * scavenge in the middle of a large batch copies them all to the old generation): 250 was
 * 10-15 % faster than 2,000 at a million rows in A/B runs of the bundled checker.
 */
const BATCH_SIZE = 250;
/** Sums are exact: enough significant digits for any total of values a double can hold. */
const ExactDecimal = Decimal.clone({ precision: 1000 });
const UTF8 = new TextEncoder();
/** Code units measured per `encodeInto` call; the scratch buffer holds their worst case. */
const MEASURE_UNITS = 1 << 16;
let utf8Scratch: Uint8Array | undefined;

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * UTF-8 size of a chunk, measured by encoding it in pieces into one reused buffer (on ASCII text
 * a quarter of the time a regular-expression scan for non-ASCII characters took). A lone
 * surrogate counts 3 bytes, as the encoder writes U+FFFD for it; a surrogate pair split between
 * two chunks counts 3 + 1, so the total is the same (4) however the text was chunked.
 */
function utf8Length(text: string, startsAfterHighSurrogate: boolean): number {
  utf8Scratch ??= new Uint8Array(MEASURE_UNITS * 3);
  let bytes = 0;
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + MEASURE_UNITS);
    // A piece never ends between the halves of a pair (each half alone would count 3).
    if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to -= 1;
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    bytes += UTF8.encodeInto(piece, utf8Scratch).written;
    from = to;
  }
  // The low half of a pair begun in the previous chunk: 1 byte, not the 3 of a lone surrogate.
  if (startsAfterHighSurrogate && isLowSurrogate(text.charCodeAt(0))) bytes -= 2;
  return bytes;
}

interface CompiledRecordType {
  kind: RecordKind;
  value?: string;
  fields: CompiledField[];
  /** Fixed width: characters a full record has. */
  width: number;
  /** Scratch: per field, whether the current record's value is usable (reused per record). */
  usable: boolean[];
}

export function createUsageChecker(
  layoutInput: FileLayout | FileLayoutInput,
  options: UsageCheckOptions = {},
): UsageChecker {
  const parsedLayout = FileLayoutSchema.safeParse(layoutInput);
  if (!parsedLayout.success) {
    throw new InvalidLayoutError(
      parsedLayout.error.issues.map((i) => ({
        code: 'USG-LAY-002',
        severity: 'error' as const,
        message: `${i.path.join('.')}: ${i.message}`,
        docsUrl: docsUrlFor('USG-LAY-002'),
      })),
    );
  }
  const layout = parsedLayout.data;
  const fixedWidth = layout.format.kind === 'fixed-width';
  const delimited = layout.format.kind === 'delimited' ? layout.format : undefined;
  const trimValues = fixedWidth || (delimited?.trimValues ?? false);
  const maxStoredIssues =
    options.maxStoredIssues ?? layout.maxStoredIssues ?? DEFAULT_MAX_STORED_ISSUES;

  const compileType = (kind: RecordKind): CompiledRecordType | undefined => {
    const record = layout[kind];
    if (!record) return undefined;
    const fields = record.fields.map((f, i) => compileField(f, i, fixedWidth));
    return {
      kind,
      ...(record.value !== undefined ? { value: record.value } : {}),
      fields,
      width: fields.reduce((w, f) => Math.max(w, f.to), 0),
      usable: new Array<boolean>(fields.length).fill(false),
    };
  };
  const headerType = compileType('header');
  const detailType = compileType('detail') as CompiledRecordType;
  const trailerType = compileType('trailer');
  const byValue = layout.recordTypes?.by === 'value' ? layout.recordTypes.field : undefined;
  const byLine = layout.recordTypes?.by === 'line';
  const typeField = byValue ? detailType.fields.find((f) => f.name === byValue) : undefined;
  const typesByValue = new Map<string, CompiledRecordType>();
  for (const t of [headerType, detailType, trailerType]) {
    if (t?.value !== undefined) typesByValue.set(t.value, t);
  }

  // Duplicate key, control total, record count, reference set: resolved to field indexes once.
  const detailIndex = (name: string): number => detailType.fields.findIndex((f) => f.name === name);
  const keyFields: CompiledField[] = layout.duplicateKey
    ? ('recordId' in layout.duplicateKey
        ? [layout.duplicateKey.recordId]
        : layout.duplicateKey.composite
      ).map((n) => detailType.fields[detailIndex(n)] as CompiledField)
    : [];
  const keySet =
    keyFields.length > 0
      ? new KeyHashSet(options.maxTrackedKeys ?? DEFAULT_MAX_TRACKED_KEYS)
      : undefined;
  const keyParts: string[] = new Array<string>(keyFields.length).fill('');
  const keyHash = { high: 0, low: 0 };

  const trailerLayout = layout.trailer;
  const countFieldIndex =
    trailerType && trailerLayout
      ? trailerType.fields.findIndex((f) => f.name === trailerLayout.recordCount.field)
      : -1;
  const totalFieldIndex =
    trailerType && trailerLayout?.controlTotal
      ? trailerType.fields.findIndex((f) => f.name === trailerLayout.controlTotal?.field)
      : -1;
  const sumOfIndex = trailerLayout?.controlTotal
    ? detailIndex(trailerLayout.controlTotal.sumOf)
    : -1;

  const reference = layout.planInstances;
  const planKeyIndex = reference ? detailIndex(reference.keyField) : -1;
  const planDateIndexes = reference ? reference.dateFields.map(detailIndex) : [];
  const windows = new Map<
    string,
    { start: number; end: number; startText: string; endText?: string }
  >();
  for (const inst of reference?.instances ?? []) {
    windows.set(inst.id, {
      start: parseWindowBound(inst.start, 'start') ?? 0,
      end:
        inst.end === undefined
          ? Number.POSITIVE_INFINITY
          : (parseWindowBound(inst.end, 'end') ?? Number.POSITIVE_INFINITY),
      startText: inst.start,
      ...(inst.end !== undefined ? { endText: inst.end } : {}),
    });
  }

  // ---- report state -------------------------------------------------------------------------
  const stored: UsageIssue[] = [];
  const countsByCode: Record<string, number> = {};
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let totalIssues = 0;
  /** File-level summary issues are always stored, even past the cap: there are only a few. */
  const emit = (
    code: string,
    line: number | undefined,
    column: number | undefined,
    field: string | undefined,
    message: string | (() => string),
    always = false,
  ): void => {
    const severity = SEVERITY.get(code) ?? 'error';
    totalIssues += 1;
    counts[severity] += 1;
    countsByCode[code] = (countsByCode[code] ?? 0) + 1;
    if (stored.length >= maxStoredIssues && !always) return;
    const issue: UsageIssue = {
      code,
      severity,
      message: typeof message === 'function' ? message() : message,
      docsUrl: docsUrlFor(code),
    };
    if (line !== undefined) issue.line = line;
    if (column !== undefined) issue.column = column;
    if (field !== undefined) {
      issue.field = field;
      issue.path = field;
    }
    stored.push(issue);
  };

  let bytes = 0;
  let previousEndedHighSurrogate = false;
  let started = false;
  let hadBom = false;
  /** Set at the first NUL character: the input is binary or UTF-16, so the rest is not read. */
  let notText = false;
  let firstChunkLooksUtf16 = false;
  let rows = 0;
  let headerRows = 0;
  let detailRows = 0;
  let trailerRows = 0;
  let columnNamesPending = delimited?.columnNames === 'first-line';
  let controlSum = new ExactDecimal(0);
  /** Small exact accumulator: sums values with up to 9 decimals as scaled integers while safe. */
  let fastSum = 0;
  let lastTrailer: { line: number; count?: string; total?: string } | undefined;
  /** A trailer followed by more records is reported once, when the next record arrives. */
  let trailerAwaitingEnd: number | undefined;
  let lastRecordLine = 0;
  let finished = false;
  let finalReport: UsageCheckReport | undefined;
  const parsedValue = { date: 0 };

  // Records held back for the by-line rule: the last record is the trailer, known only at the end.
  let heldBack:
    { values: string[] | undefined; text: string; line: number; malformed: boolean } | undefined;

  // ---- per record ---------------------------------------------------------------------------
  const addToControlSum = (value: string): void => {
    // Values such as 12.5 or 300 are summed as integers scaled by 10^9 while that is exact
    // (|sum| < 2^53); anything else goes through decimal.js.
    const point = value.indexOf('.');
    const decimals = point === -1 ? 0 : value.length - point - 1;
    if (decimals <= 9 && value.length <= 15 && !/[eE]/.test(value)) {
      const scaled = Number(
        point === -1
          ? value + '000000000'
          : value.slice(0, point) + value.slice(point + 1) + '0'.repeat(9 - decimals),
      );
      if (Number.isSafeInteger(scaled)) {
        const next = fastSum + scaled;
        if (Number.isSafeInteger(next)) {
          fastSum = next;
        } else {
          controlSum = controlSum.plus(new ExactDecimal(fastSum).div(1e9));
          fastSum = scaled;
        }
        return;
      }
    }
    controlSum = controlSum.plus(value);
  };

  const checkFields = (type: CompiledRecordType, values: string[], line: number): boolean[] => {
    // Returns per field whether the value is usable (non-empty and valid). Each field's flag is
    // written in one place that runs for every value: V8 throws away optimized code when a
    // statement that never ran before finally runs (here: the first bad value of a file).
    const usable = type.usable;
    for (let i = 0; i < type.fields.length; i += 1) {
      const field = type.fields[i] as CompiledField;
      const value = values[i] as string;
      let ok = false;
      if (isBlankOf(value)) {
        if (field.required) {
          emit(
            'USG-VAL-001',
            line,
            field.column,
            field.name,
            `${field.name} is required but empty.`,
          );
        }
      } else {
        const problem = checkValueOf(field, value, parsedValue);
        if (problem) {
          emit(problem.code, line, field.column, field.name, problem.message);
        } else {
          ok = true;
          if (field.type === 'decimal' && value.length > DOUBLE_SIGNIFICANT_DIGITS) {
            const warning = precisionProblemOf(field, value);
            if (warning) emit(warning.code, line, field.column, field.name, warning.message);
          }
        }
      }
      usable[i] = ok;
    }
    return usable;
  };

  /**
   * What a detail record changes: the control sum, and the duplicate-key table. Returns what
   * the table said: 0 for a new key (or no complete key), the line of the earlier occurrence,
   * or -1 when the key is new but the table is full.
   */
  const detailEffects = (values: string[], usable: boolean[], line: number): number => {
    if (sumOfIndex >= 0 && usable[sumOfIndex]) addToControlSum(values[sumOfIndex] as string);
    if (!keySet) return 0;
    let complete = true;
    for (let k = 0; k < keyFields.length; k += 1) {
      const part = values[(keyFields[k] as CompiledField).index] as string;
      if (part === '') complete = false;
      keyParts[k] = part;
    }
    if (!complete) return 0;
    hashKey(keyParts, keyHash);
    return keySet.addOrGet(keyHash.high, keyHash.low, line);
  };

  const checkDetail = (values: string[], usable: boolean[], line: number): void => {
    reportDetail(values, usable, line, detailEffects(values, usable, line));
  };

  /** The detail record's issues: a duplicate key (`seen` from detailEffects), plan-instance dates. */
  const reportDetail = (values: string[], usable: boolean[], line: number, seen: number): void => {
    if (keySet && seen !== 0) {
      const first = keyFields[0] as CompiledField;
      if (seen > 0) {
        emit('USG-DUP-001', line, first.column, first.name, () => {
          const parts = keyFields.map((f) => values[f.index] as string);
          return keyFields.length === 1
            ? `Duplicate ${first.name} ${quoteValue(parts[0] as string)}: line ${seen} has the same record id.`
            : `Duplicate key (${keyFields.map((f, k) => `${f.name}=${quoteValue(parts[k] as string)}`).join(', ')}): line ${seen} has the same values.`;
        });
      } else if (keySet.limitReached && (countsByCode['USG-DUP-002'] ?? 0) === 0) {
        emit(
          'USG-DUP-002',
          line,
          1,
          undefined,
          `The duplicate check remembers at most ${keySet.maxKeys} distinct keys; keys from line ${line} on are not checked against each other.`,
          true,
        );
      }
    }
    if (reference && planKeyIndex >= 0 && usable[planKeyIndex]) {
      const id = values[planKeyIndex] as string;
      const window = windows.get(id);
      const keyField = detailType.fields[planKeyIndex] as CompiledField;
      if (!window) {
        emit(
          'USG-REF-003',
          line,
          keyField.column,
          keyField.name,
          () =>
            `${keyField.name} ${quoteValue(id)} is not in the plan-instance reference set, so its dates were not checked.`,
        );
        return;
      }
      for (const dateIndex of planDateIndexes) {
        if (dateIndex < 0 || !usable[dateIndex]) continue;
        const dateField = detailType.fields[dateIndex] as CompiledField;
        const parsed = (dateField.date as { parse(v: string): number | string }).parse(
          values[dateIndex] as string,
        );
        if (typeof parsed !== 'number') continue;
        if (parsed < window.start) {
          emit(
            'USG-REF-001',
            line,
            dateField.column,
            dateField.name,
            () =>
              `${dateField.name} ${formatSortable(parsed)} is before plan instance ${id} starts (${window.startText}); the record would go to suspense.`,
          );
        } else if (parsed > window.end) {
          emit(
            'USG-REF-002',
            line,
            dateField.column,
            dateField.name,
            () =>
              `${dateField.name} ${formatSortable(parsed)} is after plan instance ${id} ends (${window.endText ?? ''}).`,
          );
        }
      }
    }
  };

  /** Splits a record's text into values (fixed width) or validates the papaparse row shape. */
  const shapeOk = (
    type: CompiledRecordType,
    values: string[] | undefined,
    text: string,
    line: number,
  ): boolean => {
    if (fixedWidth) {
      if (text.length > type.width) {
        emit(
          'USG-ROW-002',
          line,
          type.width + 1,
          undefined,
          () =>
            `The ${type.kind} line is ${text.length} characters long; the layout ends at position ${type.width}.`,
        );
        return false;
      }
      if (text.length < type.width) {
        emit(
          'USG-ROW-003',
          line,
          text.length + 1,
          undefined,
          () =>
            `The ${type.kind} line is ${text.length} characters long, shorter than the layout's ${type.width}; missing positions are read as blank.`,
        );
      }
      return true;
    }
    const count = values?.length ?? 0;
    if (count !== type.fields.length) {
      emit(
        'USG-ROW-001',
        line,
        Math.min(count, type.fields.length) + 1,
        undefined,
        () =>
          `The ${type.kind} record has ${count} field${count === 1 ? '' : 's'}; the layout defines ${type.fields.length}.`,
      );
      return false;
    }
    return true;
  };

  const valuesOf = (
    type: CompiledRecordType,
    values: string[] | undefined,
    text: string,
  ): string[] => {
    if (fixedWidth) {
      return type.fields.map((f) => text.slice(f.from, f.to).trim());
    }
    const row = values ?? [];
    if (trimValues) return row.map((v) => v.trim());
    return row;
  };

  const identify = (
    values: string[] | undefined,
    text: string,
    line: number,
  ): CompiledRecordType | undefined => {
    if (!byValue || !typeField) return detailType;
    let indicator: string;
    if (fixedWidth) indicator = text.slice(typeField.from, typeField.to).trim();
    else {
      indicator = values?.[typeField.index] ?? '';
      if (trimValues) indicator = indicator.trim();
    }
    const type = typesByValue.get(indicator);
    if (!type) {
      emit(
        'USG-STR-005',
        line,
        typeField.column,
        typeField.name,
        () =>
          `Record type ${quoteValue(indicator)} is not defined; the layout knows ${[...typesByValue.keys()].map((v) => quoteValue(v)).join(', ')}.`,
      );
    }
    return type;
  };

  const handleTyped = (
    type: CompiledRecordType,
    values: string[] | undefined,
    text: string,
    line: number,
  ): void => {
    if (type.kind === 'header') headerRows += 1;
    else if (type.kind === 'detail') detailRows += 1;
    else trailerRows += 1;
    if (!shapeOk(type, values, text, line)) {
      if (type.kind === 'trailer') lastTrailer = { line };
      return;
    }
    const fieldValues = valuesOf(type, values, text);
    const usable = checkFields(type, fieldValues, line);
    if (type.kind === 'detail') checkDetail(fieldValues, usable, line);
    else if (type.kind === 'trailer') {
      lastTrailer = { line };
      if (countFieldIndex >= 0 && usable[countFieldIndex])
        lastTrailer.count = fieldValues[countFieldIndex] as string;
      if (totalFieldIndex >= 0 && usable[totalFieldIndex])
        lastTrailer.total = fieldValues[totalFieldIndex] as string;
    }
  };

  const handleRecord = (
    values: string[] | undefined,
    text: string,
    line: number,
    malformed: boolean,
  ): void => {
    if (columnNamesPending) {
      columnNamesPending = false;
      const expected = detailType.fields.map((f) => f.name);
      const found = (values ?? []).map((v) => v.trim());
      if (malformed || found.join('\u0000') !== expected.join('\u0000')) {
        emit(
          'USG-STR-006',
          line,
          1,
          undefined,
          () =>
            `The column-name line reads ${quoteValue(found.join(delimited?.delimiter ?? ','))}; the layout expects ${quoteValue(expected.join(delimited?.delimiter ?? ','))}.`,
        );
      }
      return;
    }
    lastRecordLine = line;
    if (byLine) {
      // Header = first record; the trailer (last record) is known only when the next one arrives.
      const index = rows;
      rows += 1;
      if (index === 0 && headerType) {
        if (malformed) headerRows += 1;
        else handleTyped(headerType, values, text, line);
        return;
      }
      if (trailerType) {
        const previous = heldBack;
        heldBack = { values, text, line, malformed };
        if (previous) {
          if (previous.malformed) detailRows += 1;
          else handleTyped(detailType, previous.values, previous.text, previous.line);
        }
        return;
      }
      if (malformed) detailRows += 1;
      else handleTyped(detailType, values, text, line);
      return;
    }

    const index = rows;
    rows += 1;
    if (trailerAwaitingEnd !== undefined) {
      const trailerLine = trailerAwaitingEnd;
      trailerAwaitingEnd = undefined;
      emit(
        'USG-STR-004',
        trailerLine,
        1,
        undefined,
        `The trailer on line ${trailerLine} is followed by another record on line ${line}.`,
      );
    }
    if (malformed) return;
    const type = identify(values, text, line);
    if (!type) return;
    if (type.kind === 'header' && index > 0) {
      emit('USG-STR-002', line, 1, undefined, () =>
        headerRows > 0
          ? `A second header record appears on line ${line}.`
          : `The header record is on line ${line}; it must be the first record.`,
      );
    }
    if (index === 0 && headerType && type.kind !== 'header') {
      emit(
        'USG-STR-001',
        line,
        1,
        undefined,
        `The file does not start with a header record; line ${line} is a ${type.kind} record.`,
      );
    }
    if (type.kind === 'trailer') trailerAwaitingEnd = line;
    handleTyped(type, values, text, line);
  };

  // ---- batches ------------------------------------------------------------------------------
  // A batch is a run of consecutive records in the splitter's current buffer. When they are
  // separated by one kind of line break, papaparse reads the whole region in one call without
  // any copying; otherwise the records are joined with LF first.
  let batchText = '';
  let batchStarts: number[] = [];
  let batchEnds: number[] = [];
  let batchLines: number[] = [];
  /** The one separator between the batch's records, or null when they differ. */
  let batchSeparator: '\n' | '\r\n' | '\r' | null | undefined;

  const papaConfig = (newline: '\n' | '\r\n' | '\r'): Papa.ParseConfig => ({
    delimiter: delimited?.delimiter ?? ',',
    quoteChar: delimited?.quoteChar ?? '"',
    escapeChar: delimited?.quoteChar ?? '"',
    newline,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const PAPA_LF = papaConfig('\n');
  const PAPA_CRLF = papaConfig('\r\n');
  const PAPA_CR = papaConfig('\r');

  /**
   * Every record is parsed as if a line break followed it, because papaparse judges some
   * malformed quotes differently at the very end of its input (spaces after a closing quote
   * pass before a line break but not at the end). The empty row that the extra line break
   * yields is dropped.
   *
   * This calls papaparse's core parser (`Papa.Parser`) rather than `Papa.parse`: the records are
   * already cut and the delimiter, quote and line break are known, so the streaming wrapper
   * around it only costs time (about two thirds of the parsing time at a million rows, mostly
   * garbage collection of its per-call copies). The core parser also leaves a byte order mark
   * inside the file as data, which is what it is there (the real one was removed in push).
   */
  const papaParse = (text: string, config: Papa.ParseConfig): Papa.ParseResult<string[]> => {
    const newline = config.newline ?? '\n';
    const result = new Papa.Parser(config).parse(`${text}${newline}`, 0, false) as Papa.ParseResult<
      string[]
    >;
    const data = result.data;
    const last = data[data.length - 1];
    if (last && last.length === 1 && last[0] === '') data.pop();
    return result;
  };

  const parseOne = (text: string, line: number): void => {
    const result = papaParse(text, PAPA_LF);
    const row = result.data[0];
    if (result.errors.length > 0 || result.data.length !== 1 || !row) {
      emit('USG-ROW-004', line, 1, undefined, () => {
        const first = result.errors[0];
        return `The record cannot be split into fields: ${first ? first.message.replace(/\.$/, '') : 'a quoted value is malformed'}.`;
      });
      handleRecord(undefined, text, line, true);
      return;
    }
    handleRecord(row, text, line, false);
  };

  const flushBatch = (): void => {
    const count = batchStarts.length;
    if (count === 0) return;
    const text = batchText;
    const starts = batchStarts;
    const ends = batchEnds;
    const lines = batchLines;
    const separator = batchSeparator;
    batchText = '';
    batchStarts = [];
    batchEnds = [];
    batchLines = [];
    batchSeparator = undefined;
    if (!delimited) {
      for (let i = 0; i < count; i += 1) {
        handleRecord(undefined, text.slice(starts[i], ends[i]), lines[i] as number, false);
      }
      return;
    }
    const region =
      separator === null
        ? starts.map((start, i) => text.slice(start, ends[i])).join('\n')
        : text.slice(starts[0], ends[count - 1]);
    const config = separator === '\r\n' ? PAPA_CRLF : separator === '\r' ? PAPA_CR : PAPA_LF;
    const result = papaParse(region, config);
    if (result.errors.length === 0 && result.data.length === count) {
      // The record text is read only for fixed-width files, so delimited records pass ''.
      for (let i = 0; i < count; i += 1)
        handleRecord(result.data[i], '', lines[i] as number, false);
      return;
    }
    for (let i = 0; i < count; i += 1) parseOne(text.slice(starts[i], ends[i]), lines[i] as number);
  };

  const splitter = new RecordSplitter(
    {
      record(text, start, end, line) {
        if (
          start === end ||
          (text.charCodeAt(start) <= 32 && text.slice(start, end).trim() === '')
        ) {
          // Blank lines are reported in order with the records around them, so flush first.
          flushBatch();
          emit('USG-ROW-005', line, 1, undefined, `Line ${line} is blank.`);
          return;
        }
        if (batchStarts.length > 0 && batchText !== text) flushBatch();
        const count = batchStarts.length;
        if (count === 0) {
          batchText = text;
        } else if (batchSeparator !== null) {
          const previousEnd = batchEnds[count - 1] as number;
          const gap = start - previousEnd;
          const separator = gap === 2 ? '\r\n' : text.charCodeAt(previousEnd) === 13 ? '\r' : '\n';
          if (batchSeparator === undefined) batchSeparator = separator;
          else if (batchSeparator !== separator) batchSeparator = null;
        }
        batchStarts.push(start);
        batchEnds.push(end);
        batchLines.push(line);
        if (batchStarts.length >= BATCH_SIZE) flushBatch();
      },
      overlong(line) {
        flushBatch();
        emit(
          'USG-ROW-006',
          line,
          1,
          undefined,
          `The record starting on line ${line} runs past ${maxRecordLength} characters (often a quote that is never closed); it is skipped up to the next line break.`,
        );
      },
    },
    {
      ...(delimited ? { quoteChar: delimited.quoteChar, delimiter: delimited.delimiter } : {}),
      maxRecordLength: options.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH,
    },
  );
  const maxRecordLength = options.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH;

  // ---- reading delimited text -----------------------------------------------------------------
  // Fast path: the complete lines of a chunk go to papaparse in one call, so most text is read
  // once (by papaparse) instead of twice (record splitter, then papaparse), and the splitter's
  // large state machine never needs optimizing. The result is used only when it is certain to
  // be what the record splitter would give: no CR in the text, no complaint from papaparse (a
  // line break inside an unclosed quote is one), exactly one line break per record (no quoted
  // line breaks, so line numbers simply count up), no blank or whitespace-only record (the
  // splitter tells those from quoted values) and text shorter than the record-length limit.
  // Otherwise the record splitter reads the text, as it always did. Either way the incomplete
  // last record is carried into the next chunk by this code, not by the splitter.
  const fastPath = !!delimited && !options.splitterOnly;
  /** Every record is a detail record, taken as it is (no record types, header, trailer, trim). */
  const detailOnly = !trimValues && !byValue && !byLine && !headerType && !trailerType;
  /** The incomplete record at the end of the text read so far (delimited files). */
  let carry = '';
  /** The line `carry` starts on. */
  let carryLine = 1;
  /**
   * The splitter is part-way through something it must finish itself (skipping an over-long
   * record, or a CR whose LF may open the next chunk), so it reads the next chunk directly.
   * Always so for fixed-width files, which only the splitter reads.
   */
  let splitterHolds = !delimited;

  const resumeSplitter = (): void => {
    // Text before `carry` has been read exactly when carry starts after line 1 (that text ended
    // with a line break, which is all lineCount needs to know of the last character).
    if (!splitterHolds) splitter.resumeAt(carryLine, carryLine > 1 ? 10 : -1);
  };

  const readWithSplitter = (text: string): void => {
    resumeSplitter();
    splitter.push(text);
    flushBatch();
    if (!delimited) return;
    const partial = splitter.takePartialRecord();
    if (partial) {
      carry = partial.text;
      carryLine = partial.line;
      splitterHolds = false;
    } else {
      carry = '';
      splitterHolds = true;
    }
  };

  // Detail-only layouts on the fast path: find first, report after. The loop over a chunk's
  // records only decides whether a record has anything to report (valueIsFine, the key table);
  // the few that do are checked again with the full checks, which write the messages, once the
  // loop is done. The loop holds no statement that runs only for a bad record, because V8 throws
  // optimized code away when such a statement first runs and the rest of the chunk would then
  // run in the interpreter (a 100,000-row file with fifteen problems took a third longer). Issues
  // come out in the same order as on the general path; the differential tests compare them.
  const flaggedRecords = new Int32Array(1024);
  const flaggedSeen = new Int32Array(1024);

  /** 1 when the record's fields need the full check (something to report), else 0. */
  const quickFields = (values: string[]): number => {
    const fields = detailType.fields;
    const usable = detailType.usable;
    let flag = 0;
    for (let i = 0; i < fields.length; i += 1) {
      const field = fields[i] as CompiledField;
      const value = values[i] as string;
      const required = field.required;
      const longDecimal = field.type === 'decimal' && value.length > DOUBLE_SIGNIFICANT_DIGITS;
      const empty = isBlankOf(value);
      const ok = !empty && valueIsFineOf(field, value, parsedValue);
      usable[i] = ok;
      // Report: a required field left empty, a bad value, or a long decimal (precision warning).
      flag |= (empty ? required : !ok || longDecimal) ? 1 : 0;
    }
    return flag;
  };

  const readDetailRows = (data: string[][], firstLine: number, from: number): void => {
    const fieldCount = detailType.fields.length;
    let flagged = 0;
    for (let start = from; start < data.length; start += flaggedRecords.length) {
      const stop = Math.min(data.length, start + flaggedRecords.length);
      for (let k = start; k < stop; k += 1) {
        const values = data[k] as string[];
        const line = firstLine + k;
        rows += 1;
        detailRows += 1;
        lastRecordLine = line;
        let flag = 1;
        let seen = 0;
        if (values.length === fieldCount) {
          flag = quickFields(values);
          seen = detailEffects(values, detailType.usable, line);
          flag |= seen !== 0 ? 1 : 0;
        }
        flaggedRecords[flagged] = k;
        flaggedSeen[flagged] = seen;
        flagged += flag;
      }
      reportFlagged(data, firstLine, flagged);
      flagged = 0;
    }
  };

  /** The full checks, with messages, for the records readDetailRows flagged. */
  const reportFlagged = (data: string[][], firstLine: number, count: number): void => {
    for (let j = 0; j < count; j += 1) {
      const k = flaggedRecords[j] as number;
      const values = data[k] as string[];
      const line = firstLine + k;
      if (!shapeOk(detailType, values, '', line)) continue;
      reportDetail(values, checkFields(detailType, values, line), line, flaggedSeen[j] as number);
    }
  };

  /** The fast path; false (having done nothing) when the splitter must read `text` instead. */
  const readWholeLines = (text: string): boolean => {
    if (text.length > maxRecordLength || text.indexOf('\r') !== -1) return false;
    const end = text.lastIndexOf('\n') + 1;
    if (end === 0) {
      carry = text;
      return true;
    }
    // Parsed exactly like a batch: complete records followed by a line break.
    const result = new Papa.Parser(PAPA_LF).parse(
      end === text.length ? text : text.slice(0, end),
      0,
      false,
    ) as Papa.ParseResult<string[]>;
    if (result.errors.length > 0) return false;
    const data = result.data;
    const last = data[data.length - 1];
    if (last && last.length === 1 && last[0] === '') data.pop();
    let breaks = 0;
    for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
      breaks += 1;
    }
    if (breaks !== data.length) return false;
    for (let k = 0; k < data.length; k += 1) {
      const row = data[k] as string[];
      if (row.length === 1 && isBlankOf(row[0] as string)) return false;
    }
    if (detailOnly && !reference) {
      // A column-name line is checked on its own; every other record takes the detail loop.
      const from = columnNamesPending && data.length > 0 ? 1 : 0;
      if (from === 1) handleRecord(data[0], '', carryLine, false);
      readDetailRows(data, carryLine, from);
    } else {
      for (let k = 0; k < data.length; k += 1) handleRecord(data[k], '', carryLine + k, false);
    }
    carry = end < text.length ? text.slice(end) : '';
    carryLine += data.length;
    return true;
  };

  const read = (chunkText: string): void => {
    if (splitterHolds) {
      readWithSplitter(chunkText);
      return;
    }
    const text = carry === '' ? chunkText : carry + chunkText;
    if (!fastPath || !readWholeLines(text)) readWithSplitter(text);
  };

  // ---- public API ---------------------------------------------------------------------------
  const push = (chunk: string): void => {
    if (finished) throw new Error('push() after finish()');
    if (chunk.length === 0) return;
    bytes += utf8Length(chunk, previousEndedHighSurrogate);
    const lastUnit = chunk.charCodeAt(chunk.length - 1);
    previousEndedHighSurrogate = isHighSurrogate(lastUnit);
    if (notText) return;
    let text = chunk;
    if (!started) {
      started = true;
      // A UTF-16 byte order mark (FF FE or FE FF) read as UTF-8 gives two replacement
      // characters, and ASCII text after it alternates with NULs.
      firstChunkLooksUtf16 = startsLikeUtf16ReadAsUtf8(text);
      if (text.charCodeAt(0) === 0xfeff) {
        hadBom = true;
        emit(
          'USG-FIL-002',
          1,
          1,
          undefined,
          'The file starts with a byte order mark; it was ignored.',
        );
        text = text.slice(1);
      }
    }
    // Text files never hold NUL characters; binary files and UTF-16 text (read as UTF-8) do.
    // Checking their "records" would list one meaningless finding per line, so the records
    // before the NUL are checked and the rest of the input is reported once and skipped.
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      // The record in progress is not finished (the input is not text), so the splitter keeps it.
      resumeSplitter();
      splitter.push(carry + text.slice(0, nul));
      carry = '';
      flushBatch();
      notText = true;
      const line = Math.max(1, splitter.lineCount);
      emit(
        'USG-FIL-003',
        line,
        undefined,
        undefined,
        firstChunkLooksUtf16
          ? 'The file is not UTF-8 text: it starts with a UTF-16 byte order mark ("Unicode text"). Save it as UTF-8 (for example "CSV UTF-8") and check it again; nothing after that was checked.'
          : `The file is not UTF-8 text: line ${line} holds a NUL character, as binary, compressed or UTF-16 files do. Check that this is the usage file; nothing from there on was checked.`,
        true,
      );
      return;
    }
    read(text);
  };

  const finish = (): UsageCheckReport => {
    if (finalReport) return finalReport;
    finished = true;
    // After a NUL the input is not text: no partial record to finish, no structure to judge.
    if (!notText) {
      resumeSplitter();
      if (carry !== '') splitter.push(carry);
      carry = '';
      splitter.finish();
    }
    flushBatch();
    if (heldBack) {
      const last = heldBack;
      heldBack = undefined;
      if (last.malformed) trailerRows += 1;
      else handleTyped(trailerType as CompiledRecordType, last.values, last.text, last.line);
    }
    if (trailerAwaitingEnd !== undefined) trailerAwaitingEnd = undefined;
    const lines = splitter.lineCount;

    if (notText) {
      // Reported once as USG-FIL-003; a missing trailer or no records would only repeat it.
    } else if (rows === 0) {
      emit('USG-FIL-001', undefined, undefined, undefined, 'The file has no records.', true);
    } else if (trailerType && trailerRows === 0) {
      emit(
        'USG-STR-003',
        undefined,
        undefined,
        undefined,
        `The file has no trailer record; the last record is on line ${lastRecordLine}.`,
        true,
      );
    }

    let recordCount: UsageCheckReport['recordCount'];
    let controlTotal: UsageCheckReport['controlTotal'];
    const computedSum = controlSum.plus(new ExactDecimal(fastSum).div(1e9));
    if (trailerLayout && trailerRows > 0) {
      const counting = trailerLayout.recordCount.counts;
      const computed = counting === 'detail' ? detailRows : rows;
      recordCount = { field: trailerLayout.recordCount.field, counts: counting, computed };
      if (lastTrailer?.count !== undefined) {
        recordCount.trailerValue = lastTrailer.count;
        if (!new Decimal(lastTrailer.count).eq(computed)) {
          emit(
            'USG-TRL-001',
            lastTrailer.line,
            trailerType?.fields[countFieldIndex]?.column,
            trailerLayout.recordCount.field,
            `The trailer says ${new Decimal(lastTrailer.count).toString()} ${counting === 'detail' ? 'detail records' : 'records'}; the file has ${computed}.`,
            true,
          );
        }
      }
      if (trailerLayout.controlTotal) {
        controlTotal = {
          field: trailerLayout.controlTotal.field,
          sumOf: trailerLayout.controlTotal.sumOf,
          computed: computedSum.toString(),
        };
        if (lastTrailer?.total !== undefined) {
          controlTotal.trailerValue = lastTrailer.total;
          if (!new ExactDecimal(lastTrailer.total).eq(computedSum)) {
            emit(
              'USG-TRL-002',
              lastTrailer.line,
              trailerType?.fields[totalFieldIndex]?.column,
              trailerLayout.controlTotal.field,
              `The trailer's ${trailerLayout.controlTotal.field} is ${lastTrailer.total}; the sum of ${trailerLayout.controlTotal.sumOf} over the detail records where it is a valid number is ${computedSum.toString()}.`,
              true,
            );
          }
        }
      }
    }

    // Stable sort by line; issues without a line (file-level) first.
    const ordered = stored
      .map((issue, order) => ({ issue, order }))
      .sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.order - b.order)
      .map((x) => x.issue);

    finalReport = {
      layoutName: layout.name,
      issues: ordered,
      issueCountsByCode: { ...countsByCode },
      counts: { ...counts },
      totalIssues,
      truncated: totalIssues > stored.length,
      maxStoredIssues,
      lines,
      rows,
      headerRows,
      detailRows,
      trailerRows,
      bytes,
      hadByteOrderMark: hadBom,
      ...(keySet
        ? {
            duplicateKeys: {
              tracked: keySet.size,
              limitReached: keySet.limitReached,
              tableBytes: keySet.bytes,
            },
          }
        : {}),
      ...(controlTotal ? { controlTotal } : {}),
      ...(recordCount ? { recordCount } : {}),
    };
    return finalReport;
  };

  return {
    push,
    finish,
    progress: () => ({ rows, bytes }),
  };
}
