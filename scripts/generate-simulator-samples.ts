/**
 * Writes static/samples/{rating-we1-pooling,suspense-scenario,sync-scenario,aggregation-*}.json
 * from the TypeScript samples. Run with `npx tsx scripts/generate-simulator-samples.ts`;
 * tests/unit/simulator-samples.test.ts fails when the committed files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simulatorSampleFiles } from './simulator-sample-files';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const [relativePath, content] of Object.entries(simulatorSampleFiles())) {
  const target = join(root, relativePath);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log(`wrote ${relativePath}`);
}
