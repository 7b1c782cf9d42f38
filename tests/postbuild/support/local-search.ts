/**
 * The local search as the navbar box runs it, assembled in Node against a production build:
 * typed text → the plugin's tokenize → the plugin's smartQueries wrapped with our synonyms and
 * tiers → our ranking over the built lunr index (`plugins/search/client/search-engine.ts`).
 * Only the web-worker glue (Comlink, fetch) is left out; the browser test covers it.
 *
 * The plugin's query builder reads constants the build generates; they are derived here from
 * the same options the site is built with (`LOCAL_SEARCH_OPTIONS`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { searchIndexFiles } from '../../../bench/search-index-size';
import { LOCAL_SEARCH_OPTIONS } from '../../../plugins/search/config';
import type { SmartQueriesFn } from '../../../plugins/search/expand-query';
import type { SerializedIndex } from '../../../plugins/search/client/search-engine';

const PLUGIN_UTILS = '@easyops-cn/docusaurus-search-local/dist/client/client/utils';

export const BUILD_DIR = path.resolve(process.env.BUILD_DIR ?? 'build');

vi.mock(
  '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants.js',
  async () => {
    const { LOCAL_SEARCH_OPTIONS: options } = await import('../../../plugins/search/config');
    return {
      language: options.language,
      removeDefaultStopWordFilter: options.removeDefaultStopWordFilter ? ['en'] : [],
      removeDefaultStemmer: options.removeDefaultStemmer,
      fuzzyMatchingDistance: options.fuzzyMatchingDistance,
      searchResultLimits: options.searchResultLimits,
      searchIndexUrl: 'search-index{dir}.json',
    };
  },
);

export interface SearchHit {
  /** Page path, e.g. /docs/errors/usage-suspense */
  page: string;
  /** Heading anchor without '#', '' for the page itself. */
  anchor: string;
  /** What the suggestion shows as its title. */
  title: string;
  /** 0 title, 1 heading, 2 description, 3 keywords, 4 content (the plugin's kinds). */
  type: number;
}

export interface LocalSearch {
  search(query: string, options?: { synonyms?: boolean; limit?: number }): SearchHit[];
}

/** Loads the built index; `search` returns what the navbar box would list, in order. */
export async function createLocalSearch(buildDir: string = BUILD_DIR): Promise<LocalSearch> {
  const [indexFile, ...others] = searchIndexFiles(buildDir);
  if (!indexFile || others.length > 0) {
    throw new Error(`expected exactly one search-index*.json in ${buildDir}`);
  }
  const serialized = JSON.parse(fs.readFileSync(indexFile, 'utf8')) as SerializedIndex[];

  const { loadIndexes, searchLoadedIndexes } =
    await import('../../../plugins/search/client/search-engine');
  const { createSmartQueries, isStopWord, RANKING } =
    await import('../../../plugins/search/client/synonym-queries');
  const { withSynonyms } = await import('../../../plugins/search/expand-query');
  const { tokenize } = (await import(`${PLUGIN_UTILS}/tokenize.js`)) as {
    tokenize: (text: string, language: string[]) => string[];
  };
  const plugin = (await import(`${PLUGIN_UTILS}/smartQueries.js`)) as {
    smartQueries: SmartQueriesFn;
  };

  const indexes = loadIndexes(serialized);
  const withDomainSynonyms = createSmartQueries(plugin.smartQueries);
  const withoutSynonyms = withSynonyms(plugin.smartQueries, { synonyms: [], isStopWord });
  const language = [...LOCAL_SEARCH_OPTIONS.language];

  return {
    search(query, options = {}) {
      const tokens = tokenize(query, language);
      if (tokens.length === 0) return [];
      const build = options.synonyms === false ? withoutSynonyms : withDomainSynonyms;
      const results = searchLoadedIndexes(
        indexes,
        build(tokens, []),
        options.limit ?? LOCAL_SEARCH_OPTIONS.searchResultLimits,
        RANKING,
      );
      return results.map(({ document, type }) => ({
        page: document.u,
        anchor: (document.h ?? '').replace(/^#/, ''),
        title: document.t,
        type,
      }));
    },
  };
}
