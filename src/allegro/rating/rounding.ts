/**
 * Currency rounding. Every Allegro currency resource carries a mandatory Rounding Method; the
 * public pages show only DOWN and HALF_DOWN. The remaining modes follow the Java RoundingMode
 * names the two confirmed values look like; they are offered so that a reader can compare, and
 * each is marked as an assumption wherever it is shown.
 */
import Decimal from 'decimal.js';
import { type Dec, type DecimalInput, RatingInputError, fmt, fmtScale, toDec } from './decimal';

export const ROUNDING_MODES = [
  'UP',
  'DOWN',
  'CEILING',
  'FLOOR',
  'HALF_UP',
  'HALF_DOWN',
  'HALF_EVEN',
] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

export interface RoundingModeInfo {
  mode: RoundingMode;
  /** True only for the modes the public Allegro documentation shows. */
  documented: boolean;
  /** What the mode does, in one sentence. */
  description: string;
}

export const ROUNDING_MODE_INFO: Readonly<Record<RoundingMode, RoundingModeInfo>> = {
  UP: {
    mode: 'UP',
    documented: false,
    description: 'Away from zero whenever any digit is dropped: 1.231 → 1.24, -1.231 → -1.24.',
  },
  DOWN: {
    mode: 'DOWN',
    documented: true,
    description: 'Towards zero, dropping the extra digits: 1.239 → 1.23, -1.239 → -1.23.',
  },
  CEILING: {
    mode: 'CEILING',
    documented: false,
    description: 'Towards positive infinity: 1.231 → 1.24, -1.239 → -1.23.',
  },
  FLOOR: {
    mode: 'FLOOR',
    documented: false,
    description: 'Towards negative infinity: 1.239 → 1.23, -1.231 → -1.24.',
  },
  HALF_UP: {
    mode: 'HALF_UP',
    documented: false,
    description: 'To the nearest value; an exact half goes away from zero: 1.235 → 1.24.',
  },
  HALF_DOWN: {
    mode: 'HALF_DOWN',
    documented: true,
    description: 'To the nearest value; an exact half goes towards zero: 1.235 → 1.23.',
  },
  HALF_EVEN: {
    mode: 'HALF_EVEN',
    documented: false,
    description:
      'To the nearest value; an exact half goes to the even neighbour: 1.225 → 1.22, 1.235 → 1.24.',
  },
};

const DECIMAL_JS_MODE: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  UP: Decimal.ROUND_UP,
  DOWN: Decimal.ROUND_DOWN,
  CEILING: Decimal.ROUND_CEIL,
  FLOOR: Decimal.ROUND_FLOOR,
  HALF_UP: Decimal.ROUND_HALF_UP,
  HALF_DOWN: Decimal.ROUND_HALF_DOWN,
  HALF_EVEN: Decimal.ROUND_HALF_EVEN,
};

/** How a currency rounds: the mode and the number of decimals (core Aria allows 0, 2, 3 or 4). */
export interface RoundingSpec {
  mode: RoundingMode;
  scale: number;
}

/**
 * Used when a caller gives no rounding. HALF_DOWN is one of the two documented Allegro modes;
 * two decimals is the usual scale of the currencies in the worked examples. See the rating
 * assumption RATE-ROUNDING-DEFAULT.
 */
export const DEFAULT_ROUNDING: Readonly<RoundingSpec> = { mode: 'HALF_DOWN', scale: 2 };

/** One rounding step, kept in every breakdown so that a preview can show before and after. */
export interface RoundingStep {
  mode: RoundingMode;
  scale: number;
  /** The exact value before rounding. */
  before: string;
  /** The rounded value with exactly `scale` decimals. */
  after: string;
  /** after − before (negative when rounding removed money). */
  difference: string;
  /** False when the mode is one of the assumed, undocumented ones. */
  modeDocumented: boolean;
}

export function isRoundingMode(value: unknown): value is RoundingMode {
  return typeof value === 'string' && (ROUNDING_MODES as readonly string[]).includes(value);
}

function checkSpec(mode: unknown, scale: unknown): asserts mode is RoundingMode {
  if (!isRoundingMode(mode)) {
    throw new RatingInputError(`Rounding mode must be one of ${ROUNDING_MODES.join(', ')}.`);
  }
  if (typeof scale !== 'number' || !Number.isInteger(scale) || scale < 0 || scale > 20) {
    throw new RatingInputError('Rounding scale must be a whole number of decimals from 0 to 20.');
  }
}

/** Rounds a Decimal; internal helper for the rating functions. */
export function roundDec(value: Dec, spec: RoundingSpec): Dec {
  checkSpec(spec.mode, spec.scale);
  return value.toDecimalPlaces(spec.scale, DECIMAL_JS_MODE[spec.mode]);
}

/** Rounds and records the step. */
export function roundingStep(value: Dec, spec: RoundingSpec): RoundingStep {
  const after = roundDec(value, spec);
  return {
    mode: spec.mode,
    scale: spec.scale,
    before: fmt(value),
    after: fmtScale(after, spec.scale),
    difference: fmt(after.minus(value)),
    modeDocumented: ROUNDING_MODE_INFO[spec.mode].documented,
  };
}

/**
 * Rounds a money value the way a currency with this rounding method and scale would.
 *
 * @example roundMoney('0.0875', 'HALF_UP', 2).after === '0.09'
 * @example roundMoney('0.008', 'DOWN', 2).after === '0.00'
 * @throws RatingInputError for a value that is not a decimal, an unknown mode or a bad scale.
 */
export function roundMoney(value: DecimalInput, mode: RoundingMode, scale: number): RoundingStep {
  checkSpec(mode, scale);
  return roundingStep(toDec(value, 'Value to round'), { mode, scale });
}

/** Normalises an optional caller-supplied spec. */
export function resolveRounding(spec: Partial<RoundingSpec> | undefined): RoundingSpec {
  const resolved = {
    mode: spec?.mode ?? DEFAULT_ROUNDING.mode,
    scale: spec?.scale ?? DEFAULT_ROUNDING.scale,
  };
  checkSpec(resolved.mode, resolved.scale);
  return resolved;
}
