/**
 * Keep a text draft in this browser's localStorage, for input too large for a link (a long
 * configuration, the summary of a usage-file report). Nothing leaves the browser.
 *
 * Storage can be full, disabled (privacy settings) or shared with other tabs; every access is
 * guarded and the hook reports what happened instead of throwing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export const DRAFT_KEY_PREFIX = 'allegro-kb:draft:';

/** localStorage holds about 5 MB per site; one draft may use at most this many characters. */
export const DEFAULT_MAX_DRAFT_CHARS = 1_000_000;

export type DraftStatus = 'idle' | 'saved' | 'too-large' | 'unavailable';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The stored draft under `key`, or null (none, or storage unavailable). */
export function readDraft(key: string): string | null {
  try {
    return storage()?.getItem(DRAFT_KEY_PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

/** Store `text` under `key`; says whether it was kept. */
export function writeDraft(
  key: string,
  text: string,
  maxChars: number = DEFAULT_MAX_DRAFT_CHARS,
): DraftStatus {
  if (text.length > maxChars) return 'too-large';
  const store = storage();
  if (!store) return 'unavailable';
  try {
    store.setItem(DRAFT_KEY_PREFIX + key, text);
    return 'saved';
  } catch {
    // QuotaExceededError, or storage blocked after the page loaded.
    return 'unavailable';
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(DRAFT_KEY_PREFIX + key);
  } catch {
    // Nothing to do: the draft simply stays.
  }
}

export interface LocalDraft {
  /** The draft found when the widget mounted (null when none). */
  initialDraft: string | null;
  /** Save `text` (debounced). */
  save: (text: string) => void;
  /** Save now, skipping the debounce. */
  saveNow: (text: string) => void;
  clear: () => void;
  status: DraftStatus;
}

export function useLocalDraft(options: {
  key: string;
  maxChars?: number;
  debounceMs?: number;
}): LocalDraft {
  const { key, maxChars = DEFAULT_MAX_DRAFT_CHARS, debounceMs = 500 } = options;
  const [initialDraft] = useState(() => readDraft(key));
  const [status, setStatus] = useState<DraftStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);

  const saveNow = useCallback(
    (text: string) => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      pending.current = null;
      setStatus(writeDraft(key, text, maxChars));
    },
    [key, maxChars],
  );

  const save = useCallback(
    (text: string) => {
      pending.current = text;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        if (pending.current !== null) saveNow(pending.current);
      }, debounceMs);
    },
    [saveNow, debounceMs],
  );

  const clear = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    removeDraft(key);
    setStatus('idle');
  }, [key]);

  // Keep a pending draft when the widget unmounts (navigation, error boundary).
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      if (pending.current !== null) writeDraft(key, pending.current, maxChars);
    },
    [key, maxChars],
  );

  return { initialDraft, save, saveNow, clear, status };
}
