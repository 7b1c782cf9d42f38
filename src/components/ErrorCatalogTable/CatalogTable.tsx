/**
 * The tables themselves, without Docusaurus imports (index.tsx passes the site's Link so that the
 * build checks every link; tests pass a plain anchor).
 *
 * Tables of errors on the docs pages, rendered from the error catalog so that the pages and the
 * error decoder cannot disagree. Server-rendered plain HTML, no client state.
 *
 * It reads the product and core Aria API entries only (the checker codes have their own generated
 * reference page), so a page that shows a table does not ship the whole code registry.
 *
 * Variants:
 * - `overview` (default): error, category, where it arises, reprocessing; filter with `category`,
 *   `component`, `source` or `ids`.
 * - `api-codes`: the codes of one core Aria usage API (`api`), with meaning and likely cause.
 * - `summary`: error, what it means, what to do (the fix steps); filter as for `overview`.
 * - `causes`: the causes and fixes of one entry (`id`), optionally only those of one `basis`.
 */
import React, { createContext, useContext, type ReactNode } from 'react';
import type { AriaUsageApi } from '@site/src/allegro/aria/api-errors';
import type { ErrorCategory } from '@site/src/allegro/issue';
import { API_ENTRIES } from '@site/src/allegro/troubleshoot/api-entries';
import { filterCatalog } from '@site/src/allegro/troubleshoot/catalog-filter';
import {
  BASIS_LABELS,
  CATEGORY_DOCS,
  CATEGORY_LABELS,
  COMPONENTS,
  REPROCESS_LABELS,
  entryDocsUrl,
  type Basis,
  type CatalogEntry,
  type ComponentId,
} from '@site/src/allegro/troubleshoot/model';
import { PRODUCT_ENTRIES } from '@site/src/allegro/troubleshoot/product-entries';
import styles from './styles.module.css';

/** Renders one link; pages pass the site's Link, tests a plain anchor. */
export type RenderLink = (to: string, children: ReactNode) => ReactNode;

const plainLink: RenderLink = (to, children) => <a href={to}>{children}</a>;

const LinkContext = createContext<RenderLink>(plainLink);

function Link({ to, children }: { to: string; children?: ReactNode }) {
  const renderLink = useContext(LinkContext);
  return renderLink(to, children);
}

const ENTRIES: readonly CatalogEntry[] = [...PRODUCT_ENTRIES, ...API_ENTRIES];
const CATEGORY_ORDER: readonly ErrorCategory[] = ['deployment-setup', 'functional'];

export interface ErrorCatalogTableProps {
  variant?: 'overview' | 'summary' | 'api-codes' | 'causes';
  category?: ErrorCategory;
  component?: ComponentId;
  source?: 'product' | 'api';
  ids?: readonly string[];
  api?: AriaUsageApi;
  /** For `causes`: the entry. */
  id?: string;
  /** For `causes`: only causes with this basis. */
  basis?: Basis;
  /** Shown above the table and used as its accessible name. */
  caption?: string;
  /** How links are rendered (the site's Link in pages; a plain anchor by default). */
  renderLink?: RenderLink;
}

function Caption({ text }: { text: string | undefined }) {
  return text ? <caption className={styles.caption}>{text}</caption> : null;
}

function Problem({ children }: { children: ReactNode }) {
  return (
    <p className={styles.problem} role="alert">
      {children}
    </p>
  );
}

function OverviewTable({ entries, caption }: { entries: CatalogEntry[]; caption?: string }) {
  const sorted = [...entries].sort(
    (a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category),
  );
  return (
    <table className={styles.table} data-error-catalog="overview">
      <Caption text={caption} />
      <thead>
        <tr>
          <th scope="col">Error</th>
          <th scope="col">Category</th>
          <th scope="col">Where it arises</th>
          <th scope="col">Reprocessing</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((entry) => (
          <tr key={entry.id} data-entry-id={entry.id}>
            <th scope="row" className={styles.rowHeader}>
              <Link to={entryDocsUrl(entry)}>{entry.title}</Link>
            </th>
            <td>
              <Link to={CATEGORY_DOCS[entry.category]}>{CATEGORY_LABELS[entry.category]}</Link>
            </td>
            <td>
              <Link to={COMPONENTS[entry.component].docsUrl}>
                {COMPONENTS[entry.component].name}
              </Link>
            </td>
            <td>{REPROCESS_LABELS[entry.reprocess.outcome]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SummaryTable({ entries, caption }: { entries: CatalogEntry[]; caption?: string }) {
  return (
    <table className={styles.table} data-error-catalog="summary">
      <Caption text={caption} />
      <thead>
        <tr>
          <th scope="col">Error</th>
          <th scope="col">What it means</th>
          <th scope="col">What to do</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-entry-id={entry.id}>
            <th scope="row" className={styles.rowHeader}>
              <Link to={entryDocsUrl(entry)}>{entry.title}</Link>
            </th>
            <td>{entry.summary}</td>
            <td>{entry.fix.join(' ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ApiCodesTable({ entries, caption }: { entries: CatalogEntry[]; caption?: string }) {
  return (
    <table className={styles.table} data-error-catalog="api-codes">
      <Caption text={caption} />
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">Meaning in core Aria</th>
          <th scope="col">Likely cause on this path (inference)</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-entry-id={entry.id}>
            <th scope="row" className={styles.rowHeader}>
              <Link to={entryDocsUrl(entry)}>{entry.code}</Link>
            </th>
            <td>{entry.summary}</td>
            <td>{entry.causes.map((cause) => cause.text).join(' ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CausesTable({
  entry,
  basis,
  caption,
}: {
  entry: CatalogEntry;
  basis?: Basis;
  caption?: string;
}) {
  const causes = entry.causes.filter((cause) => !basis || cause.basis === basis);
  return (
    <table className={styles.table} data-error-catalog="causes">
      <Caption text={caption} />
      <thead>
        <tr>
          <th scope="col">Cause</th>
          <th scope="col">Fix</th>
          <th scope="col">Basis</th>
        </tr>
      </thead>
      <tbody>
        {causes.map((cause) => (
          <tr key={cause.text}>
            <th scope="row" className={styles.rowHeader}>
              {cause.text}
            </th>
            <td>
              {cause.fix ?? entry.fix.join(' ')}
              {cause.docs ? (
                <>
                  {' '}
                  (<Link to={cause.docs.url}>{cause.docs.label}</Link>)
                </>
              ) : null}
            </td>
            <td>{BASIS_LABELS[cause.basis]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CatalogTable({ renderLink = plainLink, ...props }: ErrorCatalogTableProps) {
  return (
    <LinkContext.Provider value={renderLink}>
      <CatalogTableBody {...props} />
    </LinkContext.Provider>
  );
}

function CatalogTableBody(props: Omit<ErrorCatalogTableProps, 'renderLink'>): ReactNode {
  const { variant = 'overview', caption } = props;
  if (variant === 'causes') {
    const entry = ENTRIES.find((e) => e.id === props.id);
    if (!entry) return <Problem>No catalog entry with the id “{props.id}”.</Problem>;
    return <CausesTable entry={entry} basis={props.basis} caption={caption} />;
  }
  if (variant === 'api-codes') {
    if (!props.api) return <Problem>The api-codes table needs an api.</Problem>;
    return <ApiCodesTable entries={filterCatalog({ api: props.api }, ENTRIES)} caption={caption} />;
  }
  const entries = filterCatalog(
    {
      ...(props.category ? { category: props.category } : {}),
      ...(props.component ? { component: props.component } : {}),
      ...(props.source ? { source: props.source } : {}),
      ...(props.ids ? { ids: props.ids } : {}),
    },
    props.source || props.ids ? ENTRIES : PRODUCT_ENTRIES,
  );
  if (entries.length === 0) return <Problem>No catalog entries match this table’s filter.</Problem>;
  if (variant === 'summary') return <SummaryTable entries={entries} caption={caption} />;
  return <OverviewTable entries={entries} caption={caption} />;
}
