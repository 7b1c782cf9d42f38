/**
 * Date and date-time patterns for usage files.
 *
 * The core Aria usage APIs take `usage_date` as `yyyy-mm-dd hh24:mi:ss` with an optional time
 * part. Usage files produced by source platforms often use other shapes (`yyyyMMdd` in
 * fixed-width files, for example), so a file layout names the pattern per field. Patterns use a
 * deliberately small token set so that a typo such as `YYYY` or `DD` is caught when the layout is
 * loaded instead of silently matching nothing:
 *
 *   yyyy  four-digit year      MM  month 01-12     dd  day 01-31
 *   HH    hour 00-23           mm  minute 00-59    ss  second 00-59
 *   [...] optional section (its tokens default to 0 when absent), at most one, at the end
 *   'x'   quoted literal text (for letters such as the ISO `T`)
 * Any other character that is not a letter is a literal separator.
 */

export type DateTokenName = 'yyyy' | 'MM' | 'dd' | 'HH' | 'mm' | 'ss';

export interface CompiledDateFormat {
  pattern: string;
  /** Tokens present in the pattern (required or optional). */
  tokens: ReadonlySet<DateTokenName>;
  /**
   * Parses a value. Returns a sortable number `yyyyMMddHHmmss`, or `'format'` when the text does
   * not have the shape of the pattern, or `'impossible'` when it has the shape but names a
   * calendar date or clock time that does not exist (for example 2026-02-30 or 24:00:00).
   */
  parse(value: string): number | 'format' | 'impossible';
}

export type DateFormatResult =
  { ok: true; format: CompiledDateFormat } | { ok: false; error: string };

const TOKENS: readonly DateTokenName[] = ['yyyy', 'MM', 'dd', 'HH', 'mm', 'ss'];

/** Default patterns: the API's date and date-time shapes. */
export const DEFAULT_DATE_FORMAT = 'yyyy-MM-dd';
export const DEFAULT_DATETIME_FORMAT = 'yyyy-MM-dd HH:mm:ss';

interface Segment {
  token?: DateTokenName;
  literal?: string;
  /** Character code of a one-character literal (the usual separators). */
  code?: number;
}

/** Days per month of a common year; index 0 is unused. */
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month of the proleptic Gregorian calendar (month 1-12).
 *
 * Written without calls or short-circuits on purpose: this runs for every date of a usage
 * file, and V8 throws away optimized code when a branch that never ran before (February, or a
 * leap year) finally runs. Every operation here runs for every date.
 */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0) !== (year % 100 === 0) || year % 400 === 0;
  const days = DAYS_IN_MONTH[month] ?? 31;
  return month === 2 && leap ? 29 : days;
}

/**
 * Compiles a pattern. `kind` says which tokens must be present: a date needs year, month and
 * day; a date-time also needs hour and minute (seconds may be left out or optional).
 */
export function compileDateFormat(pattern: string, kind: 'date' | 'datetime'): DateFormatResult {
  const compiled: Segment[] = [];
  let optionalStart = -1;
  const order: DateTokenName[] = [];
  const optional = new Set<DateTokenName>();
  let inOptional = false;
  let optionalSeen = false;
  let i = 0;
  while (i < pattern.length) {
    const rest = pattern.slice(i);
    const token = TOKENS.find((t) => rest.startsWith(t));
    if (token) {
      if (order.includes(token)) {
        return { ok: false, error: `pattern "${pattern}" uses ${token} twice` };
      }
      order.push(token);
      if (inOptional) optional.add(token);
      compiled.push({ token });
      i += token.length;
      continue;
    }
    const ch = pattern[i] as string;
    if (ch === '[') {
      if (inOptional || optionalSeen) {
        return {
          ok: false,
          error: `pattern "${pattern}" may have only one optional [...] section`,
        };
      }
      inOptional = true;
      optionalSeen = true;
      optionalStart = compiled.length;
      i += 1;
      continue;
    }
    if (ch === ']') {
      if (!inOptional) return { ok: false, error: `pattern "${pattern}" has "]" without "["` };
      inOptional = false;
      i += 1;
      if (i < pattern.length) {
        return {
          ok: false,
          error: `pattern "${pattern}": the optional [...] section must come last`,
        };
      }
      continue;
    }
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === -1) return { ok: false, error: `pattern "${pattern}" has an unclosed quote` };
      compiled.push({ literal: pattern.slice(i + 1, end), code: pattern.charCodeAt(i + 1) });
      i = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      return {
        ok: false,
        error: `pattern "${pattern}" has an unknown letter "${ch}" at position ${i + 1}; use yyyy, MM, dd, HH, mm, ss or quote literal letters`,
      };
    }
    compiled.push({ literal: ch, code: ch.charCodeAt(0) });
    i += 1;
  }
  if (inOptional) return { ok: false, error: `pattern "${pattern}" has "[" without "]"` };
  const needed: DateTokenName[] =
    kind === 'date' ? ['yyyy', 'MM', 'dd'] : ['yyyy', 'MM', 'dd', 'HH', 'mm'];
  const missing = needed.filter((t) => !order.includes(t) || (kind === 'date' && optional.has(t)));
  if (missing.length > 0) {
    return {
      ok: false,
      error: `a ${kind} pattern needs ${missing.join(', ')}; "${pattern}" lacks it`,
    };
  }
  for (const t of ['yyyy', 'MM', 'dd'] as const) {
    if (optional.has(t)) {
      return { ok: false, error: `pattern "${pattern}": ${t} cannot be optional` };
    }
  }
  // Every segment has a fixed width (tokens are 4 or 2 digits, literals fixed text), so every
  // token sits at a fixed offset and the optional section, when present, is the whole tail.
  // Parsing is one native regular-expression test of the shape and straight-line digit
  // arithmetic at those offsets: no loop over segments and no allocation per value. (A loop
  // walking the segments cost more than the rest of a row's checks until V8 optimized it.)
  const offsets: number[] = [-1, -1, -1, -1, -1, -1];
  let source = '^';
  let offset = 0;
  compiled.forEach((segment, s) => {
    if (s === optionalStart) source += '(?:';
    if (segment.token !== undefined) {
      const width = segment.token === 'yyyy' ? 4 : 2;
      offsets[TOKENS.indexOf(segment.token)] = offset;
      source += `\\d{${width}}`;
      offset += width;
    } else {
      const literal = segment.literal ?? '';
      source += literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      offset += literal.length;
    }
  });
  if (optionalStart >= 0 && optionalStart < compiled.length) source += ')?';
  const shape = new RegExp(`${source}$`);
  /** Offset of each token; a token in the optional section reads as 0 when the section is absent. */
  const [yearAt, monthAt, dayAt, hourAt, minuteAt, secondAt] = offsets as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const parse = (value: string): number | 'format' | 'impossible' => {
    if (!shape.test(value)) return 'format';
    const length = value.length;
    const year = twoDigits(value, yearAt) * 100 + twoDigits(value, yearAt + 2);
    const month = twoDigits(value, monthAt);
    const day = twoDigits(value, dayAt);
    const hour = hourAt >= 0 && hourAt < length ? twoDigits(value, hourAt) : 0;
    const minute = minuteAt >= 0 && minuteAt < length ? twoDigits(value, minuteAt) : 0;
    const second = secondAt >= 0 && secondAt < length ? twoDigits(value, secondAt) : 0;
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      return 'impossible';
    }
    if (hour > 23 || minute > 59 || second > 59) return 'impossible';
    return sortableDateTime(year, month, day, hour, minute, second);
  };
  return { ok: true, format: { pattern, tokens: new Set(order), parse } };
}

/** The number written by the two ASCII digits at `at` (the shape test has checked they are digits). */
function twoDigits(value: string, at: number): number {
  return (value.charCodeAt(at) - 48) * 10 + value.charCodeAt(at + 1) - 48;
}

/** `yyyyMMddHHmmss` as a number; stays below 2^53, so comparisons are exact. */
export function sortableDateTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  return ((((year * 100 + month) * 100 + day) * 100 + hour) * 100 + minute) * 100 + second;
}

/** Formats a sortable number back as `yyyy-MM-dd HH:mm:ss` for messages. */
export function formatSortable(value: number): string {
  const s = String(value).padStart(14, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)} ${s.slice(8, 10)}:${s.slice(10, 12)}:${s.slice(12, 14)}`;
}

const WINDOW_FORMAT = compileDateFormat('yyyy-MM-dd[ HH:mm:ss]', 'date');

/**
 * Parses a plan-instance window bound (`yyyy-MM-dd` or `yyyy-MM-dd HH:mm:ss`). A date-only end
 * bound means the whole day: it is read as 23:59:59, the way the usage-history look-ups read a
 * date-only range end.
 */
export function parseWindowBound(text: string, bound: 'start' | 'end'): number | undefined {
  if (!WINDOW_FORMAT.ok) return undefined;
  const parsed = WINDOW_FORMAT.format.parse(text);
  if (typeof parsed !== 'number') return undefined;
  if (bound === 'end' && text.length === 10) return parsed + 235959;
  return parsed;
}
