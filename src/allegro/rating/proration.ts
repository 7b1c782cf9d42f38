/**
 * Proration scale of a recurring charge: the share of the cycle the charge applies to, adjusted
 * by the proration setting (No Charge = 0, Full Charge = 1, Prorate = applied ÷ cycle).
 */
import { type DecimalInput, RatingInputError, fmt, fmtRatio, toDec } from './decimal';
import { type RoundingSpec, type RoundingStep, resolveRounding, roundingStep } from './rounding';

export const PRORATION_SETTINGS = ['NO_CHARGE', 'FULL_CHARGE', 'PRORATE'] as const;
export type ProrationSetting = (typeof PRORATION_SETTINGS)[number];

export interface ProrationInput {
  setting: ProrationSetting;
  /** Length of the applied period (days, or any unit the cycle uses). */
  appliedPeriod: DecimalInput;
  cyclePeriod: DecimalInput;
  /** Optional full-cycle charge to scale; when given the result includes the prorated charge. */
  cycleCharge?: DecimalInput;
  rounding?: Partial<RoundingSpec>;
}

export interface ProrationResult {
  setting: ProrationSetting;
  /** The scale: 0, 1 or applied ÷ cycle (12 decimals at most). */
  scale: string;
  formula: string;
  charge?: { amount: string; rounding: RoundingStep; charge: string };
}

/** @example prorationScale({ setting: 'PRORATE', appliedPeriod: 15, cyclePeriod: 30 }).scale === '0.5' */
export function prorationScale(input: ProrationInput): ProrationResult {
  if (!PRORATION_SETTINGS.includes(input?.setting)) {
    throw new RatingInputError(
      `Proration setting must be one of ${PRORATION_SETTINGS.join(', ')}.`,
    );
  }
  const applied = toDec(input.appliedPeriod, 'Applied period');
  const cycle = toDec(input.cyclePeriod, 'Cycle period');
  if (!cycle.greaterThan(0)) throw new RatingInputError('Cycle period must be greater than zero.');
  if (applied.isNegative() || applied.greaterThan(cycle)) {
    throw new RatingInputError('Applied period must be between zero and the cycle period.');
  }
  const ratio = applied.dividedBy(cycle);
  const scale =
    input.setting === 'NO_CHARGE'
      ? toDec(0, 'scale')
      : input.setting === 'FULL_CHARGE'
        ? toDec(1, 'scale')
        : ratio;
  const formula =
    input.setting === 'PRORATE'
      ? `${fmt(applied)} ÷ ${fmt(cycle)} = ${fmtRatio(ratio)}`
      : input.setting === 'NO_CHARGE'
        ? 'No Charge → 0'
        : 'Full Charge → 1';
  const result: ProrationResult = { setting: input.setting, scale: fmtRatio(scale), formula };
  if (input.cycleCharge !== undefined) {
    const amount = toDec(input.cycleCharge, 'Cycle charge').times(scale);
    const step = roundingStep(amount, resolveRounding(input.rounding));
    result.charge = { amount: fmt(amount), rounding: step, charge: step.after };
  }
  return result;
}
