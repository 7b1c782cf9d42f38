/**
 * Size of the local search index as browsers download it (gzip), against its budget.
 *
 * `searchIndexSize(buildDir)` is what the page-weight report and the post-build budget test
 * import; run this file directly for a one-line report:
 *   npx tsx bench/search-index-size.ts [buildDir]
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Budget for all search-index*.json files together, gzip-compressed. */
export const SEARCH_INDEX_GZIP_BUDGET_BYTES = 400 * 1024;

export interface SearchIndexFileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface SearchIndexSize {
  files: SearchIndexFileSize[];
  bytes: number;
  gzipBytes: number;
  budgetBytes: number;
  withinBudget: boolean;
}

/** Every search-index*.json in the build (the plugin writes one per search context). */
export function searchIndexFiles(buildDir: string): string[] {
  if (!fs.existsSync(buildDir)) return [];
  return fs
    .readdirSync(buildDir)
    .filter((name) => /^search-index.*\.json$/.test(name))
    .sort()
    .map((name) => path.join(buildDir, name));
}

/** Raw and gzip sizes (gzip level 9, what static hosts pre-compress with). */
export function searchIndexSize(buildDir: string): SearchIndexSize {
  const files = searchIndexFiles(buildDir).map((file) => {
    const content = fs.readFileSync(file);
    return {
      file: path.basename(file),
      bytes: content.length,
      gzipBytes: zlib.gzipSync(content, { level: 9 }).length,
    };
  });
  const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  return {
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes,
    budgetBytes: SEARCH_INDEX_GZIP_BUDGET_BYTES,
    withinBudget: gzipBytes <= SEARCH_INDEX_GZIP_BUDGET_BYTES,
  };
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

if (process.argv[1] && /search-index-size\.ts$/.test(process.argv[1])) {
  const buildDir = path.resolve(process.argv[2] ?? process.env.BUILD_DIR ?? 'build');
  const size = searchIndexSize(buildDir);
  if (size.files.length === 0) {
    console.error(`No search-index*.json in ${buildDir} (local search not built?)`);
    process.exitCode = 1;
  } else {
    for (const file of size.files) {
      console.log(`${file.file}: ${kilobytes(file.bytes)} raw, ${kilobytes(file.gzipBytes)} gzip`);
    }
    console.log(
      `search index total: ${kilobytes(size.gzipBytes)} gzip of ${kilobytes(size.budgetBytes)} budget` +
        (size.withinBudget ? '' : ' — OVER BUDGET'),
    );
    if (!size.withinBudget) process.exitCode = 1;
  }
}
