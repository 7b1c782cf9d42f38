import { describe, expect, it } from 'vitest';
import type { LoadedVersion } from '@docusaurus/plugin-content-docs';
import { markdownCopyRoute, renderLlmsTxt, sectionsFromVersion } from '../../plugins/llms-txt';

function doc(id: string, title: string, description: string) {
  return { id, title, description, permalink: `/docs/${id.replace(/\/?index$/, '')}` };
}

// Only the fields the plugin reads; the real object has many more.
const version = {
  docs: [
    doc('faq/index', 'Frequently asked questions', 'Short answers, grouped by topic.'),
    doc('faq/pooling', 'Pooling', 'How pooled usage is rated.\nAcross accounts.'),
    doc('reference/glossary', 'Glossary', 'Terms used on this site.'),
    doc('intro', 'Introduction', 'Where to start.'),
    doc('tools/index', 'Tools', 'Checkers in the browser.'),
    doc('drafts/orphan', 'Orphan page', ''),
  ],
  sidebars: {
    docs: [
      { type: 'doc', id: 'intro', label: 'Start here' },
      {
        type: 'category',
        label: 'FAQ',
        link: { type: 'doc', id: 'faq/index' },
        items: [{ type: 'doc', id: 'faq/pooling' }],
      },
      {
        type: 'category',
        label: 'Reference',
        items: [
          { type: 'link', href: 'https://example.org', label: 'Elsewhere' },
          { type: 'doc', id: 'reference/glossary' },
        ],
      },
      { type: 'doc', id: 'tools/index' },
    ],
  },
} as unknown as LoadedVersion;

describe('llms.txt', () => {
  it('names the Markdown copy of a route', () => {
    expect(markdownCopyRoute('/docs/faq/pooling')).toBe('/docs/faq/pooling.md');
    expect(markdownCopyRoute('/docs/faq/')).toBe('/docs/faq.md');
    expect(markdownCopyRoute('/')).toBe('/index.md');
  });

  it('makes one section per top-level sidebar item in sidebar order, with leftovers last', () => {
    const sections = sectionsFromVersion(version);
    expect(sections.map((s) => [s.title, s.docs.map((d) => d.permalink)])).toEqual([
      ['Start here', ['/docs/intro']],
      ['FAQ', ['/docs/faq', '/docs/faq/pooling']],
      ['Reference', ['/docs/reference/glossary']],
      ['Tools', ['/docs/tools']],
      ['Other pages', ['/docs/drafts/orphan']],
    ]);
  });

  it('renders title, summary, details and one link line per doc', () => {
    const text = renderLlmsTxt({
      title: 'Aria Allegro knowledge base',
      summary: 'Answers for people who run Allegro.',
      details: 'Links point to Markdown copies.',
      siteUrl: 'https://kb.example.org',
      sections: sectionsFromVersion(version),
    });
    expect(text).toBe(
      [
        '# Aria Allegro knowledge base',
        '',
        '> Answers for people who run Allegro.',
        '',
        'Links point to Markdown copies.',
        '',
        '## Start here',
        '',
        '- [Introduction](https://kb.example.org/docs/intro.md): Where to start.',
        '',
        '## FAQ',
        '',
        '- [Frequently asked questions](https://kb.example.org/docs/faq.md): Short answers, grouped by topic.',
        '- [Pooling](https://kb.example.org/docs/faq/pooling.md): How pooled usage is rated. Across accounts.',
        '',
        '## Reference',
        '',
        '- [Glossary](https://kb.example.org/docs/reference/glossary.md): Terms used on this site.',
        '',
        '## Tools',
        '',
        '- [Tools](https://kb.example.org/docs/tools.md): Checkers in the browser.',
        '',
        '## Other pages',
        '',
        '- [Orphan page](https://kb.example.org/docs/drafts/orphan.md)',
        '',
      ].join('\n'),
    );
  });
});
