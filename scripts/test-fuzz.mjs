#!/usr/bin/env node
/**
 * `npm run test:fuzz`: every property-based test at FUZZ_RUNS cases (10,000 unless set).
 *
 * The files are found by what they import (fast-check), not by their names, so a property test
 * added anywhere under tests/ or src/ runs here without a naming convention to remember. Every
 * property test reads FUZZ_RUNS for its numRuns (tests/unit/fuzz-runs.test.ts checks that);
 * the normal `npm test` leaves it unset, so CI runs the smaller default counts.
 *
 *   npm run test:fuzz                 all property test files, 10,000 cases each
 *   npm run test:fuzz -- --list       print the files and stop
 *   FUZZ_RUNS=200 npm run test:fuzz   a quicker pass
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOTS = ['tests', 'src'];
const TEST_FILE = /\.test\.(ts|tsx|mts)$/;
const IMPORTS_FAST_CHECK = /from\s+['"]fast-check['"]|require\(\s*['"]fast-check['"]\s*\)/;

/** Test files under tests/ and src/ that import fast-check, sorted. */
export function propertyTestFiles(root = process.cwd()) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (TEST_FILE.test(entry.name) && IMPORTS_FAST_CHECK.test(fs.readFileSync(full, 'utf8')))
        found.push(path.relative(root, full));
    }
  };
  for (const top of ROOTS) {
    if (fs.existsSync(path.join(root, top))) walk(path.join(root, top));
  }
  return found.sort();
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname;
if (isMain) {
  const files = propertyTestFiles();
  const args = process.argv.slice(2);
  if (args.includes('--list')) {
    console.log(files.join('\n'));
    process.exit(0);
  }
  if (files.length === 0) {
    console.error('No property test files (importing fast-check) under tests/ or src/.');
    process.exit(1);
  }
  const runs = process.env.FUZZ_RUNS ?? '10000';
  console.log(
    `Property tests at FUZZ_RUNS=${runs} in ${files.length} files:\n  ${files.join('\n  ')}`,
  );
  // Ten times the default cases take ten times as long: tests without their own timeout get
  // 15 minutes instead of vitest.config.mts's 30 s (tests that set one scale it with FUZZ_RUNS).
  const run = spawnSync('npx', ['vitest', 'run', '--testTimeout=900000', ...args, ...files], {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: runs },
  });
  process.exit(run.status ?? 1);
}
