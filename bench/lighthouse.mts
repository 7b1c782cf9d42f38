/**
 * Lighthouse (12.2.3, mobile preset) against pages of a build served on loopback.
 *
 * One Chromium (Debian's, found by findChromium(), started with the project's CHROMIUM_ARGS and
 * a DevTools port) serves every run; Lighthouse connects to it over that port. Used by the CI
 * gate (tests/e2e/lighthouse.e2e.test.ts: accessibility, best practices and SEO at 100) and by
 * the benchmark report (bench/run-all.mts: those plus performance, with gzip served).
 *
 *   npx tsx bench/lighthouse.mts [buildDir]     prints the four scores for every page kind
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium, removeProfile } from '../tests/e2e/support/chromium';
import { startStaticServer } from '../tests/e2e/support/static-server';

export type CategoryId = 'performance' | 'accessibility' | 'best-practices' | 'seo';
export const GATED_CATEGORIES: CategoryId[] = ['accessibility', 'best-practices', 'seo'];
export const ALL_CATEGORIES: CategoryId[] = ['performance', ...GATED_CATEGORIES];

/** The page kinds Lighthouse checks; the first route of a kind that exists in the build is used. */
export const LIGHTHOUSE_PAGE_KINDS: { kind: string; routes: string[] }[] = [
  { kind: 'home', routes: ['/'] },
  { kind: 'doc page', routes: ['/docs/configuration/resources'] },
  { kind: 'FAQ page', routes: ['/docs/faq/deployment-model'] },
  { kind: 'Mermaid page', routes: ['/docs/architecture/data-flows'] },
  { kind: 'search page', routes: ['/search'] },
];

/** Every tool page (docs/tools/*.mdx except the landing page), as routes, sorted. */
export function toolPageRoutes(buildDir: string): string[] {
  const dir = path.join(buildDir, 'docs', 'tools');
  if (!fs.existsSync(dir)) return [];
  const routes = new Set<string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      routes.add(`/docs/tools/${entry.name.replace(/\.html$/, '')}`);
    } else if (entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'index.html'))) {
      routes.add(`/docs/tools/${entry.name}`);
    }
  }
  return [...routes].filter((r) => r !== '/docs/tools/index').sort();
}

function routeExists(buildDir: string, route: string): boolean {
  const clean = route.replace(/^\/+|\/+$/g, '');
  const candidates =
    clean === '' ? ['index.html'] : [`${clean}.html`, path.join(clean, 'index.html')];
  return candidates.some((c) => fs.existsSync(path.join(buildDir, c)));
}

/** Page kinds plus one entry per tool page, limited to routes present in `buildDir`. */
export function lighthouseTargets(buildDir: string): { kind: string; route: string }[] {
  const targets: { kind: string; route: string }[] = [];
  for (const { kind, routes } of LIGHTHOUSE_PAGE_KINDS) {
    const route = routes.find((r) => routeExists(buildDir, r));
    if (route) targets.push({ kind, route });
  }
  for (const route of toolPageRoutes(buildDir)) {
    targets.push({ kind: `tool page: ${route.replace('/docs/tools/', '')}`, route });
  }
  return targets;
}

export interface LighthouseChromium {
  port: number;
  close(): Promise<void>;
}

/** Starts headless Chromium with a DevTools port for Lighthouse to connect to. */
export async function launchChromiumForLighthouse(): Promise<LighthouseChromium> {
  const executable = findChromium();
  if (!executable) {
    throw new Error(
      'Chromium was not found. Install it with `apt-get install -y chromium` or set CHROMIUM_PATH.',
    );
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'allegro-kb-lighthouse-'));
  const child = spawn(
    executable,
    [
      ...CHROMIUM_ARGS,
      // Lighthouse opens its own tab; a tab Chromium considers in the background gets its timers
      // and rendering throttled, which held every run back by seconds (chrome-launcher, which
      // the Lighthouse CLI uses, sets the same flags).
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--remote-debugging-port=0',
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not open a DevTools port: ${stderr.slice(-500)}`)),
      30_000,
    );
    child.stderr.on('data', (data: Buffer) => {
      stderr += data.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening a DevTools port: ${stderr}`));
    });
  });
  child.stderr.removeAllListeners('data');
  child.stderr.resume();
  return {
    port,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      removeProfile(profile);
    },
  };
}

export interface LighthouseResult {
  url: string;
  /** Category id → score 0..100 (rounded), or null when Lighthouse could not score it. */
  scores: Partial<Record<CategoryId, number | null>>;
  /** Audits that cost points, per category: "audit-id: title (items)". */
  failures: Partial<Record<CategoryId, string[]>>;
  runtimeError?: string;
  /** Lighthouse's own warnings (for example, a page that redirected). */
  warnings: string[];
}

interface AuditLike {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  details?: { items?: unknown[] };
}

function describeItems(audit: AuditLike): string {
  const items = audit.details?.items ?? [];
  const shown = items.slice(0, 3).map((item) => {
    const node = (item as { node?: { selector?: string; snippet?: string } }).node;
    const url = (item as { url?: string }).url;
    const description = (item as { description?: string }).description;
    return (
      node?.selector ?? node?.snippet ?? url ?? description ?? JSON.stringify(item).slice(0, 120)
    );
  });
  return shown.length > 0 ? ` (${shown.join(' | ')}${items.length > 3 ? ' | …' : ''})` : '';
}

/** Runs Lighthouse's mobile preset on one URL through the Chromium at `port`. */
export async function runLighthouse(
  url: string,
  port: number,
  categories: CategoryId[] = GATED_CATEGORIES,
): Promise<LighthouseResult> {
  const runner = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
    // The gate needs the audits, not the page pictures; these save several seconds per page.
    disableFullPageScreenshot: true,
    skipAboutBlank: true,
    // The mobile preset's simulated throttling stays on even when performance is not scored: it
    // slows nothing down (the page loads at full speed and Lighthouse models the throttled timings
    // afterwards), whereas any other throttling method makes Lighthouse wait at least 5.25 s in
    // each of its four quiet windows, which doubled the time of every run (16 s against 7.5 s).
  });
  if (!runner) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr } = runner;
  const scores: LighthouseResult['scores'] = {};
  const failures: LighthouseResult['failures'] = {};
  for (const id of categories) {
    const category = lhr.categories[id];
    scores[id] =
      category?.score === null || category?.score === undefined
        ? null
        : Math.round(category.score * 100);
    const failed: string[] = [];
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id] as AuditLike | undefined;
      if (!audit || ref.weight === 0) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      if (audit.score !== null && audit.score >= 1) continue;
      failed.push(`${audit.id}: ${audit.title}${describeItems(audit)}`);
    }
    failures[id] = failed;
  }
  return {
    url,
    scores,
    failures,
    ...(lhr.runtimeError
      ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` }
      : {}),
    warnings: lhr.runWarnings ?? [],
  };
}

export interface PageScores extends LighthouseResult {
  kind: string;
  route: string;
}

/** Serves `buildDir` (gzip on), and runs Lighthouse on every target page. */
export async function lighthouseSite(
  buildDir: string,
  categories: CategoryId[] = ALL_CATEGORIES,
  targets = lighthouseTargets(buildDir),
): Promise<PageScores[]> {
  const server = await startStaticServer(buildDir, { gzip: true });
  const chromium = await launchChromiumForLighthouse();
  try {
    const rows: PageScores[] = [];
    for (const { kind, route } of targets) {
      const result = await runLighthouse(`${server.url}${route}`, chromium.port, categories);
      rows.push({ kind, route, ...result });
    }
    return rows;
  } finally {
    try {
      await chromium.close();
    } finally {
      // An open server would keep the process alive after an error.
      await server.close();
    }
  }
}

const CATEGORY_TITLES: Record<CategoryId, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

export function lighthouseTable(
  rows: PageScores[],
  categories: CategoryId[] = ALL_CATEGORIES,
): string {
  return [
    `| Page kind | Route | ${categories.map((c) => CATEGORY_TITLES[c]).join(' | ')} |`,
    `| --- | --- | ${categories.map(() => '---:').join(' | ')} |`,
    ...rows.map(
      (r) =>
        `| ${r.kind} | \`${r.route}\` | ${categories.map((c) => r.scores[c] ?? 'n/a').join(' | ')} |`,
    ),
  ].join('\n');
}

export function lighthouseFailures(rows: PageScores[]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    if (row.runtimeError) lines.push(`${row.route}: runtime error ${row.runtimeError}`);
    for (const [category, failed] of Object.entries(row.failures)) {
      for (const failure of failed ?? []) lines.push(`${row.route} [${category}] ${failure}`);
    }
  }
  return lines;
}

/**
 * Runs Lighthouse on `targets` of a site served at `baseUrl` in `workers` child processes at
 * once, each with its own Chromium. Lighthouse cannot run twice at the same time in one
 * process, and each run spends most of its time waiting for the page to settle, so two
 * processes take about half the time on the same machine. Results come back in target order.
 */
export async function lighthouseParallel(
  baseUrl: string,
  targets: { kind: string; route: string }[],
  categories: CategoryId[] = GATED_CATEGORIES,
  workers = Math.max(1, Number(process.env.LIGHTHOUSE_WORKERS) || 2),
): Promise<PageScores[]> {
  const groups = Array.from({ length: Math.min(workers, targets.length) }, (_, w) =>
    targets.filter((_, i) => i % workers === w),
  );
  const self = fileURLToPath(import.meta.url);
  const runs = groups.map(
    (group) =>
      new Promise<PageScores[]>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            self,
            '--worker',
            JSON.stringify({ baseUrl, targets: group, categories }),
          ],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
        child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
        child.once('error', reject);
        child.once('close', (code) => {
          const line = stdout.split('\n').find((l) => l.startsWith(WORKER_RESULT));
          if (code !== 0 || !line) {
            reject(new Error(`Lighthouse worker failed (exit ${code}): ${stderr.slice(-1000)}`));
            return;
          }
          resolve(JSON.parse(line.slice(WORKER_RESULT.length)) as PageScores[]);
        });
      }),
  );
  const results = (await Promise.all(runs)).flat();
  return targets.map((t) => results.find((r) => r.route === t.route) as PageScores);
}

const WORKER_RESULT = 'LIGHTHOUSE_RESULT ';

async function worker(spec: {
  baseUrl: string;
  targets: { kind: string; route: string }[];
  categories: CategoryId[];
}): Promise<void> {
  const chromium = await launchChromiumForLighthouse();
  try {
    const rows: PageScores[] = [];
    for (const { kind, route } of spec.targets) {
      rows.push({
        kind,
        route,
        ...(await runLighthouse(`${spec.baseUrl}${route}`, chromium.port, spec.categories)),
      });
    }
    process.stdout.write(`${WORKER_RESULT}${JSON.stringify(rows)}\n`);
  } finally {
    await chromium.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (process.argv[2] === '--worker') {
    await worker(JSON.parse(process.argv[3] ?? '{}'));
  } else {
    const buildDir = path.resolve(process.argv[2] ?? process.env.BUILD_DIR ?? 'build');
    const rows = await lighthouseSite(buildDir);
    console.log(lighthouseTable(rows));
    const failures = lighthouseFailures(rows);
    if (failures.length > 0) console.log(`\nAudits that cost points:\n${failures.join('\n')}`);
  }
}
