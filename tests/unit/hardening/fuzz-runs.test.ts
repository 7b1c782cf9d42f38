/**
 * `npm run test:fuzz` promises every property test at 10,000 cases. That holds only if the
 * script finds every property test file and each fc.assert takes its run count from FUZZ_RUNS;
 * this test checks both by reading the files, so a new property test that forgets either
 * fails here, in the normal run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { propertyTestFiles } from '../../../scripts/test-fuzz.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const files = (propertyTestFiles as (root: string) => string[])(root);

/** The options argument of each fc.assert call: the text from `fc.assert(` to its `)`. */
function assertCalls(source: string): string[] {
  const calls: string[] = [];
  let from = 0;
  for (;;) {
    const start = source.indexOf('fc.assert(', from);
    if (start < 0) return calls;
    let depth = 0;
    let end = start + 'fc.assert'.length;
    for (; end < source.length; end += 1) {
      const char = source[end];
      if (char === '(') depth += 1;
      else if (char === ')') {
        depth -= 1;
        if (depth === 0) break;
      }
    }
    calls.push(source.slice(start, end + 1));
    from = end + 1;
  }
}

describe('property tests honour FUZZ_RUNS', () => {
  it('the fuzz script finds the property test files of every core module', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const area of ['config', 'rating', 'simulate', 'troubleshoot', 'usage']) {
      expect(
        files.some((f) => f.includes(`allegro/${area}/`)),
        `a property test under ${area}`,
      ).toBe(true);
    }
  });

  it.each(files)('%s passes a FUZZ_RUNS-derived numRuns to every fc.assert', (file) => {
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    expect(source, 'reads process.env.FUZZ_RUNS').toMatch(/process\.env\.FUZZ_RUNS/);
    const calls = assertCalls(source);
    expect(calls.length, 'fc.assert calls').toBeGreaterThan(0);
    for (const call of calls) {
      // numRuns must be present and not a bare literal (which would ignore FUZZ_RUNS).
      const numRuns = /numRuns\s*(?::\s*([^,}\n]+))?/.exec(call);
      expect(numRuns, `numRuns in ${call.slice(0, 80)}…`).not.toBeNull();
      expect(numRuns?.[1]?.trim() ?? 'numRuns', `numRuns in ${call.slice(0, 80)}…`).not.toMatch(
        /^[\d_]+$/,
      );
    }
  });
});
