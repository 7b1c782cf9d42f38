/**
 * Runs the local search plugin's own worker code (`SearchWorker.search`) in Node against a
 * production build, the same path the navbar box takes in the browser:
 * typed text → plugin tokenize → our synonym-aware smartQueries → lunr over the built index →
 * plugin sort. Only what Node lacks is stubbed: the Comlink bridge, the constants the build
 * generates (taken from our plugin options), `fetch` (reads the index file) and `location`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { LOCAL_SEARCH_OPTIONS } from '../../../plugins/search/config';
import type { SmartQueriesFn } from '../../../plugins/search/expand-query';

const PLUGIN_CLIENT = '@easyops-cn/docusaurus-search-local/dist/client/client';

export const BUILD_DIR = path.resolve(process.env.BUILD_DIR ?? 'build');

/** The index files the plugin wrote (one per search context; we have one). */
export function searchIndexFiles(buildDir: string = BUILD_DIR): string[] {
  if (!fs.existsSync(buildDir)) return [];
  return fs
    .readdirSync(buildDir)
    .filter((name) => /^search-index.*\.json$/.test(name))
    .map((name) => path.join(buildDir, name));
}

const state = vi.hoisted(() => ({ indexFileName: '', useSynonyms: true }));

vi.mock('comlink', () => ({ expose: () => undefined, wrap: () => undefined }));

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
      get searchIndexUrl() {
        return state.indexFileName;
      },
    };
  },
);

vi.mock(
  '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries.js',
  async (importOriginal) => {
    const original = await importOriginal<{ smartQueries: SmartQueriesFn }>();
    const { createSmartQueries } = await import('../../../plugins/search/client/synonym-queries');
    const withSynonyms = createSmartQueries(original.smartQueries);
    return {
      smartQueries: (tokens: string[], zhDictionary: string[]) =>
        state.useSynonyms
          ? withSynonyms(tokens, zhDictionary)
          : original.smartQueries(tokens, zhDictionary),
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
  /** 0 title, 1 heading, 2 description, 3 keywords, 4 content (the plugin's types). */
  type: number;
}

interface WorkerResult {
  document: { i: number; t: string; u: string; h?: string };
  type: number;
}

export interface LocalSearch {
  search(query: string, options?: { synonyms?: boolean; limit?: number }): Promise<SearchHit[]>;
}

/** Loads the built index and returns a search function with the navbar box's result limit. */
export async function createLocalSearch(buildDir: string = BUILD_DIR): Promise<LocalSearch> {
  const [indexFile, ...others] = searchIndexFiles(buildDir);
  if (!indexFile || others.length > 0) {
    throw new Error(`expected exactly one search-index*.json in ${buildDir}`);
  }
  state.indexFileName = path.basename(indexFile);
  vi.stubGlobal('location', { origin: 'http://127.0.0.1' });
  vi.stubGlobal('fetch', async (url: string) => {
    const file = path.join(buildDir, new URL(url, 'http://127.0.0.1').pathname);
    const text = fs.readFileSync(file, 'utf8');
    return { json: async () => JSON.parse(text) as unknown };
  });

  const { SearchWorker } = (await import(`${PLUGIN_CLIENT}/theme/worker.js`)) as {
    SearchWorker: new () => {
      search(base: string, context: string, input: string, limit: number): Promise<WorkerResult[]>;
    };
  };
  const worker = new SearchWorker();

  return {
    async search(query, options = {}) {
      state.useSynonyms = options.synonyms ?? true;
      try {
        const results = await worker.search(
          '/',
          '',
          query,
          options.limit ?? LOCAL_SEARCH_OPTIONS.searchResultLimits,
        );
        return results.map(({ document, type }) => ({
          page: document.u,
          anchor: (document.h ?? '').replace(/^#/, ''),
          title: document.t,
          type,
        }));
      } finally {
        state.useSynonyms = true;
      }
    },
  };
}
