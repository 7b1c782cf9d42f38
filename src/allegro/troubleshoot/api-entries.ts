/**
 * Catalog entries for the error codes of the three core Aria usage APIs, built from the tables in
 * ../aria/api-errors.ts (meaning, cause, fix and the reprocessing flags come from there; nothing is
 * restated here). What this module adds is how to recognise each code in text and where it arises.
 */
import { API_ERRORS, type ApiErrorDefinition, type AriaUsageApi } from '../aria/api-errors';
import type { CatalogEntry, ErrorPattern, Reprocessing } from './model';

/**
 * Short phrases that identify a code when its number is missing from the paste (the meanings of
 * the documented codes, in the words a message is likely to use). Phrases that are common in any
 * log only count when the paste also names a usage API or an error-code field.
 */
const CODE_PHRASES: Readonly<
  Record<number, { title: string; phrases: readonly string[]; generic?: boolean }>
> = {
  1001: { title: 'unexpected error', phrases: ['unexpected error'], generic: true },
  1004: {
    title: 'authentication error',
    phrases: ['authentication error', 'authentication failed'],
  },
  1009: { title: 'account does not exist', phrases: ['account does not exist'] },
  1010: { title: 'missing required parameters', phrases: ['missing required parameter'] },
  1016: { title: 'invalid input', phrases: ['invalid input'], generic: true },
  1024: { title: 'invalid date format', phrases: ['invalid date format'] },
  14046: {
    title: 'invalid plan instance number',
    phrases: ['invalid plan instance number', 'invalid plan_instance_no'],
  },
  14047: {
    title: 'invalid client plan instance identifier',
    phrases: ['invalid client plan instance', 'invalid client_plan_instance_id'],
  },
  14053: {
    title: 'invalid master plan instance number',
    phrases: ['invalid master plan instance number', 'invalid master_plan_instance_no'],
  },
  14054: {
    title: 'invalid client master plan instance identifier',
    phrases: ['invalid client master plan instance', 'invalid client_master_plan_instance_id'],
  },
  14071: {
    title: 'master plan instance information missing',
    phrases: [
      'master plan instance information missing',
      'master plan instance information is missing',
    ],
  },
  23001: {
    title: 'completed with some errors',
    phrases: ['completed with some errors', 'completed with errors'],
    generic: true,
  },
  23002: { title: 'usage record not found', phrases: ['usage record not found'] },
  23003: { title: 'usage already billed', phrases: ['already billed'] },
  23004: {
    title: 'client record ID matches several records',
    phrases: ['matches more than one usage record', 'matches multiple usage records'],
  },
  23005: { title: 'usage already discarded', phrases: ['already discarded'] },
};

/** Words that make a generic phrase count: the paste is about a core Aria usage API. */
export const API_CONTEXT_WORDS: readonly string[] = [
  'bulk_record_usage_m',
  'record_usage_m',
  'discard_usage_m',
  'error_code',
  'record_error_code',
  'error_records',
  'failed_records',
];

const AGGREGATED_SCREEN =
  'Usage → Billing Sync Reprocess, aggregated usage (under Usage Activity before Release 68)';

/** Catalog id of a code of an API, e.g. `bulk_record_usage_m-1009`. */
export function apiEntryId(api: AriaUsageApi, code: number): string {
  return `${api}-${code}`;
}

function reprocessing(def: ApiErrorDefinition): Reprocessing {
  if (def.api === 'bulk_record_usage_m') {
    return {
      outcome: def.reprocessableAfterFix ? 'after-fix' : 'not-reprocessable',
      how: def.retryable
        ? 'The same record may succeed when sent again later; reprocess the errored records, and raise it with Aria support if they keep failing.'
        : 'Reprocess the errored aggregated records after the fix; records of the batch that core Aria accepted are already loaded.',
      where: AGGREGATED_SCREEN,
      simulator: 'aggregation',
    };
  }
  if (def.api === 'record_usage_m') {
    return {
      outcome: 'after-fix',
      how: 'Allegro does not call record_usage_m; whoever called it sends the record again once the cause is fixed.',
    };
  }
  return {
    outcome: 'not-reprocessable',
    how: 'A discard request, not a load: nothing is reprocessed. Follow the fix for the record that could not be discarded.',
  };
}

function patternsFor(def: ApiErrorDefinition): ErrorPattern[] {
  const phrases = CODE_PHRASES[def.code];
  const patterns: ErrorPattern[] = [{ kind: 'api-code', api: def.api, code: def.code }];
  for (const phrase of phrases?.phrases ?? []) {
    patterns.push({
      kind: 'text',
      template: phrase,
      basis: 'inference',
      ...(phrases?.generic ? { needsContext: API_CONTEXT_WORDS } : {}),
    });
  }
  return patterns;
}

function splitDocsUrl(url: string): { page: string; anchor?: string } {
  const hash = url.indexOf('#');
  return hash < 0 ? { page: url } : { page: url.slice(0, hash), anchor: url.slice(hash + 1) };
}

function toEntry(def: ApiErrorDefinition): CatalogEntry {
  const phrases = CODE_PHRASES[def.code];
  const isBulk = def.api === 'bulk_record_usage_m';
  return {
    id: apiEntryId(def.api, def.code),
    source: 'api',
    title: `${def.api} error ${def.code}: ${phrases?.title ?? def.summary}`,
    summary: def.summary,
    // Wrong credentials are an environment problem; every other code concerns the data sent.
    category: def.code === 1004 ? 'deployment-setup' : 'functional',
    categoryBasis: 'inference',
    severity: def.api === 'discard_usage_m' && def.code === 23005 ? 'info' : 'error',
    component: isBulk ? 'sync-service' : 'core-aria',
    flow: isBulk ? 'aggregated-usage-sync' : 'core-aria-usage-api',
    causes: [{ text: def.cause, basis: 'inference' }],
    fix: [def.fix],
    reprocess: reprocessing(def),
    docs: splitDocsUrl(def.docsUrl),
    patterns: patternsFor(def),
    code: String(def.code),
    api: def.api,
    ...(isBulk ? { related: ['aggregated-batch-errored'] } : {}),
  };
}

export const API_ENTRIES: readonly CatalogEntry[] = API_ERRORS.map(toEntry);
