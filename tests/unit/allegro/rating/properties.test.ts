/**
 * Property tests of the rating maths. FUZZ_RUNS raises the number of runs (default 1,000).
 *
 * What must hold, and what need not:
 * - Standard (progressive) tiers with a running total are additive: rating a quantity in two
 *   loads, the second starting where the first ended, gives exactly the same unrounded amount as
 *   rating it in one load. Pooling keeps this, because every load starts at the pool position.
 * - Rounding happens per load, so the sum of rounded per-load charges may differ from the rounded
 *   charge of the whole by up to one minor unit per load. It is NOT additive.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ROUNDING_MODES,
  applyAllowance,
  ratePooledLoads,
  rateTiered,
  roundMoney,
  type TierInput,
} from '../../../../src/allegro/rating';

const RUNS = Number(process.env.FUZZ_RUNS) || 1000;
// Generous, so that a slow machine or a high FUZZ_RUNS does not turn into a timeout.
const PROPERTY_TIMEOUT = Math.max(120_000, RUNS * 120);

/** A decimal string with up to `places` decimals, from an integer count of minor units. */
const decimalString = (maxUnits: number, places: number) =>
  fc
    .integer({ min: 0, max: maxUnits })
    .map((n) => new Decimal(n).dividedBy(10 ** places).toFixed());

const tierTable: fc.Arbitrary<TierInput[]> = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 500 }), decimalString(5000, 4)), {
    minLength: 1,
    maxLength: 5,
  })
  .map((rows) => {
    let bound = 0;
    return rows.map(([width, rate], i) => {
      bound += width;
      return { upTo: i === rows.length - 1 ? null : bound, rate };
    });
  });

const quantity = decimalString(300_000, 2);
const D = (s: string) => new Decimal(s);

describe('standard tiers: splitting a quantity', () => {
  it(
    'gives the same unrounded amount in two loads as in one',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      fc.assert(
        fc.property(tierTable, quantity, quantity, quantity, (tiers, start, a, b) => {
          const whole = rateTiered({ tiers, quantity: D(a).plus(b).toFixed(), startAt: start });
          const first = rateTiered({ tiers, quantity: a, startAt: start });
          const second = rateTiered({ tiers, quantity: b, startAt: D(start).plus(a).toFixed() });
          expect(D(first.amount).plus(second.amount).equals(D(whole.amount))).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
  );

  it(
    'keeps the sum of rounded parts within one minor unit per load of the rounded whole',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      fc.assert(
        fc.property(
          tierTable,
          quantity,
          quantity,
          fc.constantFrom(...ROUNDING_MODES),
          (tiers, a, b, mode) => {
            const rounding = { mode, scale: 2 };
            const whole = rateTiered({ tiers, quantity: D(a).plus(b).toFixed(), rounding });
            const first = rateTiered({ tiers, quantity: a, rounding });
            const second = rateTiered({ tiers, quantity: b, startAt: a, rounding });
            const drift = D(first.charge).plus(second.charge).minus(whole.charge).abs();
            expect(drift.lessThanOrEqualTo('0.02')).toBe(true);
          },
        ),
        { numRuns: RUNS },
      );
    },
  );

  it(
    'is not additive after per-load rounding (a documented counterexample)',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      const tiers = [{ upTo: null, rate: '0.005' }];
      const rounding = { mode: 'HALF_UP' as const, scale: 2 };
      const whole = rateTiered({ tiers, quantity: 2, rounding });
      const first = rateTiered({ tiers, quantity: 1, rounding });
      const second = rateTiered({ tiers, quantity: 1, startAt: 1, rounding });
      expect(whole.charge).toBe('0.01');
      expect([first.charge, second.charge]).toEqual(['0.01', '0.01']); // 0.02 in total
    },
  );

  it(
    'never charges less for more units when rates are not negative',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      fc.assert(
        fc.property(tierTable, quantity, quantity, (tiers, a, extra) => {
          const less = rateTiered({ tiers, quantity: a });
          const more = rateTiered({ tiers, quantity: D(a).plus(extra).toFixed() });
          expect(D(more.amount).greaterThanOrEqualTo(less.amount)).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
  );
});

describe('pooling: splitting a load', () => {
  it(
    'gives the same unrounded total when any load is split in two',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      const loadArb = fc.record({ service: fc.constantFrom('A', 'B'), units: quantity });
      fc.assert(
        fc.property(
          tierTable,
          tierTable,
          fc.array(loadArb, { minLength: 1, maxLength: 6 }),
          fc.nat(),
          fc.integer({ min: 0, max: 100 }),
          (tiersA, tiersB, loads, pick, percent) => {
            const services = {
              A: { rule: 'standard' as const, tiers: tiersA },
              B: { rule: 'standard' as const, tiers: tiersB },
            };
            const index = pick % loads.length;
            const target = loads[index];
            if (!target) return;
            const part = D(target.units).times(percent).dividedBy(100).toDecimalPlaces(2).toFixed();
            const rest = D(target.units).minus(part).toFixed();
            const split = [
              ...loads.slice(0, index),
              { service: target.service, units: part },
              { service: target.service, units: rest },
              ...loads.slice(index + 1),
            ];
            const exact = (r: ReturnType<typeof ratePooledLoads>) =>
              r.loads.reduce((acc, l) => acc.plus(l.breakdown?.amount ?? 0), new Decimal(0));
            const whole = ratePooledLoads({ services, loads });
            const parts = ratePooledLoads({ services, loads: split });
            expect(exact(parts).equals(exact(whole))).toBe(true);
            expect(parts.finalPositions).toEqual(whole.finalPositions);
          },
        ),
        { numRuns: RUNS },
      );
    },
  );
});

describe('rounding', () => {
  it(
    'moves a value by less than one unit of the last kept decimal, in the mode’s direction',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -10_000_000, max: 10_000_000 }),
          fc.constantFrom(...ROUNDING_MODES),
          fc.constantFrom(0, 2, 3, 4),
          (n, mode, scale) => {
            const value = new Decimal(n).dividedBy(100_000);
            const step = roundMoney(value.toFixed(), mode, scale);
            const after = D(step.after);
            expect(after.minus(value).abs().lessThan(new Decimal(10).pow(-scale))).toBe(true);
            if (mode === 'FLOOR') expect(after.lessThanOrEqualTo(value)).toBe(true);
            if (mode === 'CEILING') expect(after.greaterThanOrEqualTo(value)).toBe(true);
            if (mode === 'DOWN') expect(after.abs().lessThanOrEqualTo(value.abs())).toBe(true);
            if (mode === 'UP') expect(after.abs().greaterThanOrEqualTo(value.abs())).toBe(true);
            // Rounding a rounded value changes nothing.
            expect(roundMoney(step.after, mode, scale).after).toBe(step.after);
          },
        ),
        { numRuns: RUNS },
      );
    },
  );
});

describe('allowances', () => {
  it(
    'never offset more than the rated amount and never go below zero',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      fc.assert(
        fc.property(
          tierTable,
          quantity,
          quantity,
          fc.constantFrom('units' as const, 'amount' as const),
          (tiers, q, available, kind) => {
            const rated = rateTiered({ tiers, quantity: q });
            const r = applyAllowance(rated, { kind, available });
            for (const row of r.rows) {
              expect(D(row.offset).negated().lessThanOrEqualTo(row.rated)).toBe(true);
              expect(D(row.net).greaterThanOrEqualTo(0)).toBe(true);
            }
            expect(D(r.allowanceUsed).lessThanOrEqualTo(available)).toBe(true);
            expect(D(r.allowanceRemaining).greaterThanOrEqualTo(0)).toBe(true);
            expect(D(r.netAmount).plus(r.offsetTotal).equals(D(r.ratedAmount))).toBe(true);
          },
        ),
        { numRuns: RUNS },
      );
    },
  );
});
