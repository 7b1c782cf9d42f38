/**
 * The command-line checker: `check-config` for client configurations and `check-usage` for
 * usage files. Node-only (file system); the checks themselves live in src/allegro.
 *
 * Exit codes: 0 = nothing at or above the --fail-on severity (default: error), 1 = such
 * issues found, 2 = the command could not run (bad arguments, unreadable file, invalid
 * layout). Errors are reported as one clear message, never as a stack trace.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  checkConfigText,
  checkUsageFile,
  parseFileLayout,
  type FileLayout,
  type Issue,
  type Severity,
  type UsageCheckReport,
} from '../allegro';
import { DEFAULT_USAGE_LAYOUT } from '../allegro/samples/usage';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_ISSUES = 1;
export const EXIT_USAGE = 2;

type FailOn = 'error' | 'warning';

export const HELP = `Aria Allegro knowledge-base checker

Usage:
  npm run allegro -- check-config <config.json|config.yaml> [options]
  npm run allegro -- check-usage <usage-file> [--layout <layout.json|layout.yaml>] [options]

Commands:
  check-config   Check an Allegro client configuration (JSON or YAML): schema, references,
                 build order and the other configuration rules.
  check-usage    Check a usage file against a file layout, streaming it (memory stays flat for
                 large files). Without --layout the sample comma-delimited layout is used
                 (header H / detail D / trailer T, composite duplicate key; the same as
                 static/samples/layout-comma.json).

Options:
  --layout <file>      File layout for check-usage (JSON or YAML).
  --json               Print one JSON document instead of text (for pipelines).
  --fail-on <level>    error (default): exit 1 only for errors;
                       warning: exit 1 for errors or warnings. Info never fails.
  --max-issues <n>     check-usage: most issues kept and printed (default 1000; all are counted).
  -h, --help           Show this help.

Exit codes:
  0  no issue at or above the --fail-on level
  1  issues at or above the --fail-on level were found
  2  the check could not run: bad arguments, unreadable file or invalid layout

Output lines read  file:line:column: severity CODE message ; codes are explained at
/docs/reference/issue-codes on the knowledge base.
`;

class UsageError extends Error {}

function failed(counts: Record<Severity, number>, failOn: FailOn): boolean {
  return counts.error > 0 || (failOn === 'warning' && counts.warning > 0);
}

function location(file: string, issue: Issue): string {
  if (issue.line === undefined) return file;
  return issue.column === undefined
    ? `${file}:${issue.line}`
    : `${file}:${issue.line}:${issue.column}`;
}

function formatIssue(file: string, issue: Issue): string {
  const path = issue.path && !issue.message.includes(issue.path) ? ` [${issue.path}]` : '';
  return `${location(file, issue)}: ${issue.severity} ${issue.code} ${issue.message}${path}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summary(counts: Record<Severity, number>): string {
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
  }
  return error instanceof Error ? error.message : String(error);
}

async function readTextFile(file: string, what: string): Promise<string> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${file}: ${describeError(error)}`);
  }
}

interface Parsed {
  command: string;
  file: string;
  layoutFile?: string;
  json: boolean;
  failOn: FailOn;
  maxIssues?: number;
}

function parse(argv: string[]): Parsed | 'help' {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        layout: { type: 'string' },
        json: { type: 'boolean' },
        'fail-on': { type: 'string' },
        'max-issues': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(describeError(error).replace(/\. To specify a positional.*$/s, ''));
  }
  if (values.help) return 'help';
  const [command, file, ...extra] = positionals;
  if (!command) throw new UsageError('missing command: check-config or check-usage');
  if (command !== 'check-config' && command !== 'check-usage') {
    throw new UsageError(`unknown command "${command}": use check-config or check-usage`);
  }
  if (!file) throw new UsageError(`${command} needs a file to check`);
  if (extra.length > 0)
    throw new UsageError(`unexpected argument "${extra[0]}": check one file at a time`);
  const failOn = values['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning') {
    throw new UsageError(`--fail-on takes error or warning, not "${String(failOn)}"`);
  }
  if (command === 'check-config' && values.layout !== undefined) {
    throw new UsageError('--layout applies to check-usage only');
  }
  let maxIssues: number | undefined;
  if (values['max-issues'] !== undefined) {
    maxIssues = Number(values['max-issues']);
    if (!Number.isInteger(maxIssues) || maxIssues < 1) {
      throw new UsageError(
        `--max-issues takes a whole number of at least 1, not "${String(values['max-issues'])}"`,
      );
    }
  }
  return {
    command,
    file,
    ...(typeof values.layout === 'string' ? { layoutFile: values.layout } : {}),
    json: values.json === true,
    failOn,
    ...(maxIssues !== undefined ? { maxIssues } : {}),
  };
}

async function checkConfigCommand(args: Parsed, io: CliIo): Promise<number> {
  const text = await readTextFile(args.file, 'configuration');
  const lower = args.file.toLowerCase();
  const format = lower.endsWith('.json')
    ? 'json'
    : lower.endsWith('.yaml') || lower.endsWith('.yml')
      ? 'yaml'
      : 'auto';
  const result = checkConfigText(text, { format });
  const exitCode = failed(result.counts, args.failOn) ? EXIT_ISSUES : EXIT_OK;
  if (args.json) {
    io.out(
      `${JSON.stringify({ command: 'check-config', file: args.file, exitCode, counts: result.counts, issues: result.issues }, null, 2)}\n`,
    );
    return exitCode;
  }
  for (const issue of result.issues) io.out(`${formatIssue(args.file, issue)}\n`);
  io.out(`${args.file}: ${summary(result.counts)}\n`);
  return exitCode;
}

async function loadLayout(
  layoutFile: string | undefined,
): Promise<{ layout: FileLayout; source: string }> {
  if (layoutFile === undefined) {
    const parsed = parseFileLayout(DEFAULT_USAGE_LAYOUT);
    if (!parsed.layout) throw new UsageError('the built-in sample layout is invalid');
    return { layout: parsed.layout, source: 'built-in sample comma layout' };
  }
  const text = await readTextFile(layoutFile, 'layout');
  const parsed = parseFileLayout(text);
  if (!parsed.layout) {
    const details = parsed.issues.map((issue) => `  ${formatIssue(layoutFile, issue)}`).join('\n');
    throw new UsageError(`invalid layout ${layoutFile}:\n${details}`);
  }
  return { layout: parsed.layout, source: layoutFile };
}

async function checkUsageCommand(args: Parsed, io: CliIo): Promise<number> {
  const { layout, source } = await loadLayout(args.layoutFile);
  try {
    const info = await stat(args.file);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (error) {
    throw new UsageError(`cannot read usage file ${args.file}: ${describeError(error)}`);
  }
  let report: UsageCheckReport;
  try {
    // setEncoding('utf8') decodes across chunk boundaries, like TextDecoder with stream: true.
    const stream = createReadStream(args.file, { highWaterMark: 1 << 16 });
    stream.setEncoding('utf8');
    report = await checkUsageFile(stream as AsyncIterable<string>, layout, {
      ...(args.maxIssues !== undefined ? { maxStoredIssues: args.maxIssues } : {}),
    });
  } catch (error) {
    throw new UsageError(`cannot read usage file ${args.file}: ${describeError(error)}`);
  }
  const exitCode = failed(report.counts, args.failOn) ? EXIT_ISSUES : EXIT_OK;
  if (args.json) {
    io.out(
      `${JSON.stringify({ command: 'check-usage', file: args.file, layout: source, exitCode, report }, null, 2)}\n`,
    );
    return exitCode;
  }
  for (const issue of report.issues) io.out(`${formatIssue(args.file, issue)}\n`);
  if (report.truncated) {
    const byCode = Object.entries(report.issueCountsByCode)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, count]) => `${code} ${count}`)
      .join(', ');
    io.out(
      `(showing the first ${report.issues.length} of ${report.totalIssues} issues; all by code: ${byCode})\n`,
    );
  }
  io.out(
    `${args.file}: ${summary(report.counts)} in ${plural(report.rows, 'record')} (${report.detailRows} detail) on ${plural(report.lines, 'line')}; layout: ${layout.name} (${source})\n`,
  );
  return exitCode;
}

/** Runs the CLI and returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = parse(argv);
    if (args === 'help') {
      io.out(HELP);
      return EXIT_OK;
    }
    return args.command === 'check-config'
      ? await checkConfigCommand(args, io)
      : await checkUsageCommand(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`allegro: ${error.message}\nRun "npm run allegro -- --help" for usage.\n`);
      return EXIT_USAGE;
    }
    io.err(`allegro: internal error: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
}
