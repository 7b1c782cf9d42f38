/**
 * Keep a widget's (small) input in the address hash so a copied link reproduces it.
 *
 * Reading happens once, when the widget mounts in the browser (and again if the reader edits the
 * hash by hand). Writing is debounced and uses `history.replaceState`, so typing does not flood
 * the back button. A damaged, invalid or old-version link never crashes the widget: it yields
 * `fallback` (the documented sample) and a `notice` the widget shows with role=status.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ZodType } from 'zod';
import {
  DEFAULT_MAX_ENCODED_LENGTH,
  MAX_LINK_COMPRESSION_RATIO,
  assertValidKey,
  decodeUrlValue,
  encodeUrlValue,
  noticeFor,
  readHashParam,
  writeHashParam,
} from './urlState';

export interface UseUrlStateOptions<T> {
  /** Hash key, unique per widget on a page (for example `cfg`). */
  key: string;
  /** Bump when the stored shape changes incompatibly; older links then give a notice. */
  version: number;
  /** Validates what a link holds; whatever it returns is the widget's value. */
  schema: ZodType<T>;
  /** Used when the link has no entry for `key` or the entry cannot be used. */
  fallback: T;
  debounceMs?: number;
  /** Encoded values longer than this are kept out of the link (`tooLargeForLink` becomes true). */
  maxEncodedLength?: number;
}

export interface UrlState<T> {
  value: T;
  setValue: (next: T | ((previous: T) => T)) => void;
  /** Why the link could not be used, in a sentence; null when all is well. */
  notice: string | null;
  dismissNotice: () => void;
  /** The current value is too large to keep in the address; the widget should say so. */
  tooLargeForLink: boolean;
  /** Write any pending change to the address now (call before copying the link). */
  flush: () => void;
  /** Where the first value came from. */
  source: 'link' | 'fallback';
}

type Initial<T> = {
  value: T;
  notice: string | null;
  source: 'link' | 'fallback';
  raw: string | null;
};

function currentHash(): string {
  return typeof window === 'undefined' ? '' : window.location.hash;
}

function replaceHash(hash: string): void {
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  try {
    // Keep the router's own history state so back/forward keep working.
    window.history.replaceState(window.history.state, '', url);
  } catch {
    // Some embedded browsers refuse replaceState; the widget still works without a link.
  }
}

function readInitial<T>(key: string, version: number, schema: ZodType<T>, fallback: T): Initial<T> {
  const raw = readHashParam(currentHash(), key);
  if (raw === null) return { value: fallback, notice: null, source: 'fallback', raw };
  const decoded = decodeUrlValue(raw, version, schema);
  if (decoded.ok) return { value: decoded.value, notice: null, source: 'link', raw };
  return { value: fallback, notice: noticeFor(decoded), source: 'fallback', raw };
}

export function useUrlState<T>(options: UseUrlStateOptions<T>): UrlState<T> {
  const {
    key,
    version,
    schema,
    fallback,
    debounceMs = 400,
    maxEncodedLength = DEFAULT_MAX_ENCODED_LENGTH,
  } = options;
  assertValidKey(key);

  const [initial] = useState(() => readInitial(key, version, schema, fallback));
  const [value, setValueState] = useState<T>(initial.value);
  const [notice, setNotice] = useState<string | null>(initial.notice);
  const [tooLargeForLink, setTooLarge] = useState(false);

  // What this widget last wrote (or found) under its key: a hashchange to anything else is the
  // reader editing the address by hand, and is read back.
  const lastEncoded = useRef<string | null>(initial.raw);
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const write = useCallback(() => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const next = pending.current;
    if (!next || typeof window === 'undefined') return;
    pending.current = null;
    // lz-string needs about 0.2 s per megabyte on the main thread. A value far beyond what any
    // realistic text compresses into a link is kept out of it without compressing it at all.
    const obviouslyTooLarge =
      JSON.stringify(next.value).length > maxEncodedLength * MAX_LINK_COMPRESSION_RATIO;
    const encoded = obviouslyTooLarge ? null : encodeUrlValue(version, next.value);
    const tooLarge = encoded === null || encoded.length > maxEncodedLength;
    setTooLarge(tooLarge);
    const stored = tooLarge ? null : encoded;
    const hash = writeHashParam(window.location.hash, key, stored);
    lastEncoded.current = stored;
    if (hash === window.location.hash || (hash === '' && window.location.hash === '')) return;
    replaceHash(hash);
  }, [key, version, maxEncodedLength]);

  // The latest value outside React's queue, so `flush()` right after `setValue()` sees it.
  const latest = useRef<T>(initial.value);

  const setValue = useCallback(
    (next: T | ((previous: T) => T)) => {
      const resolved =
        typeof next === 'function' ? (next as (previous: T) => T)(latest.current) : next;
      latest.current = resolved;
      pending.current = { value: resolved };
      setValueState(resolved);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(write, debounceMs);
    },
    [write, debounceMs],
  );

  // Write what is pending when the widget goes away (page change, or an error boundary
  // unmounting it) so "Try again" and the back button find the latest input.
  useEffect(() => () => write(), [write]);

  useEffect(() => {
    if (typeof window === 'undefined') return undefined;
    const onHashChange = () => {
      const raw = readHashParam(window.location.hash, key);
      if (raw === null) {
        // A heading or table-of-contents link replaced the whole hash. Put this widget's entry
        // back beside the new anchor, so the address (and "Copy link") still holds the input.
        if (lastEncoded.current !== null) {
          replaceHash(writeHashParam(window.location.hash, key, lastEncoded.current));
        }
        return;
      }
      if (raw === lastEncoded.current) return;
      lastEncoded.current = raw;
      const decoded = decodeUrlValue(raw, version, schema);
      if (decoded.ok) {
        latest.current = decoded.value;
        setValueState(decoded.value);
        setNotice(null);
      } else {
        latest.current = fallback;
        setValueState(fallback);
        setNotice(noticeFor(decoded));
      }
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [key, version, schema, fallback]);

  const dismissNotice = useCallback(() => setNotice(null), []);

  return {
    value,
    setValue,
    notice,
    dismissNotice,
    tooLargeForLink,
    flush: write,
    source: initial.source,
  };
}
