/**
 * Every worked example with numbers from the facts file, reproduced exactly. Figures the source
 * pages print are marked (stated); figures worked out from them are marked (inferred).
 */
import { describe, expect, it } from 'vitest';
import {
  applyAllowance,
  applyTierMultiplier,
  prorationScale,
  rateMultiRate,
  ratePooledLoads,
  rateRunningLoads,
  rateTiered,
  roundMoney,
} from '../../../../src/allegro/rating';
import {
  WE11_PRORATION,
  WE1_POOLING,
  WE2_VOLUME_POOLING,
  WE3_TIER_MULTIPLIER,
  WE4_MULTI_RATE,
  WE5_MULTI_RATE_DEPENDENCY,
  WE6_ALLOWANCE,
} from '../../../../src/allegro/rating/worked-examples';

describe('WE-1 usage pooling across two services (standard tiers)', () => {
  const result = ratePooledLoads(WE1_POOLING);

  it('moves the pooled total 125 → 425 → 625 → 775 (stated)', () => {
    expect(result.loads.map((l) => l.positionAfter)).toEqual(['125', '425', '625', '775']);
  });

  it('charges 2.50, 24.00, 17.50 and 9.00 per load (stated)', () => {
    expect(result.loads.map((l) => l.charge)).toEqual(['2.50', '24.00', '17.50', '9.00']);
  });

  it('shows factored unit rates 0.02, 0.08, 0.09, 0.06 (stated), 0.09 being 0.0875 rounded (inferred)', () => {
    expect(result.loads.map((l) => l.factoredUnitRate?.rounded)).toEqual([
      '0.02',
      '0.08',
      '0.09',
      '0.06',
    ]);
    expect(result.loads[2]?.factoredUnitRate?.unrounded).toBe('0.0875');
  });

  it('splits load 3 into 75 × 0.10 + 125 × 0.08 on the first service’s tiers (stated)', () => {
    const contributions = result.loads[2]?.breakdown?.contributions ?? [];
    expect(contributions.map((c) => [c.units, c.rate, c.amount])).toEqual([
      ['75', '0.1', '7.5'],
      ['125', '0.08', '10'],
    ]);
  });

  it('splits load 1 into 100 × 0.00 + 25 × 0.10 (stated)', () => {
    const contributions = result.loads[0]?.breakdown?.contributions ?? [];
    expect(contributions.map((c) => [c.unitsFrom, c.unitsTo, c.amount])).toEqual([
      ['0', '100', '0'],
      ['100', '125', '2.5'],
    ]);
  });

  it('totals 53.00 for the period (inferred)', () => {
    expect(result.totals.total).toBe('53.00');
  });

  it('without pooling, each service keeps its own running total and the charges differ', () => {
    const unpooled = ratePooledLoads({ ...WE1_POOLING, pooled: false });
    // B 300 from its own 0: 100 free + 200 × 0.08 = 16.00 instead of 24.00; A 200 from 125:
    // 200 × 0.10 = 20.00; B 150 from 300: 150 × 0.08 = 12.00. Total 50.50 instead of 53.00.
    expect(unpooled.loads.map((l) => l.charge)).toEqual(['2.50', '16.00', '20.00', '12.00']);
    expect(unpooled.totals.total).toBe('50.50');
  });
});

describe('WE-2 volume discount with pooling (real-time rating)', () => {
  const result = ratePooledLoads(WE2_VOLUME_POOLING);

  it('charges #1 20, #2 60 and #6 390 at pooled totals 120, 180, 550 (stated)', () => {
    const byId = Object.fromEntries(result.loads.map((l) => [l.id, l]));
    expect(byId['#1']?.charge).toBe('20.00');
    expect(byId['#2']?.charge).toBe('60.00');
    expect(byId['#6']?.charge).toBe('390.00');
    expect(result.loads.map((l) => l.positionAfter)).toEqual(['120', '180', '380', '550']);
  });

  it('holds #5 (volume discount) without a charge but counts its units in the pool (stated)', () => {
    const held = result.loads.find((l) => l.id === '#5');
    expect(held?.status).toBe('held');
    expect(held?.charge).toBeNull();
    expect(held?.positionAfter).toBe('380');
  });

  it('breaks #6 into 120 × 2 + 50 × 3 (inferred)', () => {
    const six = result.loads.find((l) => l.id === '#6');
    expect(six?.breakdown?.contributions.map((c) => [c.units, c.rate, c.amount])).toEqual([
      ['120', '2', '240'],
      ['50', '3', '150'],
    ]);
  });

  it('settles the held units at period end at the tier the final total lands in (assumption)', () => {
    expect(result.settlements).toEqual([
      expect.objectContaining({
        service: 'Outgoing Faxes',
        units: '200',
        tierBasis: '550',
        tier: 1,
        charge: '0.00',
      }),
    ]);
  });
});

describe('WE-3 usage tier multiplier', () => {
  const scaled = applyTierMultiplier(WE3_TIER_MULTIPLIER.baseTiers, WE3_TIER_MULTIPLIER.planUnits);

  it('scales the tier bounds by 3: 600, 1200, 1800, open (stated)', () => {
    expect(scaled.rows.map((r) => r.scaledUpTo)).toEqual(['600', '1200', '1800', null]);
    expect(scaled.rows.map((r) => r.rate)).toEqual(['0', '0.06', '0.05', '0.03']);
  });

  const loads = rateRunningLoads(
    { rule: 'standard', tiers: scaled.tiers },
    WE3_TIER_MULTIPLIER.loads,
    {
      rounding: WE3_TIER_MULTIPLIER.rounding,
      rateScale: WE3_TIER_MULTIPLIER.rateScale,
    },
  );

  it('charges 0 + 18 + 33 = 51 for 400, 500 and 600 units (stated; the 600 is inferred)', () => {
    expect(loads.loads.map((l) => l.charge)).toEqual(['0.00', '18.00', '33.00']);
    expect(loads.totals.total).toBe('51.00');
  });

  it('gives factored rates 0.000, 0.036, 0.055 (inferred)', () => {
    expect(loads.loads.map((l) => l.factoredUnitRate?.rounded)).toEqual([
      '0.000',
      '0.036',
      '0.055',
    ]);
  });

  it('without the multiplier the same loads would cost more', () => {
    const base = rateRunningLoads(
      { rule: 'standard', tiers: WE3_TIER_MULTIPLIER.baseTiers },
      [400, 500, 600],
    );
    // 400: 200 × 0.06 = 12; 500: 200 × 0.05 + 300 × 0.03 = 19; 600: 600 × 0.03 = 18.
    expect(base.loads.map((l) => l.charge)).toEqual(['12.00', '19.00', '18.00']);
  });
});

describe('WE-4 multi-rate usage type without dependency', () => {
  const result = rateMultiRate(WE4_MULTI_RATE);

  it('charges 0.03 + 1.20 + 0.02 = 1.25 as three monetized records (stated)', () => {
    expect(result.charges.map((c) => [c.usageType, c.charge])).toEqual([
      ['ConnectionFee', '0.03'],
      ['UsageCharge', '1.20'],
      ['UsageSurcharge', '0.02'],
    ]);
    expect(result.total).toBe('1.25');
  });

  it('shows one parent invoice line of 10 minutes at the blended rate 0.125 (stated)', () => {
    expect(result.invoiceLines).toEqual([
      { usageType: 'USToLatam', quantity: '10', rate: '0.125', amount: '1.25' },
    ]);
    expect(result.blendedRate.rounded).toBe('0.125');
  });

  it('shows one line per child when not invoiced at parent level', () => {
    const lines = rateMultiRate({ ...WE4_MULTI_RATE, invoiceAtParentLevel: false }).invoiceLines;
    expect(lines.map((l) => [l.usageType, l.rate, l.amount])).toEqual([
      ['ConnectionFee', null, '0.03'],
      ['UsageCharge', '0.12', '1.20'],
      ['UsageSurcharge', null, '0.02'],
    ]);
  });
});

describe('WE-5 multi-rate usage type with a pricing dependency', () => {
  const result = rateMultiRate(WE5_MULTI_RATE_DEPENDENCY);

  it('computes the surcharge as 5 % of the usage charge: 0.06 (stated)', () => {
    expect(result.charges[2]?.charge).toBe('0.06');
    expect(result.charges[2]?.formula).toBe('5 % of UsageCharge (1.2) = 0.06');
  });

  it('totals 1.29 on one invoice line (stated), blended rate 0.129 (inferred)', () => {
    expect(result.total).toBe('1.29');
    expect(result.invoiceLines).toHaveLength(1);
    expect(result.blendedRate.unrounded).toBe('0.129');
  });
});

describe('WE-6 allowance consumed before charges', () => {
  const rated = rateTiered({
    tiers: WE6_ALLOWANCE.tiers,
    quantity: WE6_ALLOWANCE.quantity,
    rounding: WE6_ALLOWANCE.rounding,
  });
  const result = applyAllowance(rated, WE6_ALLOWANCE.allowance, {
    rounding: WE6_ALLOWANCE.rounding,
  });

  it('tier 1: +40 currency, −40 allowance leaving 50, −40 offset, net 0 (stated)', () => {
    expect(result.rows[0]).toMatchObject({
      rated: '40',
      allowanceUsed: '40',
      allowanceRemaining: '50',
      offset: '-40',
      net: '0',
    });
    expect(result.impacts.filter((i) => i.tier === 1)).toEqual([
      { tier: 1, resource: 'currency', impactType: 'RATING', offerType: 'PRICE', change: '40' },
      {
        tier: 1,
        resource: 'allowance',
        impactType: 'RATING',
        offerType: 'ALLOWANCE',
        change: '-40',
        balanceAfter: '50',
      },
      {
        tier: 1,
        resource: 'currency',
        impactType: 'RATING',
        offerType: 'ALLOWANCE',
        change: '-40',
      },
    ]);
  });

  it('tier 2: +30, −50 allowance leaving 0, −25 offset, net 5 (inferred)', () => {
    expect(result.rows[1]).toMatchObject({
      rated: '30',
      allowanceUsed: '50',
      allowanceRemaining: '0',
      offset: '-25',
      net: '5',
    });
  });

  it('nets the record to 5 with the allowance used up and the accumulator +100 (inferred)', () => {
    expect(result.netCharge).toBe('5.00');
    expect(result.allowanceRemaining).toBe('0');
    expect(result.accumulatorIncrement).toBe('100');
    expect(result.impacts.at(-1)).toMatchObject({ resource: 'accumulator', change: '100' });
  });
});

describe('WE-11 proration and the DOWN rounding example', () => {
  it('prorates 15 of 30 days to 0.5 (inferred); No Charge 0, Full Charge 1 (stated)', () => {
    expect(prorationScale(WE11_PRORATION).scale).toBe('0.5');
    expect(prorationScale({ ...WE11_PRORATION, setting: 'NO_CHARGE' }).scale).toBe('0');
    expect(prorationScale({ ...WE11_PRORATION, setting: 'FULL_CHARGE' }).scale).toBe('1');
  });

  it('scales a 30.00 cycle charge to 15.00', () => {
    expect(prorationScale({ ...WE11_PRORATION, cycleCharge: '30.00' }).charge?.charge).toBe(
      '15.00',
    );
  });

  it('rounds DOWN a sub-cent value to 0.00 (the page writes "0.8 rounds to 0.00"; read as a sub-cent amount)', () => {
    expect(roundMoney('0.008', 'DOWN', 2).after).toBe('0.00');
    // Taken literally, 0.8 cannot round DOWN to 0.00 at two decimals:
    expect(roundMoney('0.8', 'DOWN', 2).after).toBe('0.80');
  });
});
