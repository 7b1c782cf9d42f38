import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxToMarkdown } from '../../plugins/llms-txt/markdown';

const source = readFileSync(path.join(__dirname, '../fixtures/llms/suspense-sample.mdx'), 'utf8');
const page = {
  title: 'Usage suspense sample',
  description: 'A fixture page with every MDX feature the Markdown copy has to handle.',
  url: 'https://kb.example.org/docs/errors/suspense-sample',
  siteUrl: 'https://kb.example.org',
};

describe('MDX to Markdown copy', () => {
  it('starts with the title, the description and the web page address, without front matter', async () => {
    const markdown = await mdxToMarkdown(source, page);
    expect(
      markdown.startsWith(
        '# Usage suspense sample\n\n' +
          '> A fixture page with every MDX feature the Markdown copy has to handle.\n\n' +
          'Web page: https://kb.example.org/docs/errors/suspense-sample\n\n' +
          'Suspended usage waits for a fix;',
      ),
    ).toBe(true);
    expect(markdown).not.toContain('tags: [errors');
    // The body's own H1 is replaced by the header, not repeated.
    expect(markdown.match(/^# Usage suspense sample$/gm)).toHaveLength(1);
  });

  it('removes imports and comments, and keeps the text of string expressions', async () => {
    const markdown = await mdxToMarkdown(source, page);
    expect(markdown).not.toMatch(/^import /m);
    expect(markdown).not.toContain("writer's note");
    expect(markdown).toContain('Braces are written as { in prose.');
  });

  it('removes the {#anchor} suffix of headings but not text in code blocks', async () => {
    const markdown = await mdxToMarkdown(source, page);
    expect(markdown).toContain('\n## What is suspended usage?\n');
    expect(markdown).not.toContain('{#what-is-suspended-usage}');
    expect(markdown).toContain('# A comment {#not-a-heading-id} stays as it is');
  });

  it('replaces widgets with a sentence and keeps the text of HTML-like elements and tabs', async () => {
    const markdown = await mdxToMarkdown(source, page);
    expect(markdown).toContain(
      '_(Interactive tool "SuspenseSimulator": open ' +
        'https://kb.example.org/docs/errors/suspense-sample in a browser to use it.)_',
    );
    expect(markdown).not.toMatch(/<\/?(SuspenseSimulator|Tabs|TabItem|abbr|details|summary)\b/);
    expect(markdown).toContain('A record that could not be rated. MUR rows stay put.');
    expect(markdown).toContain('Open **Usage suspense** and select the records.');
    expect(markdown).toContain('Why not discard?');
    expect(markdown).toContain('Discarded usage is never billed.');
  });

  it('turns admonitions into a labelled paragraph', async () => {
    const markdown = await mdxToMarkdown(source, page);
    expect(markdown).toContain(
      '**Warning: Fix the root cause first**\n\nReprocessing without a fix suspends the record again.',
    );
    expect(markdown).not.toContain(':::');
  });

  it('makes site-relative links absolute and leaves external links alone', async () => {
    const markdown = await mdxToMarkdown(source, page);
    expect(markdown).toContain(
      '[the glossary](https://kb.example.org/docs/reference/glossary#suspended-usage)',
    );
    expect(markdown).toContain("[Aria's site](https://www.aria.com/)");
    expect(markdown).toContain(
      '[ref]: https://kb.example.org/docs/errors/error-categories#functional-errors',
    );
  });

  it('keeps tables and code blocks as written', async () => {
    const markdown = await mdxToMarkdown(source, page);
    expect(markdown).toContain(
      '| Reason | Meaning |\n| ------ | ------- |\n| `NO_SERVICE` | No service matched |',
    );
    expect(markdown).toContain('```bash\n# A comment');
  });
});
