/**
 * The prefilled "report a problem" link. Building a URL sends nothing: the reader sees the
 * issue form on GitHub, can edit or drop the text, and decides whether to submit it.
 */
export type ReportIssueInput = {
  /** Repository web address, e.g. `https://github.com/owner/repo` (trailing slash allowed). */
  repoUrl: string;
  pageTitle: string;
  /** Absolute address of the page the feedback is about. */
  pageUrl: string;
  /** What the reader typed; may be empty. */
  comment: string;
};

export function buildReportIssueUrl({
  repoUrl,
  pageTitle,
  pageUrl,
  comment,
}: ReportIssueInput): string {
  const title = `Docs feedback: ${pageTitle}`;
  const body = [
    `Page: ${pageUrl}`,
    '',
    'What was missing or wrong:',
    comment.trim() === '' ? '(no comment given)' : comment.trim(),
  ].join('\n');
  const query = `title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  return `${repoUrl.replace(/\/+$/, '')}/issues/new?${query}`;
}
