/**
 * The rating preview's state and its calculation, kept apart from the React code so that it can
 * be tested in Node. The state holds what the reader typed (strings, so that a half-typed "0."
 * survives a re-render and a shared link); `computePreview` validates it field by field and then
 * hands it to the decimal.js rating core in src/allegro.
 */
import { z } from 'zod';
import {
  DECIMAL_PATTERN,
  Dec,
  RATING_ASSUMPTIONS,
  ROUNDING_MODES,
  WORKED_EXAMPLES,
  applyAllowance,
  applyTierMultiplier,
  ratePooledLoads,
  rateFlatPerTier,
  rateTiered,
  rateVolume,
  tiersFromRanges,
  type Assumption,
  type PooledLoadResult,
  type PricingRule,
  type RatingBreakdown,
  type RoundingMode,
  type TierInput,
} from '../../allegro/rating';

export const PRICING_RULES = ['standard', 'volume', 'flat-per-tier'] as const;

export const PRICING_RULE_LABELS: Readonly<Record<PricingRule, string>> = {
  standard: 'Standard (progressive)',
  volume: 'Volume discount',
  'flat-per-tier': 'Flat rate per tier',
};

const text = (max: number) => z.string().max(max);

const TierRowSchema = z.object({ from: text(40), to: text(40), rate: text(40) });

const ServiceSchema = z.object({
  name: text(60),
  rule: z.enum(PRICING_RULES),
  tiers: z.array(TierRowSchema).min(1).max(20),
});

const LoadSchema = z.object({ service: text(60), units: text(40) });

/** What the preview keeps in the page address. */
export const RatingPreviewStateSchema = z.object({
  services: z.array(ServiceSchema).min(1).max(6),
  loads: z.array(LoadSchema).max(50),
  /** One running total for every service (usage pooling) or one per service. */
  pooled: z.boolean(),
  /** Tier multiplier: the number of plan units bought; every tier bound is multiplied by it. */
  planUnits: text(20),
  rounding: z.object({ mode: z.enum(ROUNDING_MODES), scale: z.number().int().min(0).max(6) }),
  /** Decimals of the displayed factored unit rate (assumption RATE-FACTORED-RATE-SCALE). */
  rateScale: z.number().int().min(0).max(8),
  /** Free units shared by all loads; empty or 0 = no allowance. */
  allowanceUnits: text(40),
  /** Assumption RATE-FLAT-PER-TIER. */
  flatCumulative: z.boolean(),
  /** Assumption RATE-VOLUME-SETTLEMENT. */
  settleVolume: z.boolean(),
  /** One service's tiers rated three ways for the same quantity. */
  compare: z.object({ service: text(60), quantity: text(40) }),
});

export type RatingPreviewState = z.infer<typeof RatingPreviewStateSchema>;
export type TierRow = RatingPreviewState['services'][number]['tiers'][number];
export type ServiceRow = RatingPreviewState['services'][number];
export type LoadRow = RatingPreviewState['loads'][number];

function rowsFromTiers(tiers: readonly TierInput[]): TierRow[] {
  let from = new Dec(1);
  return tiers.map((tier) => {
    const to = tier.upTo === null || tier.upTo === undefined ? '' : String(tier.upTo);
    const row = { from: from.toFixed(), to, rate: String(tier.rate) };
    if (to) from = new Dec(to).plus(1);
    return row;
  });
}

/** Worked example WE-1: two services pooled on one plan instance, four loads. */
export function sampleState(): RatingPreviewState {
  const we1 = WORKED_EXAMPLES.WE1_POOLING;
  const services = Object.entries(we1.services).map(([name, service]) => ({
    name,
    rule: service.rule,
    tiers: rowsFromTiers(service.tiers),
  }));
  return {
    services,
    loads: we1.loads.map((load) => ({ service: load.service, units: String(load.units) })),
    pooled: true,
    planUnits: '1',
    rounding: { mode: we1.rounding?.mode ?? 'HALF_UP', scale: we1.rounding?.scale ?? 2 },
    rateScale: 2,
    allowanceUnits: '0',
    flatCumulative: false,
    settleVolume: true,
    compare: { service: services[0]?.name ?? '', quantity: '325' },
  };
}

/** A problem with one input, keyed by the field id the form uses (e.g. `services.0.tiers.1.to`). */
export interface FieldError {
  field: string;
  message: string;
}

export interface AllowanceUse {
  before: string;
  used: string;
  after: string;
  /** Charge after the allowance offset, rounded. */
  netCharge: string;
  /** Why no allowance was applied, when it could not be. */
  note?: string;
}

/** A load as the rating core rated it, with the allowance applied. */
export interface PreviewLoad extends Omit<PooledLoadResult, 'factoredUnitRate'> {
  /** Rounded charge before any allowance; null while held. */
  charge: string | null;
  allowance: AllowanceUse | null;
  /** What the load finally costs (net of allowance); null while held. */
  net: string | null;
}

export interface PreviewSettlement {
  service: string;
  heldLoads: string[];
  units: string;
  tierBasis: string;
  tier: number;
  breakdown: RatingBreakdown;
  allowance: AllowanceUse | null;
  net: string;
}

export interface MultiplierRow {
  service: string;
  tier: number;
  baseUpTo: string | null;
  scaledUpTo: string | null;
}

export interface Comparison {
  service: string;
  quantity: string;
  standard: RatingBreakdown;
  volume: RatingBreakdown;
  flat: RatingBreakdown;
}

export interface PreviewResult {
  errors: FieldError[];
  loads: PreviewLoad[];
  settlements: PreviewSettlement[];
  multiplier: MultiplierRow[] | null;
  totals: {
    units: string;
    gross: string;
    allowanceOffset: string;
    net: string;
    allowanceLeft: string | null;
  } | null;
  finalPositions: Record<string, string>;
  comparison: Comparison | null;
  /** Problems of the comparison alone (it is independent of the loads). */
  comparisonErrors: FieldError[];
}

function isDecimal(value: string): boolean {
  return DECIMAL_PATTERN.test(value.trim());
}

function decimalError(
  field: string,
  label: string,
  value: string,
  opts: { positive?: boolean } = {},
) {
  if (!isDecimal(value)) {
    return {
      field,
      message: `${label} must be a decimal number such as 12.50${value.trim() ? `, not "${value}"` : ''}.`,
    };
  }
  const n = new Dec(value.trim());
  if (n.isNegative()) return { field, message: `${label} must not be negative.` };
  if (opts.positive && n.isZero()) return { field, message: `${label} must be greater than zero.` };
  return null;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Validates the tier rows of every service; returns the problems and the tier tables. */
function readServices(state: RatingPreviewState): {
  errors: FieldError[];
  tables: Map<string, TierInput[]>;
  multiplier: MultiplierRow[] | null;
} {
  const errors: FieldError[] = [];
  const tables = new Map<string, TierInput[]>();
  const seen = new Set<string>();
  const multiplierError = decimalError(
    'planUnits',
    'Tier multiplier (plan units)',
    state.planUnits,
    {
      positive: true,
    },
  );
  if (multiplierError) errors.push(multiplierError);
  const multiplierRows: MultiplierRow[] = [];
  state.services.forEach((service, s) => {
    const name = service.name.trim();
    const label = name ? `Service "${name}"` : `Service ${s + 1}`;
    if (!name) errors.push({ field: `services.${s}.name`, message: `${label} needs a name.` });
    else if (seen.has(name)) {
      errors.push({
        field: `services.${s}.name`,
        message: `${label} is named twice; names must differ.`,
      });
    }
    seen.add(name);
    let rowsOk = true;
    service.tiers.forEach((tier, t) => {
      const at = `services.${s}.tiers.${t}`;
      const tierLabel = `${label}, tier ${t + 1}`;
      const isLast = t === service.tiers.length - 1;
      const problems = [
        decimalError(`${at}.from`, `${tierLabel} "from"`, tier.from),
        tier.to.trim() === ''
          ? isLast
            ? null
            : {
                field: `${at}.to`,
                message: `${tierLabel}: only the last tier may be left open (empty "to").`,
              }
          : decimalError(`${at}.to`, `${tierLabel} "to"`, tier.to),
        decimalError(`${at}.rate`, `${tierLabel} rate`, tier.rate),
      ].filter((p): p is FieldError => p !== null);
      if (problems.length) rowsOk = false;
      errors.push(...problems);
    });
    if (!rowsOk || !name) return;
    try {
      const base = tiersFromRanges(
        service.tiers.map((tier) => ({
          from: tier.from.trim(),
          to: tier.to.trim() === '' ? null : tier.to.trim(),
          rate: tier.rate.trim(),
        })),
      );
      if (multiplierError) {
        tables.set(name, base);
        return;
      }
      const scaled = applyTierMultiplier(base, state.planUnits.trim());
      tables.set(name, scaled.tiers);
      for (const row of scaled.rows) {
        multiplierRows.push({
          service: name,
          tier: row.tier,
          baseUpTo: row.baseUpTo,
          scaledUpTo: row.scaledUpTo,
        });
      }
    } catch (error) {
      errors.push({ field: `services.${s}.tiers`, message: `${label}: ${errorText(error)}` });
    }
  });
  const multiplied = !multiplierError && !new Dec(state.planUnits.trim()).equals(1);
  return { errors, tables, multiplier: multiplied ? multiplierRows : null };
}

function rounding(state: RatingPreviewState): { mode: RoundingMode; scale: number } {
  return { mode: state.rounding.mode, scale: state.rounding.scale };
}

/** Applies the shared allowance to one rated breakdown; returns the use and the new balance. */
function consumeAllowance(
  breakdown: RatingBreakdown,
  available: Dec,
  state: RatingPreviewState,
): { use: AllowanceUse; remaining: Dec } {
  if (breakdown.rule === 'flat-per-tier') {
    return {
      use: {
        before: available.toFixed(),
        used: '0',
        after: available.toFixed(),
        netCharge: breakdown.charge,
        note: 'A unit allowance cannot offset a flat amount per tier; the allowance is left for other loads.',
      },
      remaining: available,
    };
  }
  const result = applyAllowance(
    breakdown,
    { kind: 'units', available: available.toFixed() },
    { accumulate: 'none', rounding: rounding(state) },
  );
  return {
    use: {
      before: result.allowanceBefore,
      used: result.allowanceUsed,
      after: result.allowanceRemaining,
      netCharge: result.netCharge,
    },
    remaining: new Dec(result.allowanceRemaining),
  };
}

function compareRules(
  state: RatingPreviewState,
  tables: Map<string, TierInput[]>,
): { comparison: Comparison | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const name = state.compare.service.trim();
  const tiers = tables.get(name);
  if (!state.services.some((s) => s.name.trim() === name)) {
    errors.push({ field: 'compare.service', message: 'Choose a service whose tiers to compare.' });
  }
  const quantityError = decimalError(
    'compare.quantity',
    'Quantity to compare',
    state.compare.quantity,
  );
  if (quantityError) errors.push(quantityError);
  if (errors.length || !tiers) return { comparison: null, errors };
  const input = {
    tiers,
    quantity: state.compare.quantity.trim(),
    rounding: rounding(state),
    rateScale: state.rateScale,
  };
  try {
    return {
      comparison: {
        service: name,
        quantity: new Dec(state.compare.quantity.trim()).toFixed(),
        standard: rateTiered(input),
        volume: rateVolume(input),
        flat: rateFlatPerTier({ ...input, cumulative: state.flatCumulative }),
      },
      errors,
    };
  } catch (error) {
    return {
      comparison: null,
      errors: [{ field: 'compare.quantity', message: errorText(error) }],
    };
  }
}

/** Rates the loads of the state; never throws (problems come back as field errors). */
export function computePreview(state: RatingPreviewState): PreviewResult {
  const { errors, tables, multiplier } = readServices(state);
  const { comparison, errors: comparisonErrors } = compareRules(state, tables);
  const empty: PreviewResult = {
    errors,
    loads: [],
    settlements: [],
    multiplier,
    totals: null,
    finalPositions: {},
    comparison,
    comparisonErrors,
  };
  const names = new Set(state.services.map((s) => s.name.trim()));
  state.loads.forEach((load, i) => {
    if (!names.has(load.service.trim())) {
      errors.push({
        field: `loads.${i}.service`,
        message: `Load ${i + 1} names a service that is not in the tier tables.`,
      });
    }
    const unitsError = decimalError(`loads.${i}.units`, `Load ${i + 1} units`, load.units);
    if (unitsError) errors.push(unitsError);
  });
  const allowanceText = state.allowanceUnits.trim();
  if (allowanceText !== '') {
    const allowanceError = decimalError('allowanceUnits', 'Allowance units', allowanceText);
    if (allowanceError) errors.push(allowanceError);
  }
  if (state.pooled) {
    state.services.forEach((service, s) => {
      if (service.rule === 'flat-per-tier') {
        errors.push({
          field: `services.${s}.rule`,
          message: `Service "${service.name}" uses flat rate per tier, which core Aria does not allow with usage pooling. Choose another method or turn pooling off.`,
        });
      }
    });
  }
  if (errors.length > 0) return empty;

  try {
    const services = Object.fromEntries(
      state.services.map((s) => [
        s.name.trim(),
        { rule: s.rule, tiers: tables.get(s.name.trim()) ?? [] },
      ]),
    );
    const rated = ratePooledLoads({
      services,
      loads: state.loads.map((load, i) => ({
        id: `load ${i + 1}`,
        service: load.service.trim(),
        units: load.units.trim(),
      })),
      pooled: state.pooled,
      rounding: rounding(state),
      rateScale: state.rateScale,
      settleVolumeAtPeriodEnd: state.settleVolume,
    });

    let allowance = allowanceText === '' ? new Dec(0) : new Dec(allowanceText);
    const hasAllowance = allowance.greaterThan(0);
    /** Offsets a charge against what is left of the allowance, in rating order. */
    const takeAllowance = (breakdown: RatingBreakdown): AllowanceUse | null => {
      if (!hasAllowance) return null;
      const consumed = consumeAllowance(breakdown, allowance, state);
      allowance = consumed.remaining;
      return consumed.use;
    };
    const loads: PreviewLoad[] = rated.loads.map((load) => {
      let breakdown = load.breakdown;
      // The core rates flat per tier with the default reading; the cumulative reading is an
      // assumption the reader can switch on, so those loads are re-rated here.
      if (breakdown && load.rule === 'flat-per-tier' && state.flatCumulative) {
        breakdown = rateFlatPerTier({
          tiers: services[load.service]?.tiers ?? [],
          quantity: load.units,
          startAt: load.positionBefore,
          rounding: rounding(state),
          rateScale: state.rateScale,
          cumulative: true,
        });
      }
      const use = breakdown ? takeAllowance(breakdown) : null;
      return {
        id: load.id,
        service: load.service,
        rule: load.rule,
        units: load.units,
        positionBefore: load.positionBefore,
        positionAfter: load.positionAfter,
        status: load.status,
        reason: load.reason,
        breakdown,
        charge: breakdown ? breakdown.charge : null,
        allowance: use,
        net: breakdown ? (use ? use.netCharge : breakdown.charge) : null,
      };
    });
    const settlements: PreviewSettlement[] = rated.settlements.map((settlement) => {
      const breakdown = rateVolume({
        tiers: services[settlement.service]?.tiers ?? [],
        quantity: settlement.units,
        tierBasis: settlement.tierBasis,
        rounding: rounding(state),
        rateScale: state.rateScale,
      });
      const use = takeAllowance(breakdown);
      return {
        service: settlement.service,
        heldLoads: settlement.heldLoads,
        units: settlement.units,
        tierBasis: settlement.tierBasis,
        tier: settlement.tier,
        breakdown,
        allowance: use,
        net: use ? use.netCharge : breakdown.charge,
      };
    });
    const scale = state.rounding.scale;
    const gross = [
      ...loads.map((l) => l.charge ?? '0'),
      ...settlements.map((s) => s.breakdown.charge),
    ].reduce((acc, v) => acc.plus(v), new Dec(0));
    const net = [...loads.map((l) => l.net ?? '0'), ...settlements.map((s) => s.net)].reduce(
      (acc, v) => acc.plus(v),
      new Dec(0),
    );
    return {
      ...empty,
      loads,
      settlements,
      finalPositions: rated.finalPositions,
      totals: {
        units: rated.totals.units,
        gross: gross.toFixed(scale),
        allowanceOffset: gross.minus(net).toFixed(scale),
        net: net.toFixed(scale),
        allowanceLeft: hasAllowance ? allowance.toFixed() : null,
      },
    };
  } catch (error) {
    return { ...empty, errors: [{ field: 'loads', message: errorText(error) }] };
  }
}

/** The rating assumptions this preview depends on, with the control that changes each. */
export const PREVIEW_ASSUMPTION_IDS = [
  'RATE-ROUNDING-MODES',
  'RATE-ROUNDING-DEFAULT',
  'RATE-ROUNDING-POINT',
  'RATE-FACTORED-RATE-SCALE',
  'RATE-FLAT-PER-TIER',
  'RATE-VOLUME-SETTLEMENT',
  'RATE-ALLOWANCE-ORDER',
] as const;

/** An assumption of the preview itself (not of the rating core). */
export const PREVIEW_OWN_ASSUMPTIONS: readonly Assumption[] = [
  {
    id: 'PREVIEW-SHARED-ALLOWANCE',
    text: 'The allowance units are one balance shared by every load, as allowances are pooled within a subscription by default. They are used up in rating order: loads charged when they are loaded first, then held volume-discount units at period end.',
    default: 'one shared balance, rating order',
    change: 'Allowance units (0 = no allowance)',
  },
];

export function previewAssumptions(): Assumption[] {
  const core = RATING_ASSUMPTIONS.filter((a) =>
    (PREVIEW_ASSUMPTION_IDS as readonly string[]).includes(a.id),
  );
  return [...core, ...PREVIEW_OWN_ASSUMPTIONS];
}

/** Short text for the live region. */
export function summarize(result: PreviewResult): string {
  if (result.errors.length > 0) {
    return `Rating preview: ${result.errors.length} input ${result.errors.length === 1 ? 'problem' : 'problems'} to fix.`;
  }
  if (!result.totals) return 'Rating preview: nothing to rate.';
  const held = result.loads.filter((l) => l.status === 'held').length;
  return `Rating preview updated: ${result.loads.length} ${result.loads.length === 1 ? 'load' : 'loads'}, total ${result.totals.net}${held ? `, ${held} held until period end` : ''}.`;
}
