import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE_SAMPLES } from '../../../src/allegro/samples/usage';
import { runCli } from '../../../src/cli/run';

const root = join(__dirname, '..', '..', '..');
const samples = join(root, 'static', 'samples');

/** Runs the CLI the way `npm run allegro` does: node with the tsx loader. */
function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/allegro.ts'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('allegro check-usage', () => {
  it('clean sample with the default layout: exit 0 and a summary line', () => {
    const run = cli('check-usage', join(samples, 'usage-comma-clean.csv'));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /usage-comma-clean\.csv: 0 errors, 0 warnings, 0 info in 7 records \(5 detail\) on 8 lines; layout: Comma-delimited/,
    );
    expect(run.stdout).toContain('(built-in sample comma layout)');
  });

  it('bad sample: exit 1, one file:line:column line per known bad row', () => {
    const run = cli('check-usage', join(samples, 'usage-comma-bad.csv'));
    expect(run.code).toBe(1);
    const issueLines = run.stdout.split('\n').filter((l) => / (error|warning|info) USG-/.test(l));
    const expected = USAGE_SAMPLES.find((s) => s.id === 'comma')?.expected ?? [];
    expect(issueLines.map((l) => /:(\d+):\d+: \w+ (USG-[A-Z]+-\d+)/.exec(l)?.slice(1))).toEqual(
      expected.map((row) => [String(row.line), row.code]),
    );
    expect(issueLines[1]).toContain(
      'usage-comma-bad.csv:4:5: error USG-VAL-009 usage_date "2026-02-30" is not a real date',
    );
  });

  it('--layout with the pipe and fixed-width samples', () => {
    expect(
      cli(
        'check-usage',
        join(samples, 'usage-pipe-clean.txt'),
        '--layout',
        join(samples, 'layout-pipe.json'),
      ).code,
    ).toBe(0);
    expect(
      cli(
        'check-usage',
        join(samples, 'usage-fixed-clean.txt'),
        '--layout',
        join(samples, 'layout-fixed.json'),
      ).code,
    ).toBe(0);
    const bad = cli(
      'check-usage',
      join(samples, 'usage-fixed-bad.txt'),
      '--layout',
      join(samples, 'layout-fixed.json'),
    );
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(':6:59: error USG-ROW-002');
  });

  it('--fail-on warning turns a warnings-only file into exit 1; the default does not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'allegro-cli-'));
    const file = join(dir, 'blank-line.txt');
    writeFileSync(file, 'REC-1|u|T|1||||2026-03-01|false|\n\nREC-2|u|T|1||||2026-03-01|false|\n');
    const layout = join(samples, 'layout-pipe.json');
    expect(cli('check-usage', file, '--layout', layout).code).toBe(0);
    const strict = cli('check-usage', file, '--layout', layout, '--fail-on', 'warning');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain(':2:1: warning USG-ROW-005');
  });

  it('--json prints one parseable report for pipelines', () => {
    const run = cli(
      'check-usage',
      join(samples, 'usage-pipe-bad.txt'),
      '--layout',
      join(samples, 'layout-pipe.json'),
      '--json',
    );
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as {
      exitCode: number;
      report: { issues: Array<{ line: number; code: string }> };
    };
    expect(doc.exitCode).toBe(1);
    expect(doc.report.issues.map((i) => i.code)).toContain('USG-VAL-006');
  });

  it('--max-issues caps the printed issues and says how many there were', () => {
    const run = cli('check-usage', join(samples, 'usage-comma-bad.csv'), '--max-issues', '3');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('(showing the first 5 of 14 issues;');
  });
});

describe('allegro check-config', () => {
  it('clean configuration: exit 0', () => {
    const run = cli('check-config', join(samples, 'config-clean.json'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('config-clean.json: 0 errors');
  });

  it('configuration with mistakes: exit 1 and CFG- codes with line and column', () => {
    const run = cli('check-config', join(samples, 'config-with-mistakes.yaml'));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/config-with-mistakes\.yaml:\d+:\d+: error CFG-[A-Z]+-\d{3} /);
  });
});

describe('usage errors: exit 2 with a clear message and no stack trace', () => {
  it.each([
    [['check-usage', 'no-such-file.csv'], 'cannot read usage file no-such-file.csv: no such file'],
    [
      ['check-config', 'no-such-file.yaml'],
      'cannot read configuration no-such-file.yaml: no such file',
    ],
    [['frobnicate', 'x'], 'unknown command "frobnicate"'],
    [[], 'missing command'],
    [['check-usage'], 'check-usage needs a file to check'],
    [['check-usage', 'x.csv', '--bogus'], "Unknown option '--bogus'"],
    [['check-usage', 'x.csv', '--fail-on', 'sometimes'], '--fail-on takes error or warning'],
    [['check-usage', 'x.csv', '--max-issues', '0'], '--max-issues takes a whole number'],
    [
      [
        'check-usage',
        join(samples, 'usage-comma-clean.csv'),
        '--layout',
        join(samples, 'usage-pipe-bad.txt'),
      ],
      'invalid layout',
    ],
  ])('%j (in process)', async (args, message) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('the spawned CLI exits 2 for an unreadable file, without a stack trace', () => {
    const run = cli('check-usage', 'no-such-file.csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'allegro: cannot read usage file no-such-file.csv: no such file\nRun "npm run allegro -- --help" for usage.\n',
    );
  });

  it('--help explains commands, the default layout and the exit codes', () => {
    const run = cli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Without --layout the sample comma-delimited layout is used');
    expect(run.stdout).toContain('2  the check could not run');
  });
});
