import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import rehypeFocusableTables from './plugins/rehype-focusable-tables';
import { validateDocFrontMatter } from './plugins/frontmatter';
import remarkFaqStructuredData from './plugins/faq-structured-data';
import remarkErrorCatalogTables from './plugins/error-catalog-tables';
import { createResilientGitVcs } from './plugins/git-last-update';
import pluginLlmsTxt, { type LlmsTxtOptions } from './plugins/llms-txt';
import pluginRobotsTxt from './plugins/robots-txt';
import { searchSetup } from './plugins/search/config';

/**
 * Where the site's source lives; the "Edit this page" links and the "report a problem" links
 * point there. Override with SITE_REPO_URL when the repository is published elsewhere.
 */
const repoUrl = process.env.SITE_REPO_URL ?? 'https://github.com/aria-allegro-kb/allegro-kb';
const siteUrl = process.env.SITE_URL ?? 'https://allegro-kb.example.org';

const siteKeywords =
  'Aria Allegro, usage mediation, rating, suspense, bulk_record_usage_m, Aria Billing';

/** Local offline search by default; Algolia DocSearch when its three build variables are set. */
const search = searchSetup(process.env, { siteKeywords });

const config: Config = {
  title: 'Aria Allegro knowledge base',
  tagline:
    'Answers, checkers and simulators for the people who run Aria Allegro usage mediation and rating.',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,

  future: {
    v4: true,
    // Git last-update dates; a build outside a Git worktree shows no date instead of failing.
    experimental_vcs: createResilientGitVcs(),
  },

  customFields: {
    /** Read by the "Was this article helpful?" control to prefill a GitHub issue. */
    repoUrl,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  markdown: {
    mermaid: true,
    // `future.v4` turns the MDX 1 compatibility layer off; keep only the explicit heading-ID
    // syntax `## Heading {#anchor}` that every page (and the code registry's links) rely on.
    mdx1Compat: { comments: false, admonitions: false, headingIds: true },
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
    parseFrontMatter: async (params) => {
      const result = await params.defaultParseFrontMatter(params);
      validateDocFrontMatter(params.filePath, result.frontMatter);
      return result;
    },
  },

  themes: ['@docusaurus/theme-mermaid', ...search.themes],
  // Scrolls to the heading of a shared widget link (`#heading&cfg=…`); a few hundred bytes.
  clientModules: ['./src/clientModules/anchorBesideState.ts'],
  plugins: [
    ...search.plugins,
    // build/llms.txt and a Markdown copy of every doc at build/<route>.md
    [pluginLlmsTxt, {} satisfies LlmsTxtOptions],
    // build/robots.txt with the absolute sitemap address (SEO)
    pluginRobotsTxt,
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          editUrl: `${repoUrl}/edit/main/`,
          showLastUpdateTime: true,
          breadcrumbs: true,
          remarkPlugins: [remarkFaqStructuredData, remarkErrorCatalogTables],
          rehypePlugins: [rehypeFocusableTables],
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          changefreq: 'weekly',
          priority: 0.5,
        },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    ...search.themeConfig,
    metadata: [
      {
        name: 'keywords',
        content: siteKeywords,
      },
    ],
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {
        hideable: true,
        autoCollapseCategories: false,
      },
    },
    navbar: {
      title: 'Allegro KB',
      logo: {
        alt: 'Aria Allegro knowledge base',
        src: 'img/logo.svg',
      },
      items: [
        { type: 'doc', docId: 'faq/index', label: 'FAQ', position: 'left' },
        { type: 'doc', docId: 'architecture/index', label: 'Architecture', position: 'left' },
        { type: 'doc', docId: 'errors/index', label: 'Errors & reprocessing', position: 'left' },
        { type: 'doc', docId: 'configuration/index', label: 'Configuration', position: 'left' },
        { type: 'doc', docId: 'tools/index', label: 'Tools', position: 'left' },
        { type: 'doc', docId: 'reference/index', label: 'Reference', position: 'left' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Learn',
          items: [
            { label: 'FAQ', to: '/docs/faq' },
            { label: 'Architecture', to: '/docs/architecture' },
            { label: 'Configuration', to: '/docs/configuration' },
          ],
        },
        {
          title: 'Fix',
          items: [
            { label: 'Errors & reprocessing', to: '/docs/errors' },
            { label: 'Tools', to: '/docs/tools' },
            { label: 'Reference', to: '/docs/reference' },
          ],
        },
      ],
      copyright:
        'An independent knowledge base about Aria Allegro. Product names belong to their owners. Built with Docusaurus.',
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      additionalLanguages: ['json', 'yaml', 'bash'],
    },
    mermaid: {
      theme: { light: 'neutral', dark: 'dark' },
    },
  } satisfies Preset.ThemeConfig,
};

export default config satisfies Config;
