/**
 * Which search the site ships, decided at build time from the environment.
 *
 * - Default: local, offline search (@easyops-cn/docusaurus-search-local). The index is built
 *   from the production HTML and fetched from our own origin; no request leaves the site.
 * - When ALGOLIA_APP_ID, ALGOLIA_SEARCH_API_KEY and ALGOLIA_INDEX_NAME are all set: Algolia
 *   DocSearch. preset-classic adds @docusaurus/theme-search-algolia by itself as soon as
 *   `themeConfig.algolia` exists, so this function only supplies that block and leaves the
 *   local search out.
 *
 * Only the public, search-only key is read here. The admin key is read by `npm run search:push`
 * alone (plugins/search/algolia.ts) and must never reach the site bundle; a unit test and a
 * post-build test hold this file to that.
 */
import type { PluginConfig } from '@docusaurus/types';
import type { PluginOptions as LocalSearchOptions } from '@easyops-cn/docusaurus-search-local';
import type { ThemeConfigAlgolia } from '@docusaurus/theme-search-algolia';
import localSearchTheme from './local-search-worker';

/** The environment variables this module reads (and no others). */
export const ALGOLIA_BUILD_ENV = [
  'ALGOLIA_APP_ID',
  'ALGOLIA_SEARCH_API_KEY',
  'ALGOLIA_INDEX_NAME',
] as const;

export type SearchEnv = Partial<Record<(typeof ALGOLIA_BUILD_ENV)[number], string | undefined>>;

/** Body of the generated issue-code reference page (a CSS selector). */
const ISSUE_CODE_PAGE = 'html[class~="docs-doc-id-reference/issue-codes"] .theme-doc-markdown';

/** Options of the local search; the search-quality test reads them too. */
export const LOCAL_SEARCH_OPTIONS = {
  indexDocs: true,
  indexBlog: false,
  indexPages: false,
  docsRouteBasePath: '/docs',
  language: ['en'],
  // Content hash in the file name: browsers may cache the index for good.
  hashed: 'filename',
  // Keep lunr's English stemmer and stop words: readers type sentences ("why is my usage
  // suspended"); the stop words are dropped from those queries the same way.
  removeDefaultStopWordFilter: false,
  removeDefaultStemmer: false,
  highlightSearchTermsOnTargetPage: false,
  searchResultLimits: 8,
  searchResultContextMaxLength: 60,
  // Show "Page › Section" on each suggestion so two "14046" sections can be told apart.
  explicitSearchResultPath: true,
  // Copy buttons and the "edit this page" row are not content. The navbar goes too: the
  // plugin takes a result's path from the first active navbar link, and with one docs sidebar
  // every doc-type navbar link is active on every page ("FAQ › Reference › …").
  ignoreCssSelectors: [
    '.navbar',
    '.theme-edit-this-page',
    '.theme-last-updated',
    'button',
    // The issue-code reference repeats a severity line and a "rule explained in" link (its URL
    // as text) under each of its ~150 codes: a tenth of the index, and noise in every result.
    // The code, its title, cause and fix stay searchable.
    `${ISSUE_CODE_PAGE} p:contains("Severity:")`,
    `${ISSUE_CODE_PAGE} p:contains("Rule explained in:")`,
  ],
  searchBarShortcut: true,
  searchBarShortcutHint: true,
  searchBarShortcutKeymap: 'mod+k',
  searchBarPosition: 'right',
  fuzzyMatchingDistance: 1,
} satisfies LocalSearchOptions;

export interface SearchSetup {
  mode: 'local' | 'algolia';
  themes: PluginConfig[];
  plugins: PluginConfig[];
  themeConfig: { algolia?: ThemeConfigAlgolia };
}

export interface SearchSetupOptions {
  /**
   * The site-wide `<meta name="keywords">` value. Every page carries it, so the local index
   * would hold one identical "keywords" entry per page and list every page for those words;
   * it is left out of the index. Keywords set in a page's own front matter are still indexed.
   */
  siteKeywords?: string;
}

/** CSS attribute selector that matches exactly one `<meta name="keywords">` value. */
export function keywordsMetaSelector(content: string): string {
  const quoted = content.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return `meta[name="keywords"][content="${quoted}"]`;
}

function present(value: string | undefined): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** The search themes, plugins and theme config for a build environment. */
export function searchSetup(env: SearchEnv, options: SearchSetupOptions = {}): SearchSetup {
  const appId = env.ALGOLIA_APP_ID;
  const apiKey = env.ALGOLIA_SEARCH_API_KEY;
  const indexName = env.ALGOLIA_INDEX_NAME;
  if (present(appId) && present(apiKey) && present(indexName)) {
    return {
      mode: 'algolia',
      themes: [],
      plugins: [],
      themeConfig: {
        algolia: {
          appId: appId.trim(),
          apiKey: apiKey.trim(),
          indexName: indexName.trim(),
          contextualSearch: true,
          searchPagePath: 'search',
        },
      },
    };
  }
  return {
    mode: 'local',
    themes: [
      [
        localSearchTheme,
        {
          ...LOCAL_SEARCH_OPTIONS,
          ignoreCssSelectors: [
            ...LOCAL_SEARCH_OPTIONS.ignoreCssSelectors,
            ...(options.siteKeywords ? [keywordsMetaSelector(options.siteKeywords)] : []),
          ],
        } satisfies LocalSearchOptions,
      ],
    ],
    plugins: [],
    themeConfig: {},
  };
}
