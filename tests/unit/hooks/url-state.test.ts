import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compressToEncodedURIComponent } from 'lz-string';
import {
  anchorBesideState,
  assertValidKey,
  decodeUrlValue,
  encodeUrlValue,
  noticeFor,
  readHashParam,
  writeHashParam,
} from '@site/src/hooks/urlState';

const Schema = z.object({ text: z.string(), format: z.enum(['json', 'yaml']) });

describe('encodeUrlValue / decodeUrlValue', () => {
  it('round-trips a value with its version', () => {
    const value = { text: 'currencies:\n  - code: USD # ünïcödé & = #', format: 'yaml' as const };
    const encoded = encodeUrlValue(3, value);
    expect(encoded.startsWith('3.')).toBe(true);
    // The payload alphabet never needs escaping in a hash with several entries.
    expect(encoded.slice(2)).toMatch(/^[A-Za-z0-9+\-$]*$/);
    expect(decodeUrlValue(encoded, 3, Schema)).toEqual({ ok: true, value });
  });

  it('reports an older and a newer version separately', () => {
    const encoded = encodeUrlValue(1, { text: '', format: 'json' });
    expect(decodeUrlValue(encoded, 2, Schema)).toEqual({ ok: false, reason: 'old-version' });
    expect(decodeUrlValue(encodeUrlValue(5, {}), 2, Schema)).toEqual({
      ok: false,
      reason: 'newer-version',
    });
  });

  it.each([
    ['no version', 'abc'],
    ['empty', ''],
    ['version only', '1.'],
    ['garbage payload', '1.%%%%not-lz'],
    [
      'truncated payload',
      encodeUrlValue(1, { text: 'x'.repeat(200), format: 'json' }).slice(0, 30),
    ],
    ['not JSON', `1.${compressToEncodedURIComponent('{not json')}`],
  ])('calls %s corrupted', (_name, encoded) => {
    const result = decodeUrlValue(encoded, 1, Schema);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('corrupted');
  });

  it('names the failing field when the schema rejects the value', () => {
    const result = decodeUrlValue(encodeUrlValue(1, { text: 'a', format: 'xml' }), 1, Schema);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('invalid');
      expect(result.detail).toMatch(/^format: /);
      expect(noticeFor(result)).toMatch(
        /not valid \(format: .*\)\. The sample input is shown instead\./,
      );
    }
  });

  it('has a reader-facing sentence for every failure', () => {
    for (const reason of ['corrupted', 'old-version', 'newer-version', 'invalid'] as const) {
      expect(noticeFor({ reason })).toMatch(/sample input is shown instead/);
    }
  });
});

describe('readHashParam / writeHashParam', () => {
  it('keeps several widgets and a heading anchor apart', () => {
    let hash = '#referential-integrity';
    hash = writeHashParam(hash, 'cfg', '1.AAA');
    hash = writeHashParam(hash, 'usage', '2.BBB');
    expect(hash).toBe('#referential-integrity&cfg=1.AAA&usage=2.BBB');
    expect(readHashParam(hash, 'cfg')).toBe('1.AAA');
    expect(readHashParam(hash, 'usage')).toBe('2.BBB');
    expect(readHashParam(hash, 'sim')).toBeNull();
    hash = writeHashParam(hash, 'cfg', '1.CCC');
    expect(hash).toBe('#referential-integrity&cfg=1.CCC&usage=2.BBB');
    hash = writeHashParam(hash, 'cfg', null);
    expect(hash).toBe('#referential-integrity&usage=2.BBB');
    expect(writeHashParam('#usage=2.BBB', 'usage', null)).toBe('');
  });

  it('does not confuse a key with another key that starts the same', () => {
    expect(readHashParam('#cfgx=1.A&cfg=1.B', 'cfg')).toBe('1.B');
  });

  it('accepts only short lower-case keys', () => {
    expect(() => assertValidKey('cfg')).not.toThrow();
    expect(() => assertValidKey('Config')).toThrow(/lower-case/);
    expect(() => assertValidKey('a=b')).toThrow();
  });
});

describe('anchorBesideState', () => {
  it('finds the heading anchor in a hash that also holds widget entries', () => {
    expect(anchorBesideState('#rounding&cfg=1.abc')).toBe('rounding');
    expect(anchorBesideState('#cfg=1.abc&usage-dates&sim=2.x')).toBe('usage-dates');
    expect(anchorBesideState('#caf%C3%A9&cfg=1.abc')).toBe('café');
  });

  it('leaves plain anchors and hashes without an anchor to the browser', () => {
    expect(anchorBesideState('#rounding')).toBeNull();
    expect(anchorBesideState('#cfg=1.abc')).toBeNull();
    expect(anchorBesideState('')).toBeNull();
    expect(anchorBesideState('#%E0%A4%A&cfg=1.a')).toBe('%E0%A4%A');
  });
});
