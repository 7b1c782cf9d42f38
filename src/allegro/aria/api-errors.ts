/**
 * Error codes of the three core Aria usage APIs that matter to Allegro, as data. The reference
 * pages, the aggregated-usage simulator and the checkers all read this table.
 *
 * What is documented: the codes, their meaning and the inputs they concern. What is this site's
 * reading: the cause in Allegro terms, the fix, and the two flags `retryable` (sending the same
 * request again, unchanged, may succeed) and `reprocessableAfterFix` (once the cause is fixed, the
 * errored record can be reprocessed rather than recreated). The public pages do not state those.
 */

export const ARIA_USAGE_APIS = [
  'bulk_record_usage_m',
  'record_usage_m',
  'discard_usage_m',
] as const;
export type AriaUsageApi = (typeof ARIA_USAGE_APIS)[number];

/** Docs page of each API (site path). */
export const API_REFERENCE_PAGE: Readonly<Record<AriaUsageApi, string>> = {
  bulk_record_usage_m: '/docs/reference/bulk-record-usage-m',
  record_usage_m: '/docs/reference/record-usage-m',
  discard_usage_m: '/docs/reference/discard-usage-m',
};

export interface ApiErrorDefinition {
  api: AriaUsageApi;
  code: number;
  /** The documented meaning, paraphrased. */
  summary: string;
  /** Inputs the code concerns (empty when it concerns the call as a whole). */
  fields: string[];
  /**
   * Whether the code answers the whole call or one record. For bulk_record_usage_m, per-record
   * codes come back in error_records[] (only when client_record_id was sent).
   */
  level: 'call' | 'record' | 'call-or-record';
  /** Likely cause when Allegro is the caller (this site's reading). */
  cause: string;
  /** What to change before trying again (this site's reading). */
  fix: string;
  /** Sending the same request again unchanged may succeed (this site's reading). */
  retryable: boolean;
  /** After the fix, the errored record can be reprocessed (this site's reading). */
  reprocessableAfterFix: boolean;
  /** Site path with anchor of the code's section, e.g. /docs/reference/bulk-record-usage-m#error-1009. */
  docsUrl: string;
}

type Row = Omit<ApiErrorDefinition, 'api' | 'docsUrl'>;

/** Codes shared by bulk_record_usage_m and record_usage_m; Allegro's perspective in cause and fix. */
const RECORD_USAGE_ROWS: readonly Row[] = [
  {
    code: 1001,
    summary: 'Unexpected error inside core Aria.',
    fields: [],
    level: 'call-or-record',
    cause:
      'A failure on the core Aria side that the request did not cause, such as a timeout or an internal fault.',
    fix: 'Wait and send again. If the same records keep failing, collect the request and response and ask Aria support.',
    retryable: true,
    reprocessableAfterFix: true,
  },
  {
    code: 1004,
    summary: 'Authentication error: the client number and authentication key do not match.',
    fields: ['client_no', 'auth_key'],
    level: 'call',
    cause:
      'The credentials Allegro uses for core Aria are wrong, expired, or belong to another client or environment.',
    fix: 'Correct the client number and key used for the core Aria connection, then reprocess the batch. Every record in the call fails together.',
    retryable: false,
    reprocessableAfterFix: true,
  },
  {
    code: 1009,
    summary: 'The account does not exist.',
    fields: ['acct_no', 'userid', 'client_acct_id'],
    level: 'record',
    cause:
      'The account identifier on the record is not an account of this client in core Aria: a wrong attribute mapping, an account created in another environment, or one that was never synced.',
    fix: 'Check the account attribute mapping of Aggregate Monetized Usage and that the account exists in core Aria for this client, then reprocess the errored records.',
    retryable: false,
    reprocessableAfterFix: true,
  },
  {
    code: 1010,
    summary: 'Required parameters are missing.',
    fields: ['usage_units', 'usage_type', 'usage_type_code', 'acct_no', 'client_acct_id'],
    level: 'call-or-record',
    cause:
      'The record lacks units, a usage type, or any account or plan-instance locator, usually because an attribute mapping points at an empty field.',
    fix: 'Map the missing attribute (or fill the source field) and reprocess the errored records.',
    retryable: false,
    reprocessableAfterFix: true,
  },
  {
    code: 1016,
    summary: 'Invalid input: a value has the wrong type or is not allowed.',
    fields: ['usage_type', 'usage_units', 'billable_units', 'amt', 'rate', 'parent_usage_rec_no'],
    level: 'call-or-record',
    cause:
      'A number field holds text, or a code such as the usage type is not known to core Aria for this client.',
    fix: 'Correct the mapping or add the missing catalog item in core Aria, then reprocess the errored records.',
    retryable: false,
    reprocessableAfterFix: true,
  },
  {
    code: 1024,
    summary: 'Invalid date format.',
    fields: ['usage_date'],
    level: 'record',
    cause: 'The usage date is not written as yyyy-mm-dd with an optional hh24:mi:ss time.',
    fix: 'Fix the date mapping or the enrichment rule that formats the date, then reprocess the errored records.',
    retryable: false,
    reprocessableAfterFix: true,
  },
  {
    code: 14046,
    summary: 'Invalid plan instance number or master plan instance: it must belong to the account.',
    fields: ['plan_instance_no', 'master_plan_instance_no'],
    level: 'record',
    cause:
      'The plan instance on the record belongs to another account or no longer exists, often after a plan change that has not reached Allegro yet.',
    fix: 'Make sure the plan instance exists on the account in core Aria and has synced to Allegro (reprocess account sync if needed), then reprocess the errored records.',
    retryable: false,
    reprocessableAfterFix: true,
  },
  {
    code: 14047,
    summary: 'Invalid client-defined plan instance identifier.',
    fields: ['client_plan_instance_id', 'client_master_plan_instance_id'],
    level: 'record',
    cause: "The client's plan instance identifier does not match a plan instance of the account.",
    fix: 'Correct the identifier in core Aria or the mapping that supplies it, then reprocess the errored records.',
    retryable: false,
    reprocessableAfterFix: true,
  },
  {
    code: 14053,
    summary: 'Invalid master plan instance number.',
    fields: ['master_plan_instance_no'],
    level: 'record',
    cause: 'The master plan instance number is not a master plan instance of the account.',
    fix: 'Check the subscription (master plan instance) mapping and that it synced, then reprocess the errored records.',
    retryable: false,
    reprocessableAfterFix: true,
  },
  {
    code: 14054,
    summary: 'Invalid client-defined master plan instance identifier.',
    fields: ['client_master_plan_instance_id'],
    level: 'record',
    cause: "The client's master plan instance identifier does not match the account.",
    fix: 'Correct the identifier or its mapping, then reprocess the errored records.',
    retryable: false,
    reprocessableAfterFix: true,
  },
  {
    code: 14071,
    summary: 'Master plan instance information is missing.',
    fields: ['master_plan_instance_no', 'client_master_plan_instance_id'],
    level: 'record',
    cause:
      'Core Aria needs to know which master plan instance the usage belongs to and the record does not say.',
    fix: 'Map the master plan instance number or the client identifier, then reprocess the errored records.',
    retryable: false,
    reprocessableAfterFix: true,
  },
];

const DISCARD_ROWS: readonly Row[] = [
  {
    code: 23001,
    summary: 'The call completed, but some records could not be discarded.',
    fields: ['usage_record_nos', 'client_record_ids'],
    level: 'call',
    cause: 'At least one record in the list failed; the others were discarded.',
    fix: 'Read failed_records in the response: each entry has its own code. Handle those records one by one.',
    retryable: false,
    reprocessableAfterFix: false,
  },
  {
    code: 23002,
    summary: 'Usage record not found.',
    fields: ['usage_record_no', 'client_record_id'],
    level: 'record',
    cause: 'No usage record of this client has that number or client record ID.',
    fix: 'Check the identifier (and that the usage was loaded to this client and environment).',
    retryable: false,
    reprocessableAfterFix: false,
  },
  {
    code: 23003,
    summary: 'The usage has already been billed.',
    fields: ['usage_record_no', 'client_record_id'],
    level: 'record',
    cause: 'Usage on a billed or pending invoice cannot be discarded.',
    fix: 'Void the invoice first if that is the right business step, or correct the charge with a credit instead.',
    retryable: false,
    reprocessableAfterFix: false,
  },
  {
    code: 23004,
    summary: 'The client record ID matches more than one usage record.',
    fields: ['client_record_id'],
    level: 'record',
    cause: 'Several usage records share the client record ID, so the request is ambiguous.',
    fix: 'Discard by Aria usage record number instead.',
    retryable: false,
    reprocessableAfterFix: false,
  },
  {
    code: 23005,
    summary: 'The usage has already been discarded.',
    fields: ['usage_record_no', 'client_record_id'],
    level: 'record',
    cause: 'The record was discarded earlier; discarded usage cannot be reinstated.',
    fix: 'Nothing to discard. If the usage should be billed after all, load it again as a new record.',
    retryable: false,
    reprocessableAfterFix: false,
  },
];

function build(api: AriaUsageApi, rows: readonly Row[]): ApiErrorDefinition[] {
  return rows.map((row) => ({
    ...row,
    api,
    docsUrl: `${API_REFERENCE_PAGE[api]}#error-${row.code}`,
  }));
}

export const BULK_RECORD_USAGE_ERRORS: readonly ApiErrorDefinition[] = build(
  'bulk_record_usage_m',
  RECORD_USAGE_ROWS,
);
export const RECORD_USAGE_ERRORS: readonly ApiErrorDefinition[] = build(
  'record_usage_m',
  RECORD_USAGE_ROWS,
);
export const DISCARD_USAGE_ERRORS: readonly ApiErrorDefinition[] = build(
  'discard_usage_m',
  DISCARD_ROWS,
);

export const API_ERRORS: readonly ApiErrorDefinition[] = [
  ...BULK_RECORD_USAGE_ERRORS,
  ...RECORD_USAGE_ERRORS,
  ...DISCARD_USAGE_ERRORS,
];

/** The definition of one code of one API, or undefined when the code is not documented. */
export function getApiError(api: AriaUsageApi, code: number): ApiErrorDefinition | undefined {
  return API_ERRORS.find((e) => e.api === api && e.code === code);
}

export function apiErrorsFor(api: AriaUsageApi): readonly ApiErrorDefinition[] {
  return API_ERRORS.filter((e) => e.api === api);
}

/**
 * What the public pages do not give, stated once so that the reference pages can say so:
 * the codes of the bulk_record_usage_m rows on precalculated tax fields, usage_type,
 * usage_type_code and client_record_id, and the top-level code of a partly failed bulk call.
 */
export const API_ERROR_GAPS: readonly string[] = [
  'bulk_record_usage_m: the error table also has rows for the precalculated tax fields, usage_type, usage_type_code and client_record_id whose codes are not public.',
  'bulk_record_usage_m: the top-level error_code of a call in which only some records failed is not documented.',
  'bulk_record_usage_m: the maximum number of records per call is not documented.',
  'discard_usage_m: the list of exclusion_reason_cd values is not documented.',
];
