/**
 * Per-field value checks, compiled once per layout so the per-row work is a switch and a regular
 * expression or two. Numbers are checked as text and, only when a bound, a scale or an unusual
 * magnitude makes it necessary, with decimal.js, so that no value is ever judged through a
 * binary float.
 */
import Decimal from 'decimal.js';
import type { FieldLayout } from '../../schema/file-layout';
import {
  compileDateFormat,
  DEFAULT_DATE_FORMAT,
  DEFAULT_DATETIME_FORMAT,
  type CompiledDateFormat,
} from './date-format';

export interface CompiledField {
  name: string;
  /** 0-based index in a delimited record. */
  index: number;
  /** Reported column: field number (delimited) or start position (fixed width). */
  column: number;
  /** Fixed width: 0-based start offset and end offset (exclusive). */
  from: number;
  to: number;
  type: FieldLayout['type'];
  required: boolean;
  maxLength?: number;
  maxScale?: number;
  min?: Decimal;
  max?: Decimal;
  date?: CompiledDateFormat;
  trueText?: string;
  falseText?: string;
  /** Human description of the expected shape, for messages. */
  expected: string;
}

/** Outcome of a value check: undefined when fine, else the code and a message. */
export interface ValueProblem {
  code: string;
  message: string;
}

/** Shapes of integer and decimal text (the benchmark's floor uses them too). */
export const INTEGER = /^[+-]?\d+$/;
export const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NON_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;
/** Largest finite IEEE-754 double: the API takes usage_units and friends as doubles. */
const MAX_DOUBLE = new Decimal('1.7976931348623157e308');
/** Decimal digits a double always keeps exactly. */
export const DOUBLE_SIGNIFICANT_DIGITS = 15;

export function compileField(
  field: FieldLayout,
  index: number,
  fixedWidth: boolean,
): CompiledField {
  const start = field.start ?? 1;
  const compiled: CompiledField = {
    name: field.name,
    index,
    column: fixedWidth ? start : index + 1,
    from: start - 1,
    to: start - 1 + (field.length ?? 0),
    type: field.type,
    required: field.required,
    expected: field.type,
  };
  if (!fixedWidth && field.maxLength !== undefined) compiled.maxLength = field.maxLength;
  if (field.maxScale !== undefined) compiled.maxScale = field.maxScale;
  if (field.min !== undefined) compiled.min = new Decimal(field.min);
  if (field.max !== undefined) compiled.max = new Decimal(field.max);
  if (field.type === 'date' || field.type === 'datetime') {
    const pattern =
      field.format ?? (field.type === 'date' ? DEFAULT_DATE_FORMAT : DEFAULT_DATETIME_FORMAT);
    const result = compileDateFormat(pattern, field.type);
    // The layout schema has already rejected bad patterns; fall back to the default if not.
    compiled.date = result.ok
      ? result.format
      : (compileDateFormat(DEFAULT_DATE_FORMAT, 'date') as { ok: true; format: CompiledDateFormat })
          .format;
    compiled.expected = pattern;
  } else if (field.type === 'boolean') {
    const [yes, no] = (field.format ?? 'true/false').split('/');
    compiled.trueText = (yes ?? 'true').toLowerCase();
    compiled.falseText = (no ?? 'false').toLowerCase();
    compiled.expected = `${yes ?? 'true'} or ${no ?? 'false'}`;
  }
  return compiled;
}

/** Shortens a value for a message. */
export function quoteValue(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
  return JSON.stringify(shown);
}

/** Counts significant digits of plain decimal text (no exponent), ignoring leading and trailing zeros. */
function significantDigits(mantissa: string): number {
  const digits = mantissa
    .replace(/[+\-.]/g, '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return digits.length;
}

/**
 * Checks a non-empty value. Returns problems (usually none). `warnings` gets the precision
 * warning, which does not make the value unusable. `parsed.date` receives a parsed date
 * (sortable number) for date fields.
 */
export function checkValue(
  field: CompiledField,
  value: string,
  parsed: { date: number },
): ValueProblem | undefined {
  if (field.maxLength !== undefined && value.length > field.maxLength) {
    return {
      code: 'USG-VAL-002',
      message: `${field.name} is ${value.length} characters long; at most ${field.maxLength} are allowed.`,
    };
  }
  switch (field.type) {
    case 'string':
      return undefined;
    case 'integer':
      if (!INTEGER.test(value)) {
        if (NON_FINITE.test(value)) return nonFinite(field, value);
        return {
          code: 'USG-VAL-003',
          message: `${field.name} must be a whole number; found ${quoteValue(value)}.`,
        };
      }
      return checkNumberBounds(field, value, false);
    case 'decimal':
      if (!DECIMAL.test(value)) {
        if (NON_FINITE.test(value)) return nonFinite(field, value);
        return {
          code: 'USG-VAL-004',
          message: `${field.name} must be a number; found ${quoteValue(value)}.`,
        };
      }
      return checkNumberBounds(field, value, true);
    case 'date':
    case 'datetime': {
      const result = (field.date as CompiledDateFormat).parse(value);
      if (result === 'format') {
        return {
          code: 'USG-VAL-008',
          message: `${field.name} must look like ${field.expected}; found ${quoteValue(value)}.`,
        };
      }
      if (result === 'impossible') {
        return {
          code: 'USG-VAL-009',
          message: `${field.name} ${quoteValue(value)} is not a real ${field.type === 'date' ? 'date' : 'date and time'}.`,
        };
      }
      parsed.date = result;
      return undefined;
    }
    case 'boolean': {
      const lower = value.toLowerCase();
      if (lower !== field.trueText && lower !== field.falseText) {
        return {
          code: 'USG-VAL-010',
          message: `${field.name} must be ${field.expected}; found ${quoteValue(value)}.`,
        };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** An empty or whitespace-only value (read as absent); trim runs only for a leading blank. */
export function isBlank(value: string): boolean {
  return value === '' || (value.charCodeAt(0) <= 32 && value.trim() === '');
}

/**
 * Whether `checkValue` would find nothing wrong with a non-empty value, decided without building
 * a message. The per-row fast path asks this for every value and calls `checkValue` only for the
 * rare value that fails. Its branches hold no calls or property reads that run only for bad
 * values: V8 throws optimized code away when such a statement first runs, and the first bad
 * value of a file would then send the rest of its chunk back to the interpreter. Agrees with
 * `checkValue` exactly (a property test compares the two), including `parsed.date`.
 */
export function valueIsFine(
  field: CompiledField,
  value: string,
  parsed: { date: number },
): boolean {
  const maxLength = field.maxLength;
  if (maxLength !== undefined && value.length > maxLength) return false;
  switch (field.type) {
    case 'integer':
      return INTEGER.test(value) && numberIsFine(field, value, false);
    case 'decimal':
      return DECIMAL.test(value) && numberIsFine(field, value, true);
    case 'date':
    case 'datetime': {
      const result = (field.date as CompiledDateFormat).parse(value);
      if (typeof result !== 'number') return false;
      parsed.date = result;
      return true;
    }
    case 'boolean': {
      const lower = value.toLowerCase();
      return lower === field.trueText || lower === field.falseText;
    }
    default:
      return true;
  }
}

/**
 * Whether judging a number needs decimal.js: bounds to compare with, an exponent, or more digits
 * than the double-precision limit check can read from the text.
 */
function needsDecimalJs(field: CompiledField, value: string, decimal: boolean): boolean {
  return (
    (decimal && (value.includes('e') || value.includes('E'))) ||
    field.min !== undefined ||
    field.max !== undefined ||
    (decimal && value.length > 300)
  );
}

/** `checkNumberBounds(...) === undefined` for text that already has the shape of a number. */
function numberIsFine(field: CompiledField, value: string, decimal: boolean): boolean {
  // The full check (for layouts with bounds it runs for every value, so not a rare branch there).
  if (needsDecimalJs(field, value, decimal)) {
    return checkNumberBounds(field, value, decimal) === undefined;
  }
  const maxScale = field.maxScale;
  if (!decimal || maxScale === undefined) return true;
  const point = value.indexOf('.');
  const scale = point === -1 ? 0 : value.length - point - 1 - trailingZeros(value);
  return scale <= maxScale;
}

/** Zeros at the end of a number's text after its decimal point (the caller checks there is one). */
function trailingZeros(value: string): number {
  let zeros = 0;
  for (let i = value.length - 1; i >= 0 && value.charCodeAt(i) === 48; i -= 1) zeros += 1;
  return zeros;
}

function nonFinite(field: CompiledField, value: string): ValueProblem {
  return {
    code: 'USG-VAL-005',
    message: `${field.name} must be a finite number; found ${quoteValue(value)}.`,
  };
}

function checkNumberBounds(
  field: CompiledField,
  value: string,
  decimal: boolean,
): ValueProblem | undefined {
  let number: Decimal | undefined;
  if (needsDecimalJs(field, value, decimal)) {
    number = new Decimal(value);
    if (decimal && number.abs().gt(MAX_DOUBLE)) {
      return {
        code: 'USG-VAL-006',
        message: `${field.name} ${quoteValue(value)} is too large for the double-precision numbers the API uses.`,
      };
    }
    if (field.min !== undefined && number.lt(field.min)) {
      return {
        code: 'USG-VAL-006',
        message: `${field.name} is ${value}; the smallest allowed value is ${field.min.toString()}.`,
      };
    }
    if (field.max !== undefined && number.gt(field.max)) {
      return {
        code: 'USG-VAL-006',
        message: `${field.name} is ${value}; the largest allowed value is ${field.max.toString()}.`,
      };
    }
  }
  if (decimal && field.maxScale !== undefined) {
    let scale: number;
    if (number !== undefined) scale = number.decimalPlaces();
    else {
      const point = value.indexOf('.');
      scale = point === -1 ? 0 : value.slice(point + 1).replace(/0+$/, '').length;
    }
    if (scale > field.maxScale) {
      return {
        code: 'USG-VAL-007',
        message: `${field.name} ${quoteValue(value)} has ${scale} decimal places; at most ${field.maxScale} are allowed.`,
      };
    }
  }
  return undefined;
}

/** Precision warning for decimal fields (checked separately because it is only a warning). */
export function precisionProblem(field: CompiledField, value: string): ValueProblem | undefined {
  if (field.type !== 'decimal' || value.length <= DOUBLE_SIGNIFICANT_DIGITS) return undefined;
  const e = value.search(/[eE]/);
  const mantissa = e === -1 ? value : value.slice(0, e);
  const digits = significantDigits(mantissa);
  if (digits <= DOUBLE_SIGNIFICANT_DIGITS) return undefined;
  return {
    code: 'USG-VAL-011',
    message: `${field.name} ${quoteValue(value)} has ${digits} significant digits; a double keeps about ${DOUBLE_SIGNIFICANT_DIGITS}.`,
  };
}
