/**
 * Writes build/robots.txt: every crawler may read every page, and the sitemap is announced at
 * its absolute address. The address comes from the site's `url` and `baseUrl` (SITE_URL), which
 * is why this is a tiny plugin rather than a file in static/.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

export function robotsTxt(siteUrl: string, baseUrl: string): string {
  const sitemap = new URL(`${baseUrl.replace(/\/?$/, '/')}sitemap.xml`, siteUrl).href;
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap}`, ''].join('\n');
}

export default function pluginRobotsTxt(context: LoadContext): Plugin {
  return {
    name: 'allegro-robots-txt',
    async postBuild({ outDir }) {
      const { url, baseUrl } = context.siteConfig;
      await fs.writeFile(path.join(outDir, 'robots.txt'), robotsTxt(url, baseUrl), 'utf8');
    },
  };
}
