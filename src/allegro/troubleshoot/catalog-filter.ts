/** Filtering catalog entries; kept apart from catalog.ts so that the page table can use it alone. */
import type { AriaUsageApi } from '../aria/api-errors';
import type { ErrorCategory } from '../issue';
import type { CatalogEntry, ComponentId, EntrySource } from './model';

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
  filter: CatalogFilter,
  entries: readonly CatalogEntry[],
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
