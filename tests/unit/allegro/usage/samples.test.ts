import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUsageText, parseFileLayout } from '../../../../src/allegro';
import {
  SAMPLE_LAYOUT_COMMA,
  SAMPLE_USAGE_COMMA_BAD,
  SAMPLE_USAGE_COMMA_CLEAN,
  USAGE_SAMPLES,
  usageSampleFiles,
} from '../../../../src/allegro/samples/usage';

const root = join(__dirname, '..', '..', '..', '..');

describe.each(USAGE_SAMPLES)('sample $id', (sample) => {
  it('has a valid layout', () => {
    const parsed = parseFileLayout(sample.layout);
    expect(parsed.issues).toEqual([]);
    expect(parsed.layout?.name).toBe(sample.layout.name);
  });

  it('clean file: no issues at all', () => {
    const report = checkUsageText(sample.clean, sample.layout);
    expect(report.issues).toEqual([]);
    expect(report.totalIssues).toBe(0);
    expect(report.detailRows).toBeGreaterThan(2);
  });

  it('bad file: exactly the documented line → code list, with the documented field', () => {
    const report = checkUsageText(sample.bad, sample.layout);
    expect(report.issues.map((i) => ({ line: i.line, code: i.code, field: i.field }))).toEqual(
      sample.expected.map((row) => ({ line: row.line, code: row.code, field: row.field })),
    );
  });
});

describe('sample numbers', () => {
  it('comma clean: 5 detail records adding up to 274.5, as its trailer says', () => {
    const report = checkUsageText(SAMPLE_USAGE_COMMA_CLEAN, SAMPLE_LAYOUT_COMMA);
    expect(report.recordCount).toEqual({
      field: 'record_count',
      counts: 'detail',
      computed: 5,
      trailerValue: '5',
    });
    expect(report.controlTotal?.computed).toBe('274.5');
    // A quoted comment spans two lines: 7 records on 8 lines.
    expect(report.rows).toBe(7);
    expect(report.lines).toBe(8);
  });

  it('comma bad: 12 detail records, valid usage_units sum to 41.5', () => {
    const report = checkUsageText(SAMPLE_USAGE_COMMA_BAD, SAMPLE_LAYOUT_COMMA);
    expect(report.detailRows).toBe(12);
    expect(report.controlTotal).toMatchObject({ computed: '41.5', trailerValue: '40' });
    expect(report.counts).toEqual({ error: 13, warning: 1, info: 0 });
  });
});

describe('static sample files', () => {
  it('match src/allegro/samples/usage.ts (run scripts/generate-usage-samples.ts after a change)', () => {
    for (const [relativePath, content] of Object.entries(usageSampleFiles())) {
      expect(readFileSync(join(root, relativePath), 'utf8'), relativePath).toBe(content);
    }
  });
});
