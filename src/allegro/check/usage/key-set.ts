/**
 * Memory-bounded set of duplicate keys.
 *
 * The duplicate check is the one part of the usage checker whose memory grows with the file:
 * it has to remember every key it has seen. To keep that growth small and predictable, keys are
 * not stored as strings. Each key is reduced to a 64-bit hash (two 32-bit halves) and kept in an
 * open-addressing table of typed arrays together with the line where the key first appeared:
 * 12 bytes per slot, at most 75 % of slots used, so between 16 and 32 bytes per distinct key
 * (about 48 MiB for the default limit of 2,000,000 keys). The table lives in ArrayBuffers, not
 * in JavaScript objects, so it does not add to garbage-collection work.
 *
 * Trade-off: two different keys with the same 64-bit hash would be reported as a duplicate.
 * With n distinct keys the chance of any such collision is about n² / 2^65, roughly 1 in 37
 * million for one million keys, which we accept for a pre-flight check.
 *
 * When the limit is reached, new keys are no longer remembered (keys already stored are still
 * found), and the checker reports USG-DUP-002 once.
 */

/** Default most distinct keys the duplicate check remembers. */
export const DEFAULT_MAX_TRACKED_KEYS = 2_000_000;

const INITIAL_CAPACITY = 1024;

export class KeyHashSet {
  /**
   * Slots of three 32-bit words: hash high, hash low, line of the first occurrence (0 marks an
   * empty slot; lines are 1-based). One interleaved array keeps a look-up to one cache miss.
   */
  private slots: Uint32Array;
  private mask: number;
  size = 0;
  limitReached = false;

  constructor(readonly maxKeys: number = DEFAULT_MAX_TRACKED_KEYS) {
    this.slots = new Uint32Array(INITIAL_CAPACITY * 3);
    this.mask = INITIAL_CAPACITY - 1;
  }

  /**
   * Looks a key hash up and remembers it when new. Returns the line of the earlier occurrence,
   * 0 when the key is new (and was stored), or -1 when it is new but the limit is reached.
   */
  addOrGet(high: number, low: number, line: number): number {
    const slots = this.slots;
    let slot = low & this.mask;
    for (;;) {
      const at = slot * 3;
      const seenLine = slots[at + 2] as number;
      if (seenLine === 0) break;
      // Both halves are compared on every probe (no short-circuit), so every operation here
      // has run long before the first real duplicate: V8 would otherwise throw away the
      // optimized checker when that duplicate arrives. XOR is 0 only for equal halves.
      const seenHigh = slots[at] as number;
      const seenLow = slots[at + 1] as number;
      if (((seenLow ^ low) | (seenHigh ^ high)) === 0) return seenLine;
      slot = (slot + 1) & this.mask;
    }
    if (this.size >= this.maxKeys) {
      this.limitReached = true;
      return -1;
    }
    const at = slot * 3;
    slots[at] = high;
    slots[at + 1] = low;
    slots[at + 2] = line;
    this.size += 1;
    if (this.size * 4 > (this.mask + 1) * 3) this.grow();
    return 0;
  }

  /** Bytes held by the table. */
  get bytes(): number {
    return this.slots.byteLength;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    const slots = new Uint32Array(capacity * 3);
    const mask = capacity - 1;
    for (let at = 0; at < old.length; at += 3) {
      const line = old[at + 2] as number;
      if (line === 0) continue;
      const low = old[at + 1] as number;
      let slot = low & mask;
      while ((slots[slot * 3 + 2] as number) !== 0) slot = (slot + 1) & mask;
      slots[slot * 3] = old[at] as number;
      slots[slot * 3 + 1] = low;
      slots[slot * 3 + 2] = line;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/**
 * 64-bit hash of a key made of several parts (a cyrb53-style mix of two 32-bit lanes). Each
 * part's length is mixed in with a value above any UTF-16 code unit, so ("ab","c") and
 * ("a","bc") hash differently. The result is written to `out` to avoid an allocation per row.
 */
export function hashKeyParts(parts: readonly string[], out: { high: number; low: number }): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  // Indexed loops, not for...of: until V8 optimizes this function (the first few thousand rows
  // of a file), an array iterator costs more than the hashing itself.
  for (let p = 0; p < parts.length; p += 1) {
    const part = parts[p] as string;
    for (let i = 0; i < part.length; i += 1) {
      const ch = part.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    const marker = 0x10000 + part.length;
    h1 = Math.imul(h1 ^ marker, 2654435761);
    h2 = Math.imul(h2 ^ marker, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out.high = h2 >>> 0;
  out.low = h1 >>> 0;
}
