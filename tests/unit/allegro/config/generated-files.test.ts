/**
 * The committed JSON Schemas and sample files must match what the sources generate.
 * When this fails, run `npm run schemas` and commit the result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../../../scripts/generated-files';
import { checkConfigText } from '../../../../src/allegro/check/config';

const root = join(__dirname, '..', '..', '..', '..');

describe('generated files', () => {
  for (const [relativePath, expected] of Object.entries(generatedFiles())) {
    it(`${relativePath} is up to date (npm run schemas)`, () => {
      const committed = readFileSync(join(root, relativePath), 'utf8');
      expect(committed === expected, `${relativePath} is stale: run npm run schemas`).toBe(true);
    });
  }

  it('the client configuration JSON Schema is strict and requires the client', () => {
    const schema = JSON.parse(generatedFiles()['static/schemas/client-config.schema.json']!) as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, unknown>;
    };
    expect(schema.required).toEqual(['client']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain('priceOffers');
  });

  it('the published clean sample passes the checker', () => {
    const text = readFileSync(join(root, 'static/samples/config-clean.json'), 'utf8');
    expect(checkConfigText(text).issues).toEqual([]);
  });
});
