/**
 * Writes the JSON Schemas (static/schemas/*.json) and the sample configurations
 * (static/samples/config-*) from their TypeScript sources. Run with `npm run schemas`;
 * tests/unit/allegro/config/generated-files.test.ts fails when the committed files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './generated-files';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const [relativePath, content] of Object.entries(generatedFiles())) {
  const target = join(root, relativePath);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log(`wrote ${relativePath}`);
}
