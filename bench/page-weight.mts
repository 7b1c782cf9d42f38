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
  /** Part of jsGzipBytes that is the page's own compiled Markdown (its text, not code). */
  contentJsGzipBytes: number;
  cssGzipBytes: number;
  lazyJsFiles: string[];
  lazyJsGzipBytes: number;
}

export interface Budgets {
  stockDocPageJsGzipBytes: number;
  stockDocPagePageTextJsGzipBytes: number;
  stockDocPageCodeJsGzipBytes: number;
  docPageCodeJsGzipBudgetBytes: number;
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

/**
 * Loads one route and sorts the JS/CSS it fetched into "before hydration" and "after". The
 * moment of hydration is taken inside the page (a MutationObserver on html[data-has-hydrated])
 * and compared with each resource's start time, so the split does not depend on how fast the
 * test process notices events.
 */
export async function measureRoute(
  context: BrowserContext,
  baseUrl: string,
  buildDir: string,
  route: string,
  kind = route,
): Promise<PageWeight> {
  const page = await context.newPage();
  // Every measurement is a first visit: cached files would not show up in resource timing.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // A string, not a function: the page must not depend on how this file was transpiled.
  await page.addInitScript(`
    new MutationObserver(() => {
      if (window.__allegroHydratedAt === undefined &&
          document.documentElement.getAttribute('data-has-hydrated') === 'true') {
        window.__allegroHydratedAt = performance.now();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-has-hydrated'] });
  `);
  let resources: { path: string; start: number; initiator: string }[] = [];
  let hydratedAt = 0;
  try {
    await page.goto(`${baseUrl}${route}`, { waitUntil: 'domcontentloaded' });
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    ({ resources, hydratedAt } = (await page.evaluate(`({
      hydratedAt: window.__allegroHydratedAt,
      resources: performance.getEntriesByType('resource').map((entry) => ({
        path: new URL(entry.name).pathname,
        start: entry.startTime,
        initiator: entry.initiatorType,
      })),
    })`)) as {
      resources: { path: string; start: number; initiator: string }[];
      hydratedAt: number;
    });
  } finally {
    await page.close();
  }
  const initial = new Set<string>();
  const lazy = new Set<string>();
  for (const { path: p, start, initiator } of resources) {
    // Scripts count when a <script> loaded them; Docusaurus also prefetches the code of visible
    // links with <link rel=prefetch> (initiator "link"), idle-time downloads for the next page.
    if (p.endsWith('.js') && initiator !== 'script') continue;
    if (!p.endsWith('.js') && !p.endsWith('.css')) continue;
    (start <= hydratedAt ? initial : lazy).add(p);
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
    contentJsGzipBytes: sum(initialJs.filter((p) => isContentChunkOf(file(p), route))),
    cssGzipBytes: sum(initialCss),
    lazyJsFiles: lazyJs,
    lazyJsGzipBytes: sum(lazyJs),
  };
}

/**
 * The chunk holding a doc's compiled MDX exports its metadata (with the page's permalink) and
 * its `contentTitle`; other chunks that mention the permalink (tag lists, sidebars) do not.
 */
export function isContentChunkOf(file: string, route: string): boolean {
  if (!fs.existsSync(file)) return false;
  const text = fs.readFileSync(file, 'utf8');
  return text.includes(`"permalink":"${route}"`) && text.includes('contentTitle');
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
    '| Page kind | Route | JS before interactive (gzip) | of which page text | CSS (gzip) | JS files | Loaded after hydration (gzip) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.kind} | \`${r.route}\` | ${kb(r.jsGzipBytes)} | ${kb(r.contentJsGzipBytes)} | ${kb(r.cssGzipBytes)} | ${r.initialJsFiles.length} | ${kb(r.lazyJsGzipBytes)} |`,
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
    `\nBudget for a doc page without widgets: ${kb(BUDGETS.docPageCodeJsGzipBudgetBytes)} of JS before ` +
      `interactive, not counting the page's own text (stock Docusaurus 3.10 classic doc page ` +
      `${kb(BUDGETS.stockDocPageCodeJsGzipBytes)} + 5 %).`,
  );
  fs.mkdirSync(path.resolve('bench/out'), { recursive: true });
  fs.writeFileSync(path.resolve('bench/out/page-weight.json'), JSON.stringify(rows, null, 2));
}
