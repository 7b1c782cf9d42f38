/**
 * Issue codes of the usage-file checker (prefix USG-) and of file-layout validation (USG-LAY-).
 * Merged into the one registry in `../codes.ts`. Only the CodeDefinition type is imported from
 * there, so there is no runtime import cycle.
 *
 * Groups: LAY layout, FIL whole file, STR header/detail/trailer structure, ROW record shape,
 * VAL field values, DUP duplicate keys, TRL trailer totals, REF plan-instance reference set.
 */
import type { CodeDefinition } from '../codes';

const FILE_FORMATS = { page: '/docs/faq/file-handling', anchor: 'what-file-formats-are-accepted' };
const HEADER_TRAILER = {
  page: '/docs/faq/usage-ingestion',
  anchor: 'what-can-a-usage-file-contain',
};
const DUPLICATES = {
  page: '/docs/faq/file-handling',
  anchor: 'how-are-duplicate-records-detected',
};
const SIZE_LIMITS = {
  page: '/docs/faq/file-handling',
  anchor: 'is-there-a-file-size-limit-or-naming-rule',
};
const MAPPING = { page: '/docs/configuration/source-platforms-and-mediation', anchor: 'mapping' };
const RECORD_FIELDS = {
  page: '/docs/reference/bulk-record-usage-m',
  anchor: 'usage-record-fields',
};
const MISSING_REQUIRED = { page: '/docs/reference/bulk-record-usage-m', anchor: 'error-1010' };
const INVALID_INPUT = { page: '/docs/reference/bulk-record-usage-m', anchor: 'error-1016' };
const DATE_FORMAT = { page: '/docs/reference/bulk-record-usage-m', anchor: 'error-1024' };
const NO_SERVICE = { page: '/docs/errors/usage-suspense', anchor: 'no-service-found' };
const SUSPENSE_REASONS = { page: '/docs/errors/usage-suspense', anchor: 'suspense-reasons' };

export const USAGE_CODES = [
  // Layout (the mediation set-up side)
  {
    code: 'USG-LAY-001',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Layout is not valid JSON',
    cause:
      'The layout text could not be read as JSON, for example because of a missing comma or quote.',
    fix: 'Correct the JSON at the line and column shown, or start from one of the sample layouts.',
    docs: MAPPING,
  },
  {
    code: 'USG-LAY-002',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Layout setting missing or invalid',
    cause:
      'A layout setting is missing, misspelled, of the wrong type, or does not fit the other settings.',
    fix: 'Set the named setting as the message describes; unknown keys are rejected so that typos show up.',
    docs: MAPPING,
  },
  {
    code: 'USG-LAY-003',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Layout refers to a field it does not define',
    cause:
      'A duplicate key, record count, control total, record-type or plan-instance setting names a field that the record type does not list, or a field is listed twice.',
    fix: 'Add the field to the record type, or correct the name so it matches a defined field exactly.',
    docs: MAPPING,
  },
  {
    code: 'USG-LAY-004',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Field positions do not fit together',
    cause:
      'Fixed-width fields lack a start or length, overlap each other, or the record-type field is not at the same position in every record type.',
    fix: 'Give every fixed-width field a start and a length with no overlaps, and keep the record-type field at one position for all record types.',
    docs: MAPPING,
  },
  {
    code: 'USG-LAY-005',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Invalid date or boolean format in the layout',
    cause:
      'A date pattern uses an unknown letter (for example YYYY or DD) or lacks a part, or a boolean format is not written as two different spellings.',
    fix: 'Write dates with yyyy, MM, dd, HH, mm, ss (an optional trailing part in [ ]) and booleans as "true/false", "Y/N" or "1/0".',
    docs: DATE_FORMAT,
  },
  {
    code: 'USG-LAY-006',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Plan-instance reference set is invalid',
    cause:
      'A plan instance is listed twice, or its active window has a start or end that is not a real date, or ends before it starts.',
    fix: 'List each plan instance once with start (and optional end) as yyyy-MM-dd or yyyy-MM-dd HH:mm:ss.',
    docs: NO_SERVICE,
  },

  // Whole file
  {
    code: 'USG-FIL-001',
    severity: 'error',
    category: 'functional',
    title: 'File has no records',
    cause:
      'The file is empty or holds only blank lines (and column names, when the layout expects them).',
    fix: 'Check that the export from the source platform wrote its records before the file was transferred.',
    docs: FILE_FORMATS,
  },
  {
    code: 'USG-FIL-002',
    severity: 'info',
    category: 'functional',
    title: 'Byte order mark found at the start of the file',
    cause:
      'The file starts with a Unicode byte order mark, which some editors and exports add. The checker ignores it; the public documentation does not say whether Allegro mediation does.',
    fix: 'Export the file as UTF-8 without a byte order mark if the first field of the first record is rejected in your environment.',
    docs: FILE_FORMATS,
  },
  {
    code: 'USG-FIL-003',
    severity: 'error',
    category: 'functional',
    title: 'File is not UTF-8 text',
    cause:
      'The file holds NUL characters: it is binary or compressed, or it was saved as UTF-16 ("Unicode text"), which some spreadsheet exports use. The checker reads UTF-8 text and stops at the first NUL; the public documentation does not say which character encodings Allegro mediation accepts.',
    fix: 'Check that you picked the usage file itself, not an archive or a spreadsheet. Export it as delimited or fixed-width text in UTF-8 and check it again.',
    docs: FILE_FORMATS,
  },

  // Structure: header, detail, trailer
  {
    code: 'USG-STR-001',
    severity: 'error',
    category: 'functional',
    title: 'Header record missing',
    cause: 'The layout expects a header record first, but the first record is of another type.',
    fix: 'Make the source write the header record as the first line, or remove the header from the layout if the feed has none.',
    docs: HEADER_TRAILER,
  },
  {
    code: 'USG-STR-002',
    severity: 'error',
    category: 'functional',
    title: 'Header record in the wrong place',
    cause:
      'A header record appears after the first record, for example because two files were concatenated.',
    fix: 'Keep one header per file, on the first line; split concatenated files.',
    docs: HEADER_TRAILER,
  },
  {
    code: 'USG-STR-003',
    severity: 'error',
    category: 'functional',
    title: 'Trailer record missing',
    cause:
      'The layout expects a trailer record as the last record, but the file ends without one. A truncated transfer often causes this.',
    fix: 'Check the transfer completed, and make the source write the trailer as the last line.',
    docs: HEADER_TRAILER,
  },
  {
    code: 'USG-STR-004',
    severity: 'error',
    category: 'functional',
    title: 'Trailer record is not the last record',
    cause:
      'Records follow the trailer, for example because two files were concatenated or the source appended after closing the file.',
    fix: 'Keep one trailer per file, on the last line.',
    docs: HEADER_TRAILER,
  },
  {
    code: 'USG-STR-005',
    severity: 'error',
    category: 'functional',
    title: 'Unknown record type',
    cause:
      'The record-type field holds a value that the layout does not define for header, detail or trailer records.',
    fix: 'Correct the record-type value in the source, or add the record type to the mediation layout.',
    docs: HEADER_TRAILER,
  },
  {
    code: 'USG-STR-006',
    severity: 'error',
    category: 'functional',
    title: 'Column-name line does not match the layout',
    cause:
      'The layout says the first line holds column names, but they differ from the detail field names in name or order.',
    fix: 'Align the column order of the export with the layout, or correct the layout.',
    docs: MAPPING,
  },

  // Record shape
  {
    code: 'USG-ROW-001',
    severity: 'error',
    category: 'functional',
    title: 'Wrong number of fields',
    cause:
      'A delimited record has more or fewer fields than its record type defines. An unquoted delimiter inside a value or a missing empty field is the usual cause.',
    fix: 'Quote values that contain the delimiter and keep empty positions for optional fields.',
    docs: FILE_FORMATS,
  },
  {
    code: 'USG-ROW-002',
    severity: 'error',
    category: 'functional',
    title: 'Fixed-width line longer than the layout',
    cause:
      'A fixed-width line has characters beyond the last field position, which usually means fields are shifted.',
    fix: 'Check the field positions of the export against the layout.',
    docs: FILE_FORMATS,
  },
  {
    code: 'USG-ROW-003',
    severity: 'warning',
    category: 'functional',
    title: 'Fixed-width line shorter than the layout',
    cause:
      'A fixed-width line ends before the last field position; the missing positions are read as blank. Some tools trim trailing spaces.',
    fix: 'Pad lines to the full record width, or confirm that trailing fields may be blank.',
    docs: FILE_FORMATS,
  },
  {
    code: 'USG-ROW-004',
    severity: 'error',
    category: 'functional',
    title: 'Malformed quoted field',
    cause:
      'A quoted value has text after its closing quote or a quote that is not doubled, so the record cannot be split into fields reliably.',
    fix: 'Write a quote inside a quoted value as two quotes, and put nothing between a closing quote and the next delimiter.',
    docs: FILE_FORMATS,
  },
  {
    code: 'USG-ROW-005',
    severity: 'warning',
    category: 'functional',
    title: 'Blank line',
    cause:
      'The file has an empty line between records or at its end. The checker skips it; the public documentation does not say how Allegro mediation treats one.',
    fix: 'Remove blank lines from the export.',
    docs: FILE_FORMATS,
  },
  {
    code: 'USG-ROW-006',
    severity: 'error',
    category: 'functional',
    title: 'Record too long, or a quote never closed',
    cause:
      "A record ran past the checker's record-length limit without ending. Usually a quote opens a value and is never closed, so the rest of the file would read as one value.",
    fix: 'Close the quote on the line shown. The checker skips to the next line and goes on.',
    docs: SIZE_LIMITS,
  },

  // Field values
  {
    code: 'USG-VAL-001',
    severity: 'error',
    category: 'functional',
    title: 'Required field is empty',
    cause: 'A field that the layout marks as required has no value.',
    fix: 'Fill the field in the source. For core Aria, usage_units and one account or plan-instance locator are needed on every record.',
    docs: MISSING_REQUIRED,
  },
  {
    code: 'USG-VAL-002',
    severity: 'error',
    category: 'functional',
    title: 'Value longer than allowed',
    cause: 'A value has more characters than the field allows.',
    fix: 'Shorten the value or correct the field length in the layout. The API field lengths are in the usage record field list.',
    docs: RECORD_FIELDS,
  },
  {
    code: 'USG-VAL-003',
    severity: 'error',
    category: 'functional',
    title: 'Not a whole number',
    cause:
      'An integer field holds something other than an optional sign and digits (spaces, decimals, thousands separators).',
    fix: 'Write whole numbers with digits only, for example 1002 rather than 1,002 or 1002.0.',
    docs: INVALID_INPUT,
  },
  {
    code: 'USG-VAL-004',
    severity: 'error',
    category: 'functional',
    title: 'Not a number',
    cause:
      'A decimal field holds text that is not a number, for example a unit name, a comma decimal separator or spaces.',
    fix: 'Write numbers with a dot as the decimal separator and no units or separators, for example 1250.5.',
    docs: INVALID_INPUT,
  },
  {
    code: 'USG-VAL-005',
    severity: 'error',
    category: 'functional',
    title: 'Number is not finite',
    cause:
      'A numeric field holds NaN or Infinity, typically written by a program that divided by zero.',
    fix: 'Fix the calculation in the source system; quantities must be real numbers.',
    docs: INVALID_INPUT,
  },
  {
    code: 'USG-VAL-006',
    severity: 'error',
    category: 'functional',
    title: 'Number out of range',
    cause:
      "A number is below the field's minimum, above its maximum, or too large for the double-precision number the API uses.",
    fix: 'Check the value at the source; correct the layout bounds if they are too narrow.',
    docs: INVALID_INPUT,
  },
  {
    code: 'USG-VAL-007',
    severity: 'error',
    category: 'functional',
    title: 'Too many decimal places',
    cause:
      'A number has more digits after the decimal point than the field allows (core Aria takes amt with up to 2 and rate with up to 5 decimals).',
    fix: 'Round the value in the source to the allowed number of decimals.',
    docs: RECORD_FIELDS,
  },
  {
    code: 'USG-VAL-008',
    severity: 'error',
    category: 'functional',
    title: 'Date or time in the wrong format',
    cause:
      'A date or date-time value does not match the pattern of its field, for example 03/15/2026 where yyyy-MM-dd is expected.',
    fix: "Write the value in the field's pattern. The API itself takes usage dates as yyyy-mm-dd with an optional hh:mi:ss time.",
    docs: DATE_FORMAT,
  },
  {
    code: 'USG-VAL-009',
    severity: 'error',
    category: 'functional',
    title: 'Date or time does not exist',
    cause:
      'A date or time has the right shape but names a day or time that does not exist, such as 2026-02-30, 2025-02-29 or 24:00:00.',
    fix: 'Correct the value at the source; a generator that adds days without a calendar is a common cause.',
    docs: DATE_FORMAT,
  },
  {
    code: 'USG-VAL-010',
    severity: 'error',
    category: 'functional',
    title: 'Not a yes/no value',
    cause: 'A boolean field holds a value other than the two spellings the layout allows.',
    fix: 'Use one of the spellings named in the message (for exclude_from_billing the API takes true or false).',
    docs: INVALID_INPUT,
  },
  {
    code: 'USG-VAL-011',
    severity: 'warning',
    category: 'functional',
    title: 'Number has more than 15 significant digits',
    cause:
      'The API takes quantities as double-precision numbers, which keep about 15 significant decimal digits; the extra digits would be lost or altered.',
    fix: 'Round the value to 15 significant digits or fewer.',
    docs: INVALID_INPUT,
  },

  // Duplicates
  {
    code: 'USG-DUP-001',
    severity: 'error',
    category: 'functional',
    title: 'Duplicate record',
    cause:
      'Two detail records carry the same duplicate key (the unique record id, or the same values in every field of the composite key).',
    fix: 'Remove the repeated record, or widen the composite key if the two records are genuinely different usage.',
    docs: DUPLICATES,
  },
  {
    code: 'USG-DUP-002',
    severity: 'warning',
    category: 'functional',
    title: 'Duplicate check stopped at its key limit',
    cause:
      'The file has more distinct keys than the checker tracks (a memory bound); keys after the limit were not checked for duplicates.',
    fix: 'Raise the maxTrackedKeys option if memory allows, or split the file.',
    docs: SIZE_LIMITS,
  },

  // Trailer totals
  {
    code: 'USG-TRL-001',
    severity: 'error',
    category: 'functional',
    title: 'Trailer record count does not match',
    cause:
      'The count in the trailer differs from the number of records in the file, so records were lost, added or the trailer counts something else.',
    fix: 'Re-export or re-transfer the file; if the counting rule differs, set recordCount.counts in the layout (detail or all).',
    docs: HEADER_TRAILER,
  },
  {
    code: 'USG-TRL-002',
    severity: 'error',
    category: 'functional',
    title: 'Trailer control total does not match',
    cause:
      'The control total in the trailer differs from the exact decimal sum of the detail field it totals.',
    fix: "Re-export the file; check for dropped or changed records and for rounding in the source's total.",
    docs: HEADER_TRAILER,
  },

  // Reference set
  {
    code: 'USG-REF-001',
    severity: 'error',
    category: 'functional',
    title: 'Usage dated before the plan instance was active',
    cause:
      "The usage date is earlier than the plan instance's start. A record is processed only when the objects it touches are active at its usage date, so this record would go to suspense (No Service found).",
    fix: 'Make the plan instance effective on or before the usage date, or correct the usage date, then reprocess.',
    docs: NO_SERVICE,
  },
  {
    code: 'USG-REF-002',
    severity: 'error',
    category: 'functional',
    title: 'Usage dated after the plan instance ended',
    cause:
      "The usage date is later than the end of the plan instance's active window, so the record would not find an active service.",
    fix: "Check the plan instance's end date and the usage date; usage near a service end is a typical suspense trigger.",
    docs: NO_SERVICE,
  },
  {
    code: 'USG-REF-003',
    severity: 'warning',
    category: 'functional',
    title: 'Plan instance not in the reference set',
    cause:
      'The record names a plan instance that the reference set does not list, so its dates could not be checked. The reference set may be incomplete, or the id may be wrong.',
    fix: 'Add the plan instance to the reference set, or correct the id in the record.',
    docs: SUSPENSE_REASONS,
  },
] as const satisfies readonly CodeDefinition[];

export type UsageCode = (typeof USAGE_CODES)[number]['code'];
