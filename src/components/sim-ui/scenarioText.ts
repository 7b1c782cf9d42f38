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

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const JSON_LITERAL = /true|false|null/y;

/**
 * The first place where `text` stops being JSON, and what was expected there; undefined when it
 * is valid JSON. A loop with an explicit stack, so deeply nested input cannot overflow the call
 * stack. Used only to place errors that JSON.parse reports without a position.
 */
export function locateJsonError(text: string): { offset: number; reason: string } | undefined {
  const length = text.length;
  const stack: string[] = [];
  let i = 0;
  let state: 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'after' = 'value';
  const found = () =>
    i >= length ? ', but the text ends' : ` but found ${JSON.stringify(text[i])}`;
  const fail = (reason: string) => ({ offset: Math.min(i, length), reason });
  const readString = (): { offset: number; reason: string } | undefined => {
    i += 1;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i += 1;
        return undefined;
      }
      if (c === 92) {
        const next = text[i + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('invalid \\u escape');
          i += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else return fail(`invalid escape ${JSON.stringify(`\\${next}`)}`);
        continue;
      }
      if (c < 0x20) return fail('a control character (such as a line break) inside a string');
      i += 1;
    }
    return fail('the text ends inside a string');
  };
  for (;;) {
    while (i < length && ' \t\n\r'.includes(text[i] as string)) i += 1;
    const c = text[i];
    if (state === 'value' || state === 'value-or-end') {
      if (state === 'value-or-end' && c === ']') {
        stack.pop();
        i += 1;
        state = 'after';
      } else if (c === '{' || c === '[') {
        stack.push(c);
        i += 1;
        state = c === '{' ? 'key-or-end' : 'value-or-end';
      } else if (c === '"') {
        const problem = readString();
        if (problem) return problem;
        state = 'after';
      } else {
        const pattern = c === 't' || c === 'f' || c === 'n' ? JSON_LITERAL : JSON_NUMBER;
        pattern.lastIndex = i;
        const match = pattern.exec(text);
        if (!match) return fail(`expected a value${found()}`);
        i += match[0].length;
        state = 'after';
      }
    } else if (state === 'key' || state === 'key-or-end') {
      if (state === 'key-or-end' && c === '}') {
        stack.pop();
        i += 1;
        state = 'after';
      } else if (c === '"') {
        const problem = readString();
        if (problem) return problem;
        state = 'colon';
      } else return fail(`expected a double-quoted property name${found()}`);
    } else if (state === 'colon') {
      if (c !== ':') return fail(`expected ":" after the property name${found()}`);
      i += 1;
      state = 'value';
    } else {
      const open = stack[stack.length - 1];
      if (open === undefined) {
        return i < length
          ? fail(`unexpected ${JSON.stringify(c)} after the JSON value`)
          : undefined;
      }
      const close = open === '{' ? '}' : ']';
      if (c === ',') {
        i += 1;
        state = open === '{' ? 'key' : 'value';
      } else if (c === close) {
        stack.pop();
        i += 1;
      } else return fail(`expected "," or "${close}"${found()}`);
    }
  }
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
  else {
    // V8 gives no position for "Unexpected token" errors ([1,,2], a bare word): find it.
    const located = locateJsonError(text);
    if (located) {
      const at = lineAndColumn(text, located.offset);
      return {
        path: '',
        ...at,
        message: `JSON syntax error at line ${at.line}, column ${at.column}: ${located.reason}`,
      };
    }
  }
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
  // A NUL never belongs in JSON text; binary or UTF-16 content has them, and V8's message for
  // it gives no position. Name the place instead.
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const where = lineAndColumn(text, nul);
    return {
      ok: false,
      problems: [
        {
          path: '',
          ...where,
          message: `The text is not JSON: line ${where.line}, column ${where.column} holds a NUL character, as binary or UTF-16 files do. Paste the scenario as JSON text.`,
        },
      ],
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
