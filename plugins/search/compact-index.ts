/**
 * Shrinks the local search index after the search plugin wrote it (node-only).
 *
 * The plugin stores, for every word of every section, where it occurs in the text; browsers
 * only use those positions to highlight the few suggestions they show, and that alone was a
 * third of the index download. Our worker works the positions out for the shown suggestions
 * (`client/search-engine.ts`), so the stored ones are dropped here.
 */
import fs from 'node:fs';

/** term → field → document ref → metadata, as lunr serialises an inverted index. */
export type Posting = { _index: number } & Record<string, Record<string, unknown> | number>;

export interface SerializedPart {
  documents: unknown[];
  index: { invertedIndex: [string, Posting][] } & Record<string, unknown>;
}

/** The index with every posting's metadata (the match positions) emptied. */
export function withoutMatchPositions<T extends SerializedPart[]>(parts: T): T {
  for (const { index } of parts) {
    for (const [, posting] of index.invertedIndex) {
      for (const [field, documents] of Object.entries(posting)) {
        if (field === '_index' || typeof documents !== 'object') continue;
        for (const ref of Object.keys(documents)) documents[ref] = {};
      }
    }
  }
  return parts;
}

/** Rewrites one index file in place; returns its size before and after, in bytes. */
export function compactSearchIndexFile(file: string): { before: number; after: number } {
  const text = fs.readFileSync(file, 'utf8');
  const compacted = JSON.stringify(withoutMatchPositions(JSON.parse(text) as SerializedPart[]));
  fs.writeFileSync(file, compacted);
  return { before: Buffer.byteLength(text), after: Buffer.byteLength(compacted) };
}
