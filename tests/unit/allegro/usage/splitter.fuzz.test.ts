import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RecordSplitter,
  type RecordSink,
} from '../../../../src/allegro/check/usage/record-splitter';
import { ReferenceRecordSplitter } from './reference-splitter';

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const PIECES = ['a', 'bc', ',', '|', '"', '""', '\r', '\n', '\r\n', ' ', 'xyz'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

type Event = [kind: 'record', text: string, line: number] | [kind: 'overlong', line: number];

function events(
  make: (sink: RecordSink) => { push(chunk: string): void; finish(): void },
  input: string,
  cuts: number[],
): Event[] {
  const out: Event[] = [];
  const splitter = make({
    record: (buffer, start, end, line) => out.push(['record', buffer.slice(start, end), line]),
    overlong: (line) => out.push(['overlong', line]),
  });
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => Math.min(c, input.length)))].sort(
    (a, b) => a - b,
  )) {
    splitter.push(input.slice(from, cut));
    from = cut;
  }
  splitter.push(input.slice(from));
  splitter.finish();
  return out;
}

describe('record splitter', () => {
  it('finds the same records, lines and over-long records as a plain character loop', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.nat({ max: 300 }), { maxLength: 8 }),
        fc.constantFrom(',', '|'),
        fc.constantFrom(4, 12, 1000),
        (input, cuts, delimiter, maxRecordLength) => {
          const options = { quoteChar: '"', delimiter, maxRecordLength };
          const reference = events((sink) => new ReferenceRecordSplitter(sink, options), input, []);
          expect(events((sink) => new RecordSplitter(sink, options), input, cuts)).toEqual(
            reference,
          );
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('without a quote character (fixed width) a quote is plain text', () => {
    const out = events(
      (sink) => new RecordSplitter(sink, { maxRecordLength: 100 }),
      'a"b\nc"d\n',
      [],
    );
    expect(out).toEqual([
      ['record', 'a"b', 1],
      ['record', 'c"d', 2],
    ]);
  });
});
