/**
 * Query expansion for the local (lunr) search.
 *
 * The local search plugin turns the typed text into tokens and then into a list of lunr queries
 * (`smartQueries`); its worker runs them in order and keeps the first N distinct hits. We wrap
 * that function: the same queries are built for the reader's tokens and for each synonym
 * rewrite of them, then ordered so that every complete match (original wording first, then
 * synonyms) comes before any fuzzy or partial match.
 *
 * Pure: no DOM, no Node APIs. It runs inside the search web worker and in Node tests.
 */
import { SEARCH_SYNONYMS } from './synonyms';

/** One term of a lunr query, as the plugin's `smartQueries` builds it. */
export interface SmartQueryTerm {
  value: string;
  presence: number;
  wildcard: number;
  editDistance?: number;
}

/** One lunr query the worker runs: `tokens` are highlighted in results, `term` is searched. */
export interface SmartQuery {
  tokens: string[];
  term: SmartQueryTerm[];
  /**
   * What kind of match this query asks for (set by `withSynonyms`, see `QUERY_TIERS`); the
   * search runs tiers in this order, and weaker tiers cost a hit some of its ranking score.
   */
  tier?: number;
}

/** Query tiers in the order they run: exact ones first, the costly fuzzy ones last. */
export const QUERY_TIERS = {
  /** All of the reader's words (or a synonym rewrite of them), spelled as typed. */
  complete: 0,
  /** Only the error number or issue code out of a longer query. */
  codeOnly: 1,
  /** All words but one (the plugin's relaxation for queries of three words or more). */
  partial: 2,
  /** All words, one typo allowed per word. */
  completeFuzzy: 3,
  partialFuzzy: 4,
} as const;

export type SmartQueriesFn = (tokens: string[], zhDictionary: string[]) => SmartQuery[];

export interface ExpansionOptions {
  /** Synonym groups; every entry of a group stands for every other. */
  synonyms?: readonly (readonly string[])[];
  /** Most synonym rewrites per query; each one costs a few more lunr look-ups. */
  maxVariants?: number;
  /** Most lunr queries per search, best tiers first; bounds the time of long questions. */
  maxQueries?: number;
  /** True for words the index leaves out (lunr's English stop words). */
  isStopWord?: (word: string) => boolean;
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu;

/**
 * Strips punctuation around each token ("suspended?" → "suspended", "'1009'," → "1009").
 * The index's trimmer removes it from the indexed words, but the plugin's query path does not,
 * so a trailing question mark would otherwise make a query find nothing.
 */
export function normalizeQueryTokens(tokens: readonly string[]): string[] {
  return tokens
    .map((token) => expandContraction(token.toLowerCase().replace(EDGE_PUNCTUATION, '')))
    .filter((token) => token.length > 0);
}

const IRREGULAR_NEGATIONS: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

/**
 * "can't" → "can", "doesn't" → "does": the pages seldom spell the contraction, and the base
 * word is a stop word that the query then simply skips. Curly apostrophes count too.
 */
function expandContraction(token: string): string {
  const word = token.replace(/\u2019/g, "'");
  const negation = /^([a-z]+)n't$/.exec(word);
  if (negation) {
    const base = negation[1] ?? '';
    return IRREGULAR_NEGATIONS[base] ?? base;
  }
  return word;
}

/** Splits a synonym entry the way the plugin splits typed text: on spaces and hyphens. */
export function phraseTokens(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((token) => token.length > 0);
}

/** Plural-insensitive comparison ("loms" matches "lom", "records" matches "record"). */
function sameWord(typed: string, listed: string): boolean {
  if (typed === listed) return true;
  const singular = (word: string) =>
    word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  return singular(typed) === singular(listed);
}

function matchesAt(tokens: readonly string[], start: number, phrase: readonly string[]): boolean {
  if (phrase.length === 0 || start + phrase.length > tokens.length) return false;
  return phrase.every((word, offset) => sameWord(tokens[start + offset] ?? '', word));
}

interface SynonymMatch {
  start: number;
  length: number;
  replacements: string[][];
}

function findSynonymMatches(
  tokens: readonly string[],
  synonyms: readonly (readonly string[])[],
): SynonymMatch[] {
  const groups = synonyms.map((group) => group.map(phraseTokens));
  const matches: SynonymMatch[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    for (const group of groups) {
      group.forEach((phrase, index) => {
        if (matchesAt(tokens, start, phrase)) {
          matches.push({
            start,
            length: phrase.length,
            replacements: group.filter((_, other) => other !== index),
          });
        }
      });
    }
  }
  // Longest phrase first: "suspended usage" before "usage".
  return matches.sort((a, b) => b.length - a.length || a.start - b.start);
}

function substitute(
  tokens: readonly string[],
  edits: readonly (readonly [SynonymMatch, string[]])[],
): string[] {
  const result = [...tokens];
  // Right to left, so earlier positions stay valid.
  for (const [match, replacement] of [...edits].sort(([a], [b]) => b.start - a.start)) {
    result.splice(match.start, match.length, ...replacement);
  }
  return result;
}

/**
 * The reader's tokens rewritten with synonyms, longest matched phrase first: every single
 * substitution, then pairs of substitutions in different places ("free units carry over" →
 * "allowance roll over"). The original tokens are not included.
 */
export function synonymVariants(
  tokens: readonly string[],
  synonyms: readonly (readonly string[])[] = SEARCH_SYNONYMS,
  maxVariants = 8,
): string[][] {
  const matches = findSynonymMatches(tokens, synonyms);
  const seen = new Set([tokens.join(' ')]);
  const variants: string[][] = [];
  const add = (variant: string[]) => {
    const key = variant.join(' ');
    if (seen.has(key) || variants.length >= maxVariants) return;
    seen.add(key);
    variants.push(variant);
  };
  for (const match of matches) {
    for (const replacement of match.replacements) add(substitute(tokens, [[match, replacement]]));
  }
  matches.forEach((first, index) => {
    for (const second of matches.slice(index + 1)) {
      const overlap =
        first.start < second.start + second.length && second.start < first.start + first.length;
      if (overlap) continue;
      for (const a of first.replacements) {
        for (const b of second.replacements) {
          add(
            substitute(tokens, [
              [first, a],
              [second, b],
            ]),
          );
        }
      }
    }
  });
  return variants;
}

/**
 * The tokens that name a code: error numbers (`14046`) and issue codes (`cfg ref 001`, which
 * is how `CFG-REF-001` arrives after the hyphen split). Empty when the query has none.
 */
export function codeTokens(tokens: readonly string[]): string[] {
  const keep = new Set<number>();
  tokens.forEach((token, index) => {
    if (!/\d/.test(token)) return;
    keep.add(index);
    // Up to two short letter groups right before a number are the prefix of an issue code
    // (CFG-REF-001 arrives as "cfg ref 001").
    for (let before = index - 1; before >= 0 && before >= index - 2; before -= 1) {
      const previous = tokens[before] ?? '';
      if (!/^[a-z]{2,4}$/.test(previous)) break;
      keep.add(before);
    }
  });
  return tokens.filter((_, index) => keep.has(index));
}

function queryKey(query: SmartQuery): string {
  return query.term
    .map((term) => `${term.value}|${term.presence}|${term.wildcard}|${term.editDistance ?? 0}`)
    .join(' ');
}

/** Shortest word that may carry a typo; shorter ones with one letter changed mean anything. */
const MIN_FUZZY_LENGTH = 4;

/**
 * Which terms may match with a typo: not numbers (1009 with one typo is 1001, a different
 * error), not short words, and not a word still being typed (a prefix with a typo matches half
 * the index and made single searches take most of a second).
 */
function withSensibleTypos(query: SmartQuery): SmartQuery {
  return {
    ...query,
    term: query.term.map((term) => {
      if (term.editDistance === undefined) return term;
      const keep =
        !/\d/.test(term.value) && term.value.length >= MIN_FUZZY_LENGTH && term.wildcard === 0;
      if (keep) return term;
      const { editDistance: _ignored, ...exact } = term;
      return exact;
    }),
  };
}

/** How many synonym rewrites also get the "all words but one" queries. */
const PARTIAL_REWRITES = 3;

/** Shortest prefix of a word being typed that is searched as a prefix. */
const MIN_PREFIX_LENGTH = 3;

/**
 * "re" on the way to "reprocess" matches hundreds of words, and such a query took a tenth of a
 * second on its own; the rest of the query still runs without it (the "all words but one" tier).
 */
function typesShortPrefix(query: SmartQuery): boolean {
  return query.term.some((term) => term.wildcard !== 0 && term.value.length < MIN_PREFIX_LENGTH);
}

/**
 * Wraps the plugin's `smartQueries` with synonym rewrites and a code-only fallback, and tags
 * each query with its tier (`QUERY_TIERS`). Order of the returned queries:
 * 1. complete, exact: the reader's words, then each synonym rewrite;
 * 2. the code alone ("bulk_record_usage_m 14046" → "14046");
 * 3. partial: the plugin's "all words but one" queries;
 * 4. fuzzy (one typo allowed, in the reader's own words only, never in numbers): complete,
 *    then partial.
 * Every query carries the full wording of its rewrite in `tokens`, so that the ranking can tell
 * how much of the reader's question a heading covers.
 */
export function withSynonyms(base: SmartQueriesFn, options: ExpansionOptions = {}): SmartQueriesFn {
  const synonyms = options.synonyms ?? SEARCH_SYNONYMS;
  const maxVariants = options.maxVariants ?? 8;
  const maxQueries = options.maxQueries ?? 60;
  const isStopWord = options.isStopWord ?? (() => false);
  const contentCount = (tokens: readonly string[]) =>
    tokens.filter((token) => !isStopWord(token)).length;

  return (rawTokens, zhDictionary) => {
    const tokens = normalizeQueryTokens(rawTokens);
    if (tokens.length === 0) return [];

    const variants: { tokens: string[]; codeOnly: boolean }[] = [
      { tokens, codeOnly: false },
      ...synonymVariants(tokens, synonyms, maxVariants).map((variant) => ({
        tokens: variant,
        codeOnly: false,
      })),
    ];
    const codes = codeTokens(tokens);
    if (codes.length > 0 && codes.length < tokens.length) {
      variants.push({ tokens: codes, codeOnly: true });
    }

    const ranked: { query: SmartQuery; key: number[] }[] = [];
    variants.forEach((variant, variantIndex) => {
      const wanted = contentCount(variant.tokens);
      base(variant.tokens, zhDictionary).forEach((built, queryIndex) => {
        const query = withSensibleTypos(built);
        if (typesShortPrefix(query)) return;
        // The index holds no stop words, so a query that requires one matches nothing; only a
        // stop word being typed ("in" on the way to "invoice", with a trailing wildcard) counts.
        if (query.term.some((term) => term.wildcard === 0 && isStopWord(term.value))) return;
        const fuzzy = query.term.some((term) => (term.editDistance ?? 0) > 0);
        const rewrite = variantIndex > 0 && !variant.codeOnly;
        const partial = !variant.codeOnly && contentCount(query.tokens) < wanted;
        // Typos are allowed in the reader's own wording only, dropped words also in the first
        // few synonym rewrites: doing both for every rewrite multiplied the lunr look-ups (a few
        // ms each) and found little.
        if (rewrite && (fuzzy || (partial && variantIndex > PARTIAL_REWRITES))) return;
        let tier: number;
        if (variant.codeOnly) {
          tier = fuzzy ? QUERY_TIERS.partialFuzzy : QUERY_TIERS.codeOnly;
        } else if (partial) {
          tier = fuzzy ? QUERY_TIERS.partialFuzzy : QUERY_TIERS.partial;
        } else {
          tier = fuzzy ? QUERY_TIERS.completeFuzzy : QUERY_TIERS.complete;
        }
        // Partial and code-only queries keep the full wording for ranking and highlighting, so
        // "bulk_record_usage_m 14046" still prefers the 14046 section of that API's page.
        const shown = { ...query, tokens: variant.codeOnly ? tokens : variant.tokens };
        ranked.push({ query: { ...shown, tier }, key: [tier, variantIndex, queryIndex] });
      });
    });
    ranked.sort((a, b) => {
      for (let i = 0; i < a.key.length; i += 1) {
        const difference = (a.key[i] ?? 0) - (b.key[i] ?? 0);
        if (difference !== 0) return difference;
      }
      return 0;
    });

    const seen = new Set<string>();
    const queries: SmartQuery[] = [];
    for (const { query } of ranked) {
      const key = queryKey(query);
      if (seen.has(key)) continue;
      seen.add(key);
      queries.push(query);
      if (queries.length >= maxQueries) break;
    }
    return queries;
  };
}
