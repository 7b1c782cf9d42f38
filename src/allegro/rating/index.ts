/** Rating: tiers, volume, flat per tier, multipliers, multi-rate, allowances, pooling, rounding. */
export { Dec, DECIMAL_PATTERN, RatingInputError, isDecimalInput } from './decimal';
export type { DecimalInput } from './decimal';
export {
  ROUNDING_MODES,
  ROUNDING_MODE_INFO,
  DEFAULT_ROUNDING,
  roundMoney,
  isRoundingMode,
} from './rounding';
export type { RoundingMode, RoundingModeInfo, RoundingSpec, RoundingStep } from './rounding';
export { applyTierMultiplier, checkTiers, tiersFromRanges } from './tiers';
export type { TierInput, TierRange, TierView, TierMultiplierResult } from './tiers';
export { rateTiered, rateVolume, rateFlatPerTier, rateByRule } from './tiered';
export type {
  PricingRule,
  TierContribution,
  FactoredRate,
  RatingBreakdown,
  TieredInput,
  VolumeInput,
  FlatPerTierInput,
} from './tiered';
export { rateMultiRate } from './multi-rate';
export type {
  ChildPricing,
  MultiRateChild,
  MultiRateInput,
  ChildCharge,
  InvoiceLine,
  MultiRateRating,
} from './multi-rate';
export { applyAllowance } from './allowance';
export type {
  AllowanceInput,
  AllowanceOptions,
  AllowanceResult,
  AllowanceTierRow,
  Impact,
} from './allowance';
export { ratePooledLoads, rateRunningLoads } from './pooling';
export type {
  PooledService,
  PooledLoad,
  PooledLoadsInput,
  PooledLoadResult,
  PooledRating,
  VolumeSettlement,
} from './pooling';
export { prorationScale, PRORATION_SETTINGS } from './proration';
export type { ProrationInput, ProrationResult, ProrationSetting } from './proration';
export { RATING_ASSUMPTIONS } from './assumptions';
export type { Assumption } from './assumptions';
export * as WORKED_EXAMPLES from './worked-examples';
