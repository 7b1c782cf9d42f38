/**
 * Public API of the Allegro domain core. Widgets, the web worker, the CLI and the tests import
 * from here (or from a sub-module's own index.ts), never from React or Docusaurus.
 */
export type { Issue, Severity, ErrorCategory } from './issue';
export { docsUrlFor, codeAnchor, CODE_REFERENCE_PATH, CODES, CODE_INDEX, getCode } from './codes';
export type { CodeDefinition } from './codes';

// Client configuration: schema, checker, samples (helper core-config).
export {
  ClientConfigSchema,
  UsageRecordSchema,
  BulkRecordUsageRequestSchema,
  BulkRecordUsageResponseSchema,
  CLIENT_CONFIG_SCHEMA_VERSION,
  CURRENCY_ROUNDING_METHODS,
  DOCUMENTED_ROUNDING_METHODS,
  CONFIG_OBJECT_KINDS,
} from './schema';
export type {
  ClientConfig,
  ClientConfigInput,
  ConfigObjectKind,
  UsageRecord,
  BulkRecordUsageRequest,
  BulkRecordUsageResponse,
} from './schema';
export {
  checkConfig,
  checkConfigText,
  parseConfigText,
  CONFIG_CHECK_ASSUMPTIONS,
  DEFAULT_CONFIG_CHECK_ASSUMPTIONS,
} from './check/config';
export type {
  ConfigCheckResult,
  ConfigCheckOptions,
  ConfigCheckAssumptions,
  ConfigFormat,
} from './check/config';
export { CONFIG_CODES } from './check/config-codes';
export type { ConfigCode } from './check/config-codes';
export {
  SAMPLE_CONFIG_CLEAN,
  SAMPLE_CONFIG_CLEAN_JSON,
  SAMPLE_CONFIG_WITH_MISTAKES,
  SAMPLE_CONFIG_MISTAKES,
} from './samples/config';

// Usage files: layout schema, streaming checker, samples (helper core-usage).
export {
  FileLayoutSchema,
  FieldSchema,
  FIELD_TYPES,
  DEFAULT_MAX_STORED_ISSUES,
  parseFileLayout,
} from './schema/file-layout';
export type { FileLayout, FileLayoutInput, FieldLayout, FieldType } from './schema/file-layout';
export {
  createUsageChecker,
  checkUsageText,
  checkUsageFile,
  InvalidLayoutError,
  DEFAULT_MAX_TRACKED_KEYS,
} from './check/usage';
export type {
  UsageChecker,
  UsageCheckOptions,
  UsageFileCheckOptions,
  UsageCheckReport,
  UsageIssue,
  RecordKind,
} from './check/usage';
export { USAGE_CODES } from './check/usage-codes';
export type { UsageCode } from './check/usage-codes';

// Rating on decimal.js, simulators, core Aria API error tables (helper core-rating).
export * from './rating';
export * from './simulate';
export {
  ARIA_USAGE_APIS,
  API_REFERENCE_PAGE,
  API_ERRORS,
  API_ERROR_GAPS,
  BULK_RECORD_USAGE_ERRORS,
  RECORD_USAGE_ERRORS,
  DISCARD_USAGE_ERRORS,
  getApiError,
  apiErrorsFor,
} from './aria/api-errors';
export type { AriaUsageApi, ApiErrorDefinition } from './aria/api-errors';
export {
  SAMPLE_SUSPENSE_SCENARIO,
  SAMPLE_SUSPENSE_EXPECTED,
  SAMPLE_SYNC_SCENARIO,
  SAMPLE_SYNC_EXPECTED,
  SAMPLE_AGGREGATION_SCENARIO,
  SAMPLE_AGGREGATION_EXPECTED,
  SAMPLE_AGGREGATION_AUTH_FAILURE,
  SAMPLE_AGGREGATION_AUTH_FAILURE_EXPECTED,
  SIMULATION_SAMPLES,
} from './samples/simulations';
export type { SimulationSample, SimulatorName } from './samples/simulations';
