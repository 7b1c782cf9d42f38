/** Small building blocks shared by the in-page tools (checkers and simulators). */
export { IssueTable, countByCode, VIRTUALIZE_ABOVE } from './IssueTable';
export type { IssueRow, IssueColumn, IssueTableProps } from './IssueTable';
export { CopyLinkButton, copyText } from './CopyLinkButton';
export { LiveRegion } from './LiveRegion';
export { CopyableCode } from './CopyableCode';
export { downloadText } from './download';
