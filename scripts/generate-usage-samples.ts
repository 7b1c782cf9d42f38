/**
 * Writes the sample layouts and usage files (static/samples/layout-*.json, usage-*.csv|txt)
 * from src/allegro/samples/usage.ts. Run with `npx tsx scripts/generate-usage-samples.ts`;
 * tests/unit/allegro/usage/samples.test.ts fails when the committed files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usageSampleFiles } from '../src/allegro/samples/usage';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const [relativePath, content] of Object.entries(usageSampleFiles())) {
  const target = join(root, relativePath);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log(`wrote ${relativePath}`);
}
