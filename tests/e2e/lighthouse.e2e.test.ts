/**
 * Lighthouse gate: accessibility, best practices and SEO at 100 on every page kind (home, a doc
 * page, an FAQ page, a Mermaid page, the search page and every tool page), with Lighthouse's
 * mobile preset against the served build (gzip on). Performance is not gated here: it depends on
 * the machine, and `npm run bench` reports it.
 *
 * One Lighthouse run per page kind, spread over two Lighthouse processes (each with its own
 * Chromium). When a score is below 100 the failure lists the audits that cost points, with the
 * elements they name.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  GATED_CATEGORIES,
  lighthouseParallel,
  lighthouseTargets,
  type PageScores,
} from '../../bench/lighthouse.mts';
import { startStaticServer, type StaticServer } from './support/static-server';

const buildDir = inject('buildDir');
const targets = lighthouseTargets(buildDir);

let server: StaticServer;
let results: PageScores[] = [];

beforeAll(async () => {
  // A server of our own: the shared one does not compress, and Lighthouse should see what a
  // real host sends. Two Lighthouse processes share the pages (one run per page kind).
  server = await startStaticServer(buildDir, { gzip: true });
  results = await lighthouseParallel(server.url, targets, GATED_CATEGORIES);
}, 600_000);

afterAll(async () => {
  await server?.close();
});

describe('Lighthouse (mobile): accessibility, best practices and SEO at 100', () => {
  it('covers home, doc, FAQ, Mermaid, search and at least one tool page', () => {
    const kinds = targets.map((t) => t.kind);
    for (const kind of ['home', 'doc page', 'FAQ page', 'Mermaid page', 'search page']) {
      expect(kinds).toContain(kind);
    }
    expect(kinds.filter((k) => k.startsWith('tool page:')).length).toBeGreaterThan(0);
  });

  it.each(targets)('$kind ($route)', ({ route }) => {
    const result = results.find((r) => r.route === route);
    expect(result, `a Lighthouse result for ${route}`).toBeDefined();
    expect(result?.runtimeError, 'Lighthouse runtime error').toBeUndefined();
    for (const category of GATED_CATEGORIES) {
      expect
        .soft(
          result?.scores[category],
          `${category} on ${route}; audits that cost points:\n  ${(result?.failures[category] ?? []).join('\n  ')}`,
        )
        .toBe(100);
    }
  });
});
