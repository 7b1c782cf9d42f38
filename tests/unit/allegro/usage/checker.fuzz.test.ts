import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUsageText, createUsageChecker, type FileLayoutInput } from '../../../../src/allegro';
import { USAGE_SAMPLES } from '../../../../src/allegro/samples/usage';
import { checkInChunks, DETAIL_ONLY_LAYOUT, TINY_LAYOUT } from './helpers';

/** Runs per property: FUZZ_RUNS (default 1,000; `npm run test:fuzz` uses 10,000). */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** Pieces that make awkward files: quotes, delimiters, every kind of line break, a BOM, emoji. */
const PIECES = [
  'D',
  'H',
  'T',
  ',',
  '|',
  '"',
  '""',
  '\r',
  '\n',
  '\r\n',
  'a',
  '1',
  '2.5',
  '2026-03-15',
  ' ',
  '\uFEFF',
  '😀',
  'x',
];
const awkwardText = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 80 })
  .map((parts) => parts.join(''));
const cutPoints = fc.array(fc.nat({ max: 400 }), { maxLength: 12 });

/** Detail records only, with a field of every type and option, and a composite key. */
const RICH_DETAIL_LAYOUT = {
  name: 'rich detail only',
  format: { kind: 'delimited', delimiter: ',' },
  detail: {
    fields: [
      { name: 'id', required: true, maxLength: 3 },
      { name: 'n', type: 'integer', min: '0', max: '10' },
      { name: 'units', type: 'decimal', maxScale: 1, required: true },
      { name: 'day', type: 'date' },
      { name: 'ok', type: 'boolean', format: 'a/x' },
    ],
  },
  duplicateKey: { composite: ['id', 'day'] },
} as const satisfies FileLayoutInput;

/** Every layout the properties run on: header and trailer, detail only, and the samples'. */
const anyLayout = fc.constantFrom<FileLayoutInput>(
  TINY_LAYOUT,
  DETAIL_ONLY_LAYOUT,
  RICH_DETAIL_LAYOUT,
  ...USAGE_SAMPLES.map((s) => s.layout),
);

describe('chunk-boundary independence', () => {
  it('the sample files give the same report however they are cut into chunks', () => {
    const inputs = USAGE_SAMPLES.flatMap((s) => [
      { text: s.clean, layout: s.layout },
      { text: s.bad, layout: s.layout },
      { text: s.bad.replace(/\n/g, '\r\n'), layout: s.layout },
      { text: s.bad.replace(/\n/g, '\r'), layout: s.layout },
    ]);
    fc.assert(
      fc.property(fc.constantFrom(...inputs), cutPoints, ({ text, layout }, cuts) => {
        const whole = checkUsageText(text, layout);
        expect(checkInChunks(text, layout, cuts)).toEqual(whole);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('awkward text with quotes, CR, LF and CRLF gives the same report in any chunking', () => {
    fc.assert(
      fc.property(awkwardText, cutPoints, anyLayout, (text, cuts, layout) => {
        expect(checkInChunks(text, layout, cuts)).toEqual(checkUsageText(text, layout));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('one character at a time gives the same report as one push', () => {
    for (const sample of USAGE_SAMPLES) {
      const checker = createUsageChecker(sample.layout);
      for (const ch of sample.bad) checker.push(ch);
      expect(checker.finish()).toEqual(checkUsageText(sample.bad, sample.layout));
    }
  });
});

describe('the byte count', () => {
  /** Any UTF-16 code units, lone surrogates included, weighted towards pairs and non-ASCII. */
  const unit = fc.oneof(
    fc.constantFrom('a', '\n', 'é', '€', '😀', '\ud83d', '\ude00', '\u0000'),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  );
  const units = fc.array(unit, { maxLength: 60 }).map((parts) => parts.join(''));
  const encoded = (text: string): number => new TextEncoder().encode(text).length;

  it('is the UTF-8 size of the whole text however it is cut (a lone surrogate counts 3)', () => {
    fc.assert(
      fc.property(units, cutPoints, (text, cuts) => {
        expect(checkInChunks(text, TINY_LAYOUT, cuts).bytes).toBe(encoded(text));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('counts a pair once when a chunk is measured in pieces and a piece boundary splits it', () => {
    // Chunks longer than the 65,536 code units measured per piece, a pair across the boundary.
    for (const at of [65_534, 65_535, 65_536]) {
      const text = `${'a'.repeat(at)}😀é\n${'b'.repeat(70_000 - at)}`;
      expect(checkUsageText(text, TINY_LAYOUT).bytes).toBe(encoded(text));
      expect(checkInChunks(text, TINY_LAYOUT, [at + 1]).bytes).toBe(encoded(text));
    }
  });
});

describe('the whole-lines fast path agrees with the record splitter', () => {
  /**
   * Like PIECES without CR, with more of what decides which path a chunk takes (quotes, LF, a
   * quoted line break, blanks) and a NUL, after which the rest of the input is not read.
   */
  const LINE_PIECES = [
    ...PIECES.filter((p) => p !== '\r' && p !== '\r\n'),
    '\n',
    '"x\ny"',
    '  ',
    '\u0000',
  ];
  const lineText = fc
    .array(fc.constantFrom(...LINE_PIECES), { maxLength: 80 })
    .map((parts) => parts.join(''));
  it('on LF-only awkward text, whole and in chunks', () => {
    fc.assert(
      fc.property(lineText, cutPoints, anyLayout, (text, cuts, layout) => {
        const reference = checkInChunks(text, layout, [], { splitterOnly: true });
        expect(checkUsageText(text, layout)).toEqual(reference);
        expect(checkInChunks(text, layout, cuts)).toEqual(reference);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('on awkward text with every kind of line break, in chunks', () => {
    fc.assert(
      fc.property(awkwardText, cutPoints, anyLayout, (text, cuts, layout) => {
        expect(checkInChunks(text, layout, cuts)).toEqual(
          checkInChunks(text, layout, cuts, { splitterOnly: true }),
        );
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('on the sample files, with a small record-length limit and in chunks', () => {
    const inputs = USAGE_SAMPLES.flatMap((s) => [
      { text: s.clean, layout: s.layout },
      { text: s.bad, layout: s.layout },
    ]);
    fc.assert(
      fc.property(
        fc.constantFrom(...inputs),
        cutPoints,
        fc.integer({ min: 20, max: 400 }),
        ({ text, layout }, cuts, maxRecordLength) => {
          expect(checkInChunks(text, layout, cuts, { maxRecordLength })).toEqual(
            checkInChunks(text, layout, cuts, { maxRecordLength, splitterOnly: true }),
          );
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('never throws', () => {
  it('on arbitrary strings, for every sample layout', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom(...USAGE_SAMPLES),
        (text, sample) => {
          const report = checkUsageText(text, sample.layout);
          expect(report.totalIssues).toBeGreaterThanOrEqual(report.issues.length);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('on awkward CSV-like text', () => {
    fc.assert(
      fc.property(awkwardText, fc.constantFrom(...USAGE_SAMPLES), (text, sample) => {
        expect(() => checkUsageText(text, sample.layout)).not.toThrow();
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
