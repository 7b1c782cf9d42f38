/** Shared pieces of the simulators: issues, scenario validation, dates, decimals. */
import type { z } from 'zod';
import { docsUrlFor } from '../code-links';
import type { Issue } from '../issue';
import { SIMULATION_CODES, type SimulationCode } from './codes';

export type { Assumption } from '../rating/assumptions';

/** An assumption as it applies to one run: the value the scenario used. */
export interface AppliedAssumption {
  id: string;
  text: string;
  value: string;
  /** True when the scenario left the default in place. */
  isDefault: boolean;
  change: string;
}

const SEVERITY_BY_CODE = new Map<string, Issue['severity']>(
  SIMULATION_CODES.map((c) => [c.code, c.severity]),
);

export function simIssue(code: SimulationCode, message: string, path?: string): Issue {
  // The registry (codes.ts) merges SIMULATION_CODES, so this table agrees with it; looking codes
  // up here keeps the other checkers' tables out of the simulator widgets' code.
  const severity = SEVERITY_BY_CODE.get(code) ?? 'error';
  return { code, severity, message, ...(path ? { path } : {}), docsUrl: docsUrlFor(code) };
}

/** Dotted path like `records[2].start` from a zod issue path. */
export function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text ? `.${String(part)}` : String(part);
  }
  return text;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Validates a scenario; never throws. */
export function parseScenario<S extends z.ZodType>(
  schema: S,
  scenario: unknown,
): Parsed<z.output<S>> {
  const result = schema.safeParse(scenario);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.slice(0, 50).map((issue) => {
    const path = pathText(issue.path);
    return simIssue('SIM-INP-001', `${path || 'scenario'}: ${issue.message}`, path || undefined);
  });
  return { ok: false, issues };
}

/** Runs a simulator body and turns an unexpected exception into an SIM-INT-001 issue. */
export function guard<T>(run: () => T, fallback: (issues: Issue[]) => T): T {
  try {
    return run();
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return fallback([simIssue('SIM-INT-001', `The simulator stopped: ${text}`)]);
  }
}

/** `yyyy-mm-dd`, optionally with ` hh:mm:ss` or `Thh:mm:ss`. */
export const DATE_TIME_PATTERN =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[ T]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?)?$/;

/**
 * Normalises a date or date-time to `yyyy-mm-dd hh:mm:ss` so that plain string comparison orders
 * it correctly. Time zones are not modelled: every date is read in one agreed zone.
 */
export function normalizeDateTime(text: string): string | null {
  const m = DATE_TIME_PATTERN.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${y}-${mo}-${d} ${h}:${mi}:${s}`;
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
