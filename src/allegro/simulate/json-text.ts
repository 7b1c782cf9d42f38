/**
 * A tiny JSON writer that prints decimal strings as exact number literals. JSON.stringify would
 * need a JS number first, and 0.1 + 0.2 style drift must not show up in a generated request.
 */
export class JsonNumber {
  constructor(readonly text: string) {}
}

export type JsonValue =
  string | boolean | null | JsonNumber | JsonValue[] | { [key: string]: JsonValue | undefined };

export function writeJson(value: JsonValue, indent = 0): string {
  const pad = '  '.repeat(indent);
  const inner = '  '.repeat(indent + 1);
  if (value instanceof JsonNumber) return value.text;
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + writeJson(v, indent + 1)).join(',\n')}\n${pad}]`;
  }
  const entries = Object.entries(value).filter(
    (entry): entry is [string, JsonValue] => entry[1] !== undefined,
  );
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${writeJson(v, indent + 1)}`).join(',\n')}\n${pad}}`;
}
