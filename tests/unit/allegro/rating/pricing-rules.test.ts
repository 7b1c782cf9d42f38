import { describe, expect, it } from 'vitest';
import {
  RatingInputError,
  applyAllowance,
  applyTierMultiplier,
  checkTiers,
  rateFlatPerTier,
  rateMultiRate,
  ratePooledLoads,
  rateTiered,
  rateVolume,
  tiersFromRanges,
} from '../../../../src/allegro/rating';

const TIERS = [
  { upTo: 100, rate: '0.00' },
  { upTo: 500, rate: '0.10' },
  { upTo: null, rate: '0.05' },
];

describe('tier tables', () => {
  it('reads Aria ranges 1–100, 101–500, 501+ as bounds 100, 500, open', () => {
    expect(
      tiersFromRanges([
        { from: 1, to: 100, rate: 0 },
        { from: 101, to: 500, rate: 1 },
        { from: 501, to: null, rate: 2 },
      ]).map((t) => t.upTo),
    ).toEqual(['100', '500', null]);
  });

  it('rejects ranges with a gap', () => {
    expect(() =>
      tiersFromRanges([
        { from: 1, to: 100, rate: 0 },
        { from: 150, to: null, rate: 1 },
      ]),
    ).toThrow(/without gaps/);
  });

  it('rejects a tier that ends at or below the previous one, and an open tier before the last', () => {
    expect(
      checkTiers([
        { upTo: 100, rate: 1 },
        { upTo: 100, rate: 2 },
      ])[0],
    ).toMatch(/tier 2.*above the previous bound 100/);
    expect(
      checkTiers([
        { upTo: null, rate: 1 },
        { upTo: 200, rate: 2 },
      ])[0],
    ).toMatch(/only the last tier/);
    expect(checkTiers([])[0]).toMatch(/at least one tier/);
    expect(checkTiers(TIERS)).toEqual([]);
  });

  it('refuses a quantity that runs past a closed last tier', () => {
    expect(() => rateTiered({ tiers: [{ upTo: 100, rate: 1 }], quantity: 150 })).toThrow(
      /past the last tier/,
    );
  });

  it('refuses a negative quantity', () => {
    expect(() => rateTiered({ tiers: TIERS, quantity: -1 })).toThrow(RatingInputError);
  });
});

describe('standard tiers', () => {
  it('rates from a running position: 450 → 650 spans tiers 2 and 3', () => {
    const r = rateTiered({ tiers: TIERS, quantity: 200, startAt: 450 });
    expect(r.contributions.map((c) => c.formula)).toEqual(['50 × 0.1 = 5', '150 × 0.05 = 7.5']);
    expect(r.charge).toBe('12.50');
    expect(r.factoredUnitRate).toEqual({ unrounded: '0.0625', rounded: '0.06', scale: 2 });
  });

  it('gives an empty breakdown and no factored rate for zero units', () => {
    const r = rateTiered({ tiers: TIERS, quantity: 0 });
    expect(r.contributions).toEqual([]);
    expect(r.charge).toBe('0.00');
    expect(r.factoredUnitRate.unrounded).toBeNull();
  });

  it('handles fractional units exactly', () => {
    expect(rateTiered({ tiers: TIERS, quantity: '100.5' }).amount).toBe('0.05');
  });
});

describe('volume discount', () => {
  const volume = [
    { upTo: 600, rate: 0 },
    { upTo: 2000, rate: 1 },
    { upTo: null, rate: 2 },
  ];

  it('prices every unit at the tier the total reaches', () => {
    expect(rateVolume({ tiers: volume, quantity: 700 }).charge).toBe('700.00');
    expect(rateVolume({ tiers: volume, quantity: 600 }).charge).toBe('0.00');
    expect(rateVolume({ tiers: volume, quantity: 2001 }).charge).toBe('4002.00');
  });

  it('uses a separate tier basis (the pooled or period total) when given', () => {
    const r = rateVolume({ tiers: volume, quantity: 200, tierBasis: 2500 });
    expect(r.contributions[0]?.tier.tier).toBe(3);
    expect(r.charge).toBe('400.00');
  });
});

describe('flat rate per tier', () => {
  const flat = [
    { upTo: 100, rate: '10' },
    { upTo: 500, rate: '25' },
    { upTo: null, rate: '60' },
  ];

  it('charges only the flat amount of the tier reached (assumption RATE-FLAT-PER-TIER)', () => {
    expect(rateFlatPerTier({ tiers: flat, quantity: 50 }).charge).toBe('10.00');
    expect(rateFlatPerTier({ tiers: flat, quantity: 101 }).charge).toBe('25.00');
    expect(rateFlatPerTier({ tiers: flat, quantity: 0 }).charge).toBe('0.00');
  });

  it('can charge every tier entered (cumulative reading)', () => {
    expect(rateFlatPerTier({ tiers: flat, quantity: 501, cumulative: true }).charge).toBe('95.00');
  });

  it('is refused with pooling, as core Aria does', () => {
    expect(() =>
      ratePooledLoads({
        services: { A: { rule: 'flat-per-tier', tiers: flat } },
        loads: [{ service: 'A', units: 1 }],
      }),
    ).toThrow(/does not allow with usage pooling/);
  });

  it('is allowed without pooling', () => {
    const r = ratePooledLoads({
      pooled: false,
      services: { A: { rule: 'flat-per-tier', tiers: flat } },
      loads: [{ service: 'A', units: 1 }],
    });
    expect(r.loads[0]?.charge).toBe('10.00');
  });
});

describe('tier multiplier', () => {
  it('rejects zero plan units', () => {
    expect(() => applyTierMultiplier(TIERS, 0)).toThrow(/greater than zero/);
  });

  it('keeps the rates and scales the bounds', () => {
    const r = applyTierMultiplier(TIERS, '2.5');
    expect(r.tiers).toEqual([
      { upTo: '250', rate: '0' },
      { upTo: '1250', rate: '0.1' },
      { upTo: null, rate: '0.05' },
    ]);
  });
});

describe('multi-rate usage types', () => {
  it('runs children in sequence order, whatever their order in the input', () => {
    const r = rateMultiRate({
      parentUsageType: 'P',
      quantity: 10,
      children: [
        {
          usageType: 'Surcharge',
          sequence: 3,
          pricing: { kind: 'percent-of', of: ['Usage', 'Connect'], factor: '0.1' },
        },
        { usageType: 'Connect', sequence: 1, pricing: { kind: 'flat', amount: '0.50' } },
        { usageType: 'Usage', sequence: 2, pricing: { kind: 'per-unit', rate: '0.2' } },
      ],
    });
    expect(r.charges.map((c) => [c.usageType, c.charge])).toEqual([
      ['Connect', '0.50'],
      ['Usage', '2.00'],
      ['Surcharge', '0.25'],
    ]);
    expect(r.total).toBe('2.75');
  });

  it('refuses a dependency on a child that runs later', () => {
    expect(() =>
      rateMultiRate({
        parentUsageType: 'P',
        quantity: 1,
        children: [
          {
            usageType: 'A',
            sequence: 1,
            pricing: { kind: 'percent-of', of: ['B'], factor: '0.1' },
          },
          { usageType: 'B', sequence: 2, pricing: { kind: 'flat', amount: 1 } },
        ],
      }),
    ).toThrow(/lower sequence number/);
  });

  it('refuses duplicate sequence numbers', () => {
    expect(() =>
      rateMultiRate({
        parentUsageType: 'P',
        quantity: 1,
        children: [
          { usageType: 'A', sequence: 1, pricing: { kind: 'flat', amount: 1 } },
          { usageType: 'B', sequence: 1, pricing: { kind: 'flat', amount: 1 } },
        ],
      }),
    ).toThrow(/unique sequence/);
  });

  it('rates a tiered child with its breakdown', () => {
    const r = rateMultiRate({
      parentUsageType: 'P',
      quantity: 150,
      children: [{ usageType: 'T', sequence: 1, pricing: { kind: 'tiered', tiers: TIERS } }],
    });
    expect(r.charges[0]?.tiers?.contributions).toHaveLength(2);
    expect(r.total).toBe('5.00');
  });
});

describe('allowances', () => {
  const rated = rateTiered({
    tiers: [
      { upTo: 40, rate: 1 },
      { upTo: null, rate: '0.5' },
    ],
    quantity: 100,
  });

  it('never offsets more than the rated amount, even with a huge allowance', () => {
    const r = applyAllowance(rated, { kind: 'units', available: 1_000_000 });
    expect(r.netCharge).toBe('0.00');
    expect(r.offsetTotal).toBe(r.ratedAmount);
    expect(r.allowanceUsed).toBe('100');
    expect(r.allowanceRemaining).toBe('999900');
  });

  it('uses an amount allowance against the rated amount', () => {
    const r = applyAllowance(rated, { kind: 'amount', available: 50 });
    expect(r.rows.map((x) => [x.allowanceUsed, x.net])).toEqual([
      ['40', '0'],
      ['10', '20'],
    ]);
    expect(r.netCharge).toBe('20.00');
  });

  it('only touches the tiers whose rows impact the allowance', () => {
    const r = applyAllowance(rated, { kind: 'units', available: 90, tiers: [2] });
    expect(r.rows.map((x) => x.allowanceUsed)).toEqual(['0', '60']);
    expect(r.netCharge).toBe('40.00');
    expect(r.allowanceRemaining).toBe('30');
  });

  it('can accumulate the net amount or nothing instead of the quantity', () => {
    expect(
      applyAllowance(rated, { kind: 'units', available: 90 }, { accumulate: 'amount' })
        .accumulatorIncrement,
    ).toBe('5');
    const none = applyAllowance(rated, { kind: 'units', available: 90 }, { accumulate: 'none' });
    expect(none.impacts.some((i) => i.resource === 'accumulator')).toBe(false);
  });

  it('refuses a negative allowance', () => {
    expect(() => applyAllowance(rated, { kind: 'units', available: -1 })).toThrow(
      /must not be negative/,
    );
  });
});
