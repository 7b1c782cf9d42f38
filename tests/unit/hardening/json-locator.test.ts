/**
 * locateJsonError (src/components/sim-ui/scenarioText.ts) places JSON syntax errors that
 * JSON.parse reports without a position. It must agree with JSON.parse on what is valid, or the
 * simulators' JSON editors would point at the wrong place (or at nothing).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SuspenseScenarioSchema } from '../../../src/allegro';
import { locateJsonError, readScenarioText } from '../../../src/components/sim-ui/scenarioText';

const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);
const timeout = Math.max(30_000, numRuns * 20);

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** JSON-ish text: fragments that make both valid and subtly broken documents likely. */
const jsonish = fc
  .array(
    fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"',
      '"a"',
      '1',
      '-0.5e3',
      '01',
      'true',
      'nul',
      'null',
      ' ',
      '\n',
      '\\',
      '\\u12',
      '\\u0041',
      '\t',
      '\u0000',
      '\uFEFF',
      'x',
      '.5',
      '1.',
      '"\n"',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('locateJsonError', () => {
  it('finds nothing in any JSON.stringify output', { timeout }, () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        expect(locateJsonError(JSON.stringify(value, null, indent))).toBeUndefined();
      }),
      { numRuns },
    );
  });

  it('agrees with JSON.parse on JSON-like and arbitrary text', { timeout }, () => {
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.string()), (text) => {
        const located = locateJsonError(text);
        expect(located === undefined, JSON.stringify(text)).toBe(parses(text));
        if (located) {
          expect(located.offset).toBeGreaterThanOrEqual(0);
          expect(located.offset).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns },
    );
  });

  it('handles 100,000 levels of nesting without a stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(99_999);
    expect(locateJsonError(deep)).toEqual({
      offset: 199_999,
      reason: 'expected "," or "]", but the text ends',
    });
  });

  it('places the errors V8 leaves unplaced, in the editor message', () => {
    const read = readScenarioText('{\n  "records": [1,,2]\n}', SuspenseScenarioSchema);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems[0]).toMatchObject({ line: 2, column: 17 });
      expect(read.problems[0]?.message).toBe(
        'JSON syntax error at line 2, column 17: expected a value but found ","',
      );
    }
  });
});
