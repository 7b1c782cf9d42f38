import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUSPENSE_REASONS } from '../../../../src/allegro/simulate/suspense';
import { getApiError } from '../../../../src/allegro/aria/api-errors';
import { getCode } from '../../../../src/allegro/codes';
import {
  COMPONENTS,
  DATA_FLOWS,
  ERROR_CATALOG,
  SIMULATORS,
  entryDocsUrl,
  filterCatalog,
  getCatalogEntry,
} from '../../../../src/allegro/troubleshoot';
import { SUSPENSE_REASON_TEXTS } from '../../../../src/allegro/troubleshoot/product-entries';

const DOCS_DIR = path.resolve(import.meta.dirname, '../../../../docs');

/** The MDX file that serves a site path such as /docs/errors/usage-suspense. */
function docFile(sitePath: string): string | undefined {
  const rel = sitePath.replace(/^\/docs\/?/, '');
  const candidates = [
    path.join(DOCS_DIR, `${rel}.mdx`),
    path.join(DOCS_DIR, rel, 'index.mdx'),
    path.join(DOCS_DIR, `${rel}.md`),
  ];
  return candidates.find((file) => rel !== '' && fs.existsSync(file));
}

const anchorCache = new Map<string, Set<string>>();
function anchorsOf(file: string): Set<string> {
  let anchors = anchorCache.get(file);
  if (!anchors) {
    const text = fs.readFileSync(file, 'utf8');
    anchors = new Set([...text.matchAll(/\{#([a-z0-9-]+)\}/g)].map((m) => m[1] ?? ''));
    anchorCache.set(file, anchors);
  }
  return anchors;
}

function brokenLink(url: string): string | undefined {
  const [page = '', anchor] = url.split('#');
  const file = docFile(page);
  if (!file) return `${url}: no page`;
  if (anchor && !anchorsOf(file).has(anchor)) return `${url}: no anchor`;
  return undefined;
}

describe('error catalog', () => {
  it('has unique ids and only known components and flows', () => {
    const ids = ERROR_CATALOG.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of ERROR_CATALOG) {
      expect(Object.keys(COMPONENTS)).toContain(entry.component);
      expect(Object.keys(DATA_FLOWS)).toContain(entry.flow);
    }
  });

  it('gives every entry causes, fix steps, a reprocessing answer and a pattern', () => {
    for (const entry of ERROR_CATALOG) {
      expect(entry.causes.length, entry.id).toBeGreaterThan(0);
      expect(entry.fix.length, entry.id).toBeGreaterThan(0);
      expect(entry.reprocess.how.length, entry.id).toBeGreaterThan(10);
      expect(entry.patterns.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('links only to related entries that exist', () => {
    const missing = ERROR_CATALOG.flatMap((e) =>
      (e.related ?? []).filter((id) => !getCatalogEntry(id)).map((id) => `${e.id} → ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('compiles every regex pattern, with anchors that its matches contain', () => {
    for (const entry of ERROR_CATALOG) {
      for (const pattern of entry.patterns) {
        if (pattern.kind !== 'regex') continue;
        expect(() => new RegExp(pattern.source), entry.id).not.toThrow();
        expect(pattern.anchors.length, entry.id).toBeGreaterThan(0);
        if (!pattern.caseSensitive) {
          for (const anchor of pattern.anchors) expect(anchor, entry.id).toBe(anchor.toLowerCase());
        }
      }
    }
  });

  it('points every entry at a docs page and anchor that exist', () => {
    const broken = ERROR_CATALOG.map((e) => brokenLink(entryDocsUrl(e))).filter(Boolean);
    expect(broken).toEqual([]);
  });

  it('points every component and data flow at a docs section that exists', () => {
    const urls = [
      ...Object.values(COMPONENTS).map((c) => c.docsUrl),
      ...Object.values(DATA_FLOWS).map((f) => f.docsUrl),
    ];
    expect(urls.map(brokenLink).filter(Boolean)).toEqual([]);
  });

  it('keeps the suspense reason texts equal to the ones the simulator shows', () => {
    expect(SUSPENSE_REASON_TEXTS.NO_SERVICE_FOUND).toBe(SUSPENSE_REASONS.NO_SERVICE_FOUND.text);
    expect(
      SUSPENSE_REASONS.NO_PRICE_FOUND.text.startsWith(SUSPENSE_REASON_TEXTS.NO_PRICE_FOUND),
    ).toBe(true);
    expect(SUSPENSE_REASONS.NO_SERVICE_FOUND.documented).toBe(true);
    expect(getCatalogEntry('suspense-no-price-found')?.patterns[0]).toMatchObject({
      basis: 'assumption',
    });
  });

  it('takes checker entries from the registry without restating them', () => {
    const entry = getCatalogEntry('CFG-BLD-001');
    const definition = getCode('CFG-BLD-001');
    expect(entry).toMatchObject({
      title: definition?.title,
      category: definition?.category,
      severity: definition?.severity,
      fix: [definition?.fix],
      referenceUrl: '/docs/reference/issue-codes#cfg-bld-001',
      component: 'sync-service',
      reprocess: { outcome: 'after-fix', simulator: 'sync' },
    });
  });

  it('takes API entries from the API error tables', () => {
    const entry = getCatalogEntry('bulk_record_usage_m-1004');
    const definition = getApiError('bulk_record_usage_m', 1004);
    expect(entry).toMatchObject({
      summary: definition?.summary,
      causes: [{ text: definition?.cause, basis: 'inference' }],
      fix: [definition?.fix],
      category: 'deployment-setup',
      component: 'sync-service',
      flow: 'aggregated-usage-sync',
      docs: { page: '/docs/reference/bulk-record-usage-m', anchor: 'error-1004' },
      reprocess: { outcome: 'after-fix', simulator: 'aggregation' },
    });
    expect(getCatalogEntry('discard_usage_m-23003')?.reprocess.outcome).toBe('not-reprocessable');
  });

  it('covers the error families the troubleshooting pages promise', () => {
    for (const id of [
      'suspense-no-service-found',
      'suspense-no-price-found',
      'data-feed-not-enabled',
      'sync-out-of-order-lom',
      'sync-missing-service-type',
      'kafka-topic-setup',
      'sync-ignored-flood',
      'subscription-sync-failed',
      'aggregated-batch-errored',
      'mediation-error',
      'parse-and-load-error',
      'daily-schedule-failed',
    ]) {
      expect(getCatalogEntry(id), id).toBeDefined();
    }
    expect(filterCatalog({ api: 'bulk_record_usage_m' })).toHaveLength(11);
    expect(filterCatalog({ api: 'record_usage_m' })).toHaveLength(11);
    expect(filterCatalog({ api: 'discard_usage_m' })).toHaveLength(5);
  });

  it('filters by category, component and source, and keeps the order of given ids', () => {
    const setup = filterCatalog({ category: 'deployment-setup', source: 'product' });
    expect(setup.map((e) => e.id)).toContain('kafka-topic-setup');
    expect(setup.every((e) => e.category === 'deployment-setup')).toBe(true);
    expect(filterCatalog({ component: 'kafka-topics' }).map((e) => e.id)).toEqual([
      'kafka-topic-setup',
    ]);
    expect(filterCatalog({ ids: ['CFG-JOB-001', 'mediation-error'] }).map((e) => e.id)).toEqual([
      'CFG-JOB-001',
      'mediation-error',
    ]);
  });

  it('points at simulator pages that exist', () => {
    for (const simulator of Object.values(SIMULATORS)) {
      expect(simulator.path).toMatch(/^\/docs\/tools\/[a-z-]+$/);
      expect(docFile(simulator.path), simulator.path).toBeDefined();
    }
  });
});
