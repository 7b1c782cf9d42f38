/**
 * Usage pooling (core Aria): the services of one plan instance share a running pooled total, and
 * each load is rated from where the pool stands, not from where its own service stands. Each
 * load gets its own charge and a factored unit rate (charge ÷ load units).
 *
 * Rules kept from the product pages: pooling works with standard tiers and (newer page) with
 * volume discount, but not with flat rate per tier; volume discount units can only be rated when
 * the period total is known (at invoice time), so they are held at load time.
 */
import { Dec, type DecimalInput, RatingInputError, fmt, sum, toDec } from './decimal';
import { type RoundingSpec, type RoundingStep, resolveRounding } from './rounding';
import {
  type FactoredRate,
  type PricingRule,
  type RatingBreakdown,
  rateFlatPerTier,
  rateTiered,
  rateVolume,
} from './tiered';
import { type TierInput, normalizeTiers, tierAt } from './tiers';

export interface PooledService {
  rule: PricingRule;
  tiers: readonly TierInput[];
}

export interface PooledLoad {
  /** Record or load identifier shown in results; default "#<n>". */
  id?: string;
  service: string;
  units: DecimalInput;
}

export interface PooledLoadsInput {
  /** Rate table per service (key = service name). */
  services: Readonly<Record<string, PooledService>>;
  /** Loads in the order they are rated. */
  loads: readonly PooledLoad[];
  /**
   * true (default): one running total for all services of the plan instance (pooling).
   * false: each service keeps its own running total (no pooling).
   */
  pooled?: boolean;
  /** Pool position at the start of the period (e.g. carried by usage accumulation). Default 0. */
  startAt?: DecimalInput;
  rounding?: Partial<RoundingSpec>;
  /** Decimals for factored unit rates. Default: the rounding scale. */
  rateScale?: number;
  /**
   * Rate held volume-discount units at period end at the tier the final total lands in
   * (assumption RATE-VOLUME-SETTLEMENT; the source example stops before period end). Default true.
   */
  settleVolumeAtPeriodEnd?: boolean;
}

export interface PooledLoadResult {
  id: string;
  service: string;
  rule: PricingRule;
  units: string;
  /** Running total before and after this load (pooled, or the service's own total). */
  positionBefore: string;
  positionAfter: string;
  status: 'charged' | 'held';
  reason: string;
  breakdown: RatingBreakdown | null;
  charge: string | null;
  factoredUnitRate: FactoredRate | null;
}

export interface VolumeSettlement {
  service: string;
  heldLoads: string[];
  units: string;
  /** The final total that decides the tier. */
  tierBasis: string;
  tier: number;
  rate: string;
  amount: string;
  rounding: RoundingStep;
  charge: string;
  /** Always the assumption id, because the source example stops before period end. */
  assumption: 'RATE-VOLUME-SETTLEMENT';
}

export interface PooledRating {
  pooled: boolean;
  loads: PooledLoadResult[];
  settlements: VolumeSettlement[];
  /** Final running total(s): key "pool" when pooled, else one per service. */
  finalPositions: Record<string, string>;
  totals: {
    units: string;
    /** Sum of the rounded per-load charges. */
    chargedAtLoad: string;
    /** Sum of the rounded period-end settlements. */
    settledAtPeriodEnd: string;
    total: string;
  };
}

/**
 * Rates loads of several services against one pooled running total.
 *
 * @example WE-1: A 125 → 2.50, B 300 → 24.00, A 200 → 17.50 (factored 0.0875 → 0.09), B 150 → 9.00.
 */
export function ratePooledLoads(input: PooledLoadsInput): PooledRating {
  if (input === null || typeof input !== 'object') {
    throw new RatingInputError('Pooling input must be an object with services and loads.');
  }
  const pooled = input.pooled ?? true;
  const rounding = resolveRounding(input.rounding);
  const rateScale = input.rateScale ?? rounding.scale;
  const services = input.services ?? {};
  for (const [name, service] of Object.entries(services)) {
    normalizeTiers(service.tiers, `Service "${name}" tiers`);
    if (!['standard', 'volume', 'flat-per-tier'].includes(service.rule)) {
      throw new RatingInputError(`Service "${name}" has an unknown pricing rule.`);
    }
    if (pooled && service.rule === 'flat-per-tier') {
      throw new RatingInputError(
        `Service "${name}" uses flat rate per tier, which core Aria does not allow with usage pooling.`,
      );
    }
  }
  if (!Array.isArray(input.loads)) throw new RatingInputError('Loads must be a list.');
  const start = toDec(input.startAt ?? 0, 'Starting pool position');
  if (start.isNegative())
    throw new RatingInputError('Starting pool position must not be negative.');

  const positions = new Map<string, Dec>();
  const keyOf = (service: string) => (pooled ? 'pool' : service);
  const positionOf = (service: string) => positions.get(keyOf(service)) ?? start;

  const loads: PooledLoadResult[] = input.loads.map((load, i) => {
    const id = load.id ?? `#${i + 1}`;
    const service = services[load.service];
    if (!service)
      throw new RatingInputError(
        `Load ${id} names service "${load.service}", which has no rate table.`,
      );
    const units = toDec(load.units, `Load ${id} units`);
    if (units.isNegative()) throw new RatingInputError(`Load ${id} has negative units.`);
    const before = positionOf(load.service);
    const after = before.plus(units);
    positions.set(keyOf(load.service), after);
    const base = {
      id,
      service: load.service,
      rule: service.rule,
      units: fmt(units),
      positionBefore: fmt(before),
      positionAfter: fmt(after),
    };
    if (service.rule === 'volume') {
      return {
        ...base,
        status: 'held' as const,
        reason:
          'Volume discount: every unit takes the rate of the tier the period total lands in, so the units are counted in the pool now and charged when the period total is known (rating at invoice time).',
        breakdown: null,
        charge: null,
        factoredUnitRate: null,
      };
    }
    const rate = service.rule === 'standard' ? rateTiered : rateFlatPerTier;
    const breakdown = rate({
      tiers: service.tiers,
      quantity: units,
      startAt: before,
      rounding,
      rateScale,
    });
    return {
      ...base,
      status: 'charged' as const,
      reason: pooled
        ? `Rated from pooled position ${fmt(before)} to ${fmt(after)} on ${load.service}'s tiers.`
        : `Rated from ${load.service}'s own position ${fmt(before)} to ${fmt(after)}.`,
      breakdown,
      charge: breakdown.charge,
      factoredUnitRate: breakdown.factoredUnitRate,
    };
  });

  const settlements: VolumeSettlement[] = [];
  if (input.settleVolumeAtPeriodEnd ?? true) {
    const heldByService = new Map<string, PooledLoadResult[]>();
    for (const load of loads) {
      if (load.status !== 'held') continue;
      heldByService.set(load.service, [...(heldByService.get(load.service) ?? []), load]);
    }
    for (const [serviceName, held] of heldByService) {
      const service = services[serviceName];
      if (!service) continue;
      const units = sum(held.map((l) => new Dec(l.units)));
      const basis = positionOf(serviceName);
      const tier = tierAt(normalizeTiers(service.tiers), basis);
      const breakdown = rateVolume({
        tiers: service.tiers,
        quantity: units,
        tierBasis: basis,
        rounding,
        rateScale,
      });
      settlements.push({
        service: serviceName,
        heldLoads: held.map((l) => l.id),
        units: fmt(units),
        tierBasis: fmt(basis),
        tier: tier.index,
        rate: fmt(tier.rate),
        amount: breakdown.amount,
        rounding: breakdown.rounding,
        charge: breakdown.charge,
        assumption: 'RATE-VOLUME-SETTLEMENT',
      });
    }
  }

  const chargedAtLoad = sum(loads.map((l) => new Dec(l.charge ?? 0)));
  const settled = sum(settlements.map((s) => new Dec(s.charge)));
  const finalPositions: Record<string, string> = {};
  for (const [key, value] of positions) finalPositions[key] = fmt(value);
  return {
    pooled,
    loads,
    settlements,
    finalPositions,
    totals: {
      units: fmt(sum(loads.map((l) => new Dec(l.units)))),
      chargedAtLoad: chargedAtLoad.toFixed(rounding.scale),
      settledAtPeriodEnd: settled.toFixed(rounding.scale),
      total: chargedAtLoad.plus(settled).toFixed(rounding.scale),
    },
  };
}

/** Convenience for a single service with a running total (e.g. the tier multiplier example). */
export function rateRunningLoads(
  service: PooledService,
  loads: readonly DecimalInput[],
  options: Omit<PooledLoadsInput, 'services' | 'loads'> = {},
): PooledRating {
  return ratePooledLoads({
    ...options,
    services: { service },
    loads: loads.map((units, i) => ({ id: `load ${i + 1}`, service: 'service', units })),
  });
}

export type { PricingRule };
