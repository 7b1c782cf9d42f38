import { describe, expect, it } from 'vitest';
import { validateDocFrontMatter } from '../../plugins/frontmatter';

const valid = {
  title: 'Usage ingestion',
  description: 'How usage files reach Aria Allegro and which formats are accepted.',
  tags: ['faq', 'ingestion'],
};

describe('doc front matter validation', () => {
  it('accepts a complete front matter block', () => {
    expect(() => validateDocFrontMatter('/site/docs/faq/usage.mdx', valid)).not.toThrow();
  });

  it('names the file and the field when the description is missing', () => {
    const { description: _omit, ...rest } = valid;
    expect(() => validateDocFrontMatter('/site/docs/faq/usage.mdx', rest)).toThrow(
      /Invalid front matter in \/site\/docs\/faq\/usage\.mdx:\n {2}- description:/,
    );
  });

  it('rejects a tag that is not on the allowed list', () => {
    expect(() =>
      validateDocFrontMatter('/site/docs/faq/usage.mdx', { ...valid, tags: ['faq', 'misc'] }),
    ).toThrow(/tags\.1:/);
  });

  it('rejects unknown keys such as a misspelt sidebar_label', () => {
    expect(() =>
      validateDocFrontMatter('/site/docs/faq/usage.mdx', { ...valid, sidebar_lable: 'Usage' }),
    ).toThrow(/Unrecognized key.*sidebar_lable/);
  });

  it('leaves pages outside docs/ and partials alone', () => {
    expect(() => validateDocFrontMatter('/site/src/pages/about.mdx', {})).not.toThrow();
    expect(() => validateDocFrontMatter('/site/docs/faq/_shared.mdx', {})).not.toThrow();
  });
});
