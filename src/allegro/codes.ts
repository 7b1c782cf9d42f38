/**
 * The one registry of issue codes. Every code a checker or simulator emits must be here;
 * the error-code reference page is generated from this list, and a test fails when a checker
 * emits a code that is missing.
 *
 * Each module keeps its own table (config checks, usage-file checks, simulators) and this file
 * merges them, so that parallel work on different checkers never edits the same table.
 */
import type { ErrorCategory, Severity } from './issue';
import { CONFIG_CODES } from './check/config-codes';
import { USAGE_CODES } from './check/usage-codes';
import { SIMULATION_CODES } from './simulate/codes';

export interface CodeDefinition {
  code: string;
  severity: Severity;
  category: ErrorCategory;
  /** One-line title, shown in tables and as the reference heading. */
  title: string;
  /** Why this happens, in one or two sentences. */
  cause: string;
  /** What to do about it. */
  fix: string;
  /** Doc page (site path, no trailing slash) and anchor that explain the underlying rule. */
  docs: { page: string; anchor?: string };
}

export { CODE_REFERENCE_PATH, codeAnchor, docsUrlFor } from './code-links';

export function defineCodes<const T extends readonly CodeDefinition[]>(defs: T): T {
  return defs;
}

/**
 * Every registered code. Each checker module keeps its own table; add yours to this spread.
 * (Tables import only the CodeDefinition type from here, so there is no runtime import cycle.)
 */
export const CODES: readonly CodeDefinition[] = [
  ...CONFIG_CODES,
  ...USAGE_CODES,
  ...SIMULATION_CODES,
];

/** Look-up by code; built once. */
export const CODE_INDEX: ReadonlyMap<string, CodeDefinition> = new Map(
  CODES.map((definition) => [definition.code, definition]),
);

/** The definition of a registered code, or undefined for an unknown code. */
export function getCode(code: string): CodeDefinition | undefined {
  return CODE_INDEX.get(code);
}
