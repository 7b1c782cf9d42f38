/**
 * Test helpers: a fresh copy of the clean sample as plain data, and small path-based editors so
 * each test states only the one change it makes.
 */
import { type ConfigCheckResult } from '../../../../src/allegro/check/config';
import { SAMPLE_CONFIG_CLEAN_JSON } from '../../../../src/allegro/samples/config';

export type Doc = Record<string, unknown>;

/** A deep copy of the clean sample, which passes every check with no finding. */
export function cleanDoc(): Doc {
  return JSON.parse(SAMPLE_CONFIG_CLEAN_JSON) as Doc;
}

function segments(path: string): (string | number)[] {
  return (path.match(/[^.[\]]+|\[\d+\]/g) ?? []).map((token) =>
    token.startsWith('[') ? Number(token.slice(1, -1)) : token,
  );
}

function parentOf(
  doc: Doc,
  path: string,
): { parent: Record<string | number, unknown>; key: string | number } {
  const parts = segments(path);
  const key = parts.pop();
  if (key === undefined) throw new Error('empty path');
  let current: unknown = doc;
  for (const part of parts) {
    const container = current as Record<string | number, unknown>;
    if (container[part] === undefined) container[part] = typeof part === 'number' ? [] : {};
    current = container[part];
  }
  return { parent: current as Record<string | number, unknown>, key };
}

export function get(doc: Doc, path: string): unknown {
  let current: unknown = doc;
  for (const part of segments(path)) current = (current as Record<string | number, unknown>)[part];
  return current;
}

/** Set a value, creating objects along the way. */
export function set(doc: Doc, path: string, value: unknown): Doc {
  const { parent, key } = parentOf(doc, path);
  parent[key] = value;
  return doc;
}

/** Remove a key (or an array item). */
export function unset(doc: Doc, path: string): Doc {
  const { parent, key } = parentOf(doc, path);
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else delete parent[key];
  return doc;
}

/** Append an item to the list at `path`, creating the list if needed. */
export function append(doc: Doc, path: string, item: unknown): Doc {
  const { parent, key } = parentOf(doc, path);
  const list = (parent[key] ??= []) as unknown[];
  list.push(item);
  return doc;
}

export function codes(result: ConfigCheckResult): string[] {
  return result.issues.map((issue) => issue.code);
}

/** The issues with one code. */
export function withCode(result: ConfigCheckResult, code: string) {
  return result.issues.filter((issue) => issue.code === code);
}
