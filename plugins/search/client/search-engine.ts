/**
 * Runs the local search over the plugin's built lunr indexes and ranks the hits.
 *
 * The plugin's own worker keeps the first N hits in query order and, inside one query, in
 * lunr's BM25 order per index. BM25 favours short sections, so for a question such as
 * "reprocess failed account sync" a long section titled "Reprocess account sync" came seventh.
 * We run the same queries (see `../expand-query.ts`), collect every hit of the best tiers, and
 * rank them by:
 *   1. query tier (complete match before code-only before fuzzy before partial);
 *   2. how many of the reader's words the hit's section heading contains, then its page title;
 *   3. kind of hit (heading or page title before body text before page description);
 *   4. lunr's own score, relative to the best hit of the same query and kind.
 * Two hits that open the same place (a heading and its body text) are shown once.
 *
 * The result objects keep the plugin's shape, so its search bar and search page render them.
 */
import lunr from 'lunr';
import type { SmartQuery } from '../expand-query';

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
}

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

interface Candidate {
  result: SearchResult;
  tier: number;
  rank: number;
  order: number;
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

/** Share of the query's words (stemmed, stop words left out) that occur in a text. */
function coverage(
  queryWords: readonly string[],
  text: string | undefined,
  stem: RankingOptions['stem'],
) {
  if (!text || queryWords.length === 0) return 0;
  const present = words(text, stem);
  return queryWords.filter((word) => present.has(word)).length / queryWords.length;
}

/**
 * Every hit of the given queries, best first, at most `limit`, one per link target.
 * Queries are taken tier by tier; once the tiers so far gave `limit` targets, worse tiers are
 * not run (their hits could only rank below).
 */
export function searchLoadedIndexes(
  indexes: readonly LoadedIndex[],
  queries: readonly SmartQuery[],
  limit: number,
  { stem, isStopWord }: RankingOptions,
): SearchResult[] {
  const titles = indexes[DOCUMENT_TYPE.title];
  const candidates = new Map<string, Candidate>();
  const targets = new Set<string>();
  let order = 0;
  let currentTier: number | undefined;

  for (const query of queries) {
    const tier = query.tier ?? 0;
    if (tier !== currentTier) {
      if (currentTier !== undefined && targets.size >= limit) break;
      currentTier = tier;
    }
    const queryWords = [
      ...new Set(query.tokens.filter((token) => !isStopWord(token)).map((token) => stem(token))),
    ];
    for (const loaded of indexes) {
      const hits = loaded.index.query((builder) => {
        for (const term of query.term) {
          builder.term(term.value, {
            presence: term.presence,
            wildcard: term.wildcard,
            ...(term.editDistance ? { editDistance: term.editDistance } : {}),
          });
        }
      });
      const best = hits[0]?.score || 1;
      for (const hit of hits) {
        const key = `${loaded.type}:${hit.ref}`;
        const known = candidates.get(key);
        // Found before by a better tier: keep that. By another query of the same tier (say,
        // the synonym rewrite that names the heading): keep whichever ranks it higher.
        if (known && known.tier < tier) continue;
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
        const rank =
          10 * coverage(queryWords, sectionTitle, stem) +
          3 * coverage(queryWords, pageContext, stem) +
          (KIND_BONUS[loaded.type] ?? 0) +
          hit.score / best;
        if (known && known.rank >= rank) continue;
        candidates.set(key, {
          result: {
            document,
            type: loaded.type,
            page,
            metadata: hit.matchData.metadata,
            tokens: query.tokens,
            score: hit.score,
          },
          tier,
          rank,
          order: known ? known.order : order++,
        });
        targets.add(`${document.u}${document.h ?? ''}`);
      }
    }
  }

  const ranked = [...candidates.values()].sort(
    (a, b) => a.tier - b.tier || b.rank - a.rank || a.order - b.order,
  );
  const shown = new Set<string>();
  const results: SearchResult[] = [];
  for (const { result } of ranked) {
    const target = `${result.document.u}${result.document.h ?? ''}`;
    if (shown.has(target)) continue;
    shown.add(target);
    results.push(result);
    if (results.length >= limit) break;
  }
  return results;
}
