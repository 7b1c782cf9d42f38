/**
 * Tier tables. A tier is stored by its cumulative upper bound (`upTo`): the first tier covers
 * positions 0 to upTo, the next one from there to its own upTo, and the last tier may be open
 * (`upTo: null`). Aria writes the same table as "1–100, 101–500, 501+" for whole units; the
 * helper `tiersFromRanges` converts that notation.
 */
import { Dec, type DecimalInput, RatingInputError, fmt, toDec } from './decimal';

export interface TierInput {
  /** Cumulative upper bound of the tier (inclusive); null or omitted = no upper bound. */
  upTo?: DecimalInput | null;
  /** Rate per unit (standard and volume pricing) or the flat amount (flat rate per tier). */
  rate: DecimalInput;
  /** Optional label shown in breakdowns. */
  label?: string;
}

/** A tier after validation; `from` is the previous tier's upper bound (exclusive). */
export interface Tier {
  index: number;
  from: Dec;
  upTo: Dec | null;
  rate: Dec;
  label?: string;
}

/** Problems with a tier table, one sentence each; empty when the table can be rated. */
export function checkTiers(tiers: readonly TierInput[]): string[] {
  try {
    normalizeTiers(tiers);
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

/** Validates a tier table and returns it with exact bounds. */
export function normalizeTiers(tiers: readonly TierInput[], what = 'Tier table'): Tier[] {
  if (!Array.isArray(tiers) || tiers.length === 0) {
    throw new RatingInputError(`${what} needs at least one tier.`);
  }
  const result: Tier[] = [];
  let from = new Dec(0);
  tiers.forEach((input, i) => {
    const n = i + 1;
    const rate = toDec(input.rate, `${what}, tier ${n} rate`);
    const isLast = i === tiers.length - 1;
    let upTo: Dec | null = null;
    if (input.upTo !== null && input.upTo !== undefined) {
      upTo = toDec(input.upTo, `${what}, tier ${n} upper bound`);
      if (!upTo.greaterThan(from)) {
        throw new RatingInputError(
          `${what}, tier ${n}: its upper bound ${fmt(upTo)} must be above the previous bound ${fmt(from)}.`,
        );
      }
    } else if (!isLast) {
      throw new RatingInputError(`${what}, tier ${n}: only the last tier may have no upper bound.`);
    }
    result.push({ index: n, from, upTo, rate, ...(input.label ? { label: input.label } : {}) });
    if (upTo) from = upTo;
  });
  return result;
}

/** A tier row in Aria's notation: `from`–`to` whole units (to = null for "and above"). */
export interface TierRange {
  from: DecimalInput;
  to: DecimalInput | null;
  rate: DecimalInput;
  label?: string;
}

/**
 * Converts Aria-style ranges such as 1–100, 101–500, 501–∞ (or 0–100, 101–300, …) into tiers.
 * The ranges must follow each other without gaps: each `from` is the previous `to` or `to + 1`.
 */
export function tiersFromRanges(ranges: readonly TierRange[]): TierInput[] {
  let previousTo: Dec | null = null;
  return ranges.map((range, i) => {
    const from = toDec(range.from, `Range ${i + 1} start`);
    if (previousTo !== null && !(from.equals(previousTo) || from.equals(previousTo.plus(1)))) {
      throw new RatingInputError(
        `Range ${i + 1} starts at ${fmt(from)}, but the previous range ends at ${fmt(previousTo)}: ranges must follow each other without gaps.`,
      );
    }
    const to = range.to === null ? null : toDec(range.to, `Range ${i + 1} end`);
    previousTo = to;
    return {
      upTo: to === null ? null : fmt(to),
      rate: range.rate,
      ...(range.label ? { label: range.label } : {}),
    };
  });
}

/** A tier row as shown in results (strings, so that it can be rendered and serialised). */
export interface TierView {
  tier: number;
  from: string;
  upTo: string | null;
  rate: string;
  label?: string;
}

export function viewTier(tier: Tier): TierView {
  return {
    tier: tier.index,
    from: fmt(tier.from),
    upTo: tier.upTo === null ? null : fmt(tier.upTo),
    rate: fmt(tier.rate),
    ...(tier.label ? { label: tier.label } : {}),
  };
}

export interface TierMultiplierResult {
  multiplier: string;
  /** The scaled table, ready for rateTiered / rateVolume / rateFlatPerTier. */
  tiers: TierInput[];
  /** Each tier's bound before and after scaling, for display. */
  rows: Array<{ tier: number; baseUpTo: string | null; scaledUpTo: string | null; rate: string }>;
}

/**
 * Usage tier multiplier (core Aria): every tier bound is multiplied by the number of plan units
 * bought, so three units of a plan with tiers 1–200, 201–400 … get 1–600, 601–1200 …; rates stay.
 */
export function applyTierMultiplier(
  tiers: readonly TierInput[],
  planUnits: DecimalInput,
): TierMultiplierResult {
  const multiplier = toDec(planUnits, 'Plan units');
  if (!multiplier.greaterThan(0)) {
    throw new RatingInputError('Plan units for the tier multiplier must be greater than zero.');
  }
  const normalized = normalizeTiers(tiers);
  const rows = normalized.map((tier) => ({
    tier: tier.index,
    baseUpTo: tier.upTo === null ? null : fmt(tier.upTo),
    scaledUpTo: tier.upTo === null ? null : fmt(tier.upTo.times(multiplier)),
    rate: fmt(tier.rate),
  }));
  return {
    multiplier: fmt(multiplier),
    tiers: normalized.map((tier, i) => ({
      upTo: rows[i]?.scaledUpTo ?? null,
      rate: fmt(tier.rate),
      ...(tier.label ? { label: tier.label } : {}),
    })),
    rows,
  };
}

/** The tier a position (a running total) falls in: the first tier whose bound is ≥ position. */
export function tierAt(tiers: readonly Tier[], position: Dec): Tier {
  for (const tier of tiers) {
    if (tier.upTo === null || position.lessThanOrEqualTo(tier.upTo)) return tier;
  }
  // The last tier ends below the position: the table is closed and the position is beyond it.
  const last = tiers[tiers.length - 1];
  if (!last) throw new RatingInputError('Tier table needs at least one tier.');
  throw new RatingInputError(
    `Position ${fmt(position)} is beyond the last tier, which ends at ${fmt(last.upTo ?? position)}; leave the last tier open.`,
  );
}
