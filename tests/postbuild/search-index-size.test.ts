/**
 * Budget: the local search index is fetched on the first search, so it must stay small.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  searchIndexFiles,
  searchIndexSize,
  SEARCH_INDEX_GZIP_BUDGET_BYTES,
} from '../../bench/search-index-size';
import { searchSetup } from '../../plugins/search/config';

const buildDir = path.resolve(process.env.BUILD_DIR ?? 'build');
const mode = searchSetup(process.env).mode;

describe(`search index of ${buildDir} (${mode} search)`, () => {
  if (mode === 'algolia') {
    it('ships no local index when Algolia is configured', () => {
      expect(searchIndexSize(buildDir).files).toEqual([]);
    });
    return;
  }

  it(`is one index file, at most ${SEARCH_INDEX_GZIP_BUDGET_BYTES / 1024} KB gzip`, () => {
    const size = searchIndexSize(buildDir);
    console.table(
      size.files.map((file) => ({
        file: file.file,
        'raw KB': (file.bytes / 1024).toFixed(1),
        'gzip KB': (file.gzipBytes / 1024).toFixed(1),
      })),
    );
    expect(size.files).toHaveLength(1);
    expect(size.gzipBytes).toBeGreaterThan(0);
    expect(size.gzipBytes).toBeLessThanOrEqual(SEARCH_INDEX_GZIP_BUDGET_BYTES);
  });

  it('stores no match positions (our theme drops them after the plugin writes the index)', () => {
    const [file] = searchIndexFiles(buildDir);
    const parts = JSON.parse(fs.readFileSync(file!, 'utf8')) as {
      index: { invertedIndex: [string, Record<string, unknown>][] };
    }[];
    const postings = parts.flatMap((part) => part.index.invertedIndex);
    expect(postings.length).toBeGreaterThan(0);
    expect(JSON.stringify(postings)).not.toContain('"position"');
  });
});
