/**
 * Files generated from the TypeScript sources: JSON Schemas of the documents the tools read, and
 * the sample configurations. Kept pure (no file system) so that a test can regenerate them in
 * memory and fail when the committed copies are stale.
 */
import { z } from 'zod';
import {
  BulkRecordUsageRequestSchema,
  BulkRecordUsageResponseSchema,
  ClientConfigSchema,
  UsageRecordSchema,
} from '../src/allegro/schema';
import {
  SAMPLE_CONFIG_CLEAN_JSON,
  SAMPLE_CONFIG_WITH_MISTAKES,
} from '../src/allegro/samples/config';

function jsonSchema(schema: z.ZodType, id: string, title: string): string {
  const generated = z.toJSONSchema(schema, {
    // Describe what authors write (numbers or strings for decimals), not the normalised output.
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  const withId = { $schema: generated.$schema, $id: `/schemas/${id}`, title, ...generated };
  return `${JSON.stringify(withId, null, 2)}\n`;
}

/** Path relative to the project root → file content. */
export function generatedFiles(): Record<string, string> {
  return {
    'static/schemas/client-config.schema.json': jsonSchema(
      ClientConfigSchema,
      'client-config.schema.json',
      'Aria Allegro client configuration',
    ),
    'static/schemas/usage-record.schema.json': jsonSchema(
      UsageRecordSchema,
      'usage-record.schema.json',
      'bulk_record_usage_m usage record',
    ),
    'static/schemas/bulk-record-usage-request.schema.json': jsonSchema(
      BulkRecordUsageRequestSchema,
      'bulk-record-usage-request.schema.json',
      'bulk_record_usage_m request',
    ),
    'static/schemas/bulk-record-usage-response.schema.json': jsonSchema(
      BulkRecordUsageResponseSchema,
      'bulk-record-usage-response.schema.json',
      'bulk_record_usage_m response',
    ),
    'static/samples/config-clean.json': SAMPLE_CONFIG_CLEAN_JSON,
    'static/samples/config-with-mistakes.yaml': SAMPLE_CONFIG_WITH_MISTAKES,
  };
}
