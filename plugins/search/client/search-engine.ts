/**
 * Runs the local search over the plugin's built lunr indexes and ranks the hits.
 *
 * The plugin's own worker keeps the first N hits in query order and, inside one query, in
 * lunr's BM25 order per index. BM25 favours short sections, so for a question such as
 * "reprocess failed account sync" a long section titled "Reprocess account sync" came seventh.
 * We run the same queries (see `../expand-query.ts`), collect every hit, and score each by
 *   + how many of the reader's words its section heading contains (up to 10), and its page
 *     title (up to 3);
 *   + its kind (heading or page title 2, body text 1, page description 0.5);
 *   + lunr's own score, relative to the best hit of the same query and kind (up to 1);
 *   − a penalty for weaker queries: all words 0, code only 1, fuzzy 3, all words but one 5,
 *     both 7. So a heading that names three of four words still beats body text that merely
 *     contains all four;
 *   − 4 on code-lookup pages (the issue-code reference) when the query names no code.
 * Fuzzy queries only run when the exact ones found too few places. Two hits that open the same
 * place (a heading and its body text) are shown once.
 *
 * The result objects keep the plugin's shape, so its search bar and search page render them.
 */
import lunr from 'lunr';
import { QUERY_TIERS, type SmartQuery } from '../expand-query';

/** The plugin's index kinds, in the order of its index file. */
export const DOCUMENT_TYPE = {
  title: 0,
  heading: 1,
  description: 2,
  keywords: 3,
  content: 4,
} as const;

/** One entry of the plugin's index: id, text, url, hash, section title, page id, breadcrumb. */
export interface SearchDocument {
  i: number;
  t: string;
  u: string;
  h?: string;
  s?: string;
  p?: number;
  b?: string[];
}

export interface SerializedIndex {
  documents: SearchDocument[];
  index: unknown;
}

export interface LoadedIndex {
  type: number;
  documents: SearchDocument[];
  byRef: Map<string, SearchDocument>;
  index: lunr.Index;
}

export interface SearchResult {
  document: SearchDocument;
  type: number;
  /** The page's title entry (false for a page title hit itself), as the plugin sets it. */
  page: SearchDocument | false | undefined;
  metadata: lunr.MatchData['metadata'];
  tokens: string[];
  score: number;
}

export interface RankingOptions {
  /** lunr's stemmer, so that "reprocessing" in a heading counts for "reprocess". */
  stem: (word: string) => string;
  isStopWord: (word: string) => boolean;
  /**
   * Pages (site paths) for looking up codes, such as the issue-code reference: first for a
   * query that names a code, but below the explaining pages for a question in words.
   */
  codeLookupPages?: readonly string[];
}

/** Score a code-lookup page loses when the query names no code. */
const CODE_LOOKUP_PENALTY = 4;

export function loadIndexes(serialized: readonly SerializedIndex[]): LoadedIndex[] {
  return serialized.map(({ documents, index }, type) => ({
    type,
    documents,
    byRef: new Map(documents.map((document) => [String(document.i), document])),
    index: lunr.Index.load(index),
  }));
}

const KIND_BONUS: Record<number, number> = {
  [DOCUMENT_TYPE.title]: 2,
  [DOCUMENT_TYPE.heading]: 2,
  [DOCUMENT_TYPE.content]: 1,
  [DOCUMENT_TYPE.description]: 0.5,
  [DOCUMENT_TYPE.keywords]: 0,
};

/** Score a hit loses for the kind of query that found it (indexed by QUERY_TIERS). */
const TIER_PENALTY: Record<number, number> = {
  [QUERY_TIERS.complete]: 0,
  [QUERY_TIERS.codeOnly]: 1,
  [QUERY_TIERS.partial]: 5,
  [QUERY_TIERS.completeFuzzy]: 3,
  [QUERY_TIERS.partialFuzzy]: 7,
};
const FIRST_FUZZY_TIER = QUERY_TIERS.completeFuzzy;

interface Candidate {
  result: SearchResult;
  /** The query that found it best; its terms are highlighted. */
  query: SmartQuery;
  score: number;
  order: number;
}

/** True when two words differ by at most one inserted, deleted or changed letter. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return (
    a.slice(i + 1) === b.slice(i + 1) ||
    a.slice(i) === b.slice(i + 1) ||
    a.slice(i + 1) === b.slice(i)
  );
}

/**
 * Where the query's terms occur in a text, in lunr's match-data shape (term → field "t" →
 * [start, length] positions) that the plugin's suggestion and result templates highlight.
 * The index does not store positions (see `../compact-index.ts`), so they are found here, for
 * the few hits that are shown.
 */
export function matchPositions(
  text: string,
  query: SmartQuery,
  stem: RankingOptions['stem'],
): SearchResult['metadata'] {
  const terms = query.term.map((term) => ({ term, stemmed: stem(term.value) }));
  const metadata: SearchResult['metadata'] = {};
  for (const match of text.matchAll(/[\p{L}\p{N}_]+/gu)) {
    const word = match[0].toLowerCase();
    const stemmed = stem(word);
    for (const { term, stemmed: wanted } of terms) {
      const found =
        stemmed === wanted ||
        word === term.value ||
        (term.wildcard !== 0 && word.startsWith(term.value)) ||
        ((term.editDistance ?? 0) > 0 && withinOneEdit(stemmed, wanted));
      if (!found) continue;
      const entry = (metadata[term.value] ??= { t: { position: [] } });
      entry.t?.position?.push([match.index, match[0].length]);
      break;
    }
  }
  return metadata;
}

/** Stemmed words of headings and titles; the same few hundred strings come up again and again. */
const wordCache = new Map<string, Set<string>>();

function words(text: string, stem: (word: string) => string): Set<string> {
  let found = wordCache.get(text);
  if (!found) {
    found = new Set((text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).map((word) => stem(word)));
    wordCache.set(text, found);
  }
  return found;
}

/**
 * Share of the query's words (stemmed, stop words left out) that occur in a text, each word
 * weighted by how rare it is in the site's text: in "can't delete price offer in use" the
 * heading that says "deleting" covers more of the question than one that says "price offer".
 */
function coverage(
  queryWords: readonly { word: string; weight: number }[],
  text: string | undefined,
  stem: RankingOptions['stem'],
): number {
  if (!text || queryWords.length === 0) return 0;
  const present = words(text, stem);
  let covered = 0;
  let total = 0;
  for (const { word, weight } of queryWords) {
    total += weight;
    if (present.has(word)) covered += weight;
  }
  return total > 0 ? covered / total : 0;
}

/** Inverse document frequency of a stemmed word in the body-text index. */
function rarity(content: LoadedIndex | undefined, word: string): number {
  if (!content) return 1;
  const posting = content.index.invertedIndex[word];
  const documents = posting?.t ? Object.keys(posting.t).length : 0;
  return Math.log(1 + content.documents.length / (1 + documents));
}

/**
 * lunr results per index and query. While a reader types, most queries of one keystroke come
 * back on the next ("all words but the last" does not change), and each costs a few ms.
 */
const queryCache = new WeakMap<LoadedIndex, Map<string, lunr.Result[]>>();
const QUERY_CACHE_SIZE = 400;

function runQuery(loaded: LoadedIndex, query: SmartQuery): lunr.Result[] {
  let cache = queryCache.get(loaded);
  if (!cache) {
    cache = new Map();
    queryCache.set(loaded, cache);
  }
  const key = query.term
    .map((term) => `${term.value}|${term.presence}|${term.wildcard}|${term.editDistance ?? 0}`)
    .join(' ');
  const cached = cache.get(key);
  if (cached) return cached;
  const hits =
    loaded.documents.length === 0
      ? []
      : loaded.index.query((builder) => {
          for (const term of query.term) {
            builder.term(term.value, {
              presence: term.presence,
              wildcard: term.wildcard,
              ...(term.editDistance ? { editDistance: term.editDistance } : {}),
            });
          }
        });
  if (cache.size >= QUERY_CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, hits);
  return hits;
}

/** Every hit of the given queries, best first, at most `limit`, one per link target. */
export function searchLoadedIndexes(
  indexes: readonly LoadedIndex[],
  queries: readonly SmartQuery[],
  limit: number,
  { stem, isStopWord, codeLookupPages = [] }: RankingOptions,
): SearchResult[] {
  // The reader's own words come first in the query list; a digit means a code or number.
  const namesCode = (queries[0]?.tokens ?? []).some((token) => /\d/.test(token));
  const lookupPages = new Set(namesCode ? [] : codeLookupPages);
  const titles = indexes[DOCUMENT_TYPE.title];
  const contents = indexes[DOCUMENT_TYPE.content];
  const candidates = new Map<string, Candidate>();
  const targets = new Set<string>();
  let order = 0;

  for (const query of queries) {
    const tier = query.tier ?? QUERY_TIERS.complete;
    // Typo-tolerant queries are slow; they are for when exact words found too little.
    if (tier >= FIRST_FUZZY_TIER && targets.size >= limit) break;
    const queryWords = [
      ...new Set(query.tokens.filter((token) => !isStopWord(token)).map((token) => stem(token))),
    ].map((word) => ({ word, weight: rarity(contents, word) }));
    for (const loaded of indexes) {
      const hits = runQuery(loaded, query);
      const best = hits[0]?.score || 1;
      for (const hit of hits) {
        const key = `${loaded.type}:${hit.ref}`;
        const known = candidates.get(key);
        const document = loaded.byRef.get(hit.ref);
        if (!document) continue;
        const page =
          loaded.type === DOCUMENT_TYPE.title ? false : titles?.byRef.get(String(document.p));
        const pageTitle = page ? page.t : undefined;
        let sectionTitle: string | undefined;
        let pageContext: string | undefined;
        if (loaded.type === DOCUMENT_TYPE.title) {
          sectionTitle = document.t;
        } else if (loaded.type === DOCUMENT_TYPE.heading) {
          sectionTitle = document.t;
          pageContext = pageTitle;
        } else if (loaded.type === DOCUMENT_TYPE.content) {
          sectionTitle = document.s;
          pageContext = document.s === pageTitle ? undefined : pageTitle;
        } else {
          pageContext = document.s;
        }
        const score =
          10 * coverage(queryWords, sectionTitle, stem) +
          3 * coverage(queryWords, pageContext, stem) +
          (KIND_BONUS[loaded.type] ?? 0) +
          hit.score / best -
          (TIER_PENALTY[tier] ?? 0) -
          (lookupPages.has(document.u) ? CODE_LOOKUP_PENALTY : 0);
        // Found again (by a synonym rewrite, say): keep the better of the two.
        if (known && known.score >= score) continue;
        candidates.set(key, {
          result: {
            document,
            type: loaded.type,
            page,
            metadata: hit.matchData.metadata,
            tokens: query.tokens,
            score: hit.score,
          },
          query,
          score,
          order: known ? known.order : order++,
        });
        targets.add(`${document.u}${document.h ?? ''}`);
      }
    }
  }

  const ranked = [...candidates.values()].sort((a, b) => b.score - a.score || a.order - b.order);
  const shown = new Set<string>();
  const results: SearchResult[] = [];
  for (const { result, query } of ranked) {
    const target = `${result.document.u}${result.document.h ?? ''}`;
    if (shown.has(target)) continue;
    shown.add(target);
    results.push({ ...result, metadata: matchPositions(result.document.t, query, stem) });
    if (results.length >= limit) break;
  }
  return results;
}
