/**
 * MDX page source -> plain Markdown a language model (or a person with `curl`) can read.
 *
 * The source is parsed only to find what to cut; everything else is copied byte for byte, so
 * tables, lists and code keep the writer's formatting. Removed or replaced:
 * - front matter, `import`/`export` lines and `{expressions}` (a string literal keeps its text);
 * - the `{#anchor}` suffix of headings;
 * - widgets (capitalised JSX components) become one sentence pointing at the web page;
 * - HTML-like JSX (`<details>`, `<abbr>` …) and `<Tabs>`/`<TabItem>` keep their text, lose the tags;
 * - admonitions (`:::note Title`) become a bold label line;
 * - site-relative links become absolute URLs.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import {
  escapeClassicHeadingIds,
  normalizeWhitespace,
  parseMdx,
  plainText,
  walk,
} from '../mdx-source';

export type DocPageInfo = {
  title: string;
  description: string;
  /** Absolute URL of the HTML page. */
  url: string;
  /** Site origin (and base URL), no trailing slash, used to absolutise `/docs/...` links. */
  siteUrl: string;
};

type Edit = { start: number; end: number; text: string };

/** JSX elements whose text is content: keep the children, drop the tags. */
const TRANSPARENT_COMPONENTS = new Set(['Tabs', 'TabItem', 'Details', 'Admonition']);
/** JSX elements that carry no reader-facing content. */
const DROPPED_COMPONENTS = new Set(['Head', 'head', 'script', 'style']);

function isHtmlLikeName(name: string): boolean {
  return /^[a-z]/.test(name);
}

function widgetSentence(name: string, url: string): string {
  return `_(Interactive tool "${name}": open ${url} in a browser to use it.)_`;
}

function offsets(node: Nodes): { start: number; end: number } | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : { start, end };
}

/** Edits that remove a JSX element's opening and closing tags but keep its children. */
function unwrapEdits(element: MdxJsxFlowElement | MdxJsxTextElement): Edit[] {
  const outer = offsets(element);
  if (!outer) return [];
  const first = element.children[0];
  const last = element.children.at(-1);
  const firstOffsets = first ? offsets(first) : null;
  const lastOffsets = last ? offsets(last) : null;
  if (!firstOffsets || !lastOffsets) return [{ ...outer, text: '' }];
  return [
    { start: outer.start, end: firstOffsets.start, text: '' },
    { start: lastOffsets.end, end: outer.end, text: '' },
  ];
}

function stringLiteralOf(node: Nodes): string | null {
  if (node.type !== 'mdxTextExpression' && node.type !== 'mdxFlowExpression') return null;
  const statement = node.data?.estree?.body[0];
  if (statement?.type !== 'ExpressionStatement') return null;
  const expression = statement.expression;
  return expression.type === 'Literal' && typeof expression.value === 'string'
    ? expression.value
    : null;
}

function absoluteUrl(url: string, siteUrl: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? `${siteUrl}${url}` : url;
}

function collectEdits(tree: Root, source: string, page: DocPageInfo): Edit[] {
  const edits: Edit[] = [];
  walk(tree, (node) => {
    const range = offsets(node);
    if (!range) return undefined;
    switch (node.type) {
      case 'yaml':
      case 'mdxjsEsm':
        edits.push({ ...range, text: '' });
        return 'skip';
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        edits.push({ ...range, text: stringLiteralOf(node) ?? '' });
        return 'skip';
      case 'heading': {
        const slice = source.slice(range.start, range.end);
        const match = /[ \t]*\\\{#[^{}]*\}[ \t]*$/.exec(slice);
        if (match) {
          edits.push({ start: range.start + match.index, end: range.end, text: '' });
        }
        return undefined;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (DROPPED_COMPONENTS.has(name)) {
          edits.push({ ...range, text: '' });
          return 'skip';
        }
        if (name === '' || isHtmlLikeName(name) || TRANSPARENT_COMPONENTS.has(name)) {
          edits.push(...unwrapEdits(node));
          return undefined;
        }
        edits.push({ ...range, text: widgetSentence(name, page.url) });
        return 'skip';
      }
      case 'containerDirective': {
        // `:::note[Optional title]` … `:::` -> "**Note: Optional title**" … (closing fence removed).
        // Edits inside the opening line (a link in the title) fall inside this one and are dropped.
        const slice = source.slice(range.start, range.end);
        const openEnd = slice.indexOf('\n');
        const closeStart = slice.lastIndexOf('\n');
        if (openEnd === -1 || closeStart <= openEnd) return undefined;
        if (!/^\s*:{3,}\s*$/.test(slice.slice(closeStart + 1))) return undefined;
        const labelNode = node.children[0];
        const label =
          labelNode?.type === 'paragraph' && labelNode.data?.directiveLabel
            ? normalizeWhitespace(plainText(labelNode))
            : '';
        const kind = node.name.charAt(0).toUpperCase() + node.name.slice(1);
        const heading = label ? `**${kind}: ${label}**` : `**${kind}:**`;
        edits.push({ start: range.start, end: range.start + openEnd, text: heading });
        edits.push({ start: range.start + closeStart, end: range.end, text: '' });
        return undefined;
      }
      case 'link':
      case 'definition': {
        if (!node.url.startsWith('/') || node.url.startsWith('//')) return undefined;
        const slice = source.slice(range.start, range.end);
        const at = slice.lastIndexOf(node.url);
        if (at !== -1) {
          edits.push({
            start: range.start + at,
            end: range.start + at + node.url.length,
            text: absoluteUrl(node.url, page.siteUrl),
          });
        }
        return undefined;
      }
      default:
        return undefined;
    }
  });
  return edits;
}

/** Applies non-overlapping edits; an edit nested in an earlier one is dropped with it. */
function applyEdits(source: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  let output = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue;
    output += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return output + source.slice(cursor);
}

/** Removes the blank lines left behind by removed imports and tags. */
function tidy(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : line.replace(/[ \t]+$/, '')))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The Markdown copy of one doc page: title, description, a line saying where the page lives,
 * then the body.
 */
export async function mdxToMarkdown(source: string, page: DocPageInfo): Promise<string> {
  const escaped = escapeClassicHeadingIds(source);
  const tree = await parseMdx(source);
  const edits = collectEdits(tree, escaped, page);

  // The page title is written by us; drop the body's own H1 when it opens the page.
  const firstContent = tree.children.find(
    (node) => node.type !== 'yaml' && node.type !== 'mdxjsEsm',
  );
  if (firstContent?.type === 'heading' && firstContent.depth === 1) {
    const range = offsets(firstContent);
    if (range) edits.push({ ...range, text: '' });
  }

  const body = tidy(applyEdits(escaped, edits));
  const header = [`# ${page.title}`, '', `> ${page.description}`, '', `Web page: ${page.url}`];
  return `${header.join('\n')}\n\n${body}\n`;
}
