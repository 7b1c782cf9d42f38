/**
 * Reading the docs' MDX source outside the Docusaurus pipeline: the llms.txt plugin turns it into
 * plain Markdown and the content tests inspect headings, prose and links.
 *
 * The parser mirrors what Docusaurus does for `.mdx` files (MDX 3 + GFM + front matter +
 * directives for admonitions). Classic heading ids (`## Title {#id}`) are escaped first, exactly
 * like Docusaurus does with `markdown.mdx1Compat.headingIds`, because MDX 3 would otherwise read
 * `{#id}` as a JavaScript expression. Escaping adds one character on a heading line and never a
 * line, so node line numbers still match the file on disk.
 */
import type { Heading, Nodes, Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import type {} from 'mdast-util-directive';
import type {} from 'mdast-util-frontmatter';

/** Matches a classic explicit heading id at the end of a heading's text: ` {#my-id}`. */
const HEADING_ID_SUFFIX = /\s*\\?\{#([^{}]+)\}\s*$/;

/**
 * Escapes `{#id}` on ATX heading lines (outside fenced code) so MDX reads it as text.
 * Returns the escaped source; line count is unchanged.
 */
export function escapeClassicHeadingIds(source: string): string {
  let fence: string | null = null;
  return source
    .split('\n')
    .map((line) => {
      const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (fenceMatch?.[1]) {
        const marker = fenceMatch[1];
        if (fence === null) fence = marker;
        else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        return line;
      }
      if (fence !== null || !/^\s{0,3}#{1,6}\s/.test(line)) return line;
      return line.replace(/(^|[^\\])\{#/, '$1\\{#');
    })
    .join('\n');
}

/** Splits `Question? {#anchor}` into its visible text and its explicit id (if any). */
export function splitHeadingId(text: string): { text: string; id: string | undefined } {
  const match = HEADING_ID_SUFFIX.exec(text);
  if (!match) return { text: text.trim(), id: undefined };
  return { text: text.slice(0, match.index).trim(), id: match[1]?.trim() };
}

const BLOCK_CONTAINERS = new Set<string>([
  'root',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'mdxJsxFlowElement',
  'containerDirective',
  'leafDirective',
  'footnoteDefinition',
]);

/** Parses MDX source (front matter included) into an mdast tree with positions. */
export async function parseMdx(source: string): Promise<Root> {
  const [
    { unified },
    { default: remarkParse },
    { default: remarkMdx },
    gfm,
    frontmatter,
    directive,
  ] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-mdx'),
    import('remark-gfm'),
    import('remark-frontmatter'),
    import('remark-directive'),
  ]);
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(gfm.default)
    .use(frontmatter.default, ['yaml'])
    .use(directive.default);
  const tree = processor.parse(escapeClassicHeadingIds(source));
  return (await processor.run(tree)) as Root;
}

/**
 * The words a reader sees in a node: text, inline code, link and emphasis text, image alt text,
 * JSX children. Expressions, imports, HTML, JSX attributes and code blocks contribute nothing.
 */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    case 'code':
    case 'html':
    case 'yaml':
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'definition':
      return '';
    default:
      break;
  }
  if ('children' in node) {
    const parts = (node.children as Nodes[]).map(plainText);
    // Children of a block container (list items, table cells, paragraphs) are separate runs of
    // text; children of a phrasing node (emphasis, link, inline JSX) continue the same run.
    return parts.join(BLOCK_CONTAINERS.has(node.type) ? ' ' : '');
  }
  return '';
}

/** Collapses runs of whitespace so extracted text reads as one line. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A heading's visible text without its `{#id}` suffix, plus the explicit id. */
export function headingText(heading: Heading): { text: string; id: string | undefined } {
  return splitHeadingId(normalizeWhitespace(plainText(heading)));
}

/** Depth-first walk in document order; return `'skip'` from the visitor to skip a subtree. */
export function walk(
  node: Nodes,
  visitor: (node: Nodes, ancestors: readonly Nodes[]) => 'skip' | void,
  ancestors: Nodes[] = [],
): void {
  if (visitor(node, ancestors) === 'skip') return;
  if (!('children' in node)) return;
  ancestors.push(node);
  for (const child of node.children as Nodes[]) walk(child, visitor, ancestors);
  ancestors.pop();
}
