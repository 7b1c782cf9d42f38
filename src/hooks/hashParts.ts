/**
 * Reading the parts of an address hash that holds a heading anchor and widget entries
 * (`#rounding&cfg=1.x`). Kept free of dependencies: the client module that scrolls to the
 * anchor runs on every page.
 */

/** Split a hash (with or without the leading `#`) into ordered parts. */
export function splitHash(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split('&');
}

/**
 * The heading anchor in a hash that also holds widget entries (`#usage&cfg=1.x` gives `usage`),
 * or null when there is none or the hash is a plain anchor (the browser scrolls to those itself).
 */
export function anchorBesideState(hash: string): string | null {
  const parts = splitHash(hash);
  if (!parts.some((part) => part.includes('='))) return null;
  const anchor = parts.find((part) => part !== '' && !part.includes('='));
  if (anchor === undefined) return null;
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}
