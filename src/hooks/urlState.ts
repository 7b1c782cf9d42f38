/**
 * Pure helpers behind `useUrlState`: how a widget's input is written into, and read back from,
 * the address hash. No React here, so every case (corrupted text, old versions, several widgets
 * on one page, heading anchors) is unit-tested directly.
 *
 * Hash format: `#<key>=<version>.<payload>[&<key2>=<version>.<payload>]`, where the payload is
 * `lz-string` `compressToEncodedURIComponent(JSON.stringify(value))`. That alphabet has no `&`
 * or `=`, so entries never need escaping. A part without `=` is a heading anchor and is kept.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { ZodType } from 'zod';
import { splitHash } from './hashParts';

export { anchorBesideState } from './hashParts';

/** Hash keys are short lower-case words, so they cannot clash with the encoded payload. */
const KEY_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;

export function assertValidKey(key: string): void {
  if (!KEY_PATTERN.test(key)) {
    throw new Error(`URL state key "${key}" must be a short lower-case word (a-z, 0-9, -).`);
  }
}

/** Encode one value as `<version>.<payload>`. */
export function encodeUrlValue(version: number, value: unknown): string {
  return `${version}.${compressToEncodedURIComponent(JSON.stringify(value))}`;
}

export type DecodeFailure = 'corrupted' | 'old-version' | 'newer-version' | 'invalid';

export type DecodeResult<T> =
  { ok: true; value: T } | { ok: false; reason: DecodeFailure; detail?: string };

/**
 * Decode `<version>.<payload>` and validate it with the widget's schema. Never throws: any
 * failure is reported as a reason the widget can explain to the reader.
 */
export function decodeUrlValue<T>(
  encoded: string,
  version: number,
  schema: ZodType<T>,
): DecodeResult<T> {
  const dot = encoded.indexOf('.');
  const versionText = dot > 0 ? encoded.slice(0, dot) : '';
  if (!/^\d{1,6}$/.test(versionText)) return { ok: false, reason: 'corrupted' };
  const linkVersion = Number(versionText);
  if (linkVersion < version) return { ok: false, reason: 'old-version' };
  if (linkVersion > version) return { ok: false, reason: 'newer-version' };
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(encoded.slice(dot + 1));
  } catch {
    json = null;
  }
  if (!json) return { ok: false, reason: 'corrupted' };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'corrupted' };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? first.path.join('.') : 'value';
    return { ok: false, reason: 'invalid', detail: `${where}: ${first?.message ?? 'invalid'}` };
  }
  return { ok: true, value: parsed.data };
}

/** The encoded value stored under `key`, or null when the hash has none. */
export function readHashParam(hash: string, key: string): string | null {
  const prefix = `${key}=`;
  for (const part of splitHash(hash)) {
    if (part.startsWith(prefix)) return part.slice(prefix.length);
  }
  return null;
}

/**
 * A new hash (with `#`, or '' when empty) where `key` holds `encoded`, or is removed when
 * `encoded` is null. Other widgets' entries and a heading anchor keep their place.
 */
export function writeHashParam(hash: string, key: string, encoded: string | null): string {
  const prefix = `${key}=`;
  const parts = splitHash(hash);
  const index = parts.findIndex((part) => part.startsWith(prefix));
  if (encoded === null) {
    if (index >= 0) parts.splice(index, 1);
  } else if (index >= 0) {
    parts[index] = prefix + encoded;
  } else {
    parts.push(prefix + encoded);
  }
  return parts.length === 0 ? '' : `#${parts.join('&')}`;
}

/** The sentence a widget shows (role=status) when a link could not be used. */
export function noticeFor(result: { reason: DecodeFailure; detail?: string }): string {
  switch (result.reason) {
    case 'old-version':
      return 'This link was made by an older version of this tool and can no longer be read. The sample input is shown instead.';
    case 'newer-version':
      return 'This link was made by a newer version of this tool than the one on this page. The sample input is shown instead.';
    case 'invalid':
      return `The input stored in this link is not valid (${result.detail ?? 'unknown field'}). The sample input is shown instead.`;
    case 'corrupted':
      return 'The input stored in this link is damaged or incomplete (perhaps it was cut off when copied). The sample input is shown instead.';
  }
}

/**
 * Links longer than this are unreliable in chat tools and some browsers, so a widget keeps larger
 * input out of the address and says so.
 */
export const DEFAULT_MAX_ENCODED_LENGTH = 8_000;

/**
 * Values whose JSON is longer than this many times the link limit are not even compressed: no
 * realistic input shrinks that much, and compressing a megabyte blocks the page for a moment.
 * (Typical JSON and YAML compress 3-6 times.)
 */
export const MAX_LINK_COMPRESSION_RATIO = 25;
