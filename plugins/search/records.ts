/**
 * DocSearch-shaped Algolia records built from our own production HTML (node-only).
 *
 * The DocSearch frontend (@docusaurus/theme-search-algolia) expects the record shape of the
 * DocSearch crawler: a hierarchy lvl0..lvl6, an optional content line, url/anchor, a `type`
 * that says which level the record stands for, and the `language` / `docusaurus_tag` facets
 * that contextual search filters on. We produce that shape from build/ ourselves, so no
 * crawler needs to reach the site.
 *
 * Mapping: lvl0 = the doc's section (first breadcrumb), lvl1 = the page title (h1),
 * lvl2..lvl6 = h2..h6. Each paragraph, list item, table row or code block becomes one
 * content record under the nearest heading, with that heading's anchor.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export const LEVELS = ['lvl0', 'lvl1', 'lvl2', 'lvl3', 'lvl4', 'lvl5', 'lvl6'] as const;
export type Level = (typeof LEVELS)[number];
export type Hierarchy = Record<Level, string | null>;

export interface DocSearchRecord {
  objectID: string;
  hierarchy: Hierarchy;
  content: string | null;
  url: string;
  url_without_anchor: string;
  anchor: string | null;
  type: Level | 'content';
  language: string;
  docusaurus_tag: string;
  version: string | null;
  /** Ranking hints in the crawler's format: headings above content, earlier above later. */
  weight: { pageRank: number; level: number; position: number };
}

/** Algolia rejects records above 10 KB on most plans; we keep a margin. */
export const MAX_RECORD_BYTES = 9 * 1024;

/** Section name for pages outside any breadcrumb section. */
const DEFAULT_LVL0 = 'Documentation';

/** Never content: navigation chrome, anchors, icons, widgets' controls. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'nav',
  'footer',
  'form',
  'input',
  'select',
  'textarea',
]);
const SKIPPED_CLASSES = ['hash-link', 'theme-doc-toc-mobile', 'theme-edit-this-page'];

/** Elements that end a line of text; everything else is inline. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'dialog',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** Blocks read as one piece of text (a table row is one record, cells joined). */
const LEAF_BLOCKS = new Set(['pre', 'tr']);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function hasClass(element: Element, name: string): boolean {
  return (attribute(element, 'class') ?? '').split(/\s+/).includes(name);
}

function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  if (attribute(element, 'aria-hidden') === 'true') return true;
  return SKIPPED_CLASSES.some((name) => hasClass(element, name));
}

function childrenOf(node: Node): Node[] {
  if (isElement(node) && node.tagName === 'template') return [];
  return 'childNodes' in node ? node.childNodes : [];
}

function findFirst(node: Node, test: (element: Element) => boolean): Element | undefined {
  if (isElement(node) && test(node)) return node;
  for (const child of childrenOf(node)) {
    const found = findFirst(child, test);
    if (found) return found;
  }
  return undefined;
}

function findAll(node: Node, test: (element: Element) => boolean, into: Element[] = []): Element[] {
  if (isElement(node) && test(node)) into.push(node);
  for (const child of childrenOf(node)) findAll(child, test, into);
  return into;
}

function clean(text: string): string {
  return text
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Visible text of a subtree, skipping chrome; blocks and cells are separated. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!isElement(node)) return childrenOf(node).map(textOf).join('');
  if (isSkipped(node)) return '';
  if (node.tagName === 'br') return ' ';
  if (node.tagName === 'tr') {
    return childrenOf(node)
      .map((cell) => clean(textOf(cell)))
      .filter((cell) => cell.length > 0)
      .join(' | ');
  }
  const inner = childrenOf(node).map(textOf).join('');
  return BLOCK_TAGS.has(node.tagName) ? ` ${inner} ` : inner;
}

type Block =
  | { kind: 'heading'; level: number; id: string | null; text: string }
  | { kind: 'text'; text: string };

/** The markdown body as a flat list of headings and text blocks, in document order. */
function blocksOf(root: Node): Block[] {
  const blocks: Block[] = [];
  let run = '';
  const flush = () => {
    const text = clean(run);
    if (text) blocks.push({ kind: 'text', text });
    run = '';
  };
  const visit = (node: Node) => {
    if (node.nodeName === '#text') {
      run += (node as DefaultTreeAdapterMap['textNode']).value;
      return;
    }
    if (!isElement(node)) return;
    if (isSkipped(node)) return;
    const heading = /^h([1-6])$/.exec(node.tagName);
    if (heading) {
      flush();
      blocks.push({
        kind: 'heading',
        level: Number(heading[1]),
        id: attribute(node, 'id') ?? null,
        text: clean(textOf(node)),
      });
      return;
    }
    if (!BLOCK_TAGS.has(node.tagName)) {
      run += textOf(node);
      return;
    }
    flush();
    if (LEAF_BLOCKS.has(node.tagName)) {
      run = textOf(node);
      flush();
      return;
    }
    for (const child of childrenOf(node)) visit(child);
    flush();
  };
  visit(root);
  flush();
  return blocks;
}

function metaContent(document: Node, name: string): string | undefined {
  const meta = findFirst(
    document,
    (element) => element.tagName === 'meta' && attribute(element, 'name') === name,
  );
  return meta ? attribute(meta, 'content') : undefined;
}

function byteSize(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/** Size of a string once JSON-encoded, without its two quotes (sizes of parts then add up). */
function encodedSize(text: string): number {
  return byteSize(text) - 2;
}

/**
 * Splits text at word boundaries into pieces whose JSON-encoded size (quotes included) stays
 * within the budget. Pieces joined with single spaces give back the text.
 */
export function splitContent(text: string, maxContentBytes: number): string[] {
  const budget = maxContentBytes - 2;
  if (encodedSize(text) <= budget) return [text];
  const pieces: string[] = [];
  let current = '';
  let currentSize = 0;
  for (const word of text.split(' ')) {
    const wordSize = encodedSize(word);
    const joinedSize = current ? currentSize + 1 + wordSize : wordSize;
    if (joinedSize <= budget) {
      current = current ? `${current} ${word}` : word;
      currentSize = joinedSize;
      continue;
    }
    if (current) pieces.push(current);
    // A single word longer than the budget (a minified blob in a code block) is cut hard.
    let rest = word;
    while (encodedSize(rest) > budget) {
      let cut = 0;
      let size = 0;
      for (const character of rest) {
        const next = encodedSize(character);
        if (size + next > budget) break;
        size += next;
        cut += character.length;
      }
      pieces.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
    currentSize = encodedSize(rest);
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Stable id: the same page, anchor and position give the same id on every push. */
export function recordId(url: string, anchor: string | null, position: number): string {
  return createHash('sha256')
    .update(`${url}#${anchor ?? ''}@${position}`)
    .digest('hex')
    .slice(0, 32);
}

export interface PageInput {
  html: string;
  /** Absolute page URL without anchor; when omitted, the page's canonical link is used. */
  url?: string;
}

/** Records of one built page; [] for pages without a doc body (tag lists, 404, search). */
export function recordsFromHtml({ html, url }: PageInput): DocSearchRecord[] {
  const document = parse(html);
  const body = findFirst(document, (element) => hasClass(element, 'theme-doc-markdown'));
  if (!body) return [];
  if ((metaContent(document, 'robots') ?? '').includes('noindex')) return [];

  const canonical = findFirst(
    document,
    (element) => element.tagName === 'link' && attribute(element, 'rel') === 'canonical',
  );
  const pageUrl = url ?? (canonical ? attribute(canonical, 'href') : undefined);
  if (!pageUrl) throw new Error('page has no canonical URL; pass the URL explicitly');
  const htmlElement = findFirst(document, (element) => element.tagName === 'html');
  const language =
    metaContent(document, 'docsearch:language') ??
    (htmlElement ? attribute(htmlElement, 'lang') : undefined) ??
    'en';
  const docusaurusTag =
    metaContent(document, 'docsearch:docusaurus_tag') ??
    metaContent(document, 'docusaurus_tag') ??
    'default';
  const version = metaContent(document, 'docsearch:version') ?? null;

  const breadcrumbs = findAll(document, (element) => hasClass(element, 'breadcrumbs__item'))
    .filter(
      (item) => !findFirst(item, (element) => attribute(element, 'aria-label') === 'Home page'),
    )
    .map((item) => clean(textOf(item)))
    .filter((text) => text.length > 0);

  const hierarchy: Hierarchy = {
    lvl0: breadcrumbs.length > 1 ? (breadcrumbs[0] ?? DEFAULT_LVL0) : DEFAULT_LVL0,
    lvl1: null,
    lvl2: null,
    lvl3: null,
    lvl4: null,
    lvl5: null,
    lvl6: null,
  };
  let anchor: string | null = null;
  let position = 0;
  const records: DocSearchRecord[] = [];

  const makeRecord = (type: Level | 'content', content: string | null): DocSearchRecord => {
    const level = type === 'content' ? 0 : Math.min(100, 100 - 10 * (LEVELS.indexOf(type) - 1));
    return {
      objectID: recordId(pageUrl, anchor, position),
      hierarchy: { ...hierarchy },
      content,
      url: anchor ? `${pageUrl}#${anchor}` : pageUrl,
      url_without_anchor: pageUrl,
      anchor,
      type,
      language,
      docusaurus_tag: docusaurusTag,
      version,
      weight: { pageRank: 0, level, position },
    };
  };
  const push = (type: Level | 'content', content: string | null) => {
    records.push(makeRecord(type, content));
    position += 1;
  };

  for (const block of blocksOf(body)) {
    if (block.kind === 'heading') {
      const level = LEVELS[block.level] ?? 'lvl6';
      hierarchy[level] = block.text;
      for (const deeper of LEVELS.slice(block.level + 1)) hierarchy[deeper] = null;
      anchor = block.level === 1 ? null : block.id;
      push(level, null);
      continue;
    }
    // The content budget is what a record with empty content leaves free.
    const overhead = byteSize(makeRecord('content', ''));
    for (const piece of splitContent(block.text, MAX_RECORD_BYTES - overhead - 64)) {
      push('content', piece);
    }
  }
  return records;
}

/** Every built HTML file under a directory, sorted for a deterministic order. */
export function htmlFiles(directory: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) files.push(full);
    }
  };
  walk(directory);
  return files.sort();
}

/** Records for a whole build directory (docs pages only). */
export function recordsFromBuild(buildDir: string): DocSearchRecord[] {
  if (!fs.existsSync(buildDir)) {
    throw new Error(`No build at ${buildDir}. Run "npm run build" first.`);
  }
  return htmlFiles(buildDir).flatMap((file) =>
    recordsFromHtml({ html: fs.readFileSync(file, 'utf8') }),
  );
}
