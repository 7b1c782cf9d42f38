/** Shared helpers for the usage-checker tests. */
import {
  checkUsageText,
  createUsageChecker,
  type FileLayoutInput,
  type UsageCheckOptions,
  type UsageCheckReport,
} from '../../../../src/allegro';

export function codesByLine(report: UsageCheckReport): Array<[number | undefined, string]> {
  return report.issues.map((issue) => [issue.line, issue.code]);
}

export function codes(report: UsageCheckReport): string[] {
  return report.issues.map((issue) => issue.code);
}

/** Pushes the text in pieces cut at the given offsets (any order, duplicates allowed). */
export function checkInChunks(
  text: string,
  layout: FileLayoutInput,
  cuts: number[],
  options?: UsageCheckOptions,
): UsageCheckReport {
  const checker = createUsageChecker(layout, options);
  const points = [...new Set(cuts.map((c) => Math.min(Math.max(c, 0), text.length)))].sort(
    (a, b) => a - b,
  );
  let from = 0;
  for (const point of points) {
    checker.push(text.slice(from, point));
    from = point;
  }
  checker.push(text.slice(from));
  return checker.finish();
}

export { checkUsageText };

/** A small comma layout with a header, a trailer and a record id, for focused tests. */
export const TINY_LAYOUT = {
  name: 'tiny',
  format: { kind: 'delimited', delimiter: ',' },
  recordTypes: { by: 'value', field: 'type' },
  header: { value: 'H', fields: [{ name: 'type' }, { name: 'day', type: 'date', required: true }] },
  detail: {
    value: 'D',
    fields: [
      { name: 'type' },
      { name: 'id', required: true },
      { name: 'units', type: 'decimal', required: true },
      { name: 'note' },
    ],
  },
  trailer: {
    value: 'T',
    fields: [
      { name: 'type' },
      { name: 'count', type: 'integer', required: true },
      { name: 'total', type: 'decimal', required: true },
    ],
    recordCount: { field: 'count' },
    controlTotal: { field: 'total', sumOf: 'units' },
  },
  duplicateKey: { recordId: 'id' },
} as const satisfies FileLayoutInput;

/** The same without header and trailer: every line is a detail record. */
export const DETAIL_ONLY_LAYOUT = {
  name: 'detail only',
  format: { kind: 'delimited', delimiter: ',' },
  detail: {
    fields: [
      { name: 'id', required: true },
      { name: 'units', type: 'decimal', required: true },
      { name: 'note' },
    ],
  },
  duplicateKey: { recordId: 'id' },
} as const satisfies FileLayoutInput;
