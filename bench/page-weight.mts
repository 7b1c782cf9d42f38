/**
 * Page weight: for each kind of page, the gzip bytes of the JavaScript and CSS the browser loads
 * before the page is interactive (requested before React has hydrated the page), and apart from
 * that, the code loaded after hydration (lazy widgets, search, Mermaid).
 *
 * Which files a page loads is read from a real Chromium load; the sizes are gzip (level 9) byte
 * counts of those files on disk, which are stable across machines, unlike timings, so CI can hold
 * budgets on them.
 *
 *   npx tsx bench/page-weight.mts [buildDir]    prints a Markdown table, writes bench/out/page-weight.json
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { launchBrowserContext, waitForHydration } from '../tests/e2e/support/chromium';
import { startStaticServer } from '../tests/e2e/support/static-server';

export interface PageWeight {
  kind: string;
  route: string;
  initialJsFiles: string[];
  jsGzipBytes: number;
  cssGzipBytes: number;
  lazyJsFiles: string[];
  lazyJsGzipBytes: number;
}

export interface Budgets {
  stockDocPageJsGzipBytes: number;
  docPageJsGzipBudgetBytes: number;
  searchIndexGzipBudgetBytes: number;
  measuredWith: string;
}

export const BUDGETS: Budgets = JSON.parse(
  fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'budgets.json'), 'utf8'),
);

/** Representative routes per page kind; the first route that exists in the build is measured. */
export const PAGE_KINDS: { kind: string; routes: string[] }[] = [
  { kind: 'home', routes: ['/'] },
  { kind: 'doc page (plain)', routes: ['/docs/configuration/resources'] },
  { kind: 'FAQ page', routes: ['/docs/faq/deployment-model'] },
  { kind: 'doc page with Mermaid', routes: ['/docs/architecture/data-flows'] },
  { kind: 'tool page: config checker', routes: ['/docs/tools/config-checker'] },
  { kind: 'tool page: usage file checker', routes: ['/docs/tools/usage-file-checker'] },
  { kind: 'tool page: rating preview', routes: ['/docs/tools/rating-preview'] },
  { kind: 'tool page: suspense simulator', routes: ['/docs/tools/suspense-simulator'] },
  { kind: 'tool page: error decoder', routes: ['/docs/tools/error-decoder'] },
  { kind: 'search page', routes: ['/search'] },
];

const gzipCache = new Map<string, number>();
export function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

export function routeExists(buildDir: string, route: string): boolean {
  const clean = route.replace(/^\/+|\/+$/g, '');
  const candidates =
    clean === '' ? ['index.html'] : [`${clean}.html`, path.join(clean, 'index.html')];
  return candidates.some((c) => fs.existsSync(path.join(buildDir, c)));
}

/** Loads one route and sorts the JS/CSS it fetched into "before hydration" and "after". */
export async function measureRoute(
  context: BrowserContext,
  baseUrl: string,
  buildDir: string,
  route: string,
  kind = route,
): Promise<PageWeight> {
  const page = await context.newPage();
  const initial = new Set<string>();
  const lazy = new Set<string>();
  let hydrated = false;
  page.on('request', (request) => {
    // Docusaurus prefetches the code of visible links with <link rel=prefetch> (resource type
    // "other"); those are idle-time downloads for the next page, not part of this page's weight.
    if (!['script', 'stylesheet'].includes(request.resourceType())) return;
    const url = new URL(request.url());
    if (!url.pathname.endsWith('.js') && !url.pathname.endsWith('.css')) return;
    (hydrated ? lazy : initial).add(url.pathname);
  });
  try {
    await page.goto(`${baseUrl}${route}`, { waitUntil: 'domcontentloaded' });
    await waitForHydration(page);
    hydrated = true;
    await page.waitForLoadState('networkidle');
  } finally {
    await page.close();
  }
  const file = (p: string) => path.join(buildDir, decodeURIComponent(p));
  const sum = (paths: string[]) =>
    paths.filter((p) => fs.existsSync(file(p))).reduce((t, p) => t + gzipSize(file(p)), 0);
  const initialJs = [...initial].filter((p) => p.endsWith('.js')).sort();
  const initialCss = [...initial].filter((p) => p.endsWith('.css'));
  const lazyJs = [...lazy].filter((p) => p.endsWith('.js') && !initial.has(p)).sort();
  return {
    kind,
    route,
    initialJsFiles: initialJs,
    jsGzipBytes: sum(initialJs),
    cssGzipBytes: sum(initialCss),
    lazyJsFiles: lazyJs,
    lazyJsGzipBytes: sum(lazyJs),
  };
}

export async function measureSite(buildDir: string, kinds = PAGE_KINDS): Promise<PageWeight[]> {
  const server = await startStaticServer(buildDir);
  const browser = await launchBrowserContext();
  try {
    const rows: PageWeight[] = [];
    for (const { kind, routes } of kinds) {
      const route = routes.find((r) => routeExists(buildDir, r));
      if (route) rows.push(await measureRoute(browser.context, server.url, buildDir, route, kind));
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function markdownTable(rows: PageWeight[]): string {
  return [
    '| Page kind | Route | JS before interactive (gzip) | CSS (gzip) | JS files | Loaded after hydration (gzip) |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.kind} | \`${r.route}\` | ${kb(r.jsGzipBytes)} | ${kb(r.cssGzipBytes)} | ${r.initialJsFiles.length} | ${kb(r.lazyJsGzipBytes)} |`,
    ),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const buildDir = path.resolve(process.argv[2] ?? 'build');
  const rows = await measureSite(buildDir);
  console.log(
    `Page weight of ${buildDir} (gzip level 9 byte counts of the files Chromium loaded)\n`,
  );
  console.log(markdownTable(rows));
  console.log(
    `\nBudget for a doc page without widgets: ${kb(BUDGETS.docPageJsGzipBudgetBytes)} of JS before interactive ` +
      `(stock Docusaurus 3.10 classic doc page ${kb(BUDGETS.stockDocPageJsGzipBytes)} + 5 %).`,
  );
  fs.mkdirSync(path.resolve('bench/out'), { recursive: true });
  fs.writeFileSync(path.resolve('bench/out/page-weight.json'), JSON.stringify(rows, null, 2));
}
