/**
 * Multi-rate usage types: one usage record rated in several passes, one per child usage type
 * (for example a connection fee, a per-minute charge and a surcharge). Children run in their
 * sequence order; a child with a pricing dependency computes its amount from the charges of
 * children that ran before it (for example 5 % of the per-minute charge).
 */
import { Dec, type DecimalInput, RatingInputError, fmt, sum, toDec } from './decimal';
import { type RoundingSpec, type RoundingStep, resolveRounding, roundingStep } from './rounding';
import { type FactoredRate, type RatingBreakdown, factoredRate, rateTiered } from './tiered';
import type { TierInput } from './tiers';

export type ChildPricing =
  /** A fixed amount per record, whatever the quantity (FLAT). */
  | { kind: 'flat'; amount: DecimalInput }
  /** A rate per unit of the record's quantity. */
  | { kind: 'per-unit'; rate: DecimalInput }
  /** Standard tiers over the record's quantity (optionally from a running position). */
  | { kind: 'tiered'; tiers: readonly TierInput[]; startAt?: DecimalInput }
  /**
   * Pricing dependency: `factor` × the sum of the charges of the named children, which must
   * have a lower sequence number. `factor` is a fraction: 0.05 means 5 %.
   */
  | { kind: 'percent-of'; of: readonly string[]; factor: DecimalInput };

export interface MultiRateChild {
  usageType: string;
  sequence: number;
  pricing: ChildPricing;
}

export interface MultiRateInput {
  parentUsageType: string;
  quantity: DecimalInput;
  children: readonly MultiRateChild[];
  /** One invoice line for the parent (blended rate) instead of one line per child. */
  invoiceAtParentLevel?: boolean;
  rounding?: Partial<RoundingSpec>;
  /** Decimals for the displayed blended rate. Default: rounding scale + 1. */
  rateScale?: number;
}

/** One child's monetized record. */
export interface ChildCharge {
  usageType: string;
  sequence: number;
  kind: ChildPricing['kind'];
  /** How the amount was computed, e.g. "5 % of UsageCharge (1.20) = 0.06". */
  formula: string;
  amount: string;
  rounding: RoundingStep;
  charge: string;
  /** The per-unit rate, for per-unit children. */
  unitRate?: string;
  /** Present for tiered children. */
  tiers?: RatingBreakdown;
}

export interface InvoiceLine {
  usageType: string;
  quantity: string;
  /** Unit rate shown on the line; for a parent-level line this is the blended rate. */
  rate: string | null;
  amount: string;
}

export interface MultiRateRating {
  parentUsageType: string;
  quantity: string;
  /** One per child, in sequence order: Allegro writes one monetized record per charge. */
  charges: ChildCharge[];
  /** Sum of the rounded child charges. */
  total: string;
  /** total ÷ quantity. */
  blendedRate: FactoredRate;
  invoiceLines: InvoiceLine[];
}

function percentText(factor: Dec): string {
  return `${fmt(factor.times(100))} %`;
}

/**
 * Rates one record through a multi-rate usage type.
 *
 * @example 10 minutes with ConnectionFee flat 0.03, UsageCharge 0.12/min, UsageSurcharge flat 0.02
 *          → 0.03 + 1.20 + 0.02 = 1.25; blended 0.125 on one parent line.
 */
export function rateMultiRate(input: MultiRateInput): MultiRateRating {
  if (input === null || typeof input !== 'object') {
    throw new RatingInputError('Multi-rate input must be an object.');
  }
  const quantity = toDec(input.quantity, 'Quantity');
  if (quantity.isNegative()) throw new RatingInputError('Quantity must not be negative.');
  const rounding = resolveRounding(input.rounding);
  const rateScale = input.rateScale ?? rounding.scale + 1;
  if (!Array.isArray(input.children) || input.children.length === 0) {
    throw new RatingInputError('A multi-rate usage type needs at least one child usage type.');
  }
  const seenTypes = new Set<string>();
  const seenSequences = new Set<number>();
  for (const child of input.children) {
    if (!child.usageType) throw new RatingInputError('Every child needs a usage type.');
    if (seenTypes.has(child.usageType)) {
      throw new RatingInputError(`Child usage type "${child.usageType}" appears twice.`);
    }
    if (!Number.isInteger(child.sequence) || seenSequences.has(child.sequence)) {
      throw new RatingInputError(
        `Child "${child.usageType}" needs a whole, unique sequence number (got ${String(child.sequence)}).`,
      );
    }
    seenTypes.add(child.usageType);
    seenSequences.add(child.sequence);
  }
  const ordered = [...input.children].sort((a, b) => a.sequence - b.sequence);
  const chargesByType = new Map<string, Dec>();
  const charges: ChildCharge[] = [];

  for (const child of ordered) {
    const pricing = child.pricing;
    let amount: Dec;
    let formula: string;
    let tiers: RatingBreakdown | undefined;
    let unitRate: string | undefined;
    switch (pricing?.kind) {
      case 'flat':
        amount = toDec(pricing.amount, `${child.usageType} flat amount`);
        formula = `flat ${fmt(amount)}`;
        break;
      case 'per-unit': {
        const rate = toDec(pricing.rate, `${child.usageType} rate`);
        amount = quantity.times(rate);
        unitRate = fmt(rate);
        formula = `${fmt(quantity)} × ${fmt(rate)} = ${fmt(amount)}`;
        break;
      }
      case 'tiered': {
        tiers = rateTiered({
          tiers: pricing.tiers,
          quantity,
          ...(pricing.startAt !== undefined ? { startAt: pricing.startAt } : {}),
          rounding,
        });
        amount = new Dec(tiers.amount);
        formula = tiers.contributions.map((c) => c.formula).join(' + ') || '0';
        break;
      }
      case 'percent-of': {
        const factor = toDec(pricing.factor, `${child.usageType} dependency factor`);
        const of: readonly string[] = Array.isArray(pricing.of) ? pricing.of : [];
        if (of.length === 0) {
          throw new RatingInputError(
            `Dependency of "${child.usageType}" must name at least one child.`,
          );
        }
        const parts = of.map((name) => {
          const value = chargesByType.get(name);
          if (value === undefined) {
            throw new RatingInputError(
              `"${child.usageType}" depends on "${name}", which is not a child with a lower sequence number.`,
            );
          }
          return { name, value };
        });
        // The dependency reads the rounded charges of the earlier children: they are separate
        // monetized records by then (assumption RATE-DEPENDENCY-BASIS).
        const base = sum(parts.map((part) => part.value));
        amount = base.times(factor);
        formula = `${percentText(factor)} of ${parts
          .map((part) => `${part.name} (${fmt(part.value)})`)
          .join(' + ')} = ${fmt(amount)}`;
        break;
      }
      default:
        throw new RatingInputError(`Child "${child.usageType}" has an unknown pricing kind.`);
    }
    const step = roundingStep(amount, rounding);
    chargesByType.set(child.usageType, new Dec(step.after));
    charges.push({
      usageType: child.usageType,
      sequence: child.sequence,
      kind: pricing.kind,
      formula,
      amount: fmt(amount),
      rounding: step,
      charge: step.after,
      ...(unitRate !== undefined ? { unitRate } : {}),
      ...(tiers ? { tiers } : {}),
    });
  }

  const total = sum([...chargesByType.values()]);
  const totalText = total.toFixed(rounding.scale);
  const blendedRate = factoredRate(total, quantity, rounding, rateScale);
  const invoiceLines: InvoiceLine[] = input.invoiceAtParentLevel
    ? [
        {
          usageType: input.parentUsageType,
          quantity: fmt(quantity),
          rate: blendedRate.unrounded,
          amount: totalText,
        },
      ]
    : charges.map((c) => ({
        usageType: c.usageType,
        quantity: fmt(quantity),
        rate: c.unitRate ?? null,
        amount: c.charge,
      }));
  return {
    parentUsageType: input.parentUsageType,
    quantity: fmt(quantity),
    charges,
    total: totalText,
    blendedRate,
    invoiceLines,
  };
}
