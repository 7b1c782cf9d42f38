import fs from 'node:fs';
import path from 'node:path';

/** Paths (like `/docs/faq`) of every URL listed in the build's sitemap.xml. */
export function sitemapPaths(buildDir: string): string[] {
  const xml = fs.readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const url = new URL(match[1] ?? '/');
    return url.pathname;
  });
  return [...new Set(paths)].sort();
}
