/**
 * Search quality on the built local index: reader-phrased questions must find their answer
 * among the first three suggestions of the navbar box (90% at least); error numbers and issue
 * codes must land on their reference sections; domain synonyms must change results.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CODES, codeAnchor } from '../../src/allegro/codes';
import { searchSetup } from '../../plugins/search/config';
import {
  BUILD_DIR,
  createLocalSearch,
  type LocalSearch,
  type SearchHit,
} from './support/local-search';
import { PENDING_QUESTIONS, SEARCH_QUESTIONS, type SearchQuestion } from './search-questions';

const TOP3_TARGET = 0.9;

function target(hit: SearchHit): string {
  return hit.anchor ? `${hit.page}#${hit.anchor}` : hit.page;
}

/** The built HTML file of a site path (trailingSlash: false → page.html). */
function pageFile(pagePath: string): string {
  return path.join(BUILD_DIR, `${pagePath.replace(/\/$/, '')}.html`);
}

function answerExists(answer: string): boolean {
  const [pagePath = '', anchor] = answer.split('#');
  const file = pageFile(pagePath);
  if (!fs.existsSync(file)) return false;
  return (
    !anchor ||
    fs.readFileSync(file, 'utf8').includes(`id=${anchor}`) ||
    fs.readFileSync(file, 'utf8').includes(`id="${anchor}"`)
  );
}

/** 1-based rank of the first suggestion that is one of the answers, or undefined. */
function rankOf(hits: readonly SearchHit[], answers: readonly string[]): number | undefined {
  const index = hits.findIndex((hit) => answers.includes(target(hit)));
  return index === -1 ? undefined : index + 1;
}

const localMode = searchSetup(process.env).mode === 'local';
const issueCodesBuilt = fs.existsSync(pageFile('/docs/reference/issue-codes'));
const pendingReady = PENDING_QUESTIONS.filter((question) => question.answers.every(answerExists));
const pendingMissing = PENDING_QUESTIONS.filter((question) => !pendingReady.includes(question));
const questions: SearchQuestion[] = [...SEARCH_QUESTIONS, ...pendingReady];

if (localMode) {
  describe(`search quality on ${BUILD_DIR}`, () => {
    let search: LocalSearch;
    beforeAll(async () => {
      search = await createLocalSearch();
    });

    it('asks only questions whose answers exist in the build', () => {
      const missing = SEARCH_QUESTIONS.flatMap((question) =>
        question.answers
          .filter((answer) => !answerExists(answer))
          .map((answer) => `${question.query} → ${answer}`),
      );
      expect(missing).toEqual([]);
      expect(SEARCH_QUESTIONS.length).toBeGreaterThanOrEqual(30);
    });

    it(`finds the answer in the top 3 for at least ${TOP3_TARGET * 100}% of questions`, () => {
      const rows = questions.map((question) => {
        const hits = search.search(question.query);
        const rank = rankOf(hits, question.answers);
        return {
          query: question.query,
          kind: question.kind,
          rank: rank ?? '-',
          'first suggestion': hits[0] ? target(hits[0]) : '(none)',
        };
      });
      const top1 = rows.filter((row) => row.rank === 1).length / rows.length;
      const top3 =
        rows.filter((row) => typeof row.rank === 'number' && row.rank <= 3).length / rows.length;
      console.table(rows);
      console.log(
        `search quality: ${rows.length} questions, top-1 ${(top1 * 100).toFixed(1)}%, ` +
          `top-3 ${(top3 * 100).toFixed(1)}% (target ${TOP3_TARGET * 100}%)` +
          (pendingMissing.length
            ? `; pending until their page exists: ${pendingMissing.map((q) => q.query).join(', ')}`
            : ''),
      );
      expect(top3).toBeGreaterThanOrEqual(TOP3_TARGET);
    });

    it('lands an error number on its API reference section first', () => {
      for (const code of ['1001', '1009', '14046', '14071']) {
        const [first] = search.search(code);
        expect(first && target(first)).toMatch(
          new RegExp(`^/docs/reference/(bulk-)?record-usage-m#error-${code}$`),
        );
      }
      expect(target(search.search('bulk_record_usage_m 14046')[0]!)).toBe(
        '/docs/reference/bulk-record-usage-m#error-14046',
      );
      expect(target(search.search('discard_usage_m 23005')[0]!)).toBe(
        '/docs/reference/discard-usage-m#error-23005',
      );
    });

    it('keeps API names with underscores whole, and finds them from plain words', () => {
      expect(target(search.search('bulk_record_usage_m')[0]!)).toBe(
        '/docs/reference/bulk-record-usage-m',
      );
      expect(target(search.search('record_usage_m')[0]!)).toBe('/docs/reference/record-usage-m');
      expect(target(search.search('discard_usage_m')[0]!)).toBe('/docs/reference/discard-usage-m');
      // The synonym list maps the spelled-out name to the API.
      expect(target(search.search('bulk record usage')[0]!)).toBe(
        '/docs/reference/bulk-record-usage-m',
      );
      // While typing, the unfinished last word is a prefix.
      expect(target(search.search('bulk_record_us')[0]!)).toBe(
        '/docs/reference/bulk-record-usage-m',
      );
    });

    it('makes domain synonyms change what is found', () => {
      const cases = [
        [
          'data feed message out of order',
          '/docs/errors/sync-reprocessing/account-sync#out-of-order-loms',
        ],
        ['who is allowed to throw away usage', '/docs/errors/usage-suspense#who-can-discard'],
        [
          'retry failed account sync',
          '/docs/errors/sync-reprocessing/account-sync#reprocess-account-sync',
        ],
      ] as const;
      for (const [query, answer] of cases) {
        const withSynonyms = rankOf(search.search(query), [answer]);
        const without = rankOf(search.search(query, { synonyms: false }), [answer]);
        expect({ query, withSynonyms }).toEqual({ query, withSynonyms: expect.any(Number) });
        expect(withSynonyms!).toBeLessThanOrEqual(3);
        expect(without === undefined || without > withSynonyms!).toBe(true);
      }
    });

    if (issueCodesBuilt) {
      it('lands every issue code of the reference page on its section', () => {
        // Codes the built page has (the page is generated from the registry before the build).
        const built = CODES.filter(({ code }) =>
          answerExists(`/docs/reference/issue-codes#${codeAnchor(code)}`),
        );
        expect(built.length).toBeGreaterThan(0);
        const wrong = built
          .filter(({ code }) => {
            const [first] = search.search(code);
            return !first || target(first) !== `/docs/reference/issue-codes#${codeAnchor(code)}`;
          })
          .map(({ code }) => code);
        expect(wrong).toEqual([]);
        // Lower case and without hyphens, as people also type them.
        expect(target(search.search('cfg ref 001')[0]!)).toBe(
          '/docs/reference/issue-codes#cfg-ref-001',
        );
      });
    } else {
      it('waits for the issue-code reference page before checking issue codes', () => {
        expect(pendingMissing.map((question) => question.query)).toContain('CFG-REF-001');
      });
    }
  });
} else {
  describe('search quality', () => {
    it('is measured on local-search builds only (this build uses Algolia)', () => {
      expect(fs.readdirSync(BUILD_DIR).filter((name) => name.startsWith('search-index'))).toEqual(
        [],
      );
    });
  });
}
