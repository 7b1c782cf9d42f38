/**
 * The error tables of the docs pages, as plain data built from the catalog. A remark plugin
 * (plugins/error-catalog-tables) calls `buildCatalogTable` at build time and hands the result to
 * the ErrorCatalogTable component, so a page ships only its own rows, never the catalog.
 */
import type { AriaUsageApi } from '../aria/api-errors';
import { ARIA_USAGE_APIS } from '../aria/api-errors';
import type { ErrorCategory } from '../issue';
import { ERROR_CATALOG } from './catalog';
import { filterCatalog } from './catalog-filter';
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
  type EntrySource,
} from './model';

export const TABLE_VARIANTS = ['overview', 'summary', 'api-codes', 'causes'] as const;
export type TableVariant = (typeof TABLE_VARIANTS)[number];

/** What a page asks for (the component's attributes in MDX, all plain strings). */
export interface CatalogTableSpec {
  variant?: string;
  category?: string;
  component?: string;
  source?: string;
  /** Entry ids separated by spaces or commas, kept in this order. */
  ids?: string;
  api?: string;
  /** For `causes`: the entry. */
  id?: string;
  /** For `causes`: only causes with this basis. */
  basis?: string;
  caption?: string;
}

/** A piece of a cell: text, linked when `href` is set. */
export interface CellPart {
  text: string;
  href?: string;
}

export interface CatalogTableData {
  variant: TableVariant;
  caption?: string;
  headers: string[];
  /** The first cell of each row is its row header. */
  rows: { id?: string; cells: CellPart[][] }[];
}

export type CatalogTableResult =
  { ok: true; table: CatalogTableData } | { ok: false; error: string };

const CATEGORY_ORDER: readonly ErrorCategory[] = ['deployment-setup', 'functional'];
const SOURCES: readonly EntrySource[] = ['product', 'api', 'checker'];

const text = (value: string): CellPart[] => [{ text: value }];
const link = (value: string, href: string): CellPart[] => [{ text: value, href }];

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** Builds the table a page asks for; an unknown value gives an error the page shows. */
export function buildCatalogTable(
  spec: CatalogTableSpec,
  entries: readonly CatalogEntry[] = ERROR_CATALOG,
): CatalogTableResult {
  const variant = spec.variant === undefined ? 'overview' : oneOf(spec.variant, TABLE_VARIANTS);
  if (!variant) return { ok: false, error: `Unknown table variant “${spec.variant}”.` };
  const caption = spec.caption ? { caption: spec.caption } : {};

  if (variant === 'causes') {
    const entry = entries.find((e) => e.id === spec.id);
    if (!entry) return { ok: false, error: `No catalog entry with the id “${spec.id ?? ''}”.` };
    const basis = spec.basis
      ? oneOf(spec.basis, ['documented', 'inference', 'assumption'] as Basis[])
      : undefined;
    if (spec.basis && !basis) return { ok: false, error: `Unknown basis “${spec.basis}”.` };
    const causes = entry.causes.filter((cause) => !basis || cause.basis === basis);
    return {
      ok: true,
      table: {
        variant,
        ...caption,
        headers: ['Cause', 'Fix', 'Basis'],
        rows: causes.map((cause) => ({
          cells: [
            text(cause.text),
            [
              { text: cause.fix ?? entry.fix.join(' ') },
              ...(cause.docs
                ? [{ text: ' (' }, { text: cause.docs.label, href: cause.docs.url }, { text: ')' }]
                : []),
            ],
            text(BASIS_LABELS[cause.basis]),
          ],
        })),
      },
    };
  }

  if (variant === 'api-codes') {
    const api = oneOf<AriaUsageApi>(spec.api, ARIA_USAGE_APIS);
    if (!api)
      return {
        ok: false,
        error: `The api-codes table needs a known api, not “${spec.api ?? ''}”.`,
      };
    return {
      ok: true,
      table: {
        variant,
        ...caption,
        headers: ['Code', 'Meaning in core Aria', 'Likely cause on this path (inference)'],
        rows: filterCatalog({ api }, entries).map((entry) => ({
          id: entry.id,
          cells: [
            link(entry.code ?? '', entryDocsUrl(entry)),
            text(entry.summary),
            text(entry.causes.map((cause) => cause.text).join(' ')),
          ],
        })),
      },
    };
  }

  const category = spec.category ? oneOf(spec.category, CATEGORY_ORDER) : undefined;
  if (spec.category && !category)
    return { ok: false, error: `Unknown category “${spec.category}”.` };
  const component = spec.component
    ? oneOf(spec.component, Object.keys(COMPONENTS) as ComponentId[])
    : undefined;
  if (spec.component && !component) {
    return { ok: false, error: `Unknown component “${spec.component}”.` };
  }
  const source = spec.source ? oneOf(spec.source, SOURCES) : undefined;
  if (spec.source && !source) return { ok: false, error: `Unknown source “${spec.source}”.` };
  const ids = spec.ids?.split(/[\s,]+/).filter(Boolean);
  const selected = filterCatalog(
    {
      ...(category ? { category } : {}),
      ...(component ? { component } : {}),
      ...(source ? { source } : {}),
      ...(ids ? { ids } : {}),
    },
    entries,
  );
  const missing = (ids ?? []).filter((id) => !entries.some((e) => e.id === id));
  if (missing.length > 0)
    return { ok: false, error: `No catalog entry with the id “${missing.join('”, “')}”.` };
  if (selected.length === 0)
    return { ok: false, error: 'No catalog entries match this table’s filter.' };

  if (variant === 'summary') {
    return {
      ok: true,
      table: {
        variant,
        ...caption,
        headers: ['Error', 'What it means', 'What to do'],
        rows: selected.map((entry) => ({
          id: entry.id,
          cells: [
            link(entry.title, entryDocsUrl(entry)),
            text(entry.summary),
            text(entry.fix.join(' ')),
          ],
        })),
      },
    };
  }

  const sorted = [...selected].sort(
    (a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category),
  );
  return {
    ok: true,
    table: {
      variant,
      ...caption,
      headers: ['Error', 'Category', 'Where it arises', 'Reprocessing'],
      rows: sorted.map((entry) => ({
        id: entry.id,
        cells: [
          link(entry.title, entryDocsUrl(entry)),
          link(CATEGORY_LABELS[entry.category], CATEGORY_DOCS[entry.category]),
          link(COMPONENTS[entry.component].name, COMPONENTS[entry.component].docsUrl),
          text(REPROCESS_LABELS[entry.reprocess.outcome]),
        ],
      })),
    },
  };
}
