import { describe, expect, it } from 'vitest';
import { checkUsageText } from '@site/src/allegro';
import { SAMPLE_LAYOUT_COMMA, SAMPLE_USAGE_COMMA_BAD } from '@site/src/allegro/samples/usage';
import {
  describeCounts,
  reportFileName,
  reportToCsv,
  reportToJson,
  summarizeReport,
} from '@site/src/components/UsageFileChecker/report';
import Papa from 'papaparse';

const report = checkUsageText(SAMPLE_USAGE_COMMA_BAD, SAMPLE_LAYOUT_COMMA);

describe('usage report downloads', () => {
  it('CSV has one row per listed issue and round-trips through a CSV parser', () => {
    const csv = reportToCsv(report);
    const parsed = Papa.parse<string[]>(csv.trim(), { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([
      'line',
      'column',
      'code',
      'severity',
      'field',
      'message',
      'docs',
    ]);
    expect(parsed.data).toHaveLength(report.issues.length + 1);
    const duplicate = parsed.data.find((row) => row[2] === 'USG-DUP-001');
    expect(duplicate?.[0]).toBe('3');
    expect(duplicate?.[6]).toBe('/docs/reference/issue-codes#usg-dup-001');
  });

  it('CSV cells that look like formulas are neutralised', () => {
    const csv = reportToCsv({
      ...report,
      issues: [
        {
          code: 'USG-VAL-004',
          severity: 'error',
          message: '=HYPERLINK("http://example.invalid")',
          field: '+usage_units',
          line: 1,
          docsUrl: '/x',
        },
      ],
    });
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
    expect(csv).toContain(`'+usage_units`);
  });

  it('JSON holds the file name and the whole report', () => {
    const json = JSON.parse(reportToJson(report, 'march.csv')) as Record<string, unknown>;
    expect(json.fileName).toBe('march.csv');
    expect(json.totalIssues).toBe(14);
    expect((json.issues as unknown[]).length).toBe(report.issues.length);
  });

  it('names downloads after the checked file', () => {
    expect(reportFileName('usage-comma-bad.csv', 'csv')).toBe('usage-comma-bad-report.csv');
    expect(reportFileName('my file (1).txt', 'json')).toBe('my_file_1_-report.json');
    expect(reportFileName('.csv', 'json')).toBe('usage-report.json');
  });

  it('summarizes counts in one sentence', () => {
    const summary = summarizeReport(report, 'a.csv', new Date('2026-03-16T10:00:00Z'));
    expect(summary.checkedAt).toBe('2026-03-16T10:00:00.000Z');
    expect(describeCounts(summary)).toBe(
      '15 records on 15 lines: 14 issues (13 errors, 1 warning, 0 notes).',
    );
    expect(
      describeCounts({
        rows: 1,
        lines: 1,
        totalIssues: 0,
        counts: { error: 0, warning: 0, info: 0 },
      }),
    ).toBe('1 record on 1 line: no issues.');
  });
});
