/**
 * Docusaurus plugin: after the build, write `llms.txt` (https://llmstxt.org) and a plain Markdown
 * copy of every doc page next to its HTML, at `<route>.md`.
 *
 * llms.txt lists the docs section by section in sidebar order (the sidebar's top-level
 * categories become the sections), each entry linking to the page's Markdown copy with the
 * page's description. Both are built from the docs plugin's loaded content, so they always agree
 * with the sidebar and the sitemap.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent, LoadedVersion } from '@docusaurus/plugin-content-docs';
import { mdxToMarkdown } from './markdown';

export type LlmsTxtOptions = {
  /** Id of the docs plugin instance to read. Default: `default`. */
  docsPluginId?: string;
  /** The paragraph under the title. Default: the site tagline. */
  summary?: string;
  /** Extra paragraphs after the summary (Markdown). */
  details?: string;
};

export type LlmsDoc = {
  title: string;
  description: string;
  /** Route of the HTML page, with base URL: `/docs/faq/pooling`. */
  permalink: string;
};

export type LlmsSection = { title: string; docs: LlmsDoc[] };

type SidebarItem = LoadedVersion['sidebars'][string][number];

/** Route of a page's Markdown copy: `/docs/faq` -> `/docs/faq.md`, `/` -> `/index.md`. */
export function markdownCopyRoute(permalink: string): string {
  const trimmed = permalink.replace(/\/+$/, '');
  return trimmed === '' ? '/index.md' : `${trimmed}.md`;
}

function docIdsIn(items: readonly SidebarItem[]): string[] {
  return items.flatMap((item): string[] => {
    if (item.type === 'doc' || item.type === 'ref') return [item.id];
    if (item.type === 'category') {
      const linked = item.link?.type === 'doc' ? [item.link.id] : [];
      return [...linked, ...docIdsIn(item.items)];
    }
    return [];
  });
}

/**
 * Groups a version's docs into sections in sidebar order: one per top-level sidebar item (a
 * category's label, or a top-level doc's label or title, is the section title), and a last one
 * for docs that are in no sidebar.
 */
export function sectionsFromVersion(version: LoadedVersion): LlmsSection[] {
  const byId = new Map(version.docs.map((doc) => [doc.id, doc]));
  const listed = new Set<string>();
  const sections: LlmsSection[] = [];
  const take = (ids: readonly string[]): LlmsDoc[] =>
    ids.flatMap((id) => {
      const doc = byId.get(id);
      if (!doc || listed.has(id)) return [];
      listed.add(id);
      return [{ title: doc.title, description: doc.description, permalink: doc.permalink }];
    });

  for (const sidebar of Object.values(version.sidebars)) {
    for (const item of sidebar) {
      const docs = take(docIdsIn([item]));
      if (docs.length === 0) continue;
      // A top-level doc (a section with only its landing page) is a section of its own.
      const label = 'label' in item ? item.label : undefined;
      const title = label ?? docs[0]?.title ?? '';
      sections.push({ title, docs });
    }
  }
  const unlisted = take(version.docs.map((doc) => doc.id));
  if (unlisted.length > 0) sections.push({ title: 'Other pages', docs: unlisted });
  return sections;
}

/** One line of llms.txt for the description: no line breaks, no trailing space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function renderLlmsTxt(args: {
  title: string;
  summary: string;
  details?: string;
  siteUrl: string;
  sections: readonly LlmsSection[];
}): string {
  const lines = [`# ${args.title}`, '', `> ${oneLine(args.summary)}`, ''];
  if (args.details) lines.push(args.details.trim(), '');
  for (const section of args.sections) {
    lines.push(`## ${section.title}`, '');
    for (const doc of section.docs) {
      const url = `${args.siteUrl}${markdownCopyRoute(doc.permalink)}`;
      const description = oneLine(doc.description);
      lines.push(`- [${doc.title}](${url})${description ? `: ${description}` : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const DEFAULT_DETAILS =
  'Each link points to a plain Markdown copy of a page; the same address without `.md` is the ' +
  'web page. Interactive checkers and simulators appear in the copies as a sentence that links ' +
  'to the web page.';

function readOptions(raw: unknown): LlmsTxtOptions {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object') throw new Error('llms-txt: options must be an object.');
  const options = raw as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (!['docsPluginId', 'summary', 'details', 'id'].includes(key)) {
      throw new Error(`llms-txt: unknown option "${key}".`);
    }
    if (key !== 'id' && typeof options[key] !== 'string') {
      throw new Error(`llms-txt: option "${key}" must be a string.`);
    }
  }
  return options as LlmsTxtOptions;
}

/** Docusaurus passes options as `unknown`; they are checked here, typed in the config. */
export default function pluginLlmsTxt(context: LoadContext, rawOptions: unknown): Plugin {
  const options = readOptions(rawOptions);
  const docsPluginId = options.docsPluginId ?? 'default';
  return {
    name: 'allegro-llms-txt',
    async postBuild({ plugins, outDir, siteConfig }) {
      const docsPlugin = plugins.find(
        (plugin) =>
          plugin.name === 'docusaurus-plugin-content-docs' &&
          (plugin.options.id ?? 'default') === docsPluginId,
      );
      const content = docsPlugin?.content as LoadedContent | undefined;
      const version = content?.loadedVersions[0];
      if (!version) {
        throw new Error(`llms-txt: no docs found for docs plugin id "${docsPluginId}".`);
      }
      const origin = siteConfig.url.replace(/\/+$/, '');
      const baseUrl = siteConfig.baseUrl;
      // Permalinks include the base URL; the output directory is the base URL's root.
      const fileFor = (route: string) =>
        path.join(outDir, route.startsWith(baseUrl) ? route.slice(baseUrl.length) : route);

      await Promise.all(
        version.docs.map(async (doc) => {
          const source = await readFile(
            path.join(context.siteDir, doc.source.replace(/^@site\//, '')),
            'utf8',
          );
          const markdown = await mdxToMarkdown(source, {
            title: doc.title,
            description: doc.description,
            url: `${origin}${doc.permalink}`,
            siteUrl: `${origin}${baseUrl.replace(/\/$/, '')}`,
          });
          const file = fileFor(markdownCopyRoute(doc.permalink));
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, markdown);
        }),
      );

      const llmsTxt = renderLlmsTxt({
        title: siteConfig.title,
        summary: options.summary ?? siteConfig.tagline,
        details: options.details ?? DEFAULT_DETAILS,
        siteUrl: origin,
        sections: sectionsFromVersion(version),
      });
      await writeFile(path.join(outDir, 'llms.txt'), llmsTxt);
    },
  };
}
