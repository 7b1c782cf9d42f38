/**
 * Simulator codes and the core Aria API error tables point at real docs sections, and every code
 * a simulator emits on the samples is registered.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  API_ERRORS,
  CODE_INDEX,
  SIMULATION_CODES,
  SIMULATION_SAMPLES,
  apiErrorsFor,
  getApiError,
  planSyncReprocessing,
  simulateAggregatedUsageSync,
  simulateSuspenseReprocessing,
} from '../../../../src/allegro';

const root = join(__dirname, '..', '..', '..', '..');

function pageFile(page: string): string | undefined {
  const base = join(root, page.replace(/^\//, ''));
  return [`${base}.mdx`, `${base}.md`, join(base, 'index.mdx'), join(base, 'index.md')].find((f) =>
    existsSync(f),
  );
}

function hasAnchor(page: string, anchor: string): boolean {
  const file = pageFile(page);
  return file !== undefined && readFileSync(file, 'utf8').includes(`{#${anchor}}`);
}

describe('SIMULATION_CODES', () => {
  it('are merged into the registry', () => {
    for (const def of SIMULATION_CODES) expect(CODE_INDEX.get(def.code)).toBe(def);
  });

  it('use the SIM- prefix and unique codes', () => {
    const codes = SIMULATION_CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^SIM-[A-Z]{3}-\d{3}$/);
  });

  it('link to docs pages and anchors that exist', () => {
    for (const def of SIMULATION_CODES) {
      expect(pageFile(def.docs.page), def.code).toBeDefined();
      if ('anchor' in def.docs && def.docs.anchor)
        expect(hasAnchor(def.docs.page, def.docs.anchor), def.code).toBe(true);
    }
  });

  it('cover every code the simulators emit on the samples', () => {
    const run = {
      suspense: simulateSuspenseReprocessing,
      sync: planSyncReprocessing,
      aggregation: simulateAggregatedUsageSync,
    };
    const emitted = new Set<string>();
    for (const sample of SIMULATION_SAMPLES) {
      const result = run[sample.simulator](sample.scenario);
      expect(result.ok, sample.id).toBe(true);
      for (const issue of result.issues) emitted.add(issue.code);
    }
    for (const code of emitted) expect(CODE_INDEX.has(code), code).toBe(true);
    expect(emitted.size).toBeGreaterThanOrEqual(11);
  });
});

describe('core Aria usage API error tables', () => {
  it('hold the documented codes of each API', () => {
    const codes = (api: Parameters<typeof apiErrorsFor>[0]) => apiErrorsFor(api).map((e) => e.code);
    expect(codes('bulk_record_usage_m')).toEqual([
      1001, 1004, 1009, 1010, 1016, 1024, 14046, 14047, 14053, 14054, 14071,
    ]);
    expect(codes('record_usage_m')).toEqual(codes('bulk_record_usage_m'));
    expect(codes('discard_usage_m')).toEqual([23001, 23002, 23003, 23004, 23005]);
  });

  it('point each code at its own section of the API reference page', () => {
    for (const e of API_ERRORS) {
      const [page, anchor] = e.docsUrl.split('#') as [string, string];
      expect(anchor).toBe(`error-${e.code}`);
      expect(hasAnchor(page, anchor), e.docsUrl).toBe(true);
    }
  });

  it('say which errors can be reprocessed after a fix', () => {
    expect(getApiError('bulk_record_usage_m', 1009)).toMatchObject({
      reprocessableAfterFix: true,
      fields: ['acct_no', 'userid', 'client_acct_id'],
    });
    expect(getApiError('bulk_record_usage_m', 1004)).toMatchObject({
      level: 'call',
      retryable: false,
    });
    expect(getApiError('bulk_record_usage_m', 1001)?.retryable).toBe(true);
    expect(getApiError('discard_usage_m', 23003)?.reprocessableAfterFix).toBe(false);
    expect(getApiError('bulk_record_usage_m', 23003)).toBeUndefined();
  });
});
