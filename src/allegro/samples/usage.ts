/**
 * Sample file layouts and small usage files for the usage-file checker: one clean file and one
 * with known bad rows per layout. The widget offers them as starting points, the CLI uses the
 * comma layout by default, and the tests assert that each bad file gives exactly the issues
 * listed in its `expected` table (line → code), and the clean file none.
 *
 * The field names follow the core Aria usage record fields (acct_no, plan_instance_no,
 * usage_type_code, usage_units, usage_date, amt, rate, ...). Field lengths come from the API's
 * documented lengths where it gives one (userid 32, usage_type_code 30, telco_from 100); the
 * file layouts themselves are examples, not an Allegro export format.
 */
import type { FileLayoutInput } from '../schema/file-layout';

/** A row of a bad sample file that must produce `code` on `line`. */
export interface KnownBadRow {
  line: number;
  code: string;
  field?: string;
  /** Why the row is bad, in words. */
  note: string;
}

export interface UsageSample {
  id: 'comma' | 'pipe' | 'fixed';
  title: string;
  layout: FileLayoutInput;
  /** File names under static/samples/ (served at /samples/<name>). */
  layoutFile: string;
  cleanFile: string;
  badFile: string;
  clean: string;
  bad: string;
  expected: readonly KnownBadRow[];
}

// ---- Comma-delimited: header + detail + trailer, composite duplicate key, reference set ------

export const SAMPLE_LAYOUT_COMMA = {
  name: 'Comma-delimited with header and trailer (composite key)',
  description:
    'H/D/T records told apart by the record_type field; duplicate key = account, usage type and usage date; plan-instance windows to check usage dates.',
  format: { kind: 'delimited', delimiter: ',', quoteChar: '"' },
  recordTypes: { by: 'value', field: 'record_type' },
  header: {
    value: 'H',
    fields: [
      { name: 'record_type', required: true },
      { name: 'source_platform', required: true, maxLength: 50 },
      { name: 'file_date', type: 'date', format: 'yyyy-MM-dd', required: true },
      { name: 'file_sequence', type: 'integer', required: true, min: '1' },
    ],
  },
  detail: {
    value: 'D',
    fields: [
      { name: 'record_type', required: true },
      { name: 'acct_no', type: 'integer', required: true, maxLength: 22 },
      { name: 'plan_instance_no', type: 'integer', required: true, maxLength: 22 },
      { name: 'usage_type_code', required: true, maxLength: 30 },
      { name: 'usage_date', type: 'datetime', format: 'yyyy-MM-dd[ HH:mm:ss]', required: true },
      { name: 'usage_units', type: 'decimal', required: true },
      { name: 'amt', type: 'decimal', maxScale: 2 },
      { name: 'comments', maxLength: 300 },
    ],
  },
  trailer: {
    value: 'T',
    fields: [
      { name: 'record_type', required: true },
      { name: 'record_count', type: 'integer', required: true },
      { name: 'total_units', type: 'decimal', required: true },
    ],
    recordCount: { field: 'record_count', counts: 'detail' },
    controlTotal: { field: 'total_units', sumOf: 'usage_units' },
  },
  duplicateKey: { composite: ['acct_no', 'usage_type_code', 'usage_date'] },
  planInstances: {
    keyField: 'plan_instance_no',
    dateFields: ['usage_date'],
    instances: [
      { id: '2001', start: '2026-01-01' },
      { id: '2002', start: '2026-03-01', end: '2026-03-31' },
    ],
  },
} as const satisfies FileLayoutInput;

export const SAMPLE_USAGE_COMMA_CLEAN = [
  'H,MOBILE_APP,2026-03-16,42',
  'D,100001,2001,CALL_MIN,2026-03-15 08:30:00,12.5,,Outbound call',
  'D,100001,2001,SMS,2026-03-15 08:31:10,1,,',
  'D,100002,2002,DATA_MB,2026-03-15,250.75,,"Roaming, zone 2"',
  'D,100002,2002,CALL_MIN,2026-03-15 23:59:59,3,0.45,"Agent said ""call back"""',
  'D,100003,2001,CALL_MIN,2026-03-14 10:00:00,7.25,,"Two-line',
  'comment"',
  'T,5,274.5',
  '',
].join('\n');

export const SAMPLE_USAGE_COMMA_BAD = [
  'H,MOBILE_APP,2026-03-16,43',
  'D,100001,2001,CALL_MIN,2026-03-15 08:30:00,12.5,,Outbound call',
  'D,100001,2001,CALL_MIN,2026-03-15 08:30:00,4,,Sent twice',
  'D,100002,2002,DATA_MB,2026-02-30,10,,',
  'D,100002,2002,SMS,15/03/2026,1,,',
  'D,100003,2001,CALL_MIN,2026-03-15 09:00:00,12 min,,',
  'D,,2001,SMS,2026-03-15 09:05:00,1,,',
  'D,100004,2001,SMS,2026-03-15 09:06:00,1,,Hello, world',
  'D,100005,2002,CALL_MIN,2026-04-02 10:00:00,5,,',
  'D,100006,2002,CALL_MIN,2026-02-27 10:00:00,5,,',
  'D,100007,2999,SMS,2026-03-15 10:00:00,1,,',
  'D,100008,2001,CALL_MIN,2026-03-15 11:00:00,NaN,,',
  'D,100009,2001,CALL_MIN,2026-03-15 12:00:00,2,1.999,',
  'X,100010,2001,SMS,2026-03-15 13:00:00,1,,',
  'T,11,40',
  '',
].join('\n');

export const SAMPLE_USAGE_COMMA_BAD_EXPECTED: readonly KnownBadRow[] = [
  {
    line: 3,
    code: 'USG-DUP-001',
    field: 'acct_no',
    note: 'same account, usage type and usage date as line 2',
  },
  { line: 4, code: 'USG-VAL-009', field: 'usage_date', note: '30 February does not exist' },
  { line: 5, code: 'USG-VAL-008', field: 'usage_date', note: 'dd/MM/yyyy instead of yyyy-MM-dd' },
  { line: 6, code: 'USG-VAL-004', field: 'usage_units', note: 'a unit name inside the number' },
  { line: 7, code: 'USG-VAL-001', field: 'acct_no', note: 'the account number is empty' },
  { line: 8, code: 'USG-ROW-001', note: 'an unquoted comma in the comment makes nine fields' },
  {
    line: 9,
    code: 'USG-REF-002',
    field: 'usage_date',
    note: 'plan instance 2002 ended on 2026-03-31',
  },
  {
    line: 10,
    code: 'USG-REF-001',
    field: 'usage_date',
    note: 'plan instance 2002 starts on 2026-03-01',
  },
  {
    line: 11,
    code: 'USG-REF-003',
    field: 'plan_instance_no',
    note: 'plan instance 2999 is not in the reference set',
  },
  { line: 12, code: 'USG-VAL-005', field: 'usage_units', note: 'NaN is not a quantity' },
  { line: 13, code: 'USG-VAL-007', field: 'amt', note: 'amt takes at most 2 decimals' },
  { line: 14, code: 'USG-STR-005', field: 'record_type', note: 'X is not H, D or T' },
  {
    line: 15,
    code: 'USG-TRL-001',
    field: 'record_count',
    note: 'the file has 12 detail records, the trailer says 11',
  },
  {
    line: 15,
    code: 'USG-TRL-002',
    field: 'total_units',
    note: 'the valid usage_units add up to 41.5, the trailer says 40',
  },
];

// ---- Pipe-delimited: detail records only, unique record id ------------------------------------

export const SAMPLE_LAYOUT_PIPE = {
  name: 'Pipe-delimited detail records (unique record id)',
  description:
    'No header or trailer; every line is a usage record keyed by client_record_id. Lengths and decimals follow the core Aria usage record fields.',
  format: { kind: 'delimited', delimiter: '|', quoteChar: '"' },
  detail: {
    fields: [
      { name: 'client_record_id', required: true, maxLength: 100 },
      { name: 'userid', required: true, maxLength: 32 },
      { name: 'usage_type_code', required: true, maxLength: 30 },
      { name: 'usage_units', type: 'decimal', required: true },
      { name: 'billable_units', type: 'decimal' },
      { name: 'amt', type: 'decimal', maxScale: 2 },
      { name: 'rate', type: 'decimal', maxScale: 5 },
      { name: 'usage_date', type: 'datetime', format: 'yyyy-MM-dd[ HH:mm:ss]', required: true },
      { name: 'exclude_from_billing', type: 'boolean', format: 'true/false' },
      { name: 'telco_from', maxLength: 100 },
    ],
  },
  duplicateKey: { recordId: 'client_record_id' },
} as const satisfies FileLayoutInput;

export const SAMPLE_USAGE_PIPE_CLEAN = [
  'REC-0001|jsmith|STORAGE_GB|10.5||||2026-03-01|false|',
  'REC-0002|jsmith|API_CALL|1200|1000|||2026-03-01 12:00:00|false|',
  'REC-0003|mlopez|API_CALL|15|||0.00125|2026-03-02 09:15:00|true|10.0.0.1',
  'REC-0004|mlopez|SUPPORT_HR|1.5||75.00||2026-03-02 17:45:30|false|',
  '',
].join('\n');

export const SAMPLE_USAGE_PIPE_BAD = [
  'REC-0001|jsmith|STORAGE_GB|10.5||||2026-03-01|false|',
  'REC-0001|jsmith|STORAGE_GB|10.5||||2026-03-01|false|',
  'REC-0003|jsmith|API_CALL|1e400||||2026-03-01|false|',
  'REC-0004|a_user_name_that_is_far_too_long_for_aria|API_CALL|1||||2026-03-01|false|',
  'REC-0005|jsmith|API_CALL|1||||2026-03-01|maybe|',
  'REC-0006|jsmith|API_CALL|1|||0.123456|2026-03-01|false|',
  'REC-0007|jsmith|API_CALL|1||||2026-03-01 25:00:00|false|',
  '',
  'REC-0009|jsmith|API_CALL|0.1234567890123456789||||2026-03-01|false|',
  'REC-0010|jsmith|API_CALL|1||||2026-03-01|false',
  'REC-0011|jsmith||1||||2026-03-01|false|',
  '',
].join('\n');

export const SAMPLE_USAGE_PIPE_BAD_EXPECTED: readonly KnownBadRow[] = [
  {
    line: 2,
    code: 'USG-DUP-001',
    field: 'client_record_id',
    note: 'REC-0001 was already on line 1',
  },
  {
    line: 3,
    code: 'USG-VAL-006',
    field: 'usage_units',
    note: '1e400 is beyond the range of a double',
  },
  { line: 4, code: 'USG-VAL-002', field: 'userid', note: 'userid takes at most 32 characters' },
  { line: 5, code: 'USG-VAL-010', field: 'exclude_from_billing', note: 'only true or false' },
  { line: 6, code: 'USG-VAL-007', field: 'rate', note: 'rate takes at most 5 decimals' },
  { line: 7, code: 'USG-VAL-009', field: 'usage_date', note: 'there is no hour 25' },
  { line: 8, code: 'USG-ROW-005', note: 'blank line' },
  {
    line: 9,
    code: 'USG-VAL-011',
    field: 'usage_units',
    note: '19 significant digits do not survive a double',
  },
  { line: 10, code: 'USG-ROW-001', note: 'the trailing empty telco_from field is missing' },
  { line: 11, code: 'USG-VAL-001', field: 'usage_type_code', note: 'the usage type code is empty' },
];

// ---- Fixed width: header and trailer by line position, unique record id -----------------------

export const SAMPLE_LAYOUT_FIXED = {
  name: 'Fixed-width with header and trailer by line position (unique record id)',
  description:
    'The first line is the header and the last line the trailer; values sit at fixed positions, numbers right-aligned, dates as yyyyMMdd and yyyyMMddHHmmss.',
  format: { kind: 'fixed-width' },
  recordTypes: { by: 'line' },
  header: {
    fields: [
      { name: 'file_type', start: 1, length: 3, required: true },
      { name: 'file_date', type: 'date', format: 'yyyyMMdd', start: 4, length: 8, required: true },
      { name: 'source_platform', start: 12, length: 10, required: true },
    ],
  },
  detail: {
    fields: [
      { name: 'record_id', start: 1, length: 12, required: true },
      { name: 'acct_no', type: 'integer', start: 13, length: 10, required: true },
      { name: 'usage_type_code', start: 23, length: 10, required: true },
      {
        name: 'usage_date',
        type: 'datetime',
        format: 'yyyyMMddHHmmss',
        start: 33,
        length: 14,
        required: true,
      },
      { name: 'usage_units', type: 'decimal', start: 47, length: 12, required: true },
    ],
  },
  trailer: {
    fields: [
      { name: 'record_count', type: 'integer', start: 1, length: 9, required: true },
      { name: 'total_units', type: 'decimal', start: 10, length: 15, required: true },
    ],
    recordCount: { field: 'record_count', counts: 'detail' },
    controlTotal: { field: 'total_units', sumOf: 'usage_units' },
  },
  duplicateKey: { recordId: 'record_id' },
} as const satisfies FileLayoutInput;

/** Builds a fixed-width detail line: left-aligned text, right-aligned units. */
function detailLine(
  recordId: string,
  acct: string,
  usageType: string,
  date: string,
  units: string,
): string {
  return (
    recordId.padEnd(12) + acct.padStart(10, '0') + usageType.padEnd(10) + date + units.padStart(12)
  );
}

export const SAMPLE_USAGE_FIXED_CLEAN = [
  'USG20260316NETWORK_A ',
  detailLine('R00000000001', '100001', 'DATA_MB', '20260315083000', '1024.5'),
  detailLine('R00000000002', '100001', 'CALL_MIN', '20260315091500', '12'),
  detailLine('R00000000003', '100002', 'DATA_MB', '20260315235959', '0.25'),
  '000000003' + '1036.75'.padStart(15),
  '',
].join('\n');

export const SAMPLE_USAGE_FIXED_BAD = [
  'USG20260316NETWORK_A ',
  detailLine('R00000000001', '100001', 'DATA_MB', '20260315083000', '1024.5'),
  detailLine('R00000000001', '100001', 'CALL_MIN', '20260315091500', '12'),
  detailLine('R00000000004', '100002', 'DATA_MB', '20260231120000', '3'),
  detailLine('R00000000005', 'ABC0100001', 'SMS', '20260315120000', '1'),
  detailLine('R00000000006', '100003', 'SMS', '20260315120500', '1') + 'XYZ',
  detailLine('R00000000007', '100003', 'SMS', '20260315121000', '').trimEnd(),
  detailLine('R00000000008', '100003', 'DATA_MB', '20260315121500', '12,5'),
  '000000009' + '1040.5'.padStart(15),
  '',
].join('\n');

export const SAMPLE_USAGE_FIXED_BAD_EXPECTED: readonly KnownBadRow[] = [
  { line: 3, code: 'USG-DUP-001', field: 'record_id', note: 'R00000000001 was already on line 2' },
  { line: 4, code: 'USG-VAL-009', field: 'usage_date', note: '31 February does not exist' },
  { line: 5, code: 'USG-VAL-003', field: 'acct_no', note: 'letters in the account number' },
  { line: 6, code: 'USG-ROW-002', note: 'three characters past the last field' },
  { line: 7, code: 'USG-ROW-003', note: 'the line stops before usage_units' },
  { line: 7, code: 'USG-VAL-001', field: 'usage_units', note: 'usage_units is blank' },
  { line: 8, code: 'USG-VAL-004', field: 'usage_units', note: 'a comma as decimal separator' },
  {
    line: 9,
    code: 'USG-TRL-001',
    field: 'record_count',
    note: 'the file has 7 detail records, the trailer says 9',
  },
];

export const USAGE_SAMPLES: readonly UsageSample[] = [
  {
    id: 'comma',
    title: 'Comma-delimited, header and trailer, composite key',
    layout: SAMPLE_LAYOUT_COMMA,
    layoutFile: 'layout-comma.json',
    cleanFile: 'usage-comma-clean.csv',
    badFile: 'usage-comma-bad.csv',
    clean: SAMPLE_USAGE_COMMA_CLEAN,
    bad: SAMPLE_USAGE_COMMA_BAD,
    expected: SAMPLE_USAGE_COMMA_BAD_EXPECTED,
  },
  {
    id: 'pipe',
    title: 'Pipe-delimited, detail only, unique record id',
    layout: SAMPLE_LAYOUT_PIPE,
    layoutFile: 'layout-pipe.json',
    cleanFile: 'usage-pipe-clean.txt',
    badFile: 'usage-pipe-bad.txt',
    clean: SAMPLE_USAGE_PIPE_CLEAN,
    bad: SAMPLE_USAGE_PIPE_BAD,
    expected: SAMPLE_USAGE_PIPE_BAD_EXPECTED,
  },
  {
    id: 'fixed',
    title: 'Fixed width, header and trailer by position',
    layout: SAMPLE_LAYOUT_FIXED,
    layoutFile: 'layout-fixed.json',
    cleanFile: 'usage-fixed-clean.txt',
    badFile: 'usage-fixed-bad.txt',
    clean: SAMPLE_USAGE_FIXED_CLEAN,
    bad: SAMPLE_USAGE_FIXED_BAD,
    expected: SAMPLE_USAGE_FIXED_BAD_EXPECTED,
  },
];

/** The default layout of the command-line checker and the widget. */
export const DEFAULT_USAGE_LAYOUT = SAMPLE_LAYOUT_COMMA;

/**
 * The files under static/samples/ generated from this module (path → content). Pure, so that a
 * test can compare them with the committed copies; scripts/generate-usage-samples.ts writes them.
 */
export function usageSampleFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const sample of USAGE_SAMPLES) {
    files[`static/samples/${sample.layoutFile}`] = `${JSON.stringify(sample.layout, null, 2)}\n`;
    files[`static/samples/${sample.cleanFile}`] = sample.clean;
    files[`static/samples/${sample.badFile}`] = sample.bad;
  }
  return files;
}
