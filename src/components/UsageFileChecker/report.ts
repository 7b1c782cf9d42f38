/**
 * Turning a usage check report into downloads (CSV, JSON) and into the short summary kept in
 * this browser. Pure functions, unit-tested.
 */
import type { UsageCheckReport } from '@site/src/allegro/check/usage';

/** Spreadsheets run cells that start like a formula; prefix those so a report opens safely. */
function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function reportToCsv(report: UsageCheckReport): string {
  const header = ['line', 'column', 'code', 'severity', 'field', 'message', 'docs'];
  const rows = report.issues.map((issue) =>
    [
      issue.line,
      issue.column,
      issue.code,
      issue.severity,
      issue.field,
      issue.message,
      issue.docsUrl,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}

export function reportToJson(report: UsageCheckReport, fileName: string): string {
  return `${JSON.stringify({ fileName, ...report }, null, 2)}\n`;
}

/** File name for a download: the checked file's name without extension, plus a suffix. */
export function reportFileName(fileName: string, extension: 'csv' | 'json'): string {
  const base = fileName.replace(/\.[^./\\]*$/, '').replace(/[^\w.-]+/g, '_') || 'usage';
  return `${base}-report.${extension}`;
}

export interface ReportSummary {
  fileName: string;
  layoutName: string;
  rows: number;
  lines: number;
  bytes: number;
  totalIssues: number;
  counts: UsageCheckReport['counts'];
  issueCountsByCode: Record<string, number>;
  truncated: boolean;
  checkedAt: string;
}

export function summarizeReport(
  report: UsageCheckReport,
  fileName: string,
  checkedAt: Date,
): ReportSummary {
  return {
    fileName,
    layoutName: report.layoutName,
    rows: report.rows,
    lines: report.lines,
    bytes: report.bytes,
    totalIssues: report.totalIssues,
    counts: report.counts,
    issueCountsByCode: report.issueCountsByCode,
    truncated: report.truncated,
    checkedAt: checkedAt.toISOString(),
  };
}

const number = (value: number) => value.toLocaleString('en-US');

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${number(count)} ${count === 1 ? one : many}`;
}

/** One sentence: "12 records on 15 lines: 14 issues (14 errors, 0 warnings, 0 notes)." */
export function describeCounts(summary: {
  rows: number;
  lines: number;
  totalIssues: number;
  counts: UsageCheckReport['counts'];
}): string {
  const { error, warning, info } = summary.counts;
  const issues =
    summary.totalIssues === 0
      ? 'no issues'
      : `${plural(summary.totalIssues, 'issue')} (${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(info, 'note')})`;
  return `${plural(summary.rows, 'record')} on ${plural(summary.lines, 'line')}: ${issues}.`;
}
