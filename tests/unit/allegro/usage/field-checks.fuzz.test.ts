import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileLayoutSchema } from '../../../../src/allegro/schema/file-layout';
import {
  checkValue,
  compileField,
  valueIsFine,
} from '../../../../src/allegro/check/usage/field-checks';

/** Runs per property: FUZZ_RUNS (default 1,000; `npm run test:fuzz` uses 10,000). */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** Fields of every type and option, compiled the way the checker compiles them. */
const FIELDS = (() => {
  const layout = FileLayoutSchema.parse({
    name: 'every kind of field',
    format: { kind: 'delimited', delimiter: ',' },
    detail: {
      fields: [
        { name: 'text' },
        { name: 'short', maxLength: 3 },
        { name: 'whole', type: 'integer' },
        { name: 'bounded', type: 'integer', min: '-5', max: '120' },
        { name: 'units', type: 'decimal' },
        { name: 'money', type: 'decimal', maxScale: 2 },
        { name: 'rate', type: 'decimal', min: '0', maxScale: 4, maxLength: 12 },
        { name: 'day', type: 'date' },
        { name: 'when', type: 'datetime', format: 'yyyy-MM-dd[ HH:mm:ss]' },
        { name: 'flag', type: 'boolean', format: 'Y/N' },
      ],
    },
  });
  return layout.detail.fields.map((f, i) => compileField(f, i, false));
})();

const numberLike = fc
  .array(fc.constantFrom(...'0123456789.-+eE0'.split(''), '00', '1e400', 'NaN', 'inf', ' '), {
    maxLength: 14,
  })
  .map((parts) => parts.join(''));
const dateLike = fc
  .array(fc.constantFrom('2026', '02', '29', '30', '13', '-', ' ', ':', '00', '23', '59', '60'), {
    maxLength: 9,
  })
  .map((parts) => parts.join(''));
const anyValue = fc.oneof(
  numberLike,
  dateLike,
  fc.constantFrom('Y', 'n', 'yes', 'true', 'x'),
  fc.string({ maxLength: 20 }),
);

describe('valueIsFine agrees with checkValue', () => {
  it('for every kind of field and awkward values', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), anyValue, (field, value) => {
        fc.pre(value !== '');
        const quick = { date: -1 };
        const full = { date: -1 };
        const fine = valueIsFine(field, value, quick);
        const problem = checkValue(field, value, full);
        expect(fine, `${field.name} ${JSON.stringify(value)}: ${problem?.code}`).toBe(
          problem === undefined,
        );
        if (fine) expect(quick.date).toBe(full.date);
      }),
      { numRuns: FUZZ_RUNS * 5 },
    );
  });

  it('worked values', () => {
    const [, short, whole, bounded, , money, rate, day, when, flag] = FIELDS as [...typeof FIELDS];
    const parsed = { date: 0 };
    expect(valueIsFine(short!, 'abcd', parsed)).toBe(false);
    expect(valueIsFine(whole!, '-12', parsed)).toBe(true);
    expect(valueIsFine(bounded!, '121', parsed)).toBe(false);
    expect(valueIsFine(money!, '10.500', parsed)).toBe(true);
    expect(valueIsFine(money!, '10.505', parsed)).toBe(false);
    expect(valueIsFine(rate!, '-0.1', parsed)).toBe(false);
    expect(valueIsFine(day!, '2024-02-29', parsed)).toBe(true);
    expect(parsed.date).toBe(20240229000000);
    expect(valueIsFine(when!, '2026-02-29 10:00:00', parsed)).toBe(false);
    expect(valueIsFine(flag!, 'n', parsed)).toBe(true);
  });
});
