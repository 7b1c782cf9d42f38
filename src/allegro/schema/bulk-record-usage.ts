/**
 * core Aria `bulk_record_usage_m`: the request Allegro's sync service sends for each batch of
 * aggregated usage, and the response it reads per record.
 *
 * The public documentation gives no maximum number of records per call; it only recommends the
 * bulk call when more than 100 records are sent. No `maxItems` is therefore set here.
 */
import { z } from 'zod';
import { AriaLongSchema, UsageRecordSchema, ariaString } from './usage-record';

/** Below this count the public guidance prefers record_usage_m. */
export const BULK_RECORD_USAGE_RECOMMENDED_MINIMUM = 100;

export const BulkRecordUsageRequestSchema = z.strictObject({
  client_no: AriaLongSchema.describe('Required. Aria client number.'),
  auth_key: ariaString(32).min(1, { error: 'must not be empty' }).describe('Required.'),
  usage_recs: z
    .array(UsageRecordSchema)
    .min(1, { error: 'needs at least one usage record' })
    .describe('Required. The usage records of this call.'),
  client_receipt_id: ariaString(50).optional(),
  alt_caller_id: z.string().optional(),
  optional_transaction_qualifiers: z
    .array(z.looseObject({ qualifier_name: z.string(), qualifier_value: z.string() }))
    .optional(),
});

/** One entry of `error_records`: returned only for records sent with a client_record_id. */
export const BulkRecordUsageErrorRecordSchema = z.looseObject({
  out_client_record_id: z.string().optional(),
  acct_no: AriaLongSchema.optional(),
  record_error_code: z.number().int(),
  record_error_msg: z.string(),
});

/** The response: `error_code` 0 and `error_msg` "OK" when the call succeeded. */
export const BulkRecordUsageResponseSchema = z.looseObject({
  error_code: z.number().int(),
  error_msg: z.string(),
  error_records: z.array(BulkRecordUsageErrorRecordSchema).optional(),
});

export type BulkRecordUsageRequest = z.output<typeof BulkRecordUsageRequestSchema>;
export type BulkRecordUsageErrorRecord = z.output<typeof BulkRecordUsageErrorRecordSchema>;
export type BulkRecordUsageResponse = z.output<typeof BulkRecordUsageResponseSchema>;
