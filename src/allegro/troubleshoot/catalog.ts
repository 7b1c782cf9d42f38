/**
 * The error catalog: every error this site knows, as data. The error pages' tables, the error
 * decoder and the readiness checklists all read it, so they cannot disagree.
 *
 * Three sources, in this order:
 * - product errors (suspense reasons, sync, batches, files, schedules, prerequisites): ./product-entries
 * - the core Aria usage API codes, built from ../aria/api-errors: ./api-entries
 * - every code of the checker and simulator registry (CODES), built from ../codes: ./checker-entries
 *
 * The error-page table imports ./product-entries and ./api-entries directly so that pages do not
 * ship the whole registry.
 */
import type { ErrorCategory } from '../issue';
import type { AriaUsageApi } from '../aria/api-errors';
import { API_ENTRIES } from './api-entries';
import { CHECKER_ENTRIES } from './checker-entries';
import type { CatalogEntry, ComponentId, EntrySource } from './model';
import { PRODUCT_ENTRIES } from './product-entries';

export const ERROR_CATALOG: readonly CatalogEntry[] = [
  ...PRODUCT_ENTRIES,
  ...API_ENTRIES,
  ...CHECKER_ENTRIES,
];

const BY_ID: ReadonlyMap<string, CatalogEntry> = new Map(
  ERROR_CATALOG.map((entry) => [entry.id, entry]),
);

/** The entry with this id, or undefined. */
export function getCatalogEntry(id: string): CatalogEntry | undefined {
  return BY_ID.get(id);
}

export interface CatalogFilter {
  category?: ErrorCategory;
  component?: ComponentId;
  source?: EntrySource;
  api?: AriaUsageApi;
  /** Keep only these ids, in this order. */
  ids?: readonly string[];
}

/** Entries matching every given criterion (all entries for an empty filter). */
export function filterCatalog(
  filter: CatalogFilter = {},
  entries: readonly CatalogEntry[] = ERROR_CATALOG,
): CatalogEntry[] {
  const base = filter.ids
    ? filter.ids.flatMap((id) => entries.filter((entry) => entry.id === id))
    : entries;
  return base.filter(
    (entry) =>
      (!filter.category || entry.category === filter.category) &&
      (!filter.component || entry.component === filter.component) &&
      (!filter.source || entry.source === filter.source) &&
      (!filter.api || entry.api === filter.api),
  );
}
