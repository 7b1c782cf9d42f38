/**
 * The hostile-input corpus (tests/fixtures/hostile/generate.ts) through the core: the
 * configuration checker, the usage-file checker (whole text and streamed in small chunks), the
 * layout reader and the simulators' JSON reading. Each file must give a clear, registered issue
 * that names the line or field, never an exception or an internal-error finding, and must not
 * change Object.prototype.
 *
 * Bytes are decoded the way the CLI (fs with 'utf8') and the browser (File.text(), TextDecoder)
 * do: as UTF-8 with replacement characters, so UTF-16 and binary files arrive as such text.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import {
  AggregationScenarioSchema,
  CODE_INDEX,
  SuspenseScenarioSchema,
  SyncScenarioSchema,
  checkConfig,
  checkConfigText,
  checkUsageFile,
  checkUsageText,
  parseFileLayout,
  planSyncReprocessing,
  simulateAggregatedUsageSync,
  simulateSuspenseReprocessing,
  type Issue,
  type UsageCheckReport,
} from '../../../src/allegro';
import { SAMPLE_LAYOUT_COMMA } from '../../../src/allegro/samples/usage';
import { readScenarioText } from '../../../src/components/sim-ui/scenarioText';
import {
  BIG_USAGE_BAD_EVERY,
  HOSTILE_FIXTURES,
  XSS_IMG,
  XSS_SCRIPT,
  fixture,
  writeBigUsageCsv,
} from '../../fixtures/hostile/generate';

const text = (name: string) => fixture(name).bytes.toString('utf8');

// ---- prototype pollution watch -------------------------------------------------------------

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Array.prototype).sort();

function expectNoPollution(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_PROTOTYPE_KEYS);
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  expect(([] as unknown as { polluted?: unknown }).polluted).toBeUndefined();
  expect((Object.prototype as { polluted?: unknown }).polluted).toBeUndefined();
}

beforeEach(() => expectNoPollution());

/** Every issue is registered, has its registry severity, a message and a docs link. */
function expectWellFormed(issues: readonly Issue[]): void {
  for (const issue of issues) {
    const definition = CODE_INDEX.get(issue.code);
    expect(definition, `${issue.code} is registered`).toBeDefined();
    expect(issue.severity).toBe(definition?.severity);
    expect(issue.message.trim().length).toBeGreaterThan(10);
    expect(issue.docsUrl).toMatch(/^\/docs\//);
    expect(issue.code, 'no internal-error finding').not.toMatch(/-INT-/);
  }
}

const codesAt = (issues: readonly Issue[]) =>
  issues.map((i) => [i.line, i.code] as [number | undefined, string]);

// ---- configurations --------------------------------------------------------------------------

describe('hostile configurations through checkConfigText', () => {
  const configs = HOSTILE_FIXTURES.filter((f) => f.target === 'config');

  it.each(configs.map((f) => f.name))('%s: findings, no throw, no pollution', (name) => {
    const result = checkConfigText(text(name));
    expectWellFormed(result.issues);
    expectNoPollution();
  });

  it('random bytes: one CFG-SYN-008 naming the line and column of the first NUL', () => {
    const result = checkConfigText(text('binary.json'));
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue?.code).toBe('CFG-SYN-008');
    expect(issue?.line).toBeGreaterThanOrEqual(1);
    expect(issue?.message).toContain(`line ${issue?.line}, column ${issue?.column}`);
  });

  it('UTF-16 with a byte order mark: one CFG-SYN-008 on line 1 that says UTF-16', () => {
    const result = checkConfigText(text('utf16le-bom.yaml'));
    expect(codesAt(result.issues)).toEqual([[1, 'CFG-SYN-008']]);
    expect(result.issues[0]?.message).toMatch(/UTF-16/);
  });

  it.each(['utf8-bom.json', 'crlf.json', 'lone-cr.json'])(
    '%s: the clean sample stays clean whatever the BOM and line ends',
    (name) => {
      const result = checkConfigText(text(name));
      expect(result.issues).toEqual([]);
      expect(result.normalized?.client.name).toBe('AcmeTelco');
    },
  );

  it('lone CR and CRLF line ends give the same lines as LF (a finding on line 6)', () => {
    const lf = fixture('crlf.json').bytes.toString('utf8').replace(/\r\n/g, '\n');
    const broken = (t: string, eol: string) =>
      checkConfigText(t.replace('"name": "AcmeTelco"', '"name": 42').replace(/\n/g, eol));
    const expected = codesAt(broken(lf, '\n').issues);
    expect(expected).toEqual([[6, 'CFG-SCH-004']]);
    expect(codesAt(broken(lf, '\r\n').issues)).toEqual(expected);
    expect(codesAt(broken(lf, '\r').issues)).toEqual(expected);
  });

  it('a 1 MB single-line value: CFG-SCH-006 on client.name, line 1', () => {
    const result = checkConfigText(text('single-line-1mb.json'));
    expect(result.issues.map((i) => [i.line, i.code, i.path])).toEqual([
      [1, 'CFG-SCH-006', 'client.name'],
    ]);
    // The message quotes no megabyte of text.
    expect(result.issues[0]?.message.length).toBeLessThan(300);
  });

  it.each(['deep-10000.json', 'deep-10000-objects.json', 'deep-10000.yaml'])(
    '%s (10,000 levels): one CFG-SYN-004, no stack overflow',
    (name) => {
      const result = checkConfigText(text(name));
      expect(result.issues.map((i) => i.code)).toEqual(['CFG-SYN-004']);
      expect(result.issues[0]?.message).toMatch(/deeper than 64 levels/);
    },
  );

  it('__proto__ and constructor keys in JSON: CFG-SYN-003 on each line, ignored, nothing polluted', () => {
    const result = checkConfigText(text('proto-keys.json'));
    expect(result.issues.map((i) => [i.line, i.code])).toEqual([
      [2, 'CFG-SYN-003'],
      [3, 'CFG-SYN-003'],
      [8, 'CFG-SYN-003'],
    ]);
    expect(result.issues[2]?.path).toBe('client.__proto__');
    // The rest of the document was still checked and is otherwise clean.
    expect(String(result.normalized?.client.id)).toBe('4000123');
    expect(Object.getPrototypeOf(result.normalized)).toBe(Object.prototype);
    expectNoPollution();
  });

  it('the same keys as data from JSON.parse (own __proto__ properties) through checkConfig', () => {
    const doc: unknown = JSON.parse(text('proto-keys.json'));
    const result = checkConfig(doc);
    expect(result.issues.filter((i) => i.code === 'CFG-SYN-003').map((i) => i.path)).toEqual([
      '__proto__',
      'constructor',
      'client.__proto__',
    ]);
    expectWellFormed(result.issues);
    expectNoPollution();
  });

  it('__proto__ and constructor keys in YAML, also through a merge key', () => {
    const result = checkConfigText(text('proto-keys.yaml'));
    const syn = result.issues.filter((i) => i.code === 'CFG-SYN-003').map((i) => i.line);
    expect(syn).toEqual([2, 4, 10]);
    expectNoPollution();
  });

  it('1e400, "NaN" and "Infinity": type and format findings with field paths', () => {
    const result = checkConfigText(text('numbers.json'));
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['CFG-SCH-004', 'client.id'],
      ['CFG-SCH-005', 'priceOffers[0].tiers[0].from'],
      ['CFG-SCH-005', 'priceOffers[0].tiers[0].to'],
    ]);
    expect(result.issues[0]?.message).toMatch(/Infinity/);
    expect(result.issues.every((i) => (i.line ?? 0) > 0)).toBe(true);
  });

  it('YAML .nan and .inf: named by field, with lines', () => {
    const result = checkConfigText(text('numbers.yaml'));
    expect(result.issues.slice(0, 2).map((i) => [i.line, i.code, i.path])).toEqual([
      [1, 'CFG-SCH-003', 'schemaVersion'],
      [3, 'CFG-SCH-004', 'client.id'],
    ]);
  });

  it('24:61:00 as a time of day: CFG-SCH-005 on the window start', () => {
    const result = checkConfigText(text('dates.json'));
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['CFG-SCH-005', 'models.timeUnits[0].windows[0].start'],
    ]);
    expect(result.issues[0]?.message).toContain('"24:61:00"');
  });

  it('markup in every text field is data: reported as values, returned as plain text', () => {
    const result = checkConfigText(text('markup.json'));
    expect(result.issues.length).toBeGreaterThan(10);
    expectWellFormed(result.issues);
    // Issues are plain strings (the widgets render them as text); markup stays inert data.
    for (const issue of result.issues) expect(typeof issue.message).toBe('string');
    const keys = checkConfigText(text('markup-keys.yaml'));
    expect(keys.issues.filter((i) => i.code === 'CFG-SCH-002').map((i) => i.line)).toEqual([5, 6]);
    expect(keys.issues.find((i) => i.line === 5)?.message).toContain(XSS_IMG);
  });
});

// ---- usage files -----------------------------------------------------------------------------

/**
 * The same text streamed in small chunks: 7 characters for small files, 4 KiB for large ones
 * (readers deliver 16-64 KiB; a record longer than a chunk is re-joined on every push, so tiny
 * chunks under a megabyte-long record would only measure that copying).
 */
async function streamed(body: string): Promise<UsageCheckReport> {
  const size = body.length > 65_536 ? 4096 : 7;
  async function* chunks() {
    for (let i = 0; i < body.length; i += size) yield body.slice(i, i + size);
  }
  return checkUsageFile(chunks(), SAMPLE_LAYOUT_COMMA);
}

describe('hostile usage files through checkUsageText and checkUsageFile', () => {
  const usage = HOSTILE_FIXTURES.filter((f) => f.target === 'usage');

  it.each(usage.map((f) => f.name))(
    '%s: findings, no throw, same report streamed in small chunks',
    async (name) => {
      const whole = checkUsageText(text(name), SAMPLE_LAYOUT_COMMA);
      expectWellFormed(whole.issues);
      const chunked = await streamed(text(name));
      expect(codesAt(chunked.issues)).toEqual(codesAt(whole.issues));
      expectNoPollution();
    },
  );

  it('random bytes named .csv: one USG-FIL-003 on line 1, nothing else', () => {
    const report = checkUsageText(text('binary.csv'), SAMPLE_LAYOUT_COMMA);
    expect(codesAt(report.issues)).toEqual([[1, 'USG-FIL-003']]);
    expect(report.issues[0]?.message).toMatch(/not UTF-8 text.*NUL/);
  });

  it('UTF-16 LE with a BOM: one USG-FIL-003 that says UTF-16', () => {
    const report = checkUsageText(text('utf16le-bom.csv'), SAMPLE_LAYOUT_COMMA);
    expect(codesAt(report.issues)).toEqual([[1, 'USG-FIL-003']]);
    expect(report.issues[0]?.message).toMatch(/UTF-16/);
  });

  it('a NUL after good records: those records are checked, the NUL line is named', () => {
    const body = 'H,MOBILE_APP,2026-03-16,42\nD,100001,2001,CALL_MIN,2026-02-30,1,,\nD,1\u0000\n';
    const report = checkUsageText(body, SAMPLE_LAYOUT_COMMA);
    expect(codesAt(report.issues)).toEqual([
      [2, 'USG-VAL-009'],
      [3, 'USG-FIL-003'],
    ]);
  });

  it('UTF-8 BOM: an info finding only; CRLF and lone CR: clean, 5 records', () => {
    const bom = checkUsageText(text('utf8-bom.csv'), SAMPLE_LAYOUT_COMMA);
    expect(codesAt(bom.issues)).toEqual([[1, 'USG-FIL-002']]);
    expect(bom.hadByteOrderMark).toBe(true);
    for (const name of ['crlf.csv', 'lone-cr.csv']) {
      const report = checkUsageText(text(name), SAMPLE_LAYOUT_COMMA);
      expect(report.issues, name).toEqual([]);
      expect([report.rows, report.lines], name).toEqual([5, 5]);
    }
  });

  it('a 1 MB record without a line end: USG-ROW-006 on line 1, the record skipped', () => {
    const report = checkUsageText(text('single-line-1mb.csv'), SAMPLE_LAYOUT_COMMA);
    expect(report.issues.map((i) => i.code).sort()).toEqual(['USG-FIL-001', 'USG-ROW-006']);
    expect(report.issues.find((i) => i.code === 'USG-ROW-006')?.line).toBe(1);
  });

  it('1e400, NaN, Infinity, a 400-digit number: a finding on the field of each line', () => {
    const report = checkUsageText(text('numbers.csv'), SAMPLE_LAYOUT_COMMA);
    const byLine = report.issues
      .filter((i) => i.line !== undefined && i.line <= 7)
      .map((i) => [i.line, i.code, i.path]);
    expect(byLine).toEqual([
      [2, 'USG-VAL-006', 'usage_units'],
      [3, 'USG-VAL-005', 'usage_units'],
      [4, 'USG-VAL-005', 'usage_units'],
      [5, 'USG-VAL-005', 'usage_units'],
      [6, 'USG-VAL-006', 'usage_units'],
      [7, 'USG-VAL-003', 'acct_no'],
      [7, 'USG-VAL-005', 'amt'],
    ]);
    // The 400-digit value is shortened in the message.
    expect(report.issues.find((i) => i.line === 6)?.message.length).toBeLessThan(200);
  });

  it('impossible dates and times: USG-VAL-009 on each line, header included', () => {
    const report = checkUsageText(text('dates.csv'), SAMPLE_LAYOUT_COMMA);
    expect(report.issues.map((i) => [i.line, i.code, i.path])).toEqual([
      [1, 'USG-VAL-009', 'file_date'],
      [2, 'USG-VAL-009', 'usage_date'],
      [3, 'USG-VAL-009', 'usage_date'],
      [4, 'USG-VAL-009', 'usage_date'],
      [5, 'USG-VAL-009', 'usage_date'],
    ]);
    expect(report.issues[2]?.message).toContain('24:61:00');
  });

  it('markup in every field: structure and value findings quote it as plain text', () => {
    const report = checkUsageText(text('markup.csv'), SAMPLE_LAYOUT_COMMA);
    expect(report.issues.find((i) => i.line === 1)?.code).toBe('USG-STR-005');
    expect(report.issues.find((i) => i.line === 1)?.message).toContain(XSS_IMG);
    expect(report.issues.some((i) => i.message.includes(XSS_SCRIPT))).toBe(true);
  });
});

// ---- layouts and simulator scenarios ---------------------------------------------------------

describe('hostile layouts and simulator scenarios', () => {
  it('layout with __proto__ and constructor: rejected with the keys named, nothing polluted', () => {
    const result = parseFileLayout(text('proto-keys-layout.json'));
    expect(result.layout).toBeUndefined();
    expectWellFormed(result.issues);
    expect(result.issues.map((i) => i.message).join(' ')).toMatch(/__proto__|constructor/);
    expectNoPollution();
  });

  it('layout with markup in every field: USG-LAY-002 for each bad name and type, with lines', () => {
    const result = parseFileLayout(text('markup-layout.json'));
    expect(result.layout).toBeUndefined();
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['USG-LAY-002', 'detail.fields[0].name'],
      ['USG-LAY-002', 'detail.fields[1].name'],
      ['USG-LAY-002', 'detail.fields[1].type'],
    ]);
    expect(result.issues.every((i) => i.line === 1)).toBe(true);
  });

  it.each(['binary.json', 'utf16le-bom.yaml', 'deep-10000.json'])(
    'layout text %s: USG-LAY-001 with a line, no throw',
    (name) => {
      const result = parseFileLayout(text(name));
      expect(result.layout).toBeUndefined();
      expect(result.issues[0]?.code).toBe('USG-LAY-001');
      expect(result.issues[0]?.line).toBeGreaterThanOrEqual(1);
    },
  );

  const schemas = [
    ['suspense', SuspenseScenarioSchema, simulateSuspenseReprocessing],
    ['sync', SyncScenarioSchema, planSyncReprocessing],
    ['aggregation', AggregationScenarioSchema, simulateAggregatedUsageSync],
  ] as const;
  const scenarios = [
    'deep-10000-scenario.json',
    'proto-keys-scenario.json',
    'markup-scenario.json',
    'binary.json',
    'numbers.json',
  ];

  it.each(schemas.flatMap(([sim]) => scenarios.map((name) => [sim, name])))(
    '%s simulator reads %s: a problem with a field path or a line, never a throw',
    (sim, name) => {
      const [, schema, simulate] = schemas.find(([s]) => s === sim)!;
      // The three schemas differ in type; the test only needs "unknown in, result out".
      const read = readScenarioText<unknown>(text(name), schema as ZodType<unknown>);
      const run = simulate as (scenario: unknown) => { ok: boolean; issues: Issue[] };
      if (read.ok) {
        // Valid after all (markup in names is just text): the simulator runs on it.
        const result = run(read.value);
        expect(result.issues.every((i) => !/-INT-/.test(i.code))).toBe(true);
      } else {
        expect(read.problems.length).toBeGreaterThan(0);
        for (const problem of read.problems) {
          expect(problem.message.length).toBeGreaterThan(5);
          expect(
            problem.path !== '' || problem.line !== undefined || /scenario/.test(problem.message),
          ).toBe(true);
        }
      }
      // The simulators also take raw values (for example from a URL) and must cope.
      let raw: unknown;
      try {
        raw = JSON.parse(text(name));
      } catch {
        raw = text(name);
      }
      const direct = run(raw);
      expect(typeof direct.ok).toBe('boolean');
      expect(direct.issues.some((i) => /-INT-/.test(i.code))).toBe(false);
      expectNoPollution();
    },
  );

  it('binary text in a scenario editor: the NUL is located by line and column', () => {
    const read = readScenarioText(text('binary.json'), SuspenseScenarioSchema);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems).toHaveLength(1);
      expect(read.problems[0]?.line).toBeGreaterThanOrEqual(1);
      expect(read.problems[0]?.message).toMatch(/not JSON: line \d+, column \d+ holds a NUL/);
    }
  });

  it('a JSON syntax error in a scenario is located by line and column', () => {
    const read = readScenarioText('{\n  "records": [1,,2]\n}', SuspenseScenarioSchema);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatchObject({ line: 2 });
  });
});

// ---- a large file, streamed --------------------------------------------------------------------

describe('a large usage file streamed through checkUsageFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'allegro-hostile-core-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('8 MB: every bad row found, the trailer count checked, heap growth bounded', async () => {
    const file = path.join(dir, 'big.csv');
    const { detailRows, badRows } = await writeBigUsageCsv(file, 8 * 1024 * 1024);
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const stream = createReadStream(file, { highWaterMark: 1 << 16 });
    stream.setEncoding('utf8');
    const report = await checkUsageFile(stream as AsyncIterable<string>, SAMPLE_LAYOUT_COMMA, {
      onProgress: () => {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
    });
    expect(report.detailRows).toBe(detailRows);
    expect(badRows).toBe(Math.floor(detailRows / BIG_USAGE_BAD_EVERY));
    expect(report.issueCountsByCode['USG-VAL-009']).toBe(badRows);
    expect(report.issueCountsByCode['USG-TRL-001']).toBe(1);
    // The file is never held whole: the heap grows by far less than its size plus the key table.
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
  });
});
