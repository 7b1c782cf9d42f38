import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAQ_TOPIC_PAGES } from './rules';

const siteDir = path.resolve(__dirname, '../..');

describe('every FAQ topic has its page', () => {
  it.each(Object.entries(FAQ_TOPIC_PAGES))('%s -> %s', (topic, file) => {
    expect(
      existsSync(path.join(siteDir, file)),
      `FAQ topic "${topic}" has no page: create ${file}`,
    ).toBe(true);
  });
});
