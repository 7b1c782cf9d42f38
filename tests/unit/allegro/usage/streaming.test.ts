import { describe, expect, it } from 'vitest';
import { checkUsageFile, checkUsageText, type FileLayoutInput } from '../../../../src/allegro';
import { USAGE_SAMPLES } from '../../../../src/allegro/samples/usage';
import { checkInChunks, codes, codesByLine, DETAIL_ONLY_LAYOUT, TINY_LAYOUT } from './helpers';

/** Cut points every `n` characters. */
function everyNth(text: string, n: number): number[] {
  return Array.from({ length: Math.ceil(text.length / n) }, (_, i) => i * n);
}

describe('line breaks, byte order mark and quoted fields', () => {
  const body = ['H,2026-03-01', 'D,a,1.5,', 'D,b,2,', 'T,2,3.5'];

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('%s line breaks: clean, with lines counted once', (_name, eol) => {
    const report = checkUsageText(body.join(eol) + eol, TINY_LAYOUT);
    expect(report.issues).toEqual([]);
    expect(report.lines).toBe(4);
    expect(report.rows).toBe(4);
  });

  it('a CRLF pair split between two chunks is one line break', () => {
    const report = checkInChunks('D,a,1,\r\nD,b,2,\r\n', TINY_LAYOUT, [7]);
    expect(report.lines).toBe(2);
    expect(codes(report)).not.toContain('USG-ROW-005');
  });

  it('mixed line breaks in one file still give the right line numbers', () => {
    const report = checkUsageText('H,2026-03-01\r\nD,a,1,\nD,b,x,\rT,2,1\n', TINY_LAYOUT);
    // Line 3's units are not a number, so they are left out of the total, which then matches.
    expect(codesByLine(report)).toEqual([[3, 'USG-VAL-004']]);
    expect(report.lines).toBe(4);
  });

  it('a byte order mark is reported as info and does not hide the header', () => {
    const report = checkUsageText(`\uFEFF${body.join('\n')}\n`, TINY_LAYOUT);
    expect(codesByLine(report)).toEqual([[1, 'USG-FIL-002']]);
    expect(report.hadByteOrderMark).toBe(true);
    expect(report.headerRows).toBe(1);
    expect(report.bytes).toBe(3 + body.join('\n').length + 1);
  });

  it('quoted fields may hold the delimiter, doubled quotes and line breaks; lines after them stay right', () => {
    const text = [
      'H,2026-03-01',
      'D,a,1,"one, two"',
      'D,b,1,"say ""hi"""',
      'D,c,1,"line one',
      'line two\r\nline three"',
      'D,d,x,',
      'T,4,3',
      '',
    ].join('\n');
    const report = checkUsageText(text, TINY_LAYOUT);
    expect(codesByLine(report)).toEqual([[7, 'USG-VAL-004']]);
    expect(report.lines).toBe(8);
    expect(report.detailRows).toBe(4);
  });

  it('pipe files: quoted pipes are values, not delimiters', () => {
    const layout = {
      ...DETAIL_ONLY_LAYOUT,
      format: { kind: 'delimited', delimiter: '|' },
    } as const;
    const report = checkUsageText('a|1|"x|y"\nb|2|\n', layout);
    expect(report.issues).toEqual([]);
  });

  it('a quote that never closes is reported, and the checker resumes on the next line', () => {
    const text = `a,1,"open${'x'.repeat(100)}\nb,2,\nb,3,\n`;
    const report = checkUsageText(text, DETAIL_ONLY_LAYOUT, { maxRecordLength: 50 });
    expect(codesByLine(report)).toEqual([
      [1, 'USG-ROW-006'],
      [3, 'USG-DUP-001'],
    ]);
  });

  it('a record that spans thousands of small chunks is joined once, with its fields intact', () => {
    // 200,000 characters of comment in 7-character chunks: the record in progress is kept as a
    // list of pieces, so this is linear (joining on every push took minutes for a 1 MB line).
    const comment = 'x'.repeat(200_000);
    const text = `a,1,"${comment}"\nb,2,short\n`;
    const chunked = checkInChunks(text, DETAIL_ONLY_LAYOUT, everyNth(text, 7));
    expect(chunked.issues).toEqual(checkUsageText(text, DETAIL_ONLY_LAYOUT).issues);
    expect(chunked.rows).toBe(2);
    expect(chunked.lines).toBe(2);
    expect(chunked.bytes).toBe(text.length);
  });

  it('an over-long record split over many chunks is skipped up to its line break, and only it', () => {
    const text = `a,1,"${'y'.repeat(5_000)}\nb,2,\nb,3,\n`;
    const report = checkInChunks(text, DETAIL_ONLY_LAYOUT, everyNth(text, 3), {
      maxRecordLength: 1_000,
    });
    expect(codesByLine(report)).toEqual([
      [1, 'USG-ROW-006'],
      [3, 'USG-DUP-001'],
    ]);
  });

  it('an unclosed quote at the end of the file is a malformed record', () => {
    const report = checkUsageText('a,1,\nb,2,"never closed', DETAIL_ONLY_LAYOUT);
    expect(codesByLine(report)).toEqual([[2, 'USG-ROW-004']]);
  });

  it('values are not trimmed unless the layout says so', () => {
    expect(codes(checkUsageText('a, 1,\n', DETAIL_ONLY_LAYOUT))).toEqual(['USG-VAL-004']);
    const trimming = {
      ...DETAIL_ONLY_LAYOUT,
      format: { kind: 'delimited', delimiter: ',', trimValues: true },
    } as const;
    expect(codes(checkUsageText('a, 1,\n', trimming))).toEqual([]);
  });
});

describe('trailer totals', () => {
  it('record count and control total are exact decimals (0.1 + 0.2 = 0.3)', () => {
    const text = 'H,2026-03-01\nD,a,0.1,\nD,b,0.2,\nT,2,0.3\n';
    const report = checkUsageText(text, TINY_LAYOUT);
    expect(report.issues).toEqual([]);
    expect(report.controlTotal?.computed).toBe('0.3');
  });

  it('large and long values are summed without rounding', () => {
    const text =
      'H,2026-03-01\nD,a,123456789012.123456789,\nD,b,0.000000000001,\nD,c,1e3,\nT,3,123456790012.123456789001\n';
    const report = checkUsageText(text, TINY_LAYOUT);
    expect(codes(report).filter((c) => c.startsWith('USG-TRL'))).toEqual([]);
    expect(report.controlTotal?.computed).toBe('123456790012.123456789001');
  });

  it('reports count and total mismatches with both numbers', () => {
    const report = checkUsageText('H,2026-03-01\nD,a,1,\nD,b,2,\nT,3,4\n', TINY_LAYOUT);
    expect(report.issues.map((i) => [i.code, i.message])).toEqual([
      ['USG-TRL-001', 'The trailer says 3 detail records; the file has 2.'],
      [
        'USG-TRL-002',
        "The trailer's total is 4; the sum of units over the detail records where it is a valid number is 3.",
      ],
    ]);
  });

  it("counts 'all' records when the layout says so", () => {
    const layout = {
      ...TINY_LAYOUT,
      trailer: { ...TINY_LAYOUT.trailer, recordCount: { field: 'count', counts: 'all' } },
    } as const;
    expect(checkUsageText('H,2026-03-01\nD,a,1,\nT,3,1\n', layout).issues).toEqual([]);
  });
});

describe('duplicates', () => {
  it('finds a repeated record id and names the first line', () => {
    const report = checkUsageText('a,1,\nb,1,\na,2,\n', DETAIL_ONLY_LAYOUT);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({
      code: 'USG-DUP-001',
      line: 3,
      column: 1,
      field: 'id',
    });
    expect(report.issues[0]?.message).toContain('line 1');
  });

  it('a composite key needs every part equal; ("ab","c") and ("a","bc") differ', () => {
    const layout: FileLayoutInput = {
      ...DETAIL_ONLY_LAYOUT,
      duplicateKey: { composite: ['id', 'note'] },
    };
    expect(codes(checkUsageText('ab,1,c\na,1,bc\nab,2,c\n', layout))).toEqual(['USG-DUP-001']);
  });

  it('keeps finding duplicates across 50,000 distinct keys', () => {
    const lines: string[] = [];
    for (let i = 0; i < 50_000; i += 1) lines.push(`k${i},1,`);
    lines.push('k123,1,', 'k49999,1,');
    const report = checkUsageText(`${lines.join('\n')}\n`, DETAIL_ONLY_LAYOUT);
    expect(codesByLine(report)).toEqual([
      [50_001, 'USG-DUP-001'],
      [50_002, 'USG-DUP-001'],
    ]);
    expect(report.duplicateKeys?.tracked).toBe(50_000);
  });
});

describe('issue cap', () => {
  const bad = Array.from({ length: 25 }, (_, i) => `r${i},x,`).join('\n');

  it('stores at most maxStoredIssues but counts all', () => {
    const report = checkUsageText(bad, DETAIL_ONLY_LAYOUT, { maxStoredIssues: 10 });
    expect(report.issues).toHaveLength(10);
    expect(report.totalIssues).toBe(25);
    expect(report.issueCountsByCode).toEqual({ 'USG-VAL-004': 25 });
    expect(report.counts.error).toBe(25);
    expect(report.truncated).toBe(true);
    expect(report.issues.map((i) => i.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('defaults to 1,000 and takes the layout value when no option is given', () => {
    expect(checkUsageText('', DETAIL_ONLY_LAYOUT).maxStoredIssues).toBe(1000);
    expect(checkUsageText(bad, { ...DETAIL_ONLY_LAYOUT, maxStoredIssues: 5 }).issues).toHaveLength(
      5,
    );
  });

  it('always keeps the trailer verdicts, even past the cap', () => {
    const text = `H,2026-03-01\n${Array.from({ length: 20 }, (_, i) => `D,r${i},x,`).join('\n')}\nT,1,1\n`;
    const report = checkUsageText(text, TINY_LAYOUT, { maxStoredIssues: 5 });
    expect(codes(report).slice(-2)).toEqual(['USG-TRL-001', 'USG-TRL-002']);
    expect(report.totalIssues).toBe(22);
  });
});

describe('checkUsageFile', () => {
  async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  }

  it('checks an async stream of chunks and reports progress', async () => {
    const sample = USAGE_SAMPLES[0];
    if (!sample) throw new Error('no sample');
    const progress: Array<{ rows: number; bytes: number }> = [];
    const report = await checkUsageFile(chunksOf(sample.bad, 17), sample.layout, {
      onProgress: (p) => progress.push(p),
    });
    expect(report).toEqual(checkUsageText(sample.bad, sample.layout));
    expect(progress.length).toBe(Math.ceil(sample.bad.length / 17));
    expect(progress.at(-1)?.bytes).toBe(report.bytes);
    expect(progress.map((p) => p.rows)).toEqual(
      [...progress.map((p) => p.rows)].sort((a, b) => a - b),
    );
  });

  it('stops with an AbortError when the signal fires', async () => {
    const controller = new AbortController();
    let seen = 0;
    const run = checkUsageFile(chunksOf('a,1,\n'.repeat(1000), 10), DETAIL_ONLY_LAYOUT, {
      signal: controller.signal,
      onProgress: () => {
        seen += 1;
        if (seen === 3) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toBe(3);
  });

  it('counts UTF-8 bytes, also when a chunk splits a surrogate pair', () => {
    const text = 'a,1,😀é\n';
    const whole = checkUsageText(text, DETAIL_ONLY_LAYOUT);
    expect(whole.bytes).toBe(new TextEncoder().encode(text).length);
    expect(checkInChunks(text, DETAIL_ONLY_LAYOUT, [5]).bytes).toBe(whole.bytes);
  });
});

describe('fixed width', () => {
  it('reports the character position as the column', () => {
    const sample = USAGE_SAMPLES.find((s) => s.id === 'fixed');
    if (!sample) throw new Error('no sample');
    const report = checkUsageText(sample.bad, sample.layout);
    const dateIssue = report.issues.find((i) => i.code === 'USG-VAL-009');
    expect(dateIssue).toMatchObject({ line: 4, column: 33, field: 'usage_date' });
  });

  it('by-line layouts: a file of one record has a header but no trailer', () => {
    const sample = USAGE_SAMPLES.find((s) => s.id === 'fixed');
    if (!sample) throw new Error('no sample');
    const report = checkUsageText('USG20260316NETWORK_A \n', sample.layout);
    expect(codes(report)).toEqual(['USG-STR-003']);
  });
});
