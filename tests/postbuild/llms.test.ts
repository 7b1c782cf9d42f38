/**
 * llms.txt and the Markdown copies, checked against the production build.
 * BUILD_DIR points at the build (default: build/).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const buildDir = path.resolve(process.env.BUILD_DIR ?? 'build');

/** Doc routes (`/docs/...`, tag pages excluded) and the site origin, from sitemap.xml. */
function docRoutesFromSitemap(): { origin: string; routes: string[] } {
  const sitemap = readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1] ?? ''),
  );
  const origin = urls[0]?.origin ?? '';
  const routes = urls
    .map((url) => url.pathname.replace(/\/$/, ''))
    .filter((route) => /^\/docs(\/|$)/.test(route) && !/^\/docs\/tags(\/|$)/.test(route));
  return { origin, routes };
}

describe('llms.txt', () => {
  const llmsPath = path.join(buildDir, 'llms.txt');

  it('exists and starts with the site title and a summary', () => {
    expect(existsSync(llmsPath), `${llmsPath} is missing: run the build first`).toBe(true);
    const lines = readFileSync(llmsPath, 'utf8').split('\n');
    expect(lines[0]).toMatch(/^# \S/);
    expect(lines[2]).toMatch(/^> \S/);
  });

  it('lists every doc route of the sitemap with a link to its Markdown copy', () => {
    const llms = readFileSync(llmsPath, 'utf8');
    const { origin, routes } = docRoutesFromSitemap();
    expect(routes.length).toBeGreaterThan(0);
    const missing = routes.filter((route) => !llms.includes(`](${origin}${route}.md)`));
    expect(missing, `routes not listed in llms.txt:\n${missing.join('\n')}`).toEqual([]);
  });

  it('has a Markdown copy for every doc route, without front matter, imports or heading ids', () => {
    const { routes } = docRoutesFromSitemap();
    const problems: string[] = [];
    for (const route of routes) {
      const file = path.join(buildDir, `${route}.md`);
      if (!existsSync(file)) {
        problems.push(`${route}: no ${route}.md in the build`);
        continue;
      }
      const markdown = readFileSync(file, 'utf8');
      if (!markdown.startsWith('# ')) problems.push(`${route}.md: does not start with the title`);
      if (/^---$/m.test(markdown.split('\n').slice(0, 3).join('\n'))) {
        problems.push(`${route}.md: front matter left in`);
      }
      if (/^import\s.+\sfrom\s/m.test(markdown)) problems.push(`${route}.md: import line left in`);
      if (/^#{1,6} .*\{#[^}]+\}\s*$/m.test(markdown)) {
        problems.push(`${route}.md: heading {#anchor} left in`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
