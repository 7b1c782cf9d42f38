import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/allegro/codes';
import { escapeMdx, renderIssueCodesPage } from '../../plugins/issue-codes/render';

describe('the generated issue-code reference page', () => {
  it('is up to date with the code registry (run `npm run generate` if this fails)', () => {
    const committed = fs.readFileSync(path.resolve('docs/reference/issue-codes.mdx'), 'utf8');
    expect(committed).toBe(renderIssueCodesPage(CODES));
  });

  it('has one section per code with the lower-cased code as its anchor', () => {
    const page = renderIssueCodesPage(CODES);
    for (const { code } of CODES) {
      expect(page).toContain(`### ${code}: `);
      expect(page).toContain(`{#${code.toLowerCase()}}`);
    }
  });

  it('escapes braces and angle brackets that MDX would read as code', () => {
    expect(escapeMdx('use {id} <b>')).toBe('use &#123;id&#125; &#60;b&#62;');
    expect(escapeMdx('keys __proto__ and bulk_record_usage_m')).toBe(
      'keys `__proto__` and `bulk_record_usage_m`',
    );
    expect(escapeMdx('e.g. secure.current.stage.ariasystems.net/ui/allegro.')).toBe(
      'e.g. `secure.current.stage.ariasystems.net/ui/allegro`.',
    );
  });
});
