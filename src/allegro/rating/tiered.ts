/**
 * The three core Aria pricing rules for one quantity: standard (progressive) tiers, volume
 * discount (all units at the rate of the tier reached) and flat rate per tier. Each returns a
 * breakdown with every tier's contribution and the rounding step, so a preview can show its work.
 */
import {
  Dec,
  type DecimalInput,
  RatingInputError,
  fmt,
  fmtRatio,
  max,
  min,
  sum,
  toDec,
} from './decimal';
import {
  type RoundingSpec,
  type RoundingStep,
  resolveRounding,
  roundDec,
  roundingStep,
} from './rounding';
import {
  type Tier,
  type TierInput,
  type TierView,
  normalizeTiers,
  tierAt,
  viewTier,
} from './tiers';

export type PricingRule = 'standard' | 'volume' | 'flat-per-tier';

/** One tier's share of a rated quantity. */
export interface TierContribution {
  tier: TierView;
  /** Running-total position where this tier's units start (exclusive) and end (inclusive). */
  unitsFrom: string;
  unitsTo: string;
  units: string;
  /** Per-unit rate, or the flat amount for flat rate per tier. */
  rate: string;
  /** Exact, unrounded amount of this contribution. */
  amount: string;
  /** How the amount was computed, e.g. "25 × 0.10 = 2.50". */
  formula: string;
}

export interface FactoredRate {
  /** Charge ÷ units before rounding (12 decimals at most); null when units are zero. */
  unrounded: string | null;
  /** The same, rounded with the currency's mode at `scale` decimals. */
  rounded: string | null;
  scale: number;
}

export interface RatingBreakdown {
  rule: PricingRule;
  quantity: string;
  /** Running total before this quantity (pooled or accumulated units already rated). */
  startAt: string;
  endAt: string;
  contributions: TierContribution[];
  /** Sum of the contributions, exact. */
  amount: string;
  rounding: RoundingStep;
  /** The rounded charge (= rounding.after). */
  charge: string;
  /** Charge ÷ quantity (the "factored unit rate" when a quantity spans tiers). */
  factoredUnitRate: FactoredRate;
}

export interface TieredInput {
  tiers: readonly TierInput[];
  quantity: DecimalInput;
  /** Units already counted in the period (pool or accumulator position). Default 0. */
  startAt?: DecimalInput;
  rounding?: Partial<RoundingSpec>;
  /** Decimals for the displayed factored unit rate. Default: the rounding scale. */
  rateScale?: number;
}

interface Prepared {
  tiers: Tier[];
  quantity: Dec;
  startAt: Dec;
  rounding: RoundingSpec;
  rateScale: number;
}

function prepare(input: TieredInput): Prepared {
  if (input === null || typeof input !== 'object') {
    throw new RatingInputError('Rating input must be an object with tiers and a quantity.');
  }
  const tiers = normalizeTiers(input.tiers);
  const quantity = toDec(input.quantity, 'Quantity');
  if (quantity.isNegative()) throw new RatingInputError('Quantity must not be negative.');
  const startAt = toDec(input.startAt ?? 0, 'Starting position');
  if (startAt.isNegative()) throw new RatingInputError('Starting position must not be negative.');
  const rounding = resolveRounding(input.rounding);
  const rateScale = input.rateScale ?? rounding.scale;
  if (!Number.isInteger(rateScale) || rateScale < 0 || rateScale > 20) {
    throw new RatingInputError('Rate scale must be a whole number of decimals from 0 to 20.');
  }
  return { tiers, quantity, startAt, rounding, rateScale };
}

export function factoredRate(
  charge: Dec,
  quantity: Dec,
  rounding: RoundingSpec,
  scale: number,
): FactoredRate {
  if (quantity.isZero()) return { unrounded: null, rounded: null, scale };
  const ratio = charge.dividedBy(quantity);
  return {
    unrounded: fmtRatio(ratio),
    rounded: roundDec(ratio, { mode: rounding.mode, scale }).toFixed(scale),
    scale,
  };
}

function finish(
  rule: PricingRule,
  p: Prepared,
  contributions: TierContribution[],
  amount: Dec,
): RatingBreakdown {
  const rounding = roundingStep(amount, p.rounding);
  const charge = new Dec(rounding.after);
  return {
    rule,
    quantity: fmt(p.quantity),
    startAt: fmt(p.startAt),
    endAt: fmt(p.startAt.plus(p.quantity)),
    contributions,
    amount: fmt(amount),
    rounding,
    charge: rounding.after,
    factoredUnitRate: factoredRate(charge, p.quantity, p.rounding, p.rateScale),
  };
}

/** The pieces of the interval (startAt, startAt + quantity] that fall into each tier. */
export function splitAcrossTiers(
  tiers: readonly Tier[],
  startAt: Dec,
  quantity: Dec,
): Array<{ tier: Tier; from: Dec; to: Dec; units: Dec }> {
  const end = startAt.plus(quantity);
  const pieces: Array<{ tier: Tier; from: Dec; to: Dec; units: Dec }> = [];
  for (const tier of tiers) {
    const lo = max(tier.from, startAt);
    const hi = tier.upTo === null ? end : min(tier.upTo, end);
    if (hi.greaterThan(lo)) pieces.push({ tier, from: lo, to: hi, units: hi.minus(lo) });
  }
  const covered = sum(pieces.map((p) => p.units));
  if (!covered.equals(quantity)) {
    const last = tiers[tiers.length - 1];
    throw new RatingInputError(
      `The quantity runs past the last tier (it ends at ${last?.upTo ? fmt(last.upTo) : '?'}); leave the last tier open.`,
    );
  }
  return pieces;
}

/**
 * Standard (progressive) tiers: like tax brackets, each unit is priced by the tier its position
 * in the running total falls in, so one quantity can span several tiers.
 *
 * @example rateTiered({ tiers: [{ upTo: 100, rate: 0 }, { upTo: 500, rate: '0.10' }, …], quantity: 125 })
 *          → 100 × 0 + 25 × 0.10 = 2.50
 */
export function rateTiered(input: TieredInput): RatingBreakdown {
  const p = prepare(input);
  const pieces = splitAcrossTiers(p.tiers, p.startAt, p.quantity);
  const contributions = pieces.map((piece) => {
    const amount = piece.units.times(piece.tier.rate);
    return {
      tier: viewTier(piece.tier),
      unitsFrom: fmt(piece.from),
      unitsTo: fmt(piece.to),
      units: fmt(piece.units),
      rate: fmt(piece.tier.rate),
      amount: fmt(amount),
      formula: `${fmt(piece.units)} × ${fmt(piece.tier.rate)} = ${fmt(amount)}`,
    };
  });
  const amount = sum(pieces.map((piece) => piece.units.times(piece.tier.rate)));
  return finish('standard', p, contributions, amount);
}

export interface VolumeInput extends TieredInput {
  /**
   * The total that decides the tier (the period or pooled total). Default: startAt + quantity,
   * i.e. the position after this quantity.
   */
  tierBasis?: DecimalInput;
}

/**
 * Volume discount: every unit gets the rate of the single tier that the total lands in.
 *
 * @example 700 units with tiers 0–600 → 0, 601–2000 → 1 → all 700 × 1 = 700
 */
export function rateVolume(input: VolumeInput): RatingBreakdown {
  const p = prepare(input);
  const basis =
    input.tierBasis === undefined
      ? p.startAt.plus(p.quantity)
      : toDec(input.tierBasis, 'Tier basis');
  if (basis.isNegative()) throw new RatingInputError('Tier basis must not be negative.');
  const tier = tierAt(p.tiers, basis);
  const amount = p.quantity.times(tier.rate);
  const contributions: TierContribution[] = p.quantity.isZero()
    ? []
    : [
        {
          tier: viewTier(tier),
          unitsFrom: fmt(p.startAt),
          unitsTo: fmt(p.startAt.plus(p.quantity)),
          units: fmt(p.quantity),
          rate: fmt(tier.rate),
          amount: fmt(amount),
          formula: `${fmt(p.quantity)} × ${fmt(tier.rate)} = ${fmt(amount)} (total ${fmt(basis)} is in tier ${tier.index})`,
        },
      ];
  return finish('volume', p, contributions, amount);
}

export interface FlatPerTierInput extends TieredInput {
  /**
   * false (default): charge only the flat amount of the tier the total reaches.
   * true: charge the flat amount of every tier the total enters (a cumulative reading).
   * The facts name the rule without defining it; see assumption RATE-FLAT-PER-TIER.
   */
  cumulative?: boolean;
}

/**
 * Flat rate per tier: the tier's `rate` is a flat amount for the tier, not a per-unit price. The
 * charge depends on which tier the position after this quantity (startAt + quantity) reaches,
 * not on the units inside it, so rate a whole period at once: pass the period total with
 * startAt 0. Quantity 0 with no prior units is charged nothing.
 */
export function rateFlatPerTier(input: FlatPerTierInput): RatingBreakdown {
  const p = prepare(input);
  const end = p.startAt.plus(p.quantity);
  const contributions: TierContribution[] = [];
  let amount = new Dec(0);
  if (end.greaterThan(0)) {
    const reached = tierAt(p.tiers, end);
    const charged = input.cumulative ? p.tiers.filter((t) => t.index <= reached.index) : [reached];
    for (const tier of charged) {
      const lo = max(tier.from, new Dec(0));
      const hi = tier.upTo === null ? end : min(tier.upTo, end);
      contributions.push({
        tier: viewTier(tier),
        unitsFrom: fmt(lo),
        unitsTo: fmt(hi),
        units: fmt(hi.minus(lo)),
        rate: fmt(tier.rate),
        amount: fmt(tier.rate),
        formula: `flat ${fmt(tier.rate)} for tier ${tier.index}`,
      });
      amount = amount.plus(tier.rate);
    }
  }
  return finish('flat-per-tier', p, contributions, amount);
}

/** Dispatches to the rule's function. */
export function rateByRule(
  rule: PricingRule,
  input: VolumeInput & FlatPerTierInput,
): RatingBreakdown {
  switch (rule) {
    case 'standard':
      return rateTiered(input);
    case 'volume':
      return rateVolume(input);
    case 'flat-per-tier':
      return rateFlatPerTier(input);
    default:
      throw new RatingInputError(`Unknown pricing rule "${String(rule)}".`);
  }
}
