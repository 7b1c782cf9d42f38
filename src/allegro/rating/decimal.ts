/**
 * Decimal arithmetic for money and quantities. Binary floats cannot hold 0.1 exactly, and a
 * rating preview that is off by a cent teaches the wrong lesson, so every figure in the rating
 * and simulation code goes through this module.
 */
import Decimal from 'decimal.js';

/**
 * A private Decimal constructor: 50 significant digits (far more than any currency needs) and
 * plain (never exponential) string output, independent of the global decimal.js settings that
 * another module might change.
 */
export const Dec = Decimal.clone({
  precision: 50,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});
export type Dec = InstanceType<typeof Dec>;

/** What callers may pass for an amount, rate or quantity: a number, a decimal string or a Decimal. */
export type DecimalInput = number | string | Decimal;

/** Plain decimal notation: optional minus, digits, optional fraction. No exponents, no commas. */
export const DECIMAL_PATTERN = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Thrown by the rating functions for input they cannot rate (the message names the field). */
export class RatingInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RatingInputError';
  }
}

/** Converts one input value, naming `what` in the error when it is not a finite decimal. */
export function toDec(value: DecimalInput, what: string): Dec {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RatingInputError(`${what} must be a finite number.`);
    // String(value) is the shortest round-trip form, so 0.1 becomes exactly "0.1".
    return new Dec(String(value));
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (!DECIMAL_PATTERN.test(text)) {
      throw new RatingInputError(
        `${what} must be a decimal number such as "12.50", got "${value}".`,
      );
    }
    return new Dec(text);
  }
  if (Decimal.isDecimal(value)) {
    if (!value.isFinite()) throw new RatingInputError(`${what} must be finite.`);
    return new Dec(value.toFixed());
  }
  throw new RatingInputError(`${what} must be a number or a decimal string.`);
}

/** True when `value` converts without error. */
export function isDecimalInput(value: unknown): value is DecimalInput {
  try {
    toDec(value as DecimalInput, 'value');
    return true;
  } catch {
    return false;
  }
}

/** Canonical string form used in every result: plain notation, no trailing zeros, "-0" → "0". */
export function fmt(value: Dec): string {
  if (value.isZero()) return '0';
  return value.toFixed();
}

/** Fixed number of decimals, for amounts that were rounded to a currency scale. */
export function fmtScale(value: Dec, scale: number): string {
  const text = value.toFixed(scale);
  return /^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** A quotient for display (factored and blended rates): 12 decimals, trailing zeros trimmed. */
export function fmtRatio(value: Dec): string {
  return fmt(value.toDecimalPlaces(12, Decimal.ROUND_HALF_EVEN));
}

export function sum(values: readonly Dec[]): Dec {
  return values.reduce((acc, v) => acc.plus(v), new Dec(0));
}

export function min(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}

export function max(a: Dec, b: Dec): Dec {
  return a.greaterThan(b) ? a : b;
}
