/**
 * The findings of a checker or simulator as a table: code (linked to its reference section),
 * severity, where, and message. Sortable by any column; plain text only.
 *
 * Long lists (a usage file can yield thousands of stored issues) are virtualized: only the rows
 * in view are in the DOM, and aria-rowcount/aria-rowindex tell assistive technology the real
 * size and position.
 */
import React, { useMemo, useRef, useState } from 'react';
import clsx from 'clsx';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Issue, Severity } from '@site/src/allegro/issue';
import styles from './styles.module.css';

export type IssueRow = Issue & { field?: string };

export type IssueColumn = 'code' | 'severity' | 'path' | 'field' | 'line' | 'column' | 'message';

const COLUMN_LABELS: Record<IssueColumn, string> = {
  code: 'Code',
  severity: 'Severity',
  path: 'Path',
  field: 'Field',
  line: 'Line',
  column: 'Column',
  message: 'Message',
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

type SortState = { column: IssueColumn; direction: 'ascending' | 'descending' } | null;

function compareBy(column: IssueColumn, a: IssueRow, b: IssueRow): number {
  switch (column) {
    case 'severity':
      return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
    case 'line':
    case 'column': {
      // Issues without a position (file-level) sort first, as the checkers list them.
      const av = a[column] ?? -1;
      const bv = b[column] ?? -1;
      return av - bv;
    }
    default:
      return (a[column] ?? '').localeCompare(b[column] ?? '');
  }
}

/** Above this many rows only the visible ones are rendered. */
export const VIRTUALIZE_ABOVE = 150;
const ROW_ESTIMATE = 44;

export interface IssueTableProps {
  issues: readonly IssueRow[];
  /** Visible caption, also the table's accessible name. */
  caption: string;
  columns?: readonly IssueColumn[];
  /** Makes rows selectable (click, or the "line" button for keyboard users). */
  onSelect?: (issue: IssueRow) => void;
  selected?: IssueRow | null;
  /** Shown instead of the table when there are no issues. */
  emptyText?: string;
  /** Height of the scroll area when the list is virtualized. */
  maxHeight?: number;
}

export function IssueTable({
  issues,
  caption,
  columns = ['code', 'severity', 'path', 'line', 'message'],
  onSelect,
  selected,
  emptyText = 'No issues found.',
  maxHeight = 480,
}: IssueTableProps) {
  const [sort, setSort] = useState<SortState>(null);
  const sorted = useMemo(() => {
    if (!sort) return issues;
    const factor = sort.direction === 'ascending' ? 1 : -1;
    // Stable: ties keep the checker's order (by line).
    return issues
      .map((issue, index) => ({ issue, index }))
      .sort((a, b) => factor * compareBy(sort.column, a.issue, b.issue) || a.index - b.index)
      .map(({ issue }) => issue);
  }, [issues, sort]);

  const virtual = sorted.length > VIRTUALIZE_ABOVE;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- this component is not memoized by the compiler; rows re-render on scroll as intended.
  const virtualizer = useVirtualizer({
    count: virtual ? sorted.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 12,
    initialRect: { width: 800, height: maxHeight },
    // A row in a hidden container (a closed tab or <details>) measures 0 px; taking that as its
    // size would make every row "visible" and re-render without end. Keep the estimate instead.
    measureElement: (element, entry) => {
      const size = entry?.borderBoxSize?.[0]?.blockSize ?? (element as HTMLElement).offsetHeight;
      return size > 0 ? Math.round(size) : ROW_ESTIMATE;
    },
  });

  if (issues.length === 0) {
    return <p className={styles.empty}>{emptyText}</p>;
  }

  const toggleSort = (column: IssueColumn) =>
    setSort((previous) =>
      previous?.column === column
        ? previous.direction === 'ascending'
          ? { column, direction: 'descending' }
          : null
        : { column, direction: 'ascending' },
    );

  const renderRow = (issue: IssueRow, index: number, measure?: (el: Element | null) => void) => {
    const isSelected = selected != null && selected === issue;
    return (
      <tr
        key={virtual ? index : `${issue.code}-${issue.line ?? ''}-${issue.path ?? ''}-${index}`}
        ref={measure}
        data-index={index}
        aria-rowindex={index + 2}
        aria-selected={onSelect ? isSelected : undefined}
        className={clsx(isSelected && styles.selectedRow, onSelect && styles.selectableRow)}
        onClick={onSelect ? () => onSelect(issue) : undefined}
      >
        {columns.map((column) => (
          <td key={column} className={styles[`cell-${column}`]}>
            {renderCell(column, issue, onSelect)}
          </td>
        ))}
      </tr>
    );
  };

  let body: React.ReactNode;
  if (virtual) {
    const items = virtualizer.getVirtualItems();
    const before = items[0]?.start ?? 0;
    const last = items[items.length - 1];
    const after = last ? virtualizer.getTotalSize() - last.end : 0;
    body = (
      <>
        {before > 0 && (
          <tr aria-hidden="true" className={styles.spacer}>
            <td colSpan={columns.length} style={{ height: before }} />
          </tr>
        )}
        {items.map((item) => {
          const issue = sorted[item.index];
          return issue ? renderRow(issue, item.index, virtualizer.measureElement) : null;
        })}
        {after > 0 && (
          <tr aria-hidden="true" className={styles.spacer}>
            <td colSpan={columns.length} style={{ height: after }} />
          </tr>
        )}
      </>
    );
  } else {
    body = sorted.map((issue, index) => renderRow(issue, index));
  }

  return (
    <div
      ref={scrollRef}
      className={styles.tableScroll}
      style={virtual ? { maxHeight, overflowY: 'auto' } : undefined}
      // A scrolling region must be reachable by keyboard.
      tabIndex={virtual ? 0 : undefined}
      role={virtual ? 'region' : undefined}
      aria-label={virtual ? `${caption} (scrollable)` : undefined}
    >
      <table className={styles.issueTable} aria-rowcount={sorted.length + 1}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <th
                key={column}
                scope="col"
                aria-sort={sort?.column === column ? sort.direction : undefined}
              >
                <button
                  type="button"
                  className={styles.sortButton}
                  onClick={() => toggleSort(column)}
                >
                  {COLUMN_LABELS[column]}
                  <span aria-hidden="true" className={styles.sortMark}>
                    {sort?.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}

function renderCell(
  column: IssueColumn,
  issue: IssueRow,
  onSelect: ((issue: IssueRow) => void) | undefined,
): React.ReactNode {
  switch (column) {
    case 'code':
      return (
        <a href={issue.docsUrl} onClick={(event) => event.stopPropagation()}>
          <code>{issue.code}</code>
        </a>
      );
    case 'severity':
      return <span className={styles[`severity-${issue.severity}`]}>{issue.severity}</span>;
    case 'line':
      if (issue.line === undefined) return '—';
      if (!onSelect) return issue.line;
      return (
        <button
          type="button"
          className={styles.lineButton}
          aria-label={`Go to line ${issue.line} (${issue.code})`}
          onClick={(event) => {
            event.stopPropagation();
            onSelect(issue);
          }}
        >
          {issue.line}
        </button>
      );
    case 'column':
      return issue.column ?? '—';
    case 'path':
      return issue.path ? <code className={styles.path}>{issue.path}</code> : '—';
    case 'field':
      return issue.field ?? '—';
    case 'message':
      return issue.message;
  }
}

/** Count issues per code, in first-seen order; for a short summary above the table. */
export function countByCode(issues: readonly IssueRow[]): Array<{ code: string; count: number }> {
  const counts = new Map<string, number>();
  for (const issue of issues) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count }));
}
