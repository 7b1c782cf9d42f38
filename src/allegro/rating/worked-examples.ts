/**
 * The worked examples with numbers from the product pages, as ready-made inputs. The rating
 * preview starts from them and the unit tests check that each reproduces its published figures.
 * `provenance` says which figures the source pages state and which were worked out from them.
 */
import type { AllowanceInput } from './allowance';
import type { MultiRateInput } from './multi-rate';
import type { PooledLoadsInput } from './pooling';
import type { ProrationInput } from './proration';
import { type TierInput, tiersFromRanges } from './tiers';

export interface Provenance {
  /** Figures printed on the source page. */
  stated: string[];
  /** Figures worked out from the stated ones (the page is truncated or does not print them). */
  inferred: string[];
}

/** WE-1: two services pooled on one plan instance, standard tiers, four loads. */
export const WE1_POOLING: PooledLoadsInput & { provenance: Provenance } = {
  services: {
    'API Calls': {
      rule: 'standard',
      tiers: tiersFromRanges([
        { from: 1, to: 100, rate: '0.00' },
        { from: 101, to: 500, rate: '0.10' },
        { from: 501, to: 1000, rate: '0.08' },
        { from: 1001, to: null, rate: '0.05' },
      ]),
    },
    'Document Downloads': {
      rule: 'standard',
      tiers: tiersFromRanges([
        { from: 1, to: 100, rate: '0.00' },
        { from: 101, to: 500, rate: '0.08' },
        { from: 501, to: 1000, rate: '0.06' },
        { from: 1001, to: null, rate: '0.04' },
      ]),
    },
  },
  loads: [
    { id: 'load 1', service: 'API Calls', units: 125 },
    { id: 'load 2', service: 'Document Downloads', units: 300 },
    { id: 'load 3', service: 'API Calls', units: 200 },
    { id: 'load 4', service: 'Document Downloads', units: 150 },
  ],
  rounding: { mode: 'HALF_UP', scale: 2 },
  provenance: {
    stated: [
      'pooled totals 125, 425, 625, 775',
      'charges 2.50, 24.00, 17.50, 9.00',
      'factored unit rates 0.02, 0.08, 0.09, 0.06',
    ],
    inferred: ['0.09 is 0.0875 rounded for display', 'period total 53.00'],
  },
};

/** WE-2: a standard-tier service and a volume-discount service pooled; the volume load is held. */
export const WE2_VOLUME_POOLING: PooledLoadsInput & { provenance: Provenance } = {
  services: {
    'Incoming Faxes': {
      rule: 'standard',
      tiers: [
        { upTo: 100, rate: 0 },
        { upTo: 300, rate: 1 },
        { upTo: 500, rate: 2 },
        { upTo: null, rate: 3 },
      ],
    },
    'Outgoing Faxes': {
      rule: 'volume',
      tiers: [
        { upTo: 600, rate: 0 },
        { upTo: 2000, rate: 1 },
        { upTo: null, rate: 2 },
      ],
    },
  },
  loads: [
    { id: '#1', service: 'Incoming Faxes', units: 120 },
    { id: '#2', service: 'Incoming Faxes', units: 60 },
    { id: '#5', service: 'Outgoing Faxes', units: 200 },
    { id: '#6', service: 'Incoming Faxes', units: 170 },
  ],
  rounding: { mode: 'HALF_UP', scale: 2 },
  provenance: {
    stated: [
      'pooled totals 120, 180, 380, 550',
      'charges #1 20, #2 60, #6 390',
      '#5 not charged at load',
    ],
    inferred: [
      '#6 breakdown 120 × 2 + 50 × 3',
      'period-end charge of #5 (0 at a total of 550) — records #3, #4 and the period end are not on the page',
    ],
  },
};

/** WE-3 base tiers: 1–200 → 0.00, 201–400 → 0.06, 401–600 → 0.05, 601+ → 0.03. */
export const WE3_BASE_TIERS: TierInput[] = tiersFromRanges([
  { from: 1, to: 200, rate: '0.00' },
  { from: 201, to: 400, rate: '0.06' },
  { from: 401, to: 600, rate: '0.05' },
  { from: 601, to: null, rate: '0.03' },
]);

/** WE-3: tier multiplier 3 (three plan units), 1,500 units in three loads. */
export const WE3_TIER_MULTIPLIER = {
  baseTiers: WE3_BASE_TIERS,
  planUnits: 3,
  loads: [400, 500, 600],
  rounding: { mode: 'HALF_UP', scale: 2 } as const,
  rateScale: 3,
  provenance: {
    stated: [
      'scaled tiers 1–600, 601–1200, 1201–1800, 1801+',
      'loads 400 and 500',
      'charges 0 + 18 + 33 = 51',
    ],
    inferred: ['third load 600 units', 'factored rates 0.000, 0.036, 0.055'],
  } satisfies Provenance,
};

/** WE-4: a 10-minute call through a multi-rate usage type without dependency. */
export const WE4_MULTI_RATE: MultiRateInput & { provenance: Provenance } = {
  parentUsageType: 'USToLatam',
  quantity: 10,
  invoiceAtParentLevel: true,
  children: [
    { usageType: 'ConnectionFee', sequence: 1, pricing: { kind: 'flat', amount: '0.03' } },
    { usageType: 'UsageCharge', sequence: 2, pricing: { kind: 'per-unit', rate: '0.12' } },
    { usageType: 'UsageSurcharge', sequence: 3, pricing: { kind: 'flat', amount: '0.02' } },
  ],
  rounding: { mode: 'HALF_UP', scale: 2 },
  provenance: {
    stated: [
      '0.03 + 1.20 + 0.02 = 1.25',
      'one invoice line, 10 minutes, blended rate 0.125',
      'three monetized records',
    ],
    inferred: [],
  },
};

/** WE-5: the same call with the surcharge at 5 % of the usage charge (pricing dependency). */
export const WE5_MULTI_RATE_DEPENDENCY: MultiRateInput & { provenance: Provenance } = {
  ...WE4_MULTI_RATE,
  children: [
    { usageType: 'ConnectionFee', sequence: 1, pricing: { kind: 'flat', amount: '0.03' } },
    { usageType: 'UsageCharge', sequence: 2, pricing: { kind: 'per-unit', rate: '0.12' } },
    {
      usageType: 'UsageSurcharge',
      sequence: 3,
      pricing: { kind: 'percent-of', of: ['UsageCharge'], factor: '0.05' },
    },
  ],
  provenance: {
    stated: ['0.03 + 1.20 + 0.06 = 1.29', 'one invoice line'],
    inferred: ['blended rate 0.129'],
  },
};

/** WE-6: 100 units, tiers 40 @ 1 and 60 @ 0.5, 90 allowance units, quantity accumulated. */
export const WE6_ALLOWANCE = {
  tiers: [
    { upTo: 40, rate: 1 },
    { upTo: null, rate: '0.5' },
  ] satisfies TierInput[],
  quantity: 100,
  allowance: { kind: 'units', available: 90 } satisfies AllowanceInput,
  rounding: { mode: 'HALF_UP', scale: 2 } as const,
  provenance: {
    stated: ['tier 1: +40 currency, −40 allowance (50 left), −40 offset, net 0'],
    inferred: [
      'tier 2: +30, −50 allowance (0 left), −25 offset, net 5',
      'record net 5',
      'accumulator +100',
    ],
  } satisfies Provenance,
};

/** WE-11: prorating 15 of 30 days. */
export const WE11_PRORATION: ProrationInput & { provenance: Provenance } = {
  setting: 'PRORATE',
  appliedPeriod: 15,
  cyclePeriod: 30,
  provenance: {
    stated: ['No Charge = 0, Full Charge = 1, Prorate = applied ÷ cycle'],
    inferred: ['15 of 30 days → 0.5'],
  },
};
