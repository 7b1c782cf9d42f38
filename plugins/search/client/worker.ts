/**
 * Our search web worker, loaded instead of the local search plugin's `theme/worker.js`
 * (see `../local-search-worker.ts`). Same interface for the plugin's search bar and search
 * page (Comlink-exposed `SearchWorker` with `fetchIndexes` and `search`), same index file and
 * tokenizer; it adds domain synonyms and ranks hits by their section headings
 * (`search-engine.ts`).
 */
import * as Comlink from 'comlink';
import { tokenize } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/tokenize.js';
import {
  language,
  searchIndexUrl,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants.js';
import { smartQueries } from './smartQueries';
import { RANKING } from './synonym-queries';
import {
  loadIndexes,
  searchLoadedIndexes,
  type LoadedIndex,
  type SearchResult,
  type SerializedIndex,
} from './search-engine';

interface Loaded {
  indexes: LoadedIndex[];
  /** Words in Chinese script found in the index; the plugin's query builder wants them. */
  zhDictionary: string[];
}

const cache = new Map<string, Promise<Loaded>>();

async function fetchIndexes(baseUrl: string, searchContext: string): Promise<Loaded> {
  const file = searchIndexUrl.replace(
    '{dir}',
    searchContext ? `-${searchContext.replace(/\//g, '-')}` : '',
  );
  const url = `${baseUrl}${file}`;
  // Only ever fetch from our own origin.
  if (new URL(url, location.origin).origin !== location.origin) {
    throw new Error('Unexpected search index URL');
  }
  const response = await fetch(url);
  const serialized = (await response.json()) as SerializedIndex[];
  const zhDictionary = new Set<string>();
  for (const { index } of serialized) {
    for (const [word] of (index as { invertedIndex: [string][] }).invertedIndex) {
      if (/\p{Unified_Ideograph}/u.test(word[0] ?? '')) zhDictionary.add(word);
    }
  }
  return { indexes: loadIndexes(serialized), zhDictionary: [...zhDictionary] };
}

function load(baseUrl: string, searchContext: string): Promise<Loaded> {
  const key = `${baseUrl}${searchContext}`;
  let promise = cache.get(key);
  if (!promise) {
    promise = fetchIndexes(baseUrl, searchContext);
    cache.set(key, promise);
  }
  return promise;
}

export class SearchWorker {
  async fetchIndexes(baseUrl: string, searchContext: string): Promise<void> {
    await load(baseUrl, searchContext);
  }

  async search(
    baseUrl: string,
    searchContext: string,
    input: string,
    limit: number,
  ): Promise<SearchResult[]> {
    const tokens = tokenize(input, language);
    if (tokens.length === 0) return [];
    const { indexes, zhDictionary } = await load(baseUrl, searchContext);
    return searchLoadedIndexes(indexes, smartQueries(tokens, zhDictionary), limit, RANKING);
  }
}

Comlink.expose(SearchWorker);
