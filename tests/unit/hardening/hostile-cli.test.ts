/**
 * The hostile-input corpus through the command-line checker, spawned the way `npm run allegro`
 * runs it. Every hostile file ends with exit code 1 (issues found) or 2 (could not run) and
 * clear output lines, never a stack trace; files that are only unusually encoded but valid
 * (UTF-8 BOM, CRLF, lone CR) pass with 0. A 50 MB usage file is streamed with peak RSS well
 * under 300 MB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BIG_USAGE_BAD_EVERY,
  HOSTILE_FIXTURES,
  writeBigUsageCsv,
  writeCorpus,
} from '../../fixtures/hostile/generate';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'allegro-hostile-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Writes the peak resident set size of the process it is loaded into, on exit.
const rssProbe = path.join(dir, 'rss-probe.mjs');
writeFileSync(
  rssProbe,
  "import { writeFileSync } from 'node:fs';\n" +
    "process.on('exit', () => { if (process.env.RSS_FILE) writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS * 1024)); });\n",
);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', pathToFileURL(rssProbe).href, 'src/cli/allegro.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 240_000,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ...env },
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>)$/m;
const ISSUE_LINE = /^[^\s:][^:]*(?::\d+(?::\d+)?)?: (error|warning|info) [A-Z]+-[A-Z]+-\d{3} \S/;

/** Nothing that looks like a crash; every stdout line an issue, a summary or a note. */
function expectCleanOutput(run: Run, file: string): void {
  expect(run.stdout + run.stderr, 'no stack trace').not.toMatch(STACK_FRAME);
  expect(run.stderr, 'no internal error').not.toMatch(/internal error|Error:|TypeError|RangeError/);
  for (const line of run.stdout.split('\n').filter(Boolean)) {
    const known =
      ISSUE_LINE.test(line) ||
      line.startsWith(`${file}: `) ||
      line.startsWith('(showing the first');
    expect(known, `unexpected output line: ${line.slice(0, 200)}`).toBe(true);
  }
}

const issueLines = (run: Run) => run.stdout.split('\n').filter((l) => ISSUE_LINE.test(l));

describe('hostile files through the CLI', () => {
  const written = writeCorpus(dir, 0);

  const VALID = new Set([
    'utf8-bom.csv',
    'crlf.csv',
    'lone-cr.csv',
    'utf8-bom.json',
    'crlf.json',
    'lone-cr.json',
  ]);
  const cases = HOSTILE_FIXTURES.filter((f) => f.target === 'config' || f.target === 'usage');

  it.each(cases.map((f) => [f.name, f.target]))(
    '%s (%s): exit 0/1/2 as expected, clear lines, no stack trace',
    async (name, target) => {
      await written;
      const command = target === 'config' ? 'check-config' : 'check-usage';
      const run = cli([command, path.join(dir, name)]);
      const shown = path.join(dir, name);
      expectCleanOutput(run, shown);
      if (VALID.has(name)) {
        expect(run.code, run.stdout).toBe(0);
      } else {
        expect([1, 2], run.stdout + run.stderr).toContain(run.code);
        expect(issueLines(run).length).toBeGreaterThan(0);
      }
    },
  );

  it.each([
    [
      'binary.csv',
      'check-usage',
      /:1: error USG-FIL-003 The file is not UTF-8 text: line 1 holds a NUL/,
    ],
    ['utf16le-bom.csv', 'check-usage', /:1: error USG-FIL-003 .*UTF-16 byte order mark/],
    ['binary.json', 'check-config', /:\d+:\d+: error CFG-SYN-008 The text is not UTF-8 text/],
    ['utf16le-bom.yaml', 'check-config', /:1:1: error CFG-SYN-008 .*UTF-16/],
    [
      'deep-10000.json',
      'check-config',
      /:1:\d+: error CFG-SYN-004 The document is nested deeper than 64 levels/,
    ],
    [
      'single-line-1mb.csv',
      'check-usage',
      /:1:1: error USG-ROW-006 The record starting on line 1 runs past/,
    ],
  ])('%s: exit 1 and one clear line about it', async (name, command, pattern) => {
    await written;
    const run = cli([command, path.join(dir, name)]);
    expect(run.code).toBe(1);
    const lines = issueLines(run).filter((l) => !/USG-FIL-001/.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
  });

  it.each(['proto-keys-layout.json', 'markup-layout.json', 'binary.json', 'deep-10000.json'])(
    'layout %s: exit 2 with "invalid layout", the problems listed, no stack trace',
    async (name) => {
      await written;
      const run = cli([
        'check-usage',
        path.join(dir, 'crlf.csv'),
        '--layout',
        path.join(dir, name),
      ]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        new RegExp(`^allegro: invalid layout .*${name.replace('.', '\\.')}:\\n`),
      );
      expect(run.stderr).toMatch(/USG-LAY-00[12]/);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    },
  );

  it('markup in every field is echoed as plain text, in --json as JSON strings', async () => {
    await written;
    const run = cli(['check-usage', path.join(dir, 'markup.csv'), '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { report: { issues: { message: string }[] } };
    expect(
      report.report.issues.some((i) => i.message.includes('<img src=x onerror=alert(1)>')),
    ).toBe(true);
  });

  it('output cut short by the reader (| head): no EPIPE stack trace, exit code kept', () => {
    // 20,000 bad records: far more output than a pipe buffers, so the writes hit a closed pipe.
    const noisy = path.join(dir, 'noisy.csv');
    writeFileSync(noisy, 'D,x,y\n'.repeat(20_000));
    const shell = spawnSync(
      'bash',
      [
        '-c',
        `node --import tsx src/cli/allegro.ts check-usage "${noisy}" --max-issues 100000 | head -n 1; echo "exit=\${PIPESTATUS[0]}"`,
      ],
      { cwd: root, encoding: 'utf8', timeout: 120_000 },
    );
    expect(shell.stdout).toMatch(/^.*noisy\.csv.*USG-[A-Z]{3}-\d{3}.*\nexit=1\n$/);
    expect(shell.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
});

describe('a 50 MB usage file through the CLI', () => {
  it('is streamed: every bad row reported, exit 1, peak RSS under 300 MB', async () => {
    const file = path.join(dir, 'big-50mb.csv');
    const { detailRows, badRows } = await writeBigUsageCsv(file, 50 * 1024 * 1024);
    const rssFile = path.join(dir, 'rss.txt');
    const run = cli(['check-usage', file], { RSS_FILE: rssFile });
    expectCleanOutput(run, file);
    expect(run.code).toBe(1);
    expect(badRows).toBe(Math.floor(detailRows / BIG_USAGE_BAD_EVERY));
    expect(issueLines(run).filter((l) => / USG-VAL-009 /.test(l))).toHaveLength(badRows);
    expect(run.stdout).toContain(`in ${detailRows + 2} records (${detailRows} detail)`);
    const peakRss = Number(readFileSync(rssFile, 'utf8'));
    expect(peakRss).toBeGreaterThan(10 * 1024 * 1024);
    expect(peakRss, `peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`).toBeLessThan(
      300 * 1024 * 1024,
    );
  }, 300_000);
});
