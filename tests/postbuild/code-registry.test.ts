/**
 * Every issue code links to two places in the built site: its section on the issue-code
 * reference page, and the page/anchor that explains the rule. Both must exist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES, CODE_REFERENCE_PATH, codeAnchor } from '../../src/allegro/codes';

const buildDir = path.resolve(process.env.BUILD_DIR ?? 'build');
const htmlCache = new Map<string, string | undefined>();

function html(route: string): string | undefined {
  if (!htmlCache.has(route)) {
    const clean = route.replace(/^\/+|\/+$/g, '');
    const file = [`${clean}.html`, path.join(clean, 'index.html')]
      .map((c) => path.join(buildDir, c))
      .find((c) => fs.existsSync(c));
    htmlCache.set(route, file ? fs.readFileSync(file, 'utf8') : undefined);
  }
  return htmlCache.get(route);
}

const hasId = (page: string, id: string) => new RegExp(`\\bid=["']?${id}["' >]`).test(page);

describe('code registry links resolve in the built site', () => {
  it('the reference page has a section for every code', () => {
    const page = html(CODE_REFERENCE_PATH);
    expect(page, CODE_REFERENCE_PATH).toBeDefined();
    const missing = CODES.filter(({ code }) => !hasId(page!, codeAnchor(code))).map((c) => c.code);
    expect(missing).toEqual([]);
  });

  it('every code names a docs page and anchor that exist', () => {
    const broken = CODES.filter(({ docs }) => {
      const page = html(docs.page);
      return !page || (docs.anchor !== undefined && !hasId(page, docs.anchor));
    }).map(({ code, docs }) => `${code} → ${docs.page}${docs.anchor ? `#${docs.anchor}` : ''}`);
    expect(broken).toEqual([]);
  });
});
