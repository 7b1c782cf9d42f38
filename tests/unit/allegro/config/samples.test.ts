/**
 * The published samples: the clean one passes without a single finding, and the one with
 * mistakes produces exactly the documented findings on the documented lines.
 */
import { describe, expect, it } from 'vitest';
import { checkConfig, checkConfigText } from '../../../../src/allegro/check/config';
import {
  SAMPLE_CONFIG_CLEAN,
  SAMPLE_CONFIG_CLEAN_JSON,
  SAMPLE_CONFIG_MISTAKES,
  SAMPLE_CONFIG_WITH_MISTAKES,
} from '../../../../src/allegro/samples/config';

describe('configuration samples', () => {
  it('the clean sample has no finding at all, as data and as JSON text', () => {
    expect(checkConfig(SAMPLE_CONFIG_CLEAN).issues).toEqual([]);
    const result = checkConfigText(SAMPLE_CONFIG_CLEAN_JSON);
    expect(result.issues).toEqual([]);
    expect(result.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(result.normalized?.priceOffers).toHaveLength(4);
  });

  it('the sample with mistakes produces exactly the documented codes on the documented lines', () => {
    const result = checkConfigText(SAMPLE_CONFIG_WITH_MISTAKES);
    expect(result.issues.map((issue) => ({ code: issue.code, line: issue.line }))).toEqual(
      SAMPLE_CONFIG_MISTAKES.map(({ code, line }) => ({ code, line })),
    );
    expect(result.normalized).toBeUndefined();
  });

  it('documents every expected code in the comment block at the top of the YAML', () => {
    const header = SAMPLE_CONFIG_WITH_MISTAKES.split('\nschemaVersion:')[0] ?? '';
    for (const { code } of SAMPLE_CONFIG_MISTAKES) expect(header).toContain(code);
    const documented = header.match(/CFG-[A-Z]+-\d{3}/g) ?? [];
    expect(new Set(documented)).toEqual(new Set(SAMPLE_CONFIG_MISTAKES.map(({ code }) => code)));
  });

  it('each documented line holds the text the finding is about', () => {
    const lines = SAMPLE_CONFIG_WITH_MISTAKES.split('\n');
    const at = (line: number) => lines[line - 1] ?? '';
    expect(at(28)).toContain('name: Acme Telco');
    expect(at(36)).toContain('roundingMetod');
    expect(at(39)).toContain('ROUND_HALF');
    expect(at(94)).toContain('from: 100,');
    expect(at(143)).toContain('https://');
    expect(at(147)).toContain('kind: currency, id: USD');
  });
});
