/**
 * Property tests: whatever it is given, the checker returns findings with registered codes and
 * never throws or fails internally. 1,000 runs per property by default; `npm run test:fuzz`
 * sets FUZZ_RUNS=10000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkConfig,
  checkConfigText,
  parseConfigText,
} from '../../../../src/allegro/check/config';
import { CODE_INDEX } from '../../../../src/allegro/codes';
import {
  SAMPLE_CONFIG_CLEAN_JSON,
  SAMPLE_CONFIG_WITH_MISTAKES,
} from '../../../../src/allegro/samples/config';
import type { ConfigCheckResult } from '../../../../src/allegro/check/config';

const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);
/** A check takes a few milliseconds; allow for slow machines when the run count is raised. */
const timeout = Math.max(60_000, numRuns * 40);

function wellFormed(result: ConfigCheckResult): boolean {
  for (const issue of result.issues) {
    expect(CODE_INDEX.has(issue.code), issue.code).toBe(true);
    expect(issue.code).not.toBe('CFG-INT-001');
    expect(typeof issue.message).toBe('string');
    if (issue.line !== undefined) expect(issue.line).toBeGreaterThanOrEqual(1);
  }
  const total = result.counts.error + result.counts.warning + result.counts.info;
  expect(total).toBe(result.issues.length);
  return true;
}

/** Small random edits of a valid text: where real typos happen. */
function mutatedText(base: string) {
  return fc
    .array(
      fc.record({
        at: fc.nat({ max: base.length }),
        remove: fc.nat({ max: 3 }),
        insert: fc.string({ maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((edits) =>
      edits.reduce(
        (text, edit) => text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove),
        base,
      ),
    );
}

describe('the configuration checker never throws', () => {
  it(
    'for arbitrary JSON values',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => wellFormed(checkConfig(value))),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'for arbitrary values with prototype-looking keys',
    () => {
      const keys = fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'client',
        'priceOffers',
      );
      fc.assert(
        fc.property(fc.dictionary(keys, fc.jsonValue()), (value) => wellFormed(checkConfig(value))),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'for arbitrary strings',
    () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
          wellFormed(checkConfigText(text));
          parseConfigText(text);
          return true;
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'for JSON texts of arbitrary values',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) =>
          wellFormed(checkConfigText(JSON.stringify(value) ?? '')),
        ),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'for documents close to a real one (random edits of the samples)',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(mutatedText(SAMPLE_CONFIG_CLEAN_JSON), mutatedText(SAMPLE_CONFIG_WITH_MISTAKES)),
          (text) => wellFormed(checkConfigText(text)),
        ),
        // Slower per case: a fifth of the default count in CI, the full FUZZ_RUNS when it is set.
        { numRuns: process.env.FUZZ_RUNS ? numRuns : Math.max(50, Math.round(numRuns / 5)) },
      );
    },
    timeout,
  );

  it(
    'for structurally valid documents with random values in every field',
    () => {
      const clean = JSON.parse(SAMPLE_CONFIG_CLEAN_JSON) as Record<string, unknown>;
      const paths: (string | number)[][] = [];
      const walk = (value: unknown, path: (string | number)[]) => {
        if (value !== null && typeof value === 'object') {
          for (const [key, child] of Object.entries(value)) {
            walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
          }
        } else paths.push(path);
      };
      walk(clean, []);
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 })), {
            maxLength: 5,
          }),
          (replacements) => {
            const doc = structuredClone(clean);
            for (const [path, value] of replacements) {
              let target = doc as Record<string | number, unknown>;
              for (const segment of path.slice(0, -1))
                target = target[segment] as Record<string | number, unknown>;
              target[path[path.length - 1]!] = value;
            }
            return wellFormed(checkConfig(doc));
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );
});
