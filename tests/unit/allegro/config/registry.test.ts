import type { CodeDefinition } from '../../../../src/allegro/codes';
/**
 * The code registry: every code the configuration checker can emit is registered, every
 * registered config code is emitted somewhere, and every code links to a planned docs anchor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfigText } from '../../../../src/allegro/check/config';
import { CONFIG_CODES } from '../../../../src/allegro/check/config-codes';
import { CODE_INDEX, docsUrlFor } from '../../../../src/allegro/codes';
import { SAMPLE_CONFIG_WITH_MISTAKES } from '../../../../src/allegro/samples/config';

const root = join(__dirname, '..', '..', '..', '..');

/** Pages and anchors from the site plan that config codes may link to. */
const PLANNED_ANCHORS: Record<string, readonly string[]> = {
  '/docs/configuration': [],
  '/docs/configuration/build-order': [
    'build-order',
    'referential-integrity',
    'deleting-referenced-objects',
    'ids-are-read-only',
  ],
  '/docs/configuration/resources': ['currencies', 'rounding-methods', 'allowances', 'accumulators'],
  '/docs/configuration/building-blocks': [
    'service-types',
    'billable-services',
    'usage-types',
    'multi-rate-usage-types',
    'units-of-measure',
  ],
  '/docs/configuration/models': ['rate-units', 'rate-unit-maps', 'time-units', 'zone-units'],
  '/docs/configuration/price-offers': [
    'price-offers',
    'tier-types',
    'tier-reference',
    'volume-rating',
    'flat-rate-per-tier',
    'pooling-rules',
  ],
  '/docs/configuration/source-platforms-and-mediation': [
    'source-platforms',
    'folder-names',
    'mapping',
    'mediation-rules',
  ],
  '/docs/configuration/aggregate-monetized-usage': [
    'aggregation-switch',
    'attribute-mappings',
    'batch-size',
  ],
  '/docs/configuration/system-properties': [
    'property-categories',
    'ui-defaults',
    'building-block-defaults',
    'usage-processing',
    'subscriptions',
  ],
  '/docs/configuration/core-aria-prerequisites': [
    'data-feed',
    'section-33',
    'allegro-base-url',
    'batch-job-interdependence',
    'advanced-pricing-flags',
  ],
  '/docs/configuration/processing-streams-and-job-schedules': [
    'processing-streams',
    'job-schedules',
    'daily-schedule',
    'job-types',
  ],
};

function sourceFiles(): string[] {
  const dir = join(root, 'src', 'allegro', 'check');
  return readdirSync(dir)
    .filter((name) => /^config.*\.ts$/.test(name) && name !== 'config-codes.ts')
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

describe('configuration code registry', () => {
  it('has unique CFG- codes with a title, cause and fix', () => {
    const seen = new Set<string>();
    for (const definition of CONFIG_CODES) {
      expect(definition.code).toMatch(/^CFG-[A-Z]+-\d{3}$/);
      expect(seen.has(definition.code), definition.code).toBe(false);
      seen.add(definition.code);
      expect(definition.title.length).toBeGreaterThan(5);
      expect(definition.cause.length).toBeGreaterThan(10);
      expect(definition.fix.length).toBeGreaterThan(5);
    }
  });

  it('is merged into the shared registry', () => {
    for (const definition of CONFIG_CODES) expect(CODE_INDEX.get(definition.code)).toBe(definition);
  });

  it('links every code to a page and anchor of the site plan', () => {
    for (const { code, docs } of CONFIG_CODES as readonly CodeDefinition[]) {
      const anchors = PLANNED_ANCHORS[docs.page];
      expect(anchors, `${code} → ${docs.page}`).toBeDefined();
      if (docs.anchor !== undefined)
        expect(anchors, `${code} → #${docs.anchor}`).toContain(docs.anchor);
    }
  });

  it('registers every code the checker sources mention, and every registered code is used', () => {
    const mentioned = new Set(
      sourceFiles()
        .join('\n')
        .match(/CFG-[A-Z]+-\d{3}/g) ?? [],
    );
    for (const code of mentioned) expect(CODE_INDEX.has(code), code).toBe(true);
    for (const { code } of CONFIG_CODES)
      expect(mentioned.has(code), `${code} is never emitted`).toBe(true);
  });

  it('gives every emitted issue a registered code and its reference link', () => {
    for (const issue of checkConfigText(SAMPLE_CONFIG_WITH_MISTAKES).issues) {
      expect(CODE_INDEX.get(issue.code)?.severity).toBe(issue.severity);
      expect(issue.docsUrl).toBe(docsUrlFor(issue.code));
    }
  });
});
