/**
 * Remark plugin: FAQ pages publish their questions as schema.org `FAQPage` structured data.
 *
 * It runs after Docusaurus' own remark plugins, so heading ids are already resolved and the
 * `{#anchor}` suffix is gone from the heading text. For every question heading (an H2 whose text
 * ends with "?") it takes the answer's opening paragraphs as plain text, builds the JSON-LD, and
 * appends `<Head><script type="application/ld+json">…</script></Head>` to the page. Docusaurus
 * moves `<Head>` children into the document head at render time, so the data lands in the
 * static HTML without any client-side code.
 */
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { headingText, normalizeWhitespace, plainText } from '../mdx-source';

export type FaqStructuredDataOptions = {
  /** Which source files are FAQ pages. Default: docs under `docs/faq/`, except index pages. */
  isFaqPage?: (filePath: string) => boolean;
  /** Heading depths that can hold a question. Default: `[2]` (H2). */
  questionDepths?: readonly number[];
};

export type FaqEntry = {
  question: string;
  /** Plain text (no markup) of the answer's opening paragraph(s). */
  answer: string;
  /** The heading's anchor, when known. */
  anchor: string | undefined;
};

/** Docs under docs/faq/ (any depth) are FAQ pages, except index pages and `_partials`. */
export function isFaqDocPath(filePath: string): boolean {
  const normalized = filePath.replace(/\\/g, '/');
  if (!/(^|\/)docs\/faq\//.test(normalized)) return false;
  const base = normalized.split('/').pop() ?? '';
  return /\.mdx?$/.test(base) && !/^index\.mdx?$/.test(base) && !base.startsWith('_');
}

function isQuestionHeading(node: RootContent, depths: readonly number[]): node is Heading {
  return (
    node.type === 'heading' && depths.includes(node.depth) && headingText(node).text.endsWith('?')
  );
}

/** Text of the blocks that answer a question; code, imports and expressions are skipped. */
function answerText(blocks: readonly RootContent[]): string {
  const paragraphs: string[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph') break;
    paragraphs.push(normalizeWhitespace(plainText(block)));
  }
  if (paragraphs.length > 0) return paragraphs.filter(Boolean).join(' ');
  // The answer opens with a list, a table or an admonition: use the first block that has words.
  for (const block of blocks) {
    const text = normalizeWhitespace(plainText(block as Nodes));
    if (text) return text;
  }
  return '';
}

/**
 * The questions of a page with their answers. Only top-level headings count: a question inside
 * an admonition or a JSX block is not a section of the page.
 */
export function extractFaqEntries(root: Root, questionDepths: readonly number[] = [2]): FaqEntry[] {
  const entries: FaqEntry[] = [];
  const children = root.children;
  children.forEach((node, index) => {
    if (!isQuestionHeading(node, questionDepths)) return;
    const blocks: RootContent[] = [];
    for (const next of children.slice(index + 1)) {
      if (next.type === 'heading') break;
      blocks.push(next);
    }
    const answer = answerText(blocks);
    if (!answer) return;
    const { text, id } = headingText(node);
    const resolvedId = node.data && 'id' in node.data ? node.data.id : undefined;
    entries.push({
      question: text,
      answer,
      anchor: id ?? (typeof resolvedId === 'string' ? resolvedId : undefined),
    });
  });
  return entries;
}

export type FaqPageJsonLd = {
  '@context': 'https://schema.org';
  '@type': 'FAQPage';
  mainEntity: {
    '@type': 'Question';
    name: string;
    acceptedAnswer: { '@type': 'Answer'; text: string };
  }[];
};

export function buildFaqPageJsonLd(entries: readonly FaqEntry[]): FaqPageJsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}

/**
 * JSON for an inline `<script>`: `<`, `>` and `&` become unicode escapes so that text such as
 * `</script>` in an answer cannot end the script element; U+2028/U+2029 are escaped because
 * older JavaScript parsers treat them as line ends. The result is still valid JSON.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The `<Head>` element (resolved from the MDX components) holding the JSON-LD script. */
export function jsonLdHeadNode(json: string): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'Head',
    attributes: [],
    children: [
      {
        type: 'mdxJsxFlowElement',
        name: 'script',
        attributes: [{ type: 'mdxJsxAttribute', name: 'type', value: 'application/ld+json' }],
        // A plain text child becomes a JSX string literal: no MDX escaping rules apply to it.
        children: [
          { type: 'text', value: json } as unknown as MdxJsxFlowElement['children'][number],
        ],
      },
    ],
  };
}

const remarkFaqStructuredData: Plugin<[FaqStructuredDataOptions?], Root> = (options = {}) => {
  const isFaqPage = options.isFaqPage ?? isFaqDocPath;
  const depths = options.questionDepths ?? [2];
  return (root: Root, file: VFile) => {
    if (!file.path || !isFaqPage(file.path)) return;
    const entries = extractFaqEntries(root, depths);
    if (entries.length === 0) return;
    root.children.push(jsonLdHeadNode(serializeJsonLd(buildFaqPageJsonLd(entries))));
  };
};

export default remarkFaqStructuredData;
