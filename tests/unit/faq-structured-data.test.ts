import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import remarkFaqStructuredData, {
  buildFaqPageJsonLd,
  extractFaqEntries,
  isFaqDocPath,
  serializeJsonLd,
} from '../../plugins/faq-structured-data';
import { parseMdx } from '../../plugins/mdx-source';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';

const fixturePath = path.join(__dirname, '../fixtures/faq/pooling-sample.mdx');
const fixture = readFileSync(fixturePath, 'utf8');

describe('FAQ question extraction', () => {
  it('takes H2 questions with their anchors and the opening paragraphs as plain text', async () => {
    const entries = extractFaqEntries(await parseMdx(fixture));
    expect(entries.map((entry) => entry.question)).toEqual([
      'Can several accounts share one allowance?',
      'How does pooling interact with tiers?',
      'What happens to text like </script> in an answer?',
      'Does the last question still work?',
    ]);
    expect(entries[0]).toEqual({
      question: 'Can several accounts share one allowance?',
      anchor: 'shared-allowance',
      answer:
        'Yes: a pooling rule on the price offer lets the members of a balance group draw from ' +
        'one allowance. The second paragraph adds detail about groups and 5 < 6.',
    });
  });

  it('stops the answer at the first block that is not a paragraph', async () => {
    const [first] = extractFaqEntries(await parseMdx(fixture));
    expect(first?.answer).not.toContain('not part of the answer');
    expect(first?.answer).not.toContain('Text after the code block');
  });

  it('uses the first block with words when the answer opens with a list', async () => {
    const entries = extractFaqEntries(await parseMdx(fixture));
    expect(entries[1]).toEqual({
      question: 'How does pooling interact with tiers?',
      anchor: undefined,
      answer: "Tiers apply to the pooled total. Each member's share is reported separately.",
    });
  });

  it('skips headings without a question mark, H3 questions by default, and empty answers', async () => {
    const questions = extractFaqEntries(await parseMdx(fixture)).map((entry) => entry.question);
    expect(questions).not.toContain('Background');
    expect(questions).not.toContain('Is a question inside H3 counted?');
    expect(questions).not.toContain('Is an empty answer skipped?');
  });

  it('counts H3 questions when asked to', async () => {
    const questions = extractFaqEntries(await parseMdx(fixture), [2, 3]).map((e) => e.question);
    expect(questions).toContain('Is a question inside H3 counted?');
  });
});

describe('FAQ JSON-LD serialisation', () => {
  it('builds a schema.org FAQPage', () => {
    expect(buildFaqPageJsonLd([{ question: 'Why?', answer: 'Because.', anchor: 'why' }])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'Why?',
          acceptedAnswer: { '@type': 'Answer', text: 'Because.' },
        },
      ],
    });
  });

  it('escapes characters that could close the script element and stays valid JSON', () => {
    const data = { text: 'a </script><script>alert(1)</script> & b \u2028' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('remark plugin', () => {
  async function runPlugin(filePath: string): Promise<Root> {
    const { unified } = await import('unified');
    const { VFile } = await import('vfile');
    const tree = await parseMdx(fixture);
    return (await unified()
      .use(remarkFaqStructuredData)
      .run(tree, new VFile({ path: filePath, value: fixture }))) as Root;
  }

  it('appends a <Head> with an application/ld+json script to FAQ pages', async () => {
    const root = await runPlugin('/site/docs/faq/pooling.mdx');
    const head = root.children.at(-1) as MdxJsxFlowElement;
    expect(head.type).toBe('mdxJsxFlowElement');
    expect(head.name).toBe('Head');
    const script = head.children[0] as MdxJsxFlowElement;
    expect(script.name).toBe('script');
    expect(script.attributes).toEqual([
      { type: 'mdxJsxAttribute', name: 'type', value: 'application/ld+json' },
    ]);
    const text = (script.children[0] as unknown as { value: string }).value;
    expect(text).not.toContain('</script>');
    const data = JSON.parse(text) as ReturnType<typeof buildFaqPageJsonLd>;
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity).toHaveLength(4);
    expect(data.mainEntity[2]?.acceptedAnswer.text).toBe(
      'It stays text </script> & the serialiser escapes it.',
    );
  });

  it('leaves the FAQ index and other sections alone', async () => {
    for (const filePath of ['/site/docs/faq/index.mdx', '/site/docs/errors/usage-suspense.mdx']) {
      const root = await runPlugin(filePath);
      expect(root.children.some((n) => n.type === 'mdxJsxFlowElement' && n.name === 'Head')).toBe(
        false,
      );
    }
  });

  it('recognises FAQ doc paths on any platform', () => {
    expect(isFaqDocPath('/site/docs/faq/pooling.mdx')).toBe(true);
    expect(isFaqDocPath('C:\\site\\docs\\faq\\pooling.mdx')).toBe(true);
    expect(isFaqDocPath('/site/docs/faq/index.mdx')).toBe(false);
    expect(isFaqDocPath('/site/docs/faq/_partial.mdx')).toBe(false);
    expect(isFaqDocPath('/site/docs/reference/glossary.mdx')).toBe(false);
  });
});
