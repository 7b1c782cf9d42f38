import {
  keywordsMetaSelector,
  type LOCAL_SEARCH_OPTIONS,
  searchSetup,
} from '../../../plugins/search/config';
import localSearchTheme from '../../../plugins/search/local-search-worker';

const ALGOLIA_ENV = {
  ALGOLIA_APP_ID: 'APPID123',
  ALGOLIA_SEARCH_API_KEY: 'search-only-key',
  ALGOLIA_INDEX_NAME: 'allegro_kb',
};

describe('searchSetup', () => {
  it('ships the local search theme (our wrapper of the plugin) when no Algolia variables are set', () => {
    const setup = searchSetup({});
    expect(setup.mode).toBe('local');
    expect(setup.themes).toHaveLength(1);
    const [theme, options] = setup.themes[0] as [unknown, typeof LOCAL_SEARCH_OPTIONS];
    expect(theme).toBe(localSearchTheme);
    // Docusaurus validates the options with the package's own schema.
    expect(localSearchTheme.validateOptions).toBeTypeOf('function');
    expect(options.indexDocs).toBe(true);
    expect(options.docsRouteBasePath).toBe('/docs');
    expect(setup.plugins).toEqual([]);
    expect(setup.themeConfig).toEqual({});
  });

  it('switches to Algolia with contextual search when all three variables are set', () => {
    const setup = searchSetup(ALGOLIA_ENV);
    expect(setup.mode).toBe('algolia');
    // preset-classic adds @docusaurus/theme-search-algolia itself when themeConfig.algolia exists;
    // the local search theme and its synonym plugin must not be loaded.
    expect(setup.themes).toEqual([]);
    expect(setup.plugins).toEqual([]);
    expect(setup.themeConfig.algolia).toEqual({
      appId: 'APPID123',
      apiKey: 'search-only-key',
      indexName: 'allegro_kb',
      contextualSearch: true,
      searchPagePath: 'search',
    });
  });

  it.each([['ALGOLIA_APP_ID'], ['ALGOLIA_SEARCH_API_KEY'], ['ALGOLIA_INDEX_NAME']] as const)(
    'stays local when %s is missing or blank',
    (missing) => {
      expect(searchSetup({ ...ALGOLIA_ENV, [missing]: undefined }).mode).toBe('local');
      expect(searchSetup({ ...ALGOLIA_ENV, [missing]: '  ' }).mode).toBe('local');
    },
  );

  it('never reads the Algolia admin key, and never puts it in the config', () => {
    const read = new Set<string>();
    const env = new Proxy(
      { ...ALGOLIA_ENV, ALGOLIA_ADMIN_API_KEY: 'admin-secret-0123456789' },
      {
        get(target, key, receiver) {
          read.add(String(key));
          return Reflect.get(target, key, receiver) as unknown;
        },
      },
    );
    const algolia = searchSetup(env);
    const local = searchSetup({ ALGOLIA_ADMIN_API_KEY: 'admin-secret-0123456789' } as never);
    expect(read.has('ALGOLIA_ADMIN_API_KEY')).toBe(false);
    expect([...read].sort()).toEqual([
      'ALGOLIA_APP_ID',
      'ALGOLIA_INDEX_NAME',
      'ALGOLIA_SEARCH_API_KEY',
    ]);
    expect(JSON.stringify(algolia)).not.toContain('admin-secret');
    expect(JSON.stringify(local)).not.toContain('admin-secret');
  });

  it('keeps the site-wide keywords meta out of the local index, and only that one', () => {
    const setup = searchSetup({}, { siteKeywords: 'Aria Allegro, "quoted", suspense' });
    const [, options] = setup.themes[0] as [string, { ignoreCssSelectors: string[] }];
    expect(options.ignoreCssSelectors).toContain(
      'meta[name="keywords"][content="Aria Allegro, \\"quoted\\", suspense"]',
    );
    expect(keywordsMetaSelector('a\\b')).toBe('meta[name="keywords"][content="a\\\\b"]');
  });
});
