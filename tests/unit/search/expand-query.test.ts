import {
  QUERY_TIERS,
  codeTokens,
  normalizeQueryTokens,
  synonymVariants,
  withSynonyms,
  type SmartQueriesFn,
  type SmartQuery,
} from '../../../plugins/search/expand-query';
import { isPluginWorkerRequest } from '../../../plugins/search/local-search-worker';
import { SEARCH_SYNONYMS } from '../../../plugins/search/synonyms';

describe('normalizeQueryTokens', () => {
  it('drops punctuation around words but keeps underscores and digits', () => {
    expect(
      normalizeQueryTokens(['Why', 'suspended?', '"bulk_record_usage_m",', '(14046)', '?']),
    ).toEqual(['why', 'suspended', 'bulk_record_usage_m', '14046']);
  });
});

describe('contractions', () => {
  it('reduces negated contractions to their base word', () => {
    expect(normalizeQueryTokens(["can't", 'delete', 'doesn\u2019t', "won't", "isn't"])).toEqual([
      'can',
      'delete',
      'does',
      'will',
      'is',
    ]);
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
    `${query.term.map((t) => t.value).join(' ')}${query.term.some((t) => t.editDistance) ? ' ~' : ''}`;

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

  it('tries the code alone right after the complete matches, and never fuzzes numbers', () => {
    const queries = withSynonyms(base)(['bulk_record_usage_m', '14046'], []);
    expect(queries.map(describeQuery)).toEqual([
      'bulk_record_usage_m 14046',
      'bulk record usage 14046',
      'bulk usage api 14046',
      '14046',
      // Typos are forgiven in the reader's own words only, not in synonym rewrites.
      'bulk_record_usage_m 14046 ~',
    ]);
    expect(queries.map((query) => query.tier)).toEqual([
      QUERY_TIERS.complete,
      QUERY_TIERS.complete,
      QUERY_TIERS.complete,
      QUERY_TIERS.codeOnly,
      QUERY_TIERS.completeFuzzy,
    ]);
    // The code-only query searches the code but keeps the full wording for ranking.
    expect(queries[3]!.tokens).toEqual(['bulk_record_usage_m', '14046']);
    const fuzzy = queries[4]!.term;
    expect(fuzzy.find((term) => term.value === '14046')?.editDistance).toBeUndefined();
    expect(fuzzy.find((term) => term.value === 'bulk_record_usage_m')?.editDistance).toBe(1);
  });

  it('drops queries that require a stop word (the index has none) and caps the total', () => {
    const stopWords = new Set(['in', 'the', 'can']);
    const build = withSynonyms(base, { isStopWord: (word) => stopWords.has(word), maxQueries: 3 });
    const queries = build(['usage', 'in', 'suspense'], []);
    expect(queries).toHaveLength(0);
    const typing: SmartQueriesFn = (tokens) => [
      { tokens, term: tokens.map((value) => ({ value, presence: 2, wildcard: 2 })) },
    ];
    const typed = withSynonyms(typing, { isStopWord: (word) => stopWords.has(word) });
    // A stop word being typed still counts: "can" may become "cancel".
    expect(typed(['can'], [])).toHaveLength(1);
    // Prefixes shorter than three letters match too much to search.
    expect(typed(['re'], [])).toHaveLength(0);
    const many = withSynonyms(base, { maxQueries: 3 })(['suspense'], []);
    expect(many.map(describeQuery)).toEqual(['suspense', 'suspended usage', 'suspended records']);
  });

  it('returns no query for punctuation only', () => {
    expect(withSynonyms(base)(['?', '!'], [])).toEqual([]);
  });
});

describe('isPluginWorkerRequest', () => {
  const themeFolder =
    '/x/node_modules/@easyops-cn/docusaurus-search-local/dist/client/client/theme';
  it('matches only the plugin starting its own worker', () => {
    expect(isPluginWorkerRequest('./worker.js', themeFolder)).toBe(true);
    expect(isPluginWorkerRequest('./worker', themeFolder)).toBe(true);
    expect(isPluginWorkerRequest('./worker.js', '/x/src/workers')).toBe(false);
    expect(isPluginWorkerRequest('./worker-pool.js', themeFolder)).toBe(false);
  });
});
