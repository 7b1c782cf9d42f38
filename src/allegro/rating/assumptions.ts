/**
 * The rating rules this code needs that the public documentation does not state. Each is shown
 * to the reader next to the result it affects, with the option that changes it.
 */
export interface Assumption {
  id: string;
  /** What is assumed, in one or two sentences. */
  text: string;
  /** The value used when the caller does not choose. */
  default: string;
  /** Where to change it (option or scenario path). */
  change: string;
}

export const RATING_ASSUMPTIONS: readonly Assumption[] = [
  {
    id: 'RATE-ROUNDING-MODES',
    text: 'Only the DOWN and HALF_DOWN rounding methods are shown on the public Allegro pages. UP, CEILING, FLOOR, HALF_UP and HALF_EVEN are offered on the guess that the list follows the Java rounding-mode names.',
    default: 'all seven modes available; undocumented ones flagged with modeDocumented = false',
    change: 'rounding.mode',
  },
  {
    id: 'RATE-ROUNDING-DEFAULT',
    text: 'When no rounding is given, amounts are rounded HALF_DOWN to 2 decimals. Use the rounding method and scale of your own currency resource.',
    default: 'HALF_DOWN, scale 2',
    change: 'rounding: { mode, scale }',
  },
  {
    id: 'RATE-ROUNDING-POINT',
    text: 'Rounding is applied once per rated quantity (per load or record) to the sum of its tier contributions, not to each tier contribution. So the sum of rounded per-load charges can differ by a few minor units from rating the same units in one load.',
    default: 'round the per-load total',
    change: 'not configurable; compare breakdown.amount (exact) with breakdown.charge',
  },
  {
    id: 'RATE-FACTORED-RATE-SCALE',
    text: 'The factored unit rate (charge ÷ units) is shown rounded with the currency mode at the currency scale, which reproduces the 0.0875 → 0.09 of the pooling example. The exact quotient is always shown as well.',
    default: 'currency scale',
    change: 'rateScale',
  },
  {
    id: 'RATE-FLAT-PER-TIER',
    text: "Flat rate per tier is taken to mean that the tier's rate is a flat amount charged once for the tier the total reaches. A cumulative reading (a flat amount for every tier entered) is available as an option.",
    default: 'cumulative: false',
    change: 'cumulative',
  },
  {
    id: 'RATE-VOLUME-SETTLEMENT',
    text: 'With pooling, volume-discount units are held at load time. At period end the held units are charged at the rate of the tier that the final running total lands in; the source example stops before period end, so this last step is inferred.',
    default: 'settle at period end',
    change: 'settleVolumeAtPeriodEnd',
  },
  {
    id: 'RATE-DEPENDENCY-BASIS',
    text: 'A multi-rate child with a pricing dependency computes its amount from the rounded charges of the children it depends on, because those are separate monetized records by then.',
    default: 'rounded charges of earlier children',
    change: 'not configurable',
  },
  {
    id: 'RATE-ALLOWANCE-ORDER',
    text: 'An allowance is consumed tier by tier from the lowest tier up, as in the monetized-usage example, and only on the tiers whose rows impact it.',
    default: 'lowest tier first; all tiers eligible',
    change: 'allowance.tiers',
  },
];
