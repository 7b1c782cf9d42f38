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
import { API_ENTRIES } from './api-entries';
import { CHECKER_ENTRIES } from './checker-entries';
import { filterCatalog as filterEntries, type CatalogFilter } from './catalog-filter';
import type { CatalogEntry } from './model';
import { PRODUCT_ENTRIES } from './product-entries';

export type { CatalogFilter } from './catalog-filter';

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

/** Entries of the whole catalog matching every given criterion. */
export function filterCatalog(
  filter: CatalogFilter = {},
  entries: readonly CatalogEntry[] = ERROR_CATALOG,
): CatalogEntry[] {
  return filterEntries(filter, entries);
}
