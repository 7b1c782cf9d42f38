import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_CODES } from '../../../../src/allegro/check/config-codes';
import {
  SAMPLE_CONFIG_CLEAN_JSON,
  SAMPLE_CONFIG_WITH_MISTAKES,
} from '../../../../src/allegro/samples/config';
import {
  CHECKLISTS,
  DEPLOYMENT_CHECKLIST,
  GO_LIVE_CHECKLIST,
  checklistItems,
  checklistToMarkdown,
  verifyChecklist,
  type Checklist,
  type ItemVerdict,
} from '../../../../src/allegro/troubleshoot';
import { verifyChecklistFromText } from '../../../../src/allegro/troubleshoot/checklist-verify';

const DOCS_DIR = path.resolve(import.meta.dirname, '../../../../docs');

function statuses(checklist: Checklist, text: string): Record<string, string> {
  const result = verifyChecklistFromText(checklist, text);
  return Object.fromEntries(
    Object.entries(result.verdicts).map(([id, v]) => [
      id,
      v.status === 'fail'
        ? `fail:${[...new Set(v.issues.map((i) => i.code))].join(',')}`
        : v.status,
    ]),
  );
}

describe('checklist data', () => {
  it('has unique item ids across both lists, and every item explains why and links to docs', () => {
    const items = [...checklistItems(DEPLOYMENT_CHECKLIST), ...checklistItems(GO_LIVE_CHECKLIST)];
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) {
      expect(item.why.length, item.id).toBeGreaterThan(20);
      const [page = '', anchor] = item.docs.url.split('#');
      const rel = page.replace(/^\/docs\//, '');
      const file = [`${rel}.mdx`, `${rel}/index.mdx`]
        .map((f) => path.join(DOCS_DIR, f))
        .find((f) => fs.existsSync(f));
      expect(file, item.docs.url).toBeDefined();
      if (file && anchor) expect(fs.readFileSync(file, 'utf8')).toContain(`{#${anchor}}`);
    }
  });

  it('names only registered configuration codes', () => {
    const known = new Set(CONFIG_CODES.map((c) => c.code));
    for (const checklist of Object.values(CHECKLISTS)) {
      for (const item of checklistItems(checklist)) {
        for (const check of item.verify?.failOn ?? []) expect(known, item.id).toContain(check.code);
        for (const code of item.verify?.unknownOn ?? []) expect(known, item.id).toContain(code);
      }
    }
  });

  it('covers the promised topics', () => {
    const deployment = checklistItems(DEPLOYMENT_CHECKLIST).map((i) => i.id);
    expect(deployment).toEqual(
      expect.arrayContaining([
        'dep-data-feed',
        'dep-section-33',
        'dep-base-url',
        'dep-batch-interdependence',
        'dep-transfer',
        'dep-folder-access',
        'dep-source-platforms',
        'dep-folder-names',
        'dep-processing-streams',
        'dep-daily-schedule',
        'dep-catalog-sync',
      ]),
    );
    const goLive = checklistItems(GO_LIVE_CHECKLIST).map((i) => i.id);
    expect(goLive).toEqual(
      expect.arrayContaining([
        'go-service-types',
        'go-pricing',
        'go-test-files',
        'go-no-suspense',
        'go-aggregated-usage',
        'go-reconcile',
      ]),
    );
  });
});

describe('verifying from a configuration (the worked examples on the tool pages)', () => {
  it('passes every checkable deployment item for the clean sample', () => {
    const result = statuses(DEPLOYMENT_CHECKLIST, SAMPLE_CONFIG_CLEAN_JSON);
    expect(Object.keys(result)).toHaveLength(10);
    expect(Object.values(result).every((s) => s === 'pass')).toBe(true);
    expect(checklistItems(DEPLOYMENT_CHECKLIST).filter((i) => !i.verify)).toHaveLength(7);
  });

  it('fails five deployment items for the sample with mistakes, naming the codes', () => {
    const result = statuses(DEPLOYMENT_CHECKLIST, SAMPLE_CONFIG_WITH_MISTAKES);
    expect(result).toMatchObject({
      'dep-data-feed': 'pass',
      'dep-section-33': 'pass',
      'dep-base-url': 'fail:CFG-CORE-003',
      'dep-batch-interdependence': 'pass',
      'dep-source-platforms': 'pass',
      'dep-folder-names': 'fail:CFG-FLD-001',
      'dep-processing-streams': 'fail:CFG-STR-001',
      'dep-daily-schedule': 'fail:CFG-JOB-002',
      'dep-aggregation-schedule': 'pass',
    });
    expect(result['dep-build-order']).toMatch(/^fail:.*CFG-SCH-001.*CFG-DUP-001.*CFG-ORD-001/);
  });

  it('fails four go-live items for the sample with mistakes and passes them all for the clean one', () => {
    expect(statuses(GO_LIVE_CHECKLIST, SAMPLE_CONFIG_WITH_MISTAKES)).toMatchObject({
      'go-service-types': 'fail:CFG-BLD-001,CFG-ORD-002',
      'go-pricing': 'pass',
      'go-currencies': 'fail:CFG-SCH-001,CFG-RES-001',
      'go-aggregation-mapping': 'fail:CFG-AGG-003,CFG-AGG-001',
    });
    expect(statuses(GO_LIVE_CHECKLIST, SAMPLE_CONFIG_WITH_MISTAKES)['go-tiers']).toMatch(
      /^fail:CFG-TIER-003,CFG-TIER-002,CFG-PRC-007/,
    );
    const clean = statuses(GO_LIVE_CHECKLIST, SAMPLE_CONFIG_CLEAN_JSON);
    expect(Object.values(clean)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
  });

  it('says "unknown" when the configuration does not record what an item needs', () => {
    const result = verifyChecklistFromText(
      DEPLOYMENT_CHECKLIST,
      '{"client": {"id": 1, "name": "Acme"}}',
    );
    expect(result.verdicts['dep-data-feed']).toMatchObject({
      status: 'unknown',
      reason: expect.stringContaining('CFG-CORE-006'),
    });
    expect(result.verdicts['dep-source-platforms']).toMatchObject({
      status: 'unknown',
      reason: 'The configuration does not include sourcePlatforms, so this cannot be checked.',
    });
    expect(result.verdicts['dep-daily-schedule']).toMatchObject({ status: 'fail' });
  });

  it('judges nothing when the text cannot be read', () => {
    const result = verifyChecklistFromText(DEPLOYMENT_CHECKLIST, '{"client": ');
    expect(result.readable).toBe(false);
    expect(result.problem).toMatch(/^CFG-SYN-001 \(line 1\)/);
    expect(result.verdicts).toEqual({});
    expect(verifyChecklistFromText(GO_LIVE_CHECKLIST, '  ').problem).toBe(
      'Paste a configuration first.',
    );
    expect(verifyChecklist(GO_LIVE_CHECKLIST, [], 'just text').readable).toBe(false);
  });

  it('counts an issue only under the path an item names', () => {
    const issue = {
      code: 'CFG-REF-004',
      severity: 'error' as const,
      message: 'unknown service type',
      path: 'priceOffers[0].serviceType',
      docsUrl: '/docs/reference/issue-codes#cfg-ref-004',
    };
    const doc = { sourcePlatforms: [{ id: 'SW1' }] };
    expect(
      verifyChecklist(DEPLOYMENT_CHECKLIST, [issue], doc).verdicts['dep-source-platforms'],
    ).toEqual({
      status: 'pass',
    });
    const underPlatforms = { ...issue, path: 'sourcePlatforms[0].feeds[0].serviceType' };
    expect(
      verifyChecklist(DEPLOYMENT_CHECKLIST, [underPlatforms], doc).verdicts['dep-source-platforms']
        ?.status,
    ).toBe('fail');
  });
});

describe('Markdown export', () => {
  it('writes task lists with ticks, verification notes and links', () => {
    const verdicts: Record<string, ItemVerdict> = {
      'go-service-types': {
        status: 'fail',
        issues: [{ code: 'CFG-BLD-001', message: 'no service type', line: 59, docsUrl: '/x' }],
      },
      'go-pricing': { status: 'pass' },
      'go-tiers': { status: 'unknown', reason: 'no price offers' },
    };
    const markdown = checklistToMarkdown(
      GO_LIVE_CHECKLIST,
      { ticked: { 'go-pricing': true, 'go-reconcile': true }, verdicts },
      '2024-06-01',
    );
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Go-live readiness in Stage Current');
    expect(lines[2]).toBe('Exported 2024-06-01: 2 of 14 items done.');
    expect(markdown).toContain('## Catalog and pricing');
    expect(markdown).toContain(
      '- [ ] Every billable service has a service type. (configuration check failed: CFG-BLD-001 line 59)',
    );
    expect(markdown).toContain(
      '- [x] Every price offer has pricing, and every usage service has a price offer. (verified from the configuration)',
    );
    expect(markdown).toContain('(could not be verified automatically)');
    expect(markdown).toContain(
      '  Why: A billable service without one fails catalog sync, and its usage cannot be grouped or priced. See Missing service type: /docs/errors/sync-reprocessing/catalog-sync#missing-service-type',
    );
    expect(lines.filter((l) => l.startsWith('- [x]'))).toHaveLength(2);
    expect(markdown.endsWith('\n')).toBe(true);
  });
});
