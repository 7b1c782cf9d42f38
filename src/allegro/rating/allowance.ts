/**
 * Allowances consumed before charges. Allegro writes, for every tier of a rated record, a
 * currency impact for the rated amount, an allowance impact for the units (or amount) taken from
 * the allowance, and a negative currency impact that offsets the covered part. An allowance can
 * never offset more than the tier's rated amount.
 */
import { Dec, type DecimalInput, RatingInputError, fmt, min, sum, toDec } from './decimal';
import { type RoundingSpec, type RoundingStep, resolveRounding, roundingStep } from './rounding';
import type { RatingBreakdown } from './tiered';

export interface AllowanceInput {
  /** 'units' = free units (minutes, GB…); 'amount' = a money grant (e.g. a commitment). */
  kind: 'units' | 'amount';
  available: DecimalInput;
  /**
   * Tiers (1-based) whose rows impact the allowance. In Allegro each tier row carries its own
   * allowance impact, so this is configuration. Default: every tier.
   */
  tiers?: readonly number[];
}

export interface AllowanceOptions {
  /** What the record adds to an accumulator: its quantity, its net amount, or nothing. */
  accumulate?: 'quantity' | 'amount' | 'none';
  rounding?: Partial<RoundingSpec>;
}

export type ImpactResource = 'currency' | 'allowance' | 'accumulator';

/** One balance impact, named like the Allegro monetized-usage impacts. */
export interface Impact {
  tier: number | null;
  resource: ImpactResource;
  impactType: 'RATING';
  /** PRICE for the rated charge and accumulator, ALLOWANCE for what the allowance covers. */
  offerType: 'PRICE' | 'ALLOWANCE';
  /** Signed change to the balance. */
  change: string;
  /** Allowance balance after this impact (allowance impacts only). */
  balanceAfter?: string;
}

export interface AllowanceTierRow {
  tier: number;
  units: string;
  rate: string;
  rated: string;
  /** Units or amount taken from the allowance by this tier. */
  allowanceUsed: string;
  allowanceRemaining: string;
  /** Negative currency offset (≤ rated in size). */
  offset: string;
  net: string;
}

export interface AllowanceResult {
  kind: AllowanceInput['kind'];
  rows: AllowanceTierRow[];
  impacts: Impact[];
  allowanceBefore: string;
  allowanceUsed: string;
  allowanceRemaining: string;
  ratedAmount: string;
  offsetTotal: string;
  /** Rated − offsets, exact. */
  netAmount: string;
  rounding: RoundingStep;
  netCharge: string;
  accumulatorIncrement: string;
}

/**
 * Applies an allowance to a rated breakdown (from rateTiered or rateVolume), tier by tier from
 * the lowest tier up.
 *
 * @example 100 units, tiers 40 @ 1 and 60 @ 0.5, 90 free units → tier 1 fully covered (net 0),
 *          tier 2 covers 50 of 60 units (offset 25, net 5); allowance left 0; net 5.
 */
export function applyAllowance(
  rated: RatingBreakdown,
  allowance: AllowanceInput,
  options: AllowanceOptions = {},
): AllowanceResult {
  if (!rated || !Array.isArray(rated.contributions)) {
    throw new RatingInputError(
      'applyAllowance needs a rating breakdown from rateTiered or rateVolume.',
    );
  }
  if (rated.rule === 'flat-per-tier' && allowance.kind === 'units') {
    throw new RatingInputError(
      'A unit allowance cannot offset a flat-per-tier charge; use an amount allowance.',
    );
  }
  if (allowance.kind !== 'units' && allowance.kind !== 'amount') {
    throw new RatingInputError('Allowance kind must be "units" or "amount".');
  }
  const before = toDec(allowance.available, 'Available allowance');
  if (before.isNegative()) throw new RatingInputError('Available allowance must not be negative.');
  const rounding = resolveRounding(options.rounding);
  const eligible = allowance.tiers ? new Set(allowance.tiers) : null;

  let remaining = before;
  const rows: AllowanceTierRow[] = [];
  const impacts: Impact[] = [];
  for (const c of rated.contributions) {
    const tierNo = c.tier.tier;
    const units = new Dec(c.units);
    const rate = new Dec(c.rate);
    const ratedAmount = new Dec(c.amount);
    let used = new Dec(0);
    let offset = new Dec(0);
    if (!eligible || eligible.has(tierNo)) {
      if (allowance.kind === 'units') {
        used = min(remaining, units);
        offset = min(used.times(rate), ratedAmount);
      } else {
        used = min(remaining, ratedAmount);
        offset = used;
      }
    }
    remaining = remaining.minus(used);
    const net = ratedAmount.minus(offset);
    rows.push({
      tier: tierNo,
      units: fmt(units),
      rate: fmt(rate),
      rated: fmt(ratedAmount),
      allowanceUsed: fmt(used),
      allowanceRemaining: fmt(remaining),
      offset: fmt(offset.negated()),
      net: fmt(net),
    });
    impacts.push({
      tier: tierNo,
      resource: 'currency',
      impactType: 'RATING',
      offerType: 'PRICE',
      change: fmt(ratedAmount),
    });
    if (used.greaterThan(0)) {
      impacts.push({
        tier: tierNo,
        resource: 'allowance',
        impactType: 'RATING',
        offerType: 'ALLOWANCE',
        change: fmt(used.negated()),
        balanceAfter: fmt(remaining),
      });
      impacts.push({
        tier: tierNo,
        resource: 'currency',
        impactType: 'RATING',
        offerType: 'ALLOWANCE',
        change: fmt(offset.negated()),
      });
    }
  }
  const ratedTotal = sum(rows.map((r) => new Dec(r.rated)));
  const offsetTotal = sum(rows.map((r) => new Dec(r.offset).negated()));
  const netAmount = ratedTotal.minus(offsetTotal);
  const step = roundingStep(netAmount, rounding);
  const accumulate = options.accumulate ?? 'quantity';
  const accumulatorIncrement =
    accumulate === 'quantity'
      ? new Dec(rated.quantity)
      : accumulate === 'amount'
        ? new Dec(step.after)
        : new Dec(0);
  if (accumulate !== 'none') {
    impacts.push({
      tier: null,
      resource: 'accumulator',
      impactType: 'RATING',
      offerType: 'PRICE',
      change: fmt(accumulatorIncrement),
    });
  }
  return {
    kind: allowance.kind,
    rows,
    impacts,
    allowanceBefore: fmt(before),
    allowanceUsed: fmt(before.minus(remaining)),
    allowanceRemaining: fmt(remaining),
    ratedAmount: fmt(ratedTotal),
    offsetTotal: fmt(offsetTotal),
    netAmount: fmt(netAmount),
    rounding: step,
    netCharge: step.after,
    accumulatorIncrement: fmt(accumulatorIncrement),
  };
}
