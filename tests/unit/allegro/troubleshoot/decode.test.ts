import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../../../src/allegro/codes';
import { API_ERRORS } from '../../../../src/allegro/aria/api-errors';
import {
  ERROR_CATALOG,
  SAMPLE_LOG,
  SAMPLE_LOG_EXPECTED,
  decodeErrors,
  searchUrlFor,
  type CatalogEntry,
} from '../../../../src/allegro/troubleshoot';

/**
 * A realistic message for every product entry, with its variable parts filled in. A new product
 * entry without a message here fails the "every entry has a message" test below.
 */
const PRODUCT_MESSAGES: Readonly<Record<string, string>> = {
  'suspense-no-service-found':
    'File VOICE_20240412.csv | error code NSF | No Service found for the service (provisioning) id 447700900123 | 12 records',
  'suspense-no-price-found':
    'R3 suspended: No price found for the service type and usage type (VOICE / INTL_MIN)',
  'suspense-suspended-count':
    'Rating phase statistics for SMS_0412.csv: Processed Count: 980, Suspended Count: 20',
  'suspense-edit-refused': 'Record R2 cannot be edited because it is in suspended usage',
  'suspense-discard-not-permitted':
    'User jdoe (Billing Clerk) is not authorised to discard suspended usage records',
  'usage-outside-plan-instance-dates':
    'Usage on 2024-03-28 10:15:00 is dated before the plan instance was active (PI-100 effective 2024-04-01)',
  'parse-and-load-error': 'DATA_0413.txt: Parse and Load failed, error count 37',
  'mediation-error':
    'File SW1_20240413.csv mediation failed for 12 records (usage record type POSTPAID)',
  'storage-access-denied':
    'upload: ./VOICE_0414.csv to s3://aria-allegro-prod/Acme/mediation/SWITCH1/VOICE/POSTPAID/input/VOICE_0414.csv failed: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
  'data-feed-not-enabled':
    'Catalog objects never arrive: the Data Feed is not enabled for client 4000123',
  'section-33-not-enabled': 'Advanced pricing options missing in Aria Admin UI for client 4000123',
  'allegro-base-url-wrong':
    'adv_usage_pricing_system_base_url = https://secure.current.stage.ariasystems.net/ui/allegro',
  'batch-job-interdependence-missing':
    'Usage rated on 2024-05-01 is missing from the invoice of account 1001',
  'kafka-topic-setup':
    'WARN [Consumer clientId=allegro-sync, groupId=datafeed] Error while fetching metadata with correlation id 7 : {aria.datafeed.4000123=UNKNOWN_TOPIC_OR_PARTITION}',
  'sync-ignored-flood': '2024-04-12T10:00:03Z account-sync Payment Method LOM 99120 status=IGNORED',
  'sync-out-of-order-lom': 'Account sync activity 5521 status Error: account 1003 not found',
  'sync-missing-service-type':
    'Catalog sync activity 771 status Error: billable service INTL_VOICE has no service type',
  'sync-missing-configuration':
    'Catalog sync activity 772 status Error: missing configuration for plan DATA_PLUS',
  'subscription-sync-failed': 'Plan instance 5001 sync failed for account 1001',
  'price-offer-without-pricing': 'Price offer PO_GOLD_VOICE_USD has no pricing model attached yet',
  'aggregated-batch-in-process':
    'Aggregated batch AGG-20240501-0007 still in process (12,000 lines)',
  'aggregated-batch-errored': 'Batch AGG-20240501-0008 errored: 3 of 500 lines rejected',
  'core-aria-unreachable':
    'bulk_record_usage_m call for batch AGG-20240501-0009 failed: connect ECONNREFUSED 10.0.4.12:443',
  'api-undocumented-code':
    'bulk_record_usage_m returned record_error_code 25013 for out_client_record_id AGG-9-17',
  'true-up-error': 'create_order_m for true-up AGG-TU-0003 is in status Error',
  'daily-schedule-failed':
    'Job schedule Daily execution 2024-05-02: 4 work items failed in job Rating',
  'daily-schedule-long-running':
    'Core Aria batch pre-processing is waiting for Allegro: Daily job schedule still running at 04:10',
};

/** A message as core Aria or Allegro would show it for an API code. */
function apiMessage(entry: CatalogEntry): string {
  const code = entry.code ?? '';
  switch (entry.api) {
    case 'bulk_record_usage_m':
      return `bulk_record_usage_m batch AGG-20240501-0003: {"out_client_record_id": "AGG-3-41", "acct_no": 1001, "record_error_code": ${code}, "record_error_msg": "see code"}`;
    case 'record_usage_m':
      return `record_usage_m returned error_code=${code} for acct_no 1001, usage_type 10045`;
    default:
      return `discard_usage_m failed_records[0]: usage_record_no 88123455, record_error_code ${code}`;
  }
}

/** A line of checker or simulator output for a registry code. */
function checkerMessage(entry: CatalogEntry): string {
  return `${entry.code} ${entry.severity} line 12 (priceOffers[1].tiers[0]): ${entry.title}`;
}

function messageFor(entry: CatalogEntry): string {
  if (entry.source === 'api') return apiMessage(entry);
  if (entry.source === 'checker') return checkerMessage(entry);
  return PRODUCT_MESSAGES[entry.id] ?? '';
}

describe('decodeErrors: every catalog entry from a realistic message', () => {
  it('has a realistic message for every product entry', () => {
    const missing = ERROR_CATALOG.filter((e) => e.source === 'product' && !PRODUCT_MESSAGES[e.id]);
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it.each(ERROR_CATALOG.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
    const message = messageFor(entry);
    const result = decodeErrors(message);
    expect(result.status).toBe('recognised');
    expect(result.findings[0]?.entry.id).toBe(entry.id);
    const occurrence = result.findings[0]?.occurrences[0];
    expect(occurrence?.line).toBe(1);
    expect(message).toContain(occurrence?.matched ?? '\u0000');
  });
});

describe('decodeErrors: several errors in one paste', () => {
  it('finds two errors on two lines, in order, with their lines and excerpts', () => {
    const text = [
      '2024-05-01 02:00:01 INFO aggregation started',
      '2024-05-01 02:00:07 ERROR bulk_record_usage_m record_error_code 1009 for out_client_record_id AGG-3-41',
      '2024-05-01 02:00:07 ERROR account sync: billable service DATA_ADDON has no service type',
    ].join('\n');
    const result = decodeErrors(text);
    expect(result.findings.map((f) => f.entry.id)).toEqual([
      'bulk_record_usage_m-1009',
      'sync-missing-service-type',
    ]);
    expect(result.findings[0]?.occurrences[0]).toMatchObject({ line: 2, via: 'api-code' });
    expect(result.findings[1]?.occurrences[0]?.line).toBe(3);
    expect(result.findings[1]?.occurrences[0]?.excerpt).toContain('DATA_ADDON');
    expect(result.unmatchedLines).toEqual([]);
  });

  it('finds two errors on one line', () => {
    const result = decodeErrors(
      'CFG-JOB-001 no DAILY schedule; also USG-VAL-008 date 2024/05/01 in the wrong format',
    );
    expect(result.findings.map((f) => f.entry.id)).toEqual(['CFG-JOB-001', 'USG-VAL-008']);
  });

  it('counts repeated occurrences of the same error and keeps the first ones', () => {
    const line = 'No Service found for the service (provisioning) id 4477009001';
    const text = Array.from({ length: 30 }, (_, i) => `${line}${i}`).join('\n');
    const result = decodeErrors(text, { maxOccurrencesPerEntry: 5 });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.occurrenceCount).toBe(30);
    expect(result.findings[0]?.occurrences.map((o) => o.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads a whole bulk_record_usage_m response with two rejected records', () => {
    const response = JSON.stringify(
      {
        error_code: 0,
        error_msg: 'OK',
        error_records: [
          {
            out_client_record_id: 'AGG-7-1',
            acct_no: 1001,
            record_error_code: 14046,
            record_error_msg: 'invalid plan instance number',
          },
          {
            out_client_record_id: 'AGG-7-2',
            acct_no: 1002,
            record_error_code: 1024,
            record_error_msg: 'invalid date format',
          },
        ],
      },
      null,
      2,
    );
    const ids = decodeErrors(response).findings.map((f) => f.entry.id);
    expect(ids).toEqual([
      'aggregated-batch-errored',
      'bulk_record_usage_m-14046',
      'bulk_record_usage_m-1024',
    ]);
  });
});

describe('decodeErrors: choosing the API of a shared code', () => {
  it('takes bulk_record_usage_m (Allegro’s path) when no API is named', () => {
    expect(decodeErrors('error_code 1004 authentication error').findings[0]?.entry.id).toBe(
      'bulk_record_usage_m-1004',
    );
  });

  it('takes record_usage_m when the paste names it above the code', () => {
    const result = decodeErrors('calling record_usage_m\nerror_code: 1009, account does not exist');
    expect(result.findings.map((f) => f.entry.id)).toEqual(['record_usage_m-1009']);
  });

  it('recognises a code by its meaning alone, and a generic phrase only in an API context', () => {
    expect(decodeErrors('invalid date format in usage_date').findings[0]?.entry.id).toBe(
      'bulk_record_usage_m-1024',
    );
    expect(decodeErrors('invalid input').status).toBe('not-recognised');
    expect(decodeErrors('bulk_record_usage_m: invalid input').findings[0]?.entry.id).toBe(
      'bulk_record_usage_m-1016',
    );
  });

  it('does not read years, times or plain numbers as error codes', () => {
    const result = decodeErrors('ERROR 2024-05-01 10:09:00 account 1009 has 1010 records');
    expect(result.findings.filter((f) => f.entry.source === 'api')).toEqual([]);
  });
});

describe('decodeErrors: unknown text', () => {
  it('says "not recognised", suggests the closest entries and links to search', () => {
    const text = 'Usage file rejected by the gateway: wrong number of fields on line 4';
    const result = decodeErrors(text);
    expect(result.status).toBe('not-recognised');
    expect(result.findings).toEqual([]);
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions.map((s) => s.entry.id)).toContain('USG-ROW-001');
    for (const s of result.suggestions) expect(s.score).toBeGreaterThan(0);
    expect(result.searchUrl).toBe(`/search?q=${encodeURIComponent(text)}`);
  });

  it('lists error-looking lines that matched nothing next to the recognised ones', () => {
    const result = decodeErrors(
      'No Service found for the service (provisioning) id 44771\nERROR flux capacitor overheated\nINFO done',
    );
    expect(result.status).toBe('recognised');
    expect(result.unmatchedLines).toHaveLength(1);
    expect(result.unmatchedLines[0]).toMatchObject({
      line: 2,
      excerpt: 'ERROR flux capacitor overheated',
      searchUrl: '/search?q=ERROR%20flux%20capacitor%20overheated',
    });
  });

  it('treats an unknown checker-style code as unmatched', () => {
    const result = decodeErrors('CFG-XYZ-999 something odd');
    expect(result.status).toBe('not-recognised');
    expect(result.unmatchedLines[0]?.line).toBe(1);
  });

  it('returns "empty" for blank input and non-text input', () => {
    expect(decodeErrors('   \n\t').status).toBe('empty');
    expect(decodeErrors(undefined).status).toBe('empty');
    expect(decodeErrors(42).status).toBe('empty');
  });

  it('builds search links from the first words', () => {
    expect(searchUrlFor('  a\n b  ')).toBe('/search?q=a%20b');
    const long = 'word '.repeat(60);
    expect(decodeURIComponent(searchUrlFor(long).split('q=')[1] ?? '').length).toBeLessThanOrEqual(
      100,
    );
  });
});

describe('decodeErrors: limits', () => {
  it('reads a 1 MB log within the time budget and finds the error at its end', () => {
    const noise = '2024-05-01T02:00:00Z INFO usage-processing batch 17 rated 500 records ok\n';
    const text = `${noise.repeat(Math.ceil(1_000_000 / noise.length))}2024-05-01T02:10:00Z ERROR CFG-CORE-003 base URL has https://`;
    const started = performance.now();
    const result = decodeErrors(text);
    const elapsed = performance.now() - started;
    expect(result.truncated).toBe(false);
    expect(result.findings.map((f) => f.entry.id)).toEqual(['CFG-CORE-003']);
    expect(result.findings[0]?.occurrences[0]?.line).toBe(result.lineCount);
    expect(elapsed).toBeLessThan(5000);
  });

  it('stops at the time budget and says so', () => {
    let clock = 0;
    const result = decodeErrors(
      'No Service found for the service (provisioning) id 1\n'.repeat(5000),
      {
        now: () => (clock += 10),
        timeBudgetMs: 50,
      },
    );
    expect(result.truncated).toBe(true);
  });

  it('cuts input longer than the limit', () => {
    const result = decodeErrors(`${'x'.repeat(100)}\nCFG-JOB-001`, { maxInputChars: 50 });
    expect(result.truncated).toBe(true);
    expect(result.findings).toEqual([]);
  });

  it('never throws and always returns a well-formed result', () => {
    const alphabet = fc.constantFrom(
      ...'abcXYZ019 \n\r\t_-:"{}[]()'.split(''),
      'CFG-REF-001',
      'error_code 1009',
      'No Service found',
      'İ',
      '\u0000',
      'plan instance',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 80 }).map((parts) => parts.join('')),
        (text) => {
          const result = decodeErrors(text);
          expect(['empty', 'recognised', 'not-recognised']).toContain(result.status);
          for (const finding of result.findings) {
            for (const o of finding.occurrences) {
              expect(o.line).toBeGreaterThanOrEqual(1);
              expect(o.line).toBeLessThanOrEqual(result.lineCount);
            }
          }
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});

describe('catalog coverage used by the decoder', () => {
  it('has one entry for every registry code and every core Aria usage API code', () => {
    const ids = new Set(ERROR_CATALOG.map((e) => e.id));
    expect(CODES.filter((c) => !ids.has(c.code)).map((c) => c.code)).toEqual([]);
    expect(
      API_ERRORS.filter((e) => !ids.has(`${e.api}-${e.code}`)).map((e) => `${e.api}-${e.code}`),
    ).toEqual([]);
  });
});

describe('the sample log of the decoder', () => {
  it('decodes to the documented entries and unmatched lines', () => {
    const result = decodeErrors(SAMPLE_LOG);
    expect(result.findings.map((f) => f.entry.id)).toEqual([...SAMPLE_LOG_EXPECTED.recognised]);
    expect(result.unmatchedLines.map((l) => l.line)).toEqual([
      ...SAMPLE_LOG_EXPECTED.unmatchedLines,
    ]);
  });

  it('is published unchanged as static/samples/error-log-sample.txt', () => {
    const file = path.resolve(
      import.meta.dirname,
      '../../../../static/samples/error-log-sample.txt',
    );
    expect(fs.readFileSync(file, 'utf8')).toBe(`${SAMPLE_LOG}\n`);
  });
});
