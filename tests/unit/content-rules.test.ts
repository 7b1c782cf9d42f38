import { describe, expect, it } from 'vitest';
import {
  docFromSource,
  glossaryAnchorOf,
  glossaryTerms,
  placeholderText,
  proseWordCount,
  questionHeadingsWithoutAnchor,
  tooShort,
  unlinkedFirstUses,
} from '../content/rules';

const frontMatter =
  '---\ntitle: Sample\ndescription: A sample page used by the content rule tests.\n---\n';

const glossarySource = `${frontMatter}
# Glossary

Intro text.

## Allowance {#allowance}

A free quantity.

## Usage type {#usage-type}

What a record measures.

## Multi-rate usage type {#multi-rate-usage-type}

A usage type with several rates.

## LOM {#lom}

A message from core Aria.

## High-water mark {#high-water-mark}

The highest value seen.
`;

async function terms() {
  return glossaryTerms(await docFromSource('docs/reference/glossary.mdx', glossarySource));
}

describe('question heading anchors', () => {
  it('reports H2 and H3 questions without an explicit anchor, with file and line', async () => {
    const doc = await docFromSource(
      'docs/faq/pooling.mdx',
      `${frontMatter}
## Can accounts share an allowance? {#shared-allowance}

Yes.

## How are tiers applied?

### Is rounding per record?

## What about this? {/* not an id */}

## Background

#### Deep question?
`,
    );
    expect(questionHeadingsWithoutAnchor(doc)).toEqual([
      'docs/faq/pooling.mdx:10: question heading "How are tiers applied?" has no explicit anchor; write it as `## Question? {#stable-anchor}`',
      'docs/faq/pooling.mdx:12: question heading "Is rounding per record?" has no explicit anchor; write it as `## Question? {#stable-anchor}`',
      'docs/faq/pooling.mdx:14: question heading "What about this?" has no explicit anchor; write it as `## Question? {#stable-anchor}`',
    ]);
  });
});

describe('prose length', () => {
  it('counts paragraphs, lists, tables and JSX text, not code, headings or imports', async () => {
    const doc = await docFromSource(
      'docs/x.mdx',
      `${frontMatter}
import Widget from '@site/src/components/Widget';

# A heading with many words that do not count

One two three \`four\`.

- five
- six seven

| eight | nine |
| ----- | ---- |
| ten   | 11   |

\`\`\`js
const notProse = 'at all';
\`\`\`

<details>
<summary>twelve</summary>

thirteen
</details>

<Widget label="attribute words do not count" />
`,
    );
    expect(proseWordCount(doc.tree)).toBe(13);
    expect(tooShort(doc, 13)).toEqual([]);
    expect(tooShort(doc, 14)).toEqual([
      'docs/x.mdx:1: only 13 words of prose; a page needs at least 14',
    ]);
  });

  it('exempts generated pages', async () => {
    const doc = await docFromSource('docs/reference/issue-codes.mdx', `${frontMatter}\nShort.\n`);
    expect(tooShort(doc)).toEqual([]);
  });
});

describe('placeholder text', () => {
  it('finds TODO, TBD, lorem and "coming soon" with their lines, but not "todos" in words', async () => {
    const doc = await docFromSource(
      'docs/x.mdx',
      `${frontMatter}
TODO: write this.

The batch size is TBD.

Lorem ipsum dolor.

More examples are Coming Soon.

Mastodon and photodocs are fine; so is "tbd" in lower case.
`,
    );
    expect(placeholderText(doc)).toEqual([
      'docs/x.mdx:6: placeholder text "TODO": TODO: write this.',
      'docs/x.mdx:8: placeholder text "TBD": The batch size is TBD.',
      'docs/x.mdx:10: placeholder text "lorem": Lorem ipsum dolor.',
      'docs/x.mdx:12: placeholder text "coming soon": More examples are Coming Soon.',
    ]);
  });
});

describe('glossary first-use links', () => {
  it('takes the terms and anchors from the glossary H2 headings', async () => {
    expect((await terms()).map((t) => [t.term, t.anchor])).toEqual([
      ['Allowance', 'allowance'],
      ['Usage type', 'usage-type'],
      ['Multi-rate usage type', 'multi-rate-usage-type'],
      ['LOM', 'lom'],
      ['High-water mark', 'high-water-mark'],
    ]);
  });

  it('recognises glossary links written as site paths or relative file links', () => {
    expect(glossaryAnchorOf('/docs/reference/glossary#allowance')).toBe('allowance');
    expect(glossaryAnchorOf('../reference/glossary.mdx#lom')).toBe('lom');
    expect(glossaryAnchorOf('./glossary#usage-type')).toBe('usage-type');
    expect(glossaryAnchorOf('/docs/reference/resources#allowance')).toBeUndefined();
  });

  it('reports the first unlinked use of each term with its line, and only the first', async () => {
    const doc = await docFromSource(
      'docs/faq/pooling.mdx',
      `${frontMatter}
## Allowances and LOMs {#allowances}

Pooled Allowances are shared. Another allowance later is not reported again.
The account receives
several LOMs a day.

A [usage type](/docs/reference/glossary#usage-type) is linked on first use, so a later usage type is fine.

A multi-rate usage type is not a use of "usage type", and a high water mark is a term too.
`,
    );
    expect(unlinkedFirstUses(doc, await terms())).toEqual([
      'docs/faq/pooling.mdx:8: first use of glossary term "Allowance" ("Allowances") is not linked to /docs/reference/glossary#allowance',
      'docs/faq/pooling.mdx:10: first use of glossary term "LOM" ("LOMs") is not linked to /docs/reference/glossary#lom',
      'docs/faq/pooling.mdx:14: first use of glossary term "Multi-rate usage type" ("multi-rate usage type") is not linked to /docs/reference/glossary#multi-rate-usage-type',
      'docs/faq/pooling.mdx:14: first use of glossary term "High-water mark" ("high water mark") is not linked to /docs/reference/glossary#high-water-mark',
    ]);
  });

  it('skips code, other links, JSX attributes and the glossary page itself', async () => {
    const doc = await docFromSource(
      'docs/faq/pooling.mdx',
      `${frontMatter}
Use \`allowance\` in code, see [the allowance page](/docs/configuration/resources#allowances),
and <abbr title="allowance">the free part</abbr>.

\`\`\`text
allowance
\`\`\`

Then [the allowance](/docs/reference/glossary#allowance) is linked at its first prose use.
`,
    );
    expect(unlinkedFirstUses(doc, await terms())).toEqual([]);
    const glossary = await docFromSource('docs/reference/glossary.mdx', glossarySource);
    expect(unlinkedFirstUses(glossary, await terms())).toEqual([]);
  });

  it('follows reference-style links to the glossary', async () => {
    const doc = await docFromSource(
      'docs/faq/pooling.mdx',
      `${frontMatter}
The [allowance][a] is linked.

[a]: /docs/reference/glossary#allowance
`,
    );
    expect(unlinkedFirstUses(doc, await terms())).toEqual([]);
  });
});
