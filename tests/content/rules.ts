/**
 * Editorial rules for the docs, as pure functions over MDX source. The content tests run them over
 * docs/ on disk; tests/unit/content-rules.test.ts pins down each rule on small examples.
 *
 * Every problem names the file and line, so a failing test reads like a to-do list:
 * `docs/faq/pooling.mdx:42: first use of glossary term "allowance" ...`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import { headingText, parseMdx, walk } from '../../plugins/mdx-source';

export type DocFile = {
  /** Path relative to the site root, with forward slashes: `docs/faq/pooling.mdx`. */
  file: string;
  source: string;
  tree: Root;
};

/** FAQ topics from the project brief, each with the page that must answer it. */
export const FAQ_TOPIC_PAGES: Readonly<Record<string, string>> = {
  'deployment model': 'docs/faq/deployment-model.mdx',
  'usage ingestion': 'docs/faq/usage-ingestion.mdx',
  'file handling': 'docs/faq/file-handling.mdx',
  'pricing and rating': 'docs/faq/pricing-and-rating.mdx',
  pooling: 'docs/faq/pooling.mdx',
  'balance management': 'docs/faq/balance-management.mdx',
  'core Aria and multi-tenant': 'docs/faq/core-aria-and-multi-tenancy.mdx',
  'roadmap dependencies': 'docs/faq/roadmap-dependencies.mdx',
  'configuration requirements': 'docs/faq/configuration-requirements.mdx',
  'dates, tiers and rounding': 'docs/faq/dates-tiers-and-rounding.mdx',
  'future features': 'docs/faq/future-features.mdx',
};

export const GLOSSARY_FILE = 'docs/reference/glossary.mdx';

/** Pages generated from code: prose length and glossary links are the generator's business. */
export const GENERATED_PAGES: ReadonlySet<string> = new Set(['docs/reference/issue-codes.mdx']);

export const MIN_PROSE_WORDS = 150;

/** All .md/.mdx docs under `docsDir`, partials (`_name.mdx`) excluded, sorted by path. */
export async function loadDocs(siteDir: string, docsDir = 'docs'): Promise<DocFile[]> {
  const root = path.join(siteDir, docsDir);
  const files = (readdirSync(root, { recursive: true }) as string[])
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => /\.mdx?$/.test(name) && !name.split('/').pop()?.startsWith('_'))
    .sort();
  return Promise.all(
    files.map((name) => {
      const file = `${docsDir}/${name}`;
      return docFromSource(file, readFileSync(path.join(siteDir, file), 'utf8'));
    }),
  );
}

export async function docFromSource(file: string, source: string): Promise<DocFile> {
  return { file, source, tree: await parseMdx(source) };
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 0;
}

/** Question headings (H2/H3 ending in "?") must carry an explicit `{#anchor}`. */
export function questionHeadingsWithoutAnchor(doc: DocFile): string[] {
  const problems: string[] = [];
  walk(doc.tree, (node) => {
    if (node.type !== 'heading') return undefined;
    if (node.depth === 2 || node.depth === 3) {
      const { text, id } = headingText(node);
      if (text.endsWith('?') && !id) {
        problems.push(
          `${doc.file}:${lineOf(node)}: question heading "${text}" has no explicit anchor; ` +
            'write it as `## Question? {#stable-anchor}`',
        );
      }
    }
    return 'skip';
  });
  return problems;
}

/**
 * Words of prose: paragraphs, lists, tables, quotes, admonitions and the text inside JSX
 * elements. Front matter, imports, code blocks, headings, expressions and JSX attributes are
 * not prose.
 */
export function proseWordCount(tree: Root): number {
  let words = 0;
  walk(tree, (node) => {
    if (node.type === 'heading' || node.type === 'code' || node.type === 'yaml') return 'skip';
    if (node.type === 'text' || node.type === 'inlineCode') {
      words += node.value.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
    }
    return undefined;
  });
  return words;
}

export function tooShort(doc: DocFile, minimum = MIN_PROSE_WORDS): string[] {
  if (GENERATED_PAGES.has(doc.file)) return [];
  const words = proseWordCount(doc.tree);
  return words >= minimum
    ? []
    : [`${doc.file}:1: only ${words} words of prose; a page needs at least ${minimum}`];
}

const PLACEHOLDERS: readonly { pattern: RegExp; label: string }[] = [
  { pattern: /\bTODO\b/, label: 'TODO' },
  { pattern: /\bTBD\b/, label: 'TBD' },
  { pattern: /\bFIXME\b/, label: 'FIXME' },
  { pattern: /\blorem\b/i, label: 'lorem' },
  { pattern: /\bcoming soon\b/i, label: 'coming soon' },
];

/** Placeholder text anywhere in the file (front matter and code included). */
export function placeholderText(doc: DocFile): string[] {
  const problems: string[] = [];
  doc.source.split('\n').forEach((line, index) => {
    for (const { pattern, label } of PLACEHOLDERS) {
      if (pattern.test(line)) {
        problems.push(`${doc.file}:${index + 1}: placeholder text "${label}": ${line.trim()}`);
      }
    }
  });
  return problems;
}

export type GlossaryTerm = {
  /** The term as written in the glossary heading. */
  term: string;
  /** Its anchor on the glossary page. */
  anchor: string;
  pattern: RegExp;
};

function termPattern(term: string): RegExp {
  const words = term
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[-\\s]'));
  // Simple plurals on the last word: "allowances", "LOMs", "batches".
  const body = `${words.join('\\s+')}(?:s|es)?`;
  return new RegExp(`(?<![\\p{L}\\p{N}_-])${body}(?![\\p{L}\\p{N}_-])`, 'giu');
}

/** Terms are the glossary's H2 headings; the anchor is the heading's explicit id. */
export function glossaryTerms(glossary: DocFile): GlossaryTerm[] {
  return glossary.tree.children.flatMap((node) => {
    if (node.type !== 'heading' || node.depth !== 2) return [];
    const { text, id } = headingText(node);
    const anchor = id ?? text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
    return [{ term: text, anchor, pattern: termPattern(text) }];
  });
}

/** The glossary anchor a link points to, if it points into the glossary. */
export function glossaryAnchorOf(url: string): string | undefined {
  const match = /(?:^|\/)glossary(?:\.mdx?)?\/?#([^#?\s]+)$/.exec(url);
  return match?.[1];
}

type TermMatch = { term: GlossaryTerm; index: number; length: number; text: string };

/**
 * Term occurrences in a run of text, longest first, so "multi-rate usage type" does not also
 * count as a use of "usage type".
 */
function termMatches(text: string, terms: readonly GlossaryTerm[]): TermMatch[] {
  const all: TermMatch[] = [];
  for (const term of terms) {
    for (const match of text.matchAll(term.pattern)) {
      all.push({ term, index: match.index, length: match[0].length, text: match[0] });
    }
  }
  all.sort((a, b) => b.length - a.length || a.index - b.index);
  const claimed: TermMatch[] = [];
  for (const candidate of all) {
    const overlaps = claimed.some(
      (kept) =>
        candidate.index < kept.index + kept.length &&
        kept.index < candidate.index + candidate.length,
    );
    if (!overlaps) claimed.push(candidate);
  }
  return claimed.sort((a, b) => a.index - b.index);
}

/**
 * The first use of each glossary term in the body prose of a page must link to its glossary
 * entry. Headings, code, expressions, JSX attributes and the text of other links are not
 * "uses"; a link to the entry counts as the first use when it comes first.
 */
export function unlinkedFirstUses(doc: DocFile, terms: readonly GlossaryTerm[]): string[] {
  if (doc.file === GLOSSARY_FILE || GENERATED_PAGES.has(doc.file)) return [];
  const resolved = new Set<string>();
  const problems: string[] = [];
  // Reference-style links (`[text][ref]`) point wherever their definition points.
  const definitions = new Map<string, string>();
  walk(doc.tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
  });
  const markLinked = (url: string | undefined) => {
    const anchor = url === undefined ? undefined : glossaryAnchorOf(url);
    if (anchor !== undefined && terms.some((term) => term.anchor === anchor)) resolved.add(anchor);
  };
  walk(doc.tree, (node) => {
    switch (node.type) {
      case 'heading':
      case 'code':
      case 'inlineCode':
      case 'yaml':
      case 'image':
      case 'imageReference':
      case 'definition':
        return 'skip';
      case 'link':
        markLinked(node.url);
        return 'skip';
      case 'linkReference':
        markLinked(definitions.get(node.identifier));
        return 'skip';
      case 'text': {
        const open = terms.filter((term) => !resolved.has(term.anchor));
        for (const match of termMatches(node.value, open)) {
          if (resolved.has(match.term.anchor)) continue;
          resolved.add(match.term.anchor);
          const line = lineOf(node) + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0);
          problems.push(
            `${doc.file}:${line}: first use of glossary term "${match.term.term}" ("${match.text}") ` +
              `is not linked to /docs/reference/glossary#${match.term.anchor}`,
          );
        }
        return undefined;
      }
      default:
        return undefined;
    }
  });
  return problems;
}
