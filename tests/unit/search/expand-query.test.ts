import {
  codeTokens,
  normalizeQueryTokens,
  synonymVariants,
  withSynonyms,
  type SmartQueriesFn,
  type SmartQuery,
} from '../../../plugins/search/expand-query';
import { isPluginSmartQueriesImport } from '../../../plugins/search/local-search-synonyms';
import { SEARCH_SYNONYMS } from '../../../plugins/search/synonyms';

describe('normalizeQueryTokens', () => {
  it('drops punctuation around words but keeps underscores and digits', () => {
    expect(
      normalizeQueryTokens(['Why', 'suspended?', '"bulk_record_usage_m",', '(14046)', '?']),
    ).toEqual(['why', 'suspended', 'bulk_record_usage_m', '14046']);
  });
});

describe('synonymVariants', () => {
  it('rewrites a multi-word phrase into its synonyms, longest match first', () => {
    const variants = synonymVariants(['data', 'feed', 'message', 'out', 'of', 'order']);
    expect(variants[0]).toEqual(['lom', 'out', 'of', 'order']);
    expect(variants).toContainEqual(['logical', 'object', 'model', 'out', 'of', 'order']);
  });

  it('is two-way and plural-insensitive', () => {
    expect(synonymVariants(['loms'])).toContainEqual(['data', 'feed', 'message']);
    expect(synonymVariants(['suspense'])).toContainEqual(['suspended', 'usage']);
    expect(synonymVariants(['suspended', 'usage'])).toContainEqual(['suspense']);
    expect(synonymVariants(['mpi'])).toContainEqual(['master', 'plan', 'instance']);
    expect(synonymVariants(['subscription'])).toContainEqual(['mpi']);
    expect(synonymVariants(['delete', 'records'])).toContainEqual(['discard', 'records']);
    expect(synonymVariants(['rated', 'usage'])).toContainEqual(['monetized', 'usage']);
    expect(synonymVariants(['billing', 'aggregate'])).toContainEqual(['aggregated', 'usage']);
  });

  it('returns nothing for words without synonyms and caps the number of rewrites', () => {
    expect(synonymVariants(['currency'])).toEqual([]);
    expect(synonymVariants(['suspense', 'discard', 'mpi'], SEARCH_SYNONYMS, 3)).toHaveLength(3);
  });
});

describe('codeTokens', () => {
  it('keeps error numbers and issue-code parts', () => {
    expect(codeTokens(['bulk_record_usage_m', '14046'])).toEqual(['14046']);
    expect(codeTokens(['what', 'does', 'cfg', 'ref', '001', 'mean'])).toEqual([
      'cfg',
      'ref',
      '001',
    ]);
    expect(codeTokens(['suspended', 'usage'])).toEqual([]);
  });
});

describe('withSynonyms', () => {
  // A stand-in for the plugin: one exact and one fuzzy query per call.
  const base: SmartQueriesFn = (tokens) => [
    { tokens, term: tokens.map((value) => ({ value, presence: 2, wildcard: 0 })) },
    { tokens, term: tokens.map((value) => ({ value, presence: 2, wildcard: 0, editDistance: 1 })) },
  ];
  const describeQuery = (query: SmartQuery) =>
    `${query.tokens.join(' ')}${query.term.some((t) => t.editDistance) ? ' ~' : ''}`;

  it('runs every exact query (original first, then synonyms) before any fuzzy one', () => {
    const queries = withSynonyms(base)(['Suspense?'], []).map(describeQuery);
    expect(queries[0]).toBe('suspense');
    const firstFuzzy = queries.findIndex((query) => query.endsWith('~'));
    expect(queries.slice(0, firstFuzzy)).toEqual([
      'suspense',
      'suspended usage',
      'suspended records',
      'usage suspense',
      'stuck usage',
    ]);
  });

  it('adds the code alone as a fallback after the complete matches', () => {
    const queries = withSynonyms(base)(['bulk_record_usage_m', '14046'], []).map(describeQuery);
    expect(queries).toEqual([
      'bulk_record_usage_m 14046',
      'bulk record usage 14046',
      'bulk usage api 14046',
      'bulk_record_usage_m 14046 ~',
      'bulk record usage 14046 ~',
      'bulk usage api 14046 ~',
      '14046',
      '14046 ~',
    ]);
  });

  it('returns no query for punctuation only', () => {
    expect(withSynonyms(base)(['?', '!'], [])).toEqual([]);
  });
});

describe('isPluginSmartQueriesImport', () => {
  const workerFolder =
    '/x/node_modules/@easyops-cn/docusaurus-search-local/dist/client/client/theme';
  it('matches only the worker import, not our own re-import of the original', () => {
    expect(isPluginSmartQueriesImport('../utils/smartQueries', workerFolder)).toBe(true);
    expect(
      isPluginSmartQueriesImport(
        '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries.js',
        '/x/plugins/search/client',
      ),
    ).toBe(false);
    expect(isPluginSmartQueriesImport('../utils/smartQueries', '/x/plugins/search/client')).toBe(
      false,
    );
  });
});
