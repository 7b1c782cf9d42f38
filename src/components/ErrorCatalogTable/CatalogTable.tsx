/**
 * Renders an error table that was built from the error catalog at build time (the remark plugin
 * plugins/error-catalog-tables fills the `table` prop from the MDX attributes). Server-rendered
 * plain HTML; the component imports no catalog data, so a page ships only its own rows.
 */
import React, { type ReactNode } from 'react';
import type { CatalogTableData, CellPart } from '@site/src/allegro/troubleshoot/catalog-tables';
import styles from './styles.module.css';

/** Renders one link; pages pass the site's Link (checked by the build), tests a plain anchor. */
export type RenderLink = (to: string, children: ReactNode) => ReactNode;

const plainLink: RenderLink = (to, children) => <a href={to}>{children}</a>;

export interface ErrorCatalogTableProps {
  /** Filled in at build time from the attributes below; see plugins/error-catalog-tables. */
  table?: CatalogTableData;
  /** Set at build time when the attributes do not describe a table. */
  tableError?: string;
  // The attributes a page writes (read by the remark plugin, not by this component).
  variant?: string;
  category?: string;
  component?: string;
  source?: string;
  ids?: string;
  api?: string;
  id?: string;
  basis?: string;
  caption?: string;
  renderLink?: RenderLink;
}

function Cell({ parts, renderLink }: { parts: readonly CellPart[]; renderLink: RenderLink }) {
  return (
    <>
      {parts.map((part, i) => (
        <React.Fragment key={i}>
          {part.href ? renderLink(part.href, part.text) : part.text}
        </React.Fragment>
      ))}
    </>
  );
}

export function CatalogTable({
  table,
  tableError,
  renderLink = plainLink,
}: ErrorCatalogTableProps) {
  if (!table) {
    return (
      <p className={styles.problem} role="alert">
        {tableError ??
          'This error table was not built: the error-catalog-tables remark plugin is not configured.'}
      </p>
    );
  }
  return (
    // Focusable like every Markdown table on the site, because a wide table scrolls sideways.
    <table data-error-catalog={table.variant} tabIndex={0}>
      {table.caption ? <caption className={styles.caption}>{table.caption}</caption> : null}
      <thead>
        <tr>
          {table.headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          <tr key={row.id ?? rowIndex} data-entry-id={row.id}>
            {row.cells.map((parts, i) =>
              i === 0 ? (
                <th key={i} scope="row" className={styles.rowHeader}>
                  <Cell parts={parts} renderLink={renderLink} />
                </th>
              ) : (
                <td key={i}>
                  <Cell parts={parts} renderLink={renderLink} />
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
