/**
 * One usage record as core Aria's bulk_record_usage_m takes it (an element of `usage_recs`).
 * Allegro sends aggregated monetised usage back to core Aria in this shape, and the Aggregate
 * Monetized Usage screen maps each of these attributes to a usage container field.
 *
 * Field sizes follow the current developer specification (long(22), string(N) = at most N
 * characters). Where the public documentation gives no size, none is enforced here.
 *
 * The object is strict: core Aria would not receive a misspelt attribute, so an unknown key is
 * reported as a likely typo.
 */
import { z } from 'zod';

/** A core Aria `long(22)` value: a whole number of at most 22 digits, as a number or digit string. */
export const AriaLongSchema = z.union([
  z.number().int({ error: 'must be a whole number' }).nonnegative(),
  z.string().regex(/^\d{1,22}$/, { error: 'must be a whole number of at most 22 digits' }),
]);

/** `string(n)`: text of at most n characters. */
export function ariaString(maxLength: number) {
  return z
    .string({ error: 'must be a text value' })
    .max(maxLength, { error: `must be at most ${maxLength} characters` });
}

/**
 * ASSUMPTION (documented, changeable): the specification writes `usage_units double(10)`; we
 * read the 10 as "at most 10 digits in total, sign and decimal point not counted". The public
 * documentation does not define the notation; check against your own environment.
 */
export const USAGE_UNITS_MAX_DIGITS = 10;
/** `amt` takes up to 2 decimal places (core Aria API description). */
export const AMT_MAX_DECIMALS = 2;
/** `rate` takes up to 5 decimal places (core Aria API description). */
export const RATE_MAX_DECIMALS = 5;

const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/;

/** A core Aria `double`, as a number or a plain decimal string. */
const AriaDoubleSchema = z.union([
  z.number({ error: 'must be a number' }),
  z.string().regex(NUMERIC_TEXT, { error: 'must be a number' }),
]);

function decimalPlaces(value: number | string): number {
  const text = typeof value === 'number' ? String(value) : value;
  if (/e/i.test(text)) return Number.POSITIVE_INFINITY;
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

function digitCount(value: number | string): number {
  const text = typeof value === 'number' ? String(value) : value;
  if (/e/i.test(text)) return Number.POSITIVE_INFINITY;
  return text
    .replace(/^-/, '')
    .replace('.', '')
    .replace(/^0+(?=\d)/, '').length;
}

/** `yyyy-mm-dd`, optionally followed by ` hh24:mi:ss` (19 characters at most). */
export const USAGE_DATE_PATTERN =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])( ([01]\d|2[0-3]):[0-5]\d:[0-5]\d)?$/;

/** Account or plan-instance locators: at least one must be present. */
export const USAGE_RECORD_LOCATORS = [
  'acct_no',
  'userid',
  'client_acct_id',
  'plan_instance_no',
  'client_plan_instance_id',
] as const;

/** Usage type identifiers: one of them must be present. */
export const USAGE_RECORD_TYPE_FIELDS = ['usage_type', 'usage_type_code'] as const;

const PrecalcTaxRecordSchema = z.looseObject({
  precalc_tax_authority_level: z
    .number()
    .int()
    .min(0)
    .max(5)
    .describe('0 Federal, 1 State/Province, 2 County, 3 City, 4 Unincorporated Area, 5 District.'),
});

const UsageRecordShape = z.strictObject({
  acct_no: AriaLongSchema.optional(),
  userid: ariaString(32).optional(),
  client_acct_id: ariaString(50).optional(),
  plan_instance_no: AriaLongSchema.optional(),
  client_plan_instance_id: ariaString(100).optional(),
  master_plan_instance_no: AriaLongSchema.optional(),
  client_master_plan_instance_id: ariaString(100).optional(),
  usage_type: AriaLongSchema.optional().describe('Aria usage type number.'),
  usage_type_code: ariaString(30).optional().describe('Client-defined usage type code.'),
  usage_units: AriaDoubleSchema.describe('Required. Units consumed.'),
  usage_date: ariaString(19)
    .regex(USAGE_DATE_PATTERN, { error: 'must be written yyyy-mm-dd or yyyy-mm-dd hh24:mi:ss' })
    .optional(),
  billable_units: AriaDoubleSchema.optional(),
  amt: AriaDoubleSchema.optional().describe('Fixed total charge, up to 2 decimals.'),
  rate: AriaDoubleSchema.optional().describe('Per-unit price, up to 5 decimals.'),
  telco_from: ariaString(100).optional(),
  telco_to: ariaString(1000).optional(),
  comments: z.string().optional(),
  exclude_from_billing: z.enum(['true', 'false']).optional(),
  exclusion_comments: ariaString(300).optional(),
  parent_usage_rec_no: AriaLongSchema.optional(),
  client_record_id: z.string().optional(),
  caller_id: z.string().optional(),
  qualifier_1: z.string().optional(),
  qualifier_2: z.string().optional(),
  qualifier_3: z.string().optional(),
  qualifier_4: z.string().optional(),
  usage_field_name: z.string().optional(),
  usage_field_value: z.string().optional(),
  precalc_tax_inclusive: z.union([z.boolean(), z.enum(['true', 'false'])]).optional(),
  precalc_tax_amt: AriaDoubleSchema.optional(),
  precalc_tax_rate: AriaDoubleSchema.optional(),
  precalc_tax_records: z.array(PrecalcTaxRecordSchema).optional(),
});

/** Every attribute name a usage record may carry (used by the aggregation mapping check). */
export const USAGE_RECORD_ATTRIBUTES = Object.keys(UsageRecordShape.shape) as readonly string[];

export const UsageRecordSchema = UsageRecordShape.superRefine((record, ctx) => {
  if (!USAGE_RECORD_LOCATORS.some((field) => record[field] !== undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [],
      message: `needs an account or plan-instance locator: one of ${USAGE_RECORD_LOCATORS.join(', ')}`,
    });
  }
  if (record.usage_type === undefined && record.usage_type_code === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: [],
      message: 'needs usage_type or usage_type_code',
    });
  }
  if (digitCount(record.usage_units) > USAGE_UNITS_MAX_DIGITS) {
    ctx.addIssue({
      code: 'custom',
      path: ['usage_units'],
      message: `has more than ${USAGE_UNITS_MAX_DIGITS} digits`,
    });
  }
  if (record.amt !== undefined && decimalPlaces(record.amt) > AMT_MAX_DECIMALS) {
    ctx.addIssue({
      code: 'custom',
      path: ['amt'],
      message: `takes at most ${AMT_MAX_DECIMALS} decimal places`,
    });
  }
  if (record.rate !== undefined && decimalPlaces(record.rate) > RATE_MAX_DECIMALS) {
    ctx.addIssue({
      code: 'custom',
      path: ['rate'],
      message: `takes at most ${RATE_MAX_DECIMALS} decimal places`,
    });
  }
  if ((record.usage_field_name === undefined) !== (record.usage_field_value === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [record.usage_field_name === undefined ? 'usage_field_name' : 'usage_field_value'],
      message: 'usage_field_name and usage_field_value must be sent together',
    });
  }
  const taxInclusive =
    record.precalc_tax_inclusive === true || record.precalc_tax_inclusive === 'true';
  if (taxInclusive) {
    for (const field of ['precalc_tax_amt', 'precalc_tax_rate'] as const) {
      if (record[field] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'is required when precalc_tax_inclusive is true',
        });
      }
    }
  }
});

export type UsageRecord = z.output<typeof UsageRecordSchema>;
