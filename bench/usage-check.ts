/**
 * Usage-file checker benchmark: our streaming checker against the naive way, on the same
 * generated files, in the same run.
 *
 *   npm run bench:usage                      100k and 1M rows, 3 runs per case
 *   npm run bench:usage -- --rows 100000,300000 --runs 1
 *
 * - streaming: fs.createReadStream (64 KiB chunks, utf8) → checkUsageFile with BENCH_LAYOUT.
 * - naive: read the whole file, Papa.parse in header mode, zod safeParse per row (the same field
 *   rules written as a zod object), duplicate keys in a Set of joined strings.
 * - floor: not a checker; the least work on the streaming checker's parts (see runFloor).
 *
 * Each run is a child process started with --expose-gc, so heap figures do not mix. The child
 * samples process.memoryUsage() while it works (streaming: after every chunk; naive: after each
 * phase and every 10,000 rows) and reports the largest heapUsed seen, the largest heapUsed +
 * external (ArrayBuffers: the duplicate-key table lives there) and the peak RSS from
 * process.resourceUsage(). Throughput is the median of the runs; memory is the largest.
 *
 * Files are generated in a temporary folder and removed afterwards. Output: a Markdown table on
 * stdout and bench/out/usage-check.json.
 */
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { z } from 'zod';
import { checkUsageFile } from '../src/allegro';
import { compileDateFormat } from '../src/allegro/check/usage';
import { DECIMAL, INTEGER } from '../src/allegro/check/usage/field-checks';
import { hashKeyParts, KeyHashSet } from '../src/allegro/check/usage/key-set';
import { BENCH_LAYOUT, generate } from './usage-bench-data';

// ---- child: one measured run ---------------------------------------------------------------

interface Sample {
  heapUsed: number;
  heapAndExternal: number;
}

function memorySampler(): { sample(): void; peak: Sample } {
  const peak: Sample = { heapUsed: 0, heapAndExternal: 0 };
  return {
    peak,
    sample() {
      const m = process.memoryUsage();
      if (m.heapUsed > peak.heapUsed) peak.heapUsed = m.heapUsed;
      const total = m.heapUsed + m.external;
      if (total > peak.heapAndExternal) peak.heapAndExternal = total;
    },
  };
}

async function runStreaming(
  file: string,
  sampler: ReturnType<typeof memorySampler>,
): Promise<{ rows: number; issues: number }> {
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  stream.setEncoding('utf8');
  const report = await checkUsageFile(stream as AsyncIterable<string>, BENCH_LAYOUT, {
    onProgress: () => sampler.sample(),
  });
  return { rows: report.rows, issues: report.totalIssues };
}

const integer = z.string().regex(/^[+-]?\d+$/);
const decimal = z.string().regex(/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/);
function realDateTime(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(value);
  if (!m) return false;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((v) => v ?? '0');
  const date = new Date(
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)),
  );
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(mo) - 1 &&
    date.getUTCDate() === Number(d) &&
    date.getUTCHours() === Number(h) &&
    date.getUTCMinutes() === Number(mi) &&
    date.getUTCSeconds() === Number(s)
  );
}
/** The bench layout's rules written the way one would with zod alone. */
const NaiveRow = z.object({
  acct_no: integer.max(22),
  plan_instance_no: integer.max(22),
  usage_type_code: z.string().min(1).max(30),
  usage_date: z.string().refine(realDateTime, 'not a real date'),
  usage_units: decimal,
  amt: z.union([
    z.literal(''),
    decimal.refine((v) => (v.split('.')[1] ?? '').replace(/0+$/, '').length <= 2),
  ]),
  comments: z.string().max(300),
});

function runNaive(
  file: string,
  sampler: ReturnType<typeof memorySampler>,
): { rows: number; issues: number } {
  const text = readFileSync(file, 'utf8');
  sampler.sample();
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  sampler.sample();
  let issues = parsed.errors.length;
  const seen = new Set<string>();
  parsed.data.forEach((row, i) => {
    const result = NaiveRow.safeParse(row);
    if (!result.success) issues += result.error.issues.length;
    const key = `${row.acct_no}\u001f${row.usage_type_code}\u001f${row.usage_date}`;
    if (seen.has(key)) issues += 1;
    else seen.add(key);
    if (i % 10_000 === 0) sampler.sample();
  });
  sampler.sample();
  return { rows: parsed.data.length, issues };
}

/**
 * The floor: the least work any checker built on the same parts (a read stream, papaparse's core
 * parser, regular expressions, the date parser and the duplicate-key table) must do for this
 * file, with everything a real checker needs left out: no record splitter (a quoted line break
 * would break it, and this file has none), no line numbers, no messages, no layout, the field
 * rules written inline for these seven columns. It shows how much of the streaming checker's
 * time is the parts themselves (and V8 optimizing them) rather than the checker around them.
 */
async function runFloor(
  file: string,
  sampler: ReturnType<typeof memorySampler>,
): Promise<{ rows: number; issues: number }> {
  const compiledDate = compileDateFormat('yyyy-MM-dd[ HH:mm:ss]', 'datetime');
  if (!compiledDate.ok) throw new Error(compiledDate.error);
  const parseDate = compiledDate.format.parse;
  const keys = new KeyHashSet();
  const keyParts = ['', '', ''];
  const hash = { high: 0, low: 0 };
  const config = { delimiter: ',', newline: '\n', quoteChar: '"', escapeChar: '"' } as const;
  let rows = -1; // the column-name line is not a row
  let issues = 0;
  let carry = '';
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  stream.setEncoding('utf8');
  const check = (row: string[]): void => {
    rows += 1;
    if (rows === 0) return;
    const [acct = '', plan = '', type = '', date = '', units = '', amt = '', comments = ''] = row;
    if (!INTEGER.test(acct) || acct.length > 22) issues += 1;
    if (!INTEGER.test(plan) || plan.length > 22) issues += 1;
    if (type === '' || type.length > 30) issues += 1;
    if (typeof parseDate(date) !== 'number') issues += 1;
    if (!DECIMAL.test(units)) issues += 1;
    if (amt !== '') {
      const point = amt.indexOf('.');
      if (!DECIMAL.test(amt) || (point >= 0 && amt.length - point - 1 > 2)) issues += 1;
    }
    if (comments.length > 300) issues += 1;
    keyParts[0] = acct;
    keyParts[1] = type;
    keyParts[2] = date;
    hashKeyParts(keyParts, hash);
    if (keys.addOrGet(hash.high, hash.low, rows) > 0) issues += 1;
  };
  for await (const chunk of stream as AsyncIterable<string>) {
    const text = carry + chunk;
    const end = text.lastIndexOf('\n') + 1;
    carry = text.slice(end);
    const parsed = new Papa.Parser(config).parse(text.slice(0, end), 0, false) as Papa.ParseResult<
      string[]
    >;
    for (const row of parsed.data) if (row.length > 1) check(row);
    sampler.sample();
  }
  if (carry !== '') {
    const parsed = new Papa.Parser(config).parse(carry, 0, false) as Papa.ParseResult<string[]>;
    for (const row of parsed.data) if (row.length > 1) check(row);
  }
  return { rows, issues };
}

async function child(mode: string, file: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const sampler = memorySampler();
  sampler.sample();
  const baseline = { ...sampler.peak };
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const result =
    mode === 'streaming'
      ? await runStreaming(file, sampler)
      : mode === 'floor'
        ? await runFloor(file, sampler)
        : runNaive(file, sampler);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  sampler.sample();
  process.stdout.write(
    JSON.stringify({
      ...result,
      ms,
      cpuMs,
      baselineHeap: baseline.heapUsed,
      peakHeap: sampler.peak.heapUsed,
      peakHeapAndExternal: sampler.peak.heapAndExternal,
      peakRss: process.resourceUsage().maxRSS * 1024,
    }),
  );
}

// ---- parent: generate, run, report -----------------------------------------------------------

interface RunResult {
  rows: number;
  issues: number;
  ms: number;
  /** CPU time of the whole process (all threads, including GC helpers) during the run. */
  cpuMs: number;
  baselineHeap: number;
  peakHeap: number;
  peakHeapAndExternal: number;
  peakRss: number;
}

const MB = 1024 * 1024;
const MODES = ['streaming', 'naive', 'floor'] as const;
type Mode = (typeof MODES)[number];
const here = dirname(fileURLToPath(import.meta.url));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function measure(mode: string, file: string): RunResult {
  const result = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--child',
      mode,
      file,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (result.status !== 0) throw new Error(`${mode} run failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as RunResult;
}

async function parent(rowCounts: number[], runs: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'usage-bench-'));
  const results: Array<{
    rows: number;
    mode: string;
    rowsPerSecond: number;
    rowsPerCpuSecond: number;
    peakHeapMB: number;
    peakHeapAndExternalMB: number;
    peakRssMB: number;
    issues: number;
    runsMs: number[];
  }> = [];
  /** Per row count and way: naive time / that way's time in each round of runs (wall and CPU). */
  const pairRatios = new Map<string, { wall: number[]; cpu: number[] }>();
  try {
    for (const rows of rowCounts) {
      const file = join(dir, `usage-${rows}.csv`);
      await generate(file, rows);
      // Each round runs every way once, in a rotating order, so that a machine that speeds up
      // or slows down during the run weighs on all ways alike; a speed-up is the median of the
      // per-round ratios.
      const measured: Record<Mode, RunResult[]> = { streaming: [], naive: [], floor: [] };
      for (let r = 0; r < runs; r += 1) {
        for (let k = 0; k < MODES.length; k += 1) {
          const mode = MODES[(r + k) % MODES.length] as Mode;
          measured[mode].push(measure(mode, file));
        }
      }
      for (const mode of MODES) {
        const list = measured[mode];
        const first = list[0] as RunResult;
        results.push({
          rows,
          mode,
          rowsPerSecond: Math.round(median(list.map((m) => (m.rows / m.ms) * 1000))),
          rowsPerCpuSecond: Math.round(median(list.map((m) => (m.rows / m.cpuMs) * 1000))),
          peakHeapMB: Math.max(...list.map((m) => m.peakHeap)) / MB,
          peakHeapAndExternalMB: Math.max(...list.map((m) => m.peakHeapAndExternal)) / MB,
          peakRssMB: Math.max(...list.map((m) => m.peakRss)) / MB,
          issues: first.issues,
          runsMs: list.map((m) => Math.round(m.ms)),
        });
        process.stderr.write(
          `${mode} ${rows}: ${list.map((m) => Math.round(m.ms)).join(' / ')} ms\n`,
        );
      }
      for (const mode of ['streaming', 'floor'] as const) {
        pairRatios.set(`${rows} ${mode}`, {
          wall: measured[mode].map((m, i) => (measured.naive[i] as RunResult).ms / m.ms),
          cpu: measured[mode].map((m, i) => (measured.naive[i] as RunResult).cpuMs / m.cpuMs),
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const find = (rows: number, mode: string) =>
    results.find((r) => r.rows === rows && r.mode === mode);
  const speedups = rowCounts.flatMap((rows) =>
    (['streaming', 'floor'] as const).map((mode) => {
      const ratios = pairRatios.get(`${rows} ${mode}`) ?? { wall: [0], cpu: [0] };
      return {
        rows,
        mode,
        speedup: median(ratios.wall),
        cpuSpeedup: median(ratios.cpu),
        wallRange: [Math.min(...ratios.wall), Math.max(...ratios.wall)],
        cpuRange: [Math.min(...ratios.cpu), Math.max(...ratios.cpu)],
      };
    }),
  );
  const small = Math.min(...rowCounts);
  const large = Math.max(...rowCounts);
  const heapGrowth =
    (find(large, 'streaming')?.peakHeapMB ?? 0) / (find(small, 'streaming')?.peakHeapMB ?? 1);
  const cpu = cpus();
  const machine = {
    cores: cpu.length,
    cpu: cpu[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg()
      .map((l) => l.toFixed(1))
      .join(' '),
  };

  const lines = [
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB, Node ${machine.node}; load average ${machine.loadAverage}; median of ${runs} run(s) each, the three ways in rotating order.`,
    '',
    '| rows | checker | rows/s (wall) | rows per CPU-second | peak heap MB | peak heap + external MB | peak RSS MB | issues |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.rows.toLocaleString('en-US')} | ${r.mode} | ${r.rowsPerSecond.toLocaleString('en-US')} | ${r.rowsPerCpuSecond.toLocaleString('en-US')} | ${r.peakHeapMB.toFixed(1)} | ${r.peakHeapAndExternalMB.toFixed(1)} | ${r.peakRssMB.toFixed(1)} | ${r.issues} |`,
    ),
    '',
    ...speedups.map(
      (s) =>
        `${s.mode === 'streaming' ? 'Speed-up' : 'Floor (least work on the same parts, not a checker)'} at ${s.rows.toLocaleString('en-US')} rows over naive (median of ${runs} round(s)): ${s.speedup.toFixed(2)}× wall (${s.wallRange.map((x) => x.toFixed(2)).join('-')}), ${s.cpuSpeedup.toFixed(2)}× per CPU-second (${s.cpuRange.map((x) => x.toFixed(2)).join('-')})${s.mode === 'streaming' ? ' (target ≥ 3×)' : ''}.`,
    ),
    `Streaming peak heap, ${large.toLocaleString('en-US')} vs ${small.toLocaleString('en-US')} rows: ${heapGrowth.toFixed(2)}× (target ≤ 2×).`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const outDir = join(here, 'out');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'usage-check.json'),
    `${JSON.stringify({ date: new Date().toISOString(), machine, runs, results, speedups, heapGrowth, targets: { speedup: 3, heapGrowth: 2 } }, null, 2)}\n`,
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    await child(args[1] ?? 'streaming', args[2] ?? '');
    return;
  }
  const rowsArg = args.indexOf('--rows');
  const runsArg = args.indexOf('--runs');
  const rowCounts =
    rowsArg >= 0 ? (args[rowsArg + 1] ?? '').split(',').map(Number) : [100_000, 1_000_000];
  const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
  if (rowCounts.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
    process.stderr.write('usage: tsx bench/usage-check.ts [--rows 100000,1000000] [--runs 3]\n');
    process.exitCode = 2;
    return;
  }
  await parent(rowCounts, runs);
}

void main();
