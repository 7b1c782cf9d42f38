/**
 * `npm run bench`: every benchmark in one run, written to bench/REPORT.md (and
 * bench/out/report.json), next to a stock Docusaurus 3.10 classic site measured in the same run.
 *
 *   1. builds (cold and warm) of this site and of the stock site, into folders under the system
 *      temp folder, never into build/ (each under the build lock when `flock` is available);
 *   2. page weight per page kind (measureSite from bench/page-weight.mts) for both sites;
 *   3. Lighthouse mobile scores (performance, accessibility, best practices, SEO) for the home
 *      page, an FAQ page and every tool page, served with gzip; the stock home and doc page too;
 *   4. usage-file check throughput and peak heap next to the naive way (bench/usage-check.ts);
 *   5. search index size and query latency (bench/search-index-size.ts, bench/search-latency.ts).
 *
 * Cold build = after what `docusaurus clear` removes (.docusaurus, node_modules/.cache; for this
 * site not build/, which may belong to another run) ; warm = the same build again right after.
 *
 * Options:
 *   --stock-dir <dir>        reuse a scaffolded stock site (created there when missing)
 *   --skip-stock             no stock site (its columns say why)
 *   --usage-rows 100000,1000000  --usage-runs 3   passed to bench/usage-check.ts
 *   --skip <section,...>     builds, weight, lighthouse, usage, search (for a quick partial run;
 *                            without builds, BUILD_DIR or build/ is measured)
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { findChromium } from '../tests/e2e/support/chromium';
import { kb, measureSite, type PageWeight } from './page-weight.mts';
import {
  ALL_CATEGORIES,
  lighthouseFailures,
  lighthouseSite,
  lighthouseTable,
  lighthouseTargets,
  type PageScores,
} from './lighthouse.mts';

const here = path.dirname(fileURLToPath(import.meta.url));
const siteDir = path.resolve(here, '..');
const STOCK_VERSION = '3.10.2';

// ---- options ---------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
};
const skip = new Set((option('skip') ?? '').split(',').filter(Boolean));
const skipStock = argv.includes('--skip-stock');

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

// ---- helpers ---------------------------------------------------------------------------------

function commandExists(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Runs a command, streaming its output to stderr; resolves with exit code and output tail. */
function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? siteDir,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (data: Buffer) => {
      output = (output + data.toString()).slice(-200_000);
      process.stderr.write(data);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve({ code: 127, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const BUILD_LOCK = process.env.BUILD_LOCK ?? path.join(os.tmpdir(), 'build.lock');

/**
 * One timed build of `dir` into `outDir`. `cold` first removes what `docusaurus clear` removes
 * (except a site's build/ when it is shared). The timing is taken inside the lock, so waiting
 * for another helper's build does not count.
 */
async function timedBuild(
  dir: string,
  outDir: string,
  cold: boolean,
  removeBuildDir: boolean,
): Promise<{ ms: number; ok: boolean; output: string }> {
  const script = `
    const { spawnSync } = require('node:child_process');
    const fs = require('node:fs');
    const path = require('node:path');
    const dir = ${JSON.stringify(dir)};
    if (${cold}) {
      for (const p of ['.docusaurus', 'node_modules/.cache', '.yarn/.cache'${removeBuildDir ? ", 'build'" : ''}])
        fs.rmSync(path.join(dir, p), { recursive: true, force: true });
    }
    fs.rmSync(${JSON.stringify(outDir)}, { recursive: true, force: true });
    const started = process.hrtime.bigint();
    const result = spawnSync('npx', ['docusaurus', 'build', '--out-dir', ${JSON.stringify(outDir)}], { cwd: dir, stdio: 'inherit' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stderr.write('BUILD_RESULT ' + JSON.stringify({ ms, status: result.status }) + '\\n');
    process.exit(result.status ?? 1);
  `;
  const args = ['-e', script];
  const result = commandExists('flock')
    ? await run('flock', [BUILD_LOCK, process.execPath, ...args], { cwd: dir })
    : await run(process.execPath, args, { cwd: dir });
  const match = /BUILD_RESULT (\{.*\})/.exec(result.output);
  const parsed = match ? (JSON.parse(match[1] as string) as { ms: number; status: number }) : null;
  return {
    ms: parsed?.ms ?? Number.NaN,
    ok: result.code === 0,
    output: result.output.slice(-3000),
  };
}

const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : 'n/a');

// ---- 0. machine ------------------------------------------------------------------------------

function machine() {
  const cpus = os.cpus();
  const chromium = findChromium();
  let chromiumVersion = 'not found';
  if (chromium) {
    try {
      chromiumVersion =
        execFileSync(chromium, ['--version'], { encoding: 'utf8' })
          .split('\n')
          .find((line) => /\d+\.\d+/.test(line))
          ?.trim() ?? 'unknown';
    } catch {
      chromiumVersion = 'unknown (--version failed)';
    }
  }
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${process.arch}`,
    chromium: chromiumVersion,
    loadAverage: os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / '),
  };
}

// ---- 1. stock site ---------------------------------------------------------------------------

/** A stock site scaffolded for this run only; removed at the end. */
let temporaryStock: string | undefined;

interface StockSite {
  dir?: string;
  problem?: string;
}

async function prepareStock(): Promise<StockSite> {
  if (skipStock) return { problem: 'skipped (--skip-stock)' };
  const given = option('stock-dir');
  const dir = path.resolve(given ?? fs.mkdtempSync(path.join(os.tmpdir(), 'allegro-bench-stock-')));
  if (!given) temporaryStock = dir;
  fs.mkdirSync(dir, { recursive: true });
  const site = path.join(dir, 'stock');
  if (!fs.existsSync(path.join(site, 'docusaurus.config.ts'))) {
    log(`scaffolding a stock Docusaurus ${STOCK_VERSION} classic site in ${site}`);
    const scaffold = await run(
      'npx',
      [
        '-y',
        `create-docusaurus@${STOCK_VERSION}`,
        'stock',
        'classic',
        '--typescript',
        '--skip-install',
      ],
      { cwd: dir },
    );
    if (scaffold.code !== 0) {
      return {
        problem: `create-docusaurus@${STOCK_VERSION} failed: ${scaffold.output.trim().split('\n').slice(-3).join(' ')}`,
      };
    }
  }
  if (!fs.existsSync(path.join(site, 'node_modules', '.bin', 'docusaurus'))) {
    log('installing the stock site packages (npm install)');
    const install = await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: site });
    if (install.code !== 0) {
      return {
        problem: `npm install failed in the stock site: ${install.output.trim().split('\n').slice(-3).join(' ')}`,
      };
    }
  }
  return { dir: site };
}

// ---- 2. builds -------------------------------------------------------------------------------

interface BuildTimes {
  site: string;
  cold?: number;
  warm?: number;
  outDir?: string;
  problem?: string;
}

async function buildBoth(
  name: string,
  dir: string,
  outBase: string,
  removeBuildDir: boolean,
): Promise<BuildTimes> {
  log(`${name}: cold build`);
  const cold = await timedBuild(dir, `${outBase}-cold`, true, removeBuildDir);
  if (!cold.ok)
    return {
      site: name,
      problem: `cold build failed: ${cold.output.split('\n').slice(-5).join(' ')}`,
    };
  log(`${name}: warm build`);
  const warm = await timedBuild(dir, `${outBase}-warm`, false, removeBuildDir);
  if (!warm.ok) {
    return { site: name, cold: cold.ms, outDir: `${outBase}-cold`, problem: 'warm build failed' };
  }
  fs.rmSync(`${outBase}-cold`, { recursive: true, force: true });
  return { site: name, cold: cold.ms, warm: warm.ms, outDir: `${outBase}-warm` };
}

// ---- 3. page weight --------------------------------------------------------------------------

/** Stock routes that stand for each of our page kinds (the stock site has no FAQ, tools…). */
function stockRouteFor(kind: string): string | undefined {
  if (kind === 'home') return '/';
  if (kind === 'search page') return undefined;
  return '/docs/intro';
}

function weightTable(ours: PageWeight[], stock: PageWeight[] | null, stockNote: string): string {
  const stockByRoute = new Map((stock ?? []).map((row) => [row.route, row]));
  const lines = [
    '| Page kind | Route | JS before interactive (gzip) | CSS (gzip) | Loaded after hydration (gzip) | Stock 3.10 page | Stock JS (gzip) | Stock CSS (gzip) | JS vs stock |',
    '| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  ];
  for (const row of ours) {
    const stockRoute = stockRouteFor(row.kind);
    const s = stockRoute ? stockByRoute.get(stockRoute) : undefined;
    const delta = s
      ? `${(((row.jsGzipBytes - s.jsGzipBytes) / s.jsGzipBytes) * 100).toFixed(1)} %`
      : 'n/a';
    lines.push(
      `| ${row.kind} | \`${row.route}\` | ${kb(row.jsGzipBytes)} | ${kb(row.cssGzipBytes)} | ${kb(row.lazyJsGzipBytes)} | ${s ? `\`${s.route}\`` : stockRoute ? stockNote : 'none (no search page)'} | ${s ? kb(s.jsGzipBytes) : 'n/a'} | ${s ? kb(s.cssGzipBytes) : 'n/a'} | ${delta} |`,
    );
  }
  return lines.join('\n');
}

// ---- 4. usage check and search (child processes) ---------------------------------------------

async function usageBench(): Promise<{ table: string; problem?: string }> {
  const args = ['tsx', path.join(here, 'usage-check.ts')];
  const rows = option('usage-rows');
  const runs = option('usage-runs');
  if (rows) args.push('--rows', rows);
  if (runs) args.push('--runs', runs);
  log(`usage-check benchmark: npx ${args.join(' ')}`);
  const child = spawnSync('npx', args, { cwd: siteDir, encoding: 'utf8', maxBuffer: 16 << 20 });
  if (child.status !== 0) {
    return {
      table: '',
      problem: `bench/usage-check.ts failed (exit ${child.status}): ${child.stderr.trim().split('\n').slice(-3).join(' ')}`,
    };
  }
  return { table: child.stdout.trim() };
}

async function searchBench(
  buildDir: string,
): Promise<{ size: string; latency: string; problem?: string }> {
  log('search index size and latency');
  const size = spawnSync('npx', ['tsx', path.join(here, 'search-index-size.ts'), buildDir], {
    cwd: siteDir,
    encoding: 'utf8',
  });
  const latency = spawnSync('npx', ['tsx', path.join(here, 'search-latency.ts'), buildDir], {
    cwd: siteDir,
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  const latencyLine =
    latency.stdout.split('\n').find((line) => line.startsWith('search latency')) ?? '';
  const problems: string[] = [];
  if (size.status !== 0) problems.push(`search-index-size: ${(size.stderr || size.stdout).trim()}`);
  if (latency.status !== 0 || !latencyLine) {
    problems.push(
      `search-latency (exit ${latency.status}): ${latency.stderr.trim().split('\n').slice(-3).join(' ')}`,
    );
  }
  return {
    size: size.stdout.trim(),
    latency: latencyLine,
    ...(problems.length ? { problem: problems.join('; ') } : {}),
  };
}

// ---- main --------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = new Date();
  const info = machine();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'allegro-bench-'));
  log(`outputs under ${tmp}`);

  const stock = skip.has('builds')
    ? { problem: 'not built (--skip builds)' }
    : await prepareStock();

  // Builds
  let ours: BuildTimes = {
    site: 'this site',
    outDir: path.resolve(process.env.BUILD_DIR ?? 'build'),
  };
  let stockBuild: BuildTimes = { site: `stock Docusaurus ${STOCK_VERSION} classic` };
  if (!skip.has('builds')) {
    ours = await buildBoth('this site', siteDir, path.join(tmp, 'site-build'), false);
    if (stock.dir) {
      stockBuild = await buildBoth(
        `stock Docusaurus ${STOCK_VERSION} classic`,
        stock.dir,
        path.join(tmp, 'stock-build'),
        true,
      );
    } else {
      stockBuild.problem = stock.problem;
    }
  }
  const ourBuildDir = ours.outDir;
  if (!ourBuildDir || !fs.existsSync(path.join(ourBuildDir, 'index.html'))) {
    throw new Error(`No build of this site to measure: ${ours.problem ?? ourBuildDir}`);
  }

  // Page weight
  let weightMd = '_skipped_';
  let weights: { ours: PageWeight[]; stock: PageWeight[] | null } | null = null;
  if (!skip.has('weight')) {
    log('page weight');
    const oursWeight = await measureSite(ourBuildDir);
    let stockWeight: PageWeight[] | null = null;
    if (stockBuild.outDir) {
      stockWeight = await measureSite(stockBuild.outDir, [
        { kind: 'stock home', routes: ['/'] },
        { kind: 'stock doc page', routes: ['/docs/intro'] },
      ]);
    }
    weights = { ours: oursWeight, stock: stockWeight };
    weightMd = weightTable(
      oursWeight,
      stockWeight,
      `n/a (${stockBuild.problem ?? 'no stock build'})`,
    );
  }

  // Lighthouse
  let lighthouseMd = '_skipped_';
  let lighthouseRows: PageScores[] = [];
  let stockLighthouse: PageScores[] = [];
  if (!skip.has('lighthouse')) {
    log('Lighthouse');
    const targets = lighthouseTargets(ourBuildDir).filter(
      (t) => t.kind === 'home' || t.kind === 'FAQ page' || t.kind.startsWith('tool page'),
    );
    lighthouseRows = await lighthouseSite(ourBuildDir, ALL_CATEGORIES, targets);
    if (stockBuild.outDir) {
      stockLighthouse = await lighthouseSite(stockBuild.outDir, ALL_CATEGORIES, [
        { kind: 'stock home', route: '/' },
        { kind: 'stock doc page', route: '/docs/intro' },
      ]);
    }
    const failures = lighthouseFailures(lighthouseRows).filter(
      (line) => !/\[performance\]/.test(line),
    );
    lighthouseMd = [
      lighthouseTable([...lighthouseRows, ...stockLighthouse]),
      '',
      failures.length
        ? `Audits that cost accessibility, best-practices or SEO points:\n\n${failures.map((f) => `- ${f}`).join('\n')}`
        : 'No accessibility, best-practices or SEO audit lost points on these pages.',
    ].join('\n');
  }

  // Usage check
  let usageMd = '_skipped_';
  if (!skip.has('usage')) {
    const usage = await usageBench();
    usageMd = usage.problem ? `Not measured: ${usage.problem}` : usage.table;
  }

  // Search
  let searchMd = '_skipped_';
  if (!skip.has('search')) {
    const search = await searchBench(ourBuildDir);
    searchMd = [
      '```text',
      search.size || '(no output)',
      search.latency || '(no latency line)',
      '```',
      ...(search.problem ? ['', `Problems: ${search.problem}`] : []),
    ].join('\n');
  }

  const buildMd = [
    '| Site | Cold build | Warm build | Note |',
    '| --- | ---: | ---: | --- |',
    ...[ours, stockBuild].map(
      (b) =>
        `| ${b.site} | ${b.cold !== undefined ? seconds(b.cold) : 'n/a'} | ${b.warm !== undefined ? seconds(b.warm) : 'n/a'} | ${b.problem ?? (skip.has('builds') ? 'not built in this run' : '')} |`,
    ),
  ].join('\n');

  const report = `# Benchmark report

Generated by \`npm run bench\` (bench/run-all.mts) on ${started.toISOString().slice(0, 10)} at ${started.toISOString().slice(11, 16)} UTC; it took ${seconds(Date.now() - started.getTime())}.

## Machine

| Cores | CPU | Memory | Node | Chromium | OS | Load average at start (1/5/15 min) |
| ---: | --- | ---: | --- | --- | --- | --- |
| ${info.cores} | ${info.cpu} | ${info.memoryGB} GB | ${info.node} | ${info.chromium} | ${info.platform} | ${info.loadAverage} |

Timings (builds, Lighthouse performance, throughput, latency) depend on this machine and on what
else ran on it; byte counts (page weight, index size) do not.

## Page weight per page kind, next to stock Docusaurus ${STOCK_VERSION}

Gzip (level 9) bytes of the JavaScript and CSS Chromium loaded before the page was interactive,
and of the code loaded after hydration (lazy widgets, search, Mermaid); measureSite from
bench/page-weight.mts. The stock site is \`create-docusaurus@${STOCK_VERSION} classic --typescript\`
built in the same run; its doc page stands for every doc-like page kind.

${weightMd}

## Lighthouse (mobile preset, gzip)

Lighthouse 12.2.3, mobile form factor with simulated throttling, pages served with gzip on
127.0.0.1. CI gates accessibility, best practices and SEO at 100 on every page kind
(tests/e2e/lighthouse.e2e.test.ts); performance is reported here only.

${lighthouseMd}

## Usage-file check: throughput and peak heap, next to the naive way

Output of bench/usage-check.ts (streaming checker against read-whole-file + papaparse + zod).

${usageMd}

## Search: index size and query latency

Output of bench/search-index-size.ts and bench/search-latency.ts on this run's build.

${searchMd}

## Build time: cold and warm, next to stock

Cold: after removing what \`docusaurus clear\` removes (.docusaurus, node_modules/.cache; this
site's build/ is left alone because other runs may use it), then \`docusaurus build\` into a
folder under ${os.tmpdir()}. Warm: the same build again right after. Each build holds the build
lock; waiting for it is not counted.

${buildMd}
`;

  // Formatted as the repository formats Markdown, so `prettier --check .` passes on it.
  const reportFile = path.join(here, 'REPORT.md');
  const prettierOptions = (await prettier.resolveConfig(reportFile)) ?? {};
  fs.writeFileSync(
    reportFile,
    await prettier.format(report, { ...prettierOptions, filepath: reportFile }),
  );
  fs.mkdirSync(path.join(here, 'out'), { recursive: true });
  fs.writeFileSync(
    path.join(here, 'out', 'report.json'),
    `${JSON.stringify({ date: started.toISOString(), machine: info, builds: [ours, stockBuild], weights, lighthouse: [...lighthouseRows, ...stockLighthouse] }, null, 2)}\n`,
  );
  fs.rmSync(tmp, { recursive: true, force: true });
  if (temporaryStock) fs.rmSync(temporaryStock, { recursive: true, force: true });
  log(`wrote ${reportFile}`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
