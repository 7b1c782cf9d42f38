/**
 * Reading a scenario the reader typed as JSON: syntax errors with line and column, then the
 * scenario's zod schema with messages that name the field path (`records[2].start: …`).
 * Pure, so it is unit-tested without a DOM.
 */
import type { ZodType } from 'zod';

export interface ScenarioTextProblem {
  /** Field path such as `records[2].start`; empty for a syntax error or the whole scenario. */
  path: string;
  line?: number;
  column?: number;
  message: string;
}

export type ScenarioTextResult<T> =
  { ok: true; value: T } | { ok: false; problems: ScenarioTextProblem[] };

/** `['records', 2, 'start']` → `records[2].start`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** The position V8 puts in JSON.parse messages ("… at position 42 (line 3 column 5)"). */
function syntaxProblem(text: string, error: unknown): ScenarioTextProblem {
  const raw = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(raw);
  const position = /position (\d+)/.exec(raw);
  let where: { line: number; column: number } | undefined;
  if (lineCol) where = { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  else if (position) where = lineAndColumn(text, Number(position[1]));
  else if (/end of (JSON|data) input/i.test(raw)) where = lineAndColumn(text, text.length);
  // Drop V8's own location suffix; ours is added in a fixed form.
  const reason = raw
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*(in JSON )?at position \d+/, '')
    .replace(/^JSON\.parse: /, '');
  return {
    path: '',
    ...(where ?? {}),
    message: where
      ? `JSON syntax error at line ${where.line}, column ${where.column}: ${reason}`
      : `JSON syntax error: ${reason}`,
  };
}

/** Parses and validates; at most `limit` problems are returned (the first ones). */
export function readScenarioText<T>(
  text: string,
  schema: ZodType<T>,
  limit = 20,
): ScenarioTextResult<T> {
  if (text.trim() === '') {
    return {
      ok: false,
      problems: [{ path: '', message: 'The scenario is empty; paste a JSON object.' }],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error)] };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.slice(0, limit).map((issue) => {
    const path = formatPath(issue.path);
    return { path, message: `${path || 'scenario'}: ${issue.message}` };
  });
  return { ok: false, problems };
}

/** Pretty JSON for the editor. */
export function scenarioToText(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
