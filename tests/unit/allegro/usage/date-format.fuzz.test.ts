import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDateFormat } from '../../../../src/allegro/check/usage';

/** Runs per property: FUZZ_RUNS (default 1,000; `npm run test:fuzz` uses 10,000). */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/**
 * Reference reading of a pattern, written independently of the compiled parser: the pattern
 * becomes a regular expression with named groups, and a calendar date is real when Date.UTC
 * gives back the same year, month and day.
 */
function referenceParse(pattern: string, value: string): number | 'format' | 'impossible' {
  let source = '';
  let i = 0;
  while (i < pattern.length) {
    const rest = pattern.slice(i);
    const token = (['yyyy', 'MM', 'dd', 'HH', 'mm', 'ss'] as const).find((t) => rest.startsWith(t));
    if (token) {
      source += `(?<${token === 'mm' ? 'minute' : token}>${token === 'yyyy' ? '[0-9]{4}' : '[0-9]{2}'})`;
      i += token.length;
    } else if (pattern[i] === '[') {
      source += '(?:';
      i += 1;
    } else if (pattern[i] === ']') {
      source += ')?';
      i += 1;
    } else if (pattern[i] === "'") {
      const end = pattern.indexOf("'", i + 1);
      source += pattern.slice(i + 1, end).replace(/[^A-Za-z0-9]/g, '\\$&');
      i = end + 1;
    } else {
      source += `\\${pattern[i] as string}`;
      i += 1;
    }
  }
  const match = new RegExp(`^${source}$`).exec(value);
  if (!match?.groups) return 'format';
  const n = (name: string): number => Number(match.groups?.[name] ?? '0');
  const [year, month, day, hour, minute, second] = [
    n('yyyy'),
    n('MM'),
    n('dd'),
    n('HH'),
    n('minute'),
    n('ss'),
  ] as [number, number, number, number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const realDay =
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  if (!realDay || hour > 23 || minute > 59 || second > 59) return 'impossible';
  return Number(
    [year, month, day, hour, minute, second]
      .map((v, k) => String(v).padStart(k === 0 ? 4 : 2, '0'))
      .join(''),
  );
}

const PATTERNS = [
  'yyyy-MM-dd',
  'yyyy-MM-dd HH:mm:ss',
  'yyyy-MM-dd[ HH:mm:ss]',
  'yyyyMMdd',
  'yyyyMMddHHmmss',
  'dd/MM/yyyy HH:mm',
  "yyyy-MM-dd'T'HH:mm:ss",
  'MM.dd.yyyy[ HH:mm]',
];

describe('compiled date patterns agree with a reference reading', () => {
  for (const pattern of PATTERNS) {
    const kind = pattern.includes('HH') ? 'datetime' : 'date';
    const compiled = compileDateFormat(pattern, kind);
    if (!compiled.ok) throw new Error(compiled.error);
    const parse = compiled.format.parse;

    it(`${pattern}: values built from the pattern (real, impossible and near misses)`, () => {
      const two = fc.integer({ min: 0, max: 99 }).map((v) => String(v).padStart(2, '0'));
      const component = fc.record({
        yyyy: fc.integer({ min: 0, max: 9999 }).map((v) => String(v).padStart(4, '0')),
        MM: two,
        dd: two,
        HH: two,
        mm: two,
        ss: two,
        dropOptional: fc.boolean(),
        mutate: fc.option(
          fc.tuple(fc.nat(), fc.constantFrom('', 'x', ' ', '1', '12', '-', ':', 'T', '\u0661')),
        ),
      });
      fc.assert(
        fc.property(component, (c) => {
          let text = pattern
            .replace(c.dropOptional ? /\[.*\]/ : /[[\]]/g, '')
            .replace(/'([^']*)'/g, '$1')
            .replace(/yyyy|MM|dd|HH|mm|ss/g, (t) => c[t as 'yyyy']);
          if (c.mutate) {
            const [at, insert] = c.mutate;
            const where = at % (text.length + 1);
            text = text.slice(0, where) + insert + text.slice(where + (at % 2));
          }
          expect(parse(text)).toBe(referenceParse(pattern, text));
        }),
        { numRuns: FUZZ_RUNS * 2 },
      );
    });

    it(`${pattern}: arbitrary short text`, () => {
      fc.assert(
        fc.property(
          fc.string({ unit: fc.constantFrom(...'0123456789-/: .T2'), maxLength: 24 }),
          (text) => {
            expect(parse(text)).toBe(referenceParse(pattern, text));
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    });
  }

  it('worked values', () => {
    const usage = compileDateFormat('yyyy-MM-dd[ HH:mm:ss]', 'datetime');
    if (!usage.ok) throw new Error(usage.error);
    expect(usage.format.parse('2026-03-15 08:30:05')).toBe(20260315083005);
    expect(usage.format.parse('2026-03-15')).toBe(20260315000000);
    expect(usage.format.parse('2026-03-15 08:30')).toBe('format');
    expect(usage.format.parse('2026-02-29 00:00:00')).toBe('impossible');
    expect(usage.format.parse('2026-03-15 08:30:0\u0661')).toBe('format');
  });
});
