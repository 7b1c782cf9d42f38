/**
 * Domain synonyms for search: words a reader types that the pages say differently.
 *
 * One list feeds both search modes:
 * - local search (lunr in a web worker): the query is expanded client-side, see `expand-query.ts`;
 * - Algolia: pushed as a synonyms list next to the records, see `algolia.ts`.
 *
 * Every group is two-way: typing any entry also searches every other entry of its group.
 * Entries are lower-case phrases; a hyphen counts as a space (the local search splits on both).
 * Keep groups small and specific: a very common word in a group (say, "usage" alone) would
 * make almost every query match everything.
 */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  // Suspense: the screen is "Usage Suspense", records are "suspended".
  ['suspense', 'suspended usage', 'suspended records', 'usage suspense', 'stuck usage'],
  // Data Feed messages are called LOMs on the sync pages.
  ['lom', 'data feed message', 'logical object model', 'data feed event'],
  ['data feed', 'sse', 'server sent events', 'event stream'],
  // Rating output.
  ['rated usage', 'monetized usage', 'monetized usage record', 'transaction unit'],
  ['rated', 'monetized'],
  ['rating engine', 'rater'],
  // Subscriptions.
  ['mpi', 'master plan instance', 'subscription'],
  ['supplemental plan', 'add-on plan', 'supp plan'],
  // Usage sent back to core Aria.
  ['aggregated usage', 'billing aggregate', 'billing aggregated usage', 'usage aggregation'],
  // Removing records from processing.
  ['discard', 'delete', 'remove', 'throw away'],
  ['reprocess', 'retry', 'resubmit', 'rerun', 'replay'],
  // Ignored by mediation rules.
  ['ignored', 'filtered out', 'dropped'],
  // Pricing.
  ['price offer', 'price plan', 'rate plan'],
  ['tier', 'band', 'bracket'],
  ['progressive tier', 'graduated tier', 'graduated pricing'],
  ['volume rating', 'volume discount', 'volume pricing'],
  ['allowance', 'free units', 'included units', 'bundle'],
  ['roll over', 'rollover', 'carry over', 'carry forward'],
  ['unused', 'leftover', 'remaining'],
  ['accumulator', 'counter'],
  ['pooling', 'pooled usage', 'shared usage', 'usage pool'],
  ['true up', 'minimum commitment', 'min commit'],
  ['high water mark', 'peak usage'],
  ['balance group', 'balance unit', 'wallet'],
  ['rounding', 'decimal places'],
  // Inputs.
  ['source platform', 'usage source'],
  ['service id', 'provisioning id', 'device id'],
  ['usage record', 'cdr', 'udr', 'call detail record', 'usage event'],
  ['late usage', 'backdated usage', 'delayed usage'],
  // Core Aria API names, typed as words.
  ['bulk_record_usage_m', 'bulk record usage', 'bulk usage api'],
  ['record_usage_m', 'record usage api', 'single usage api'],
  ['discard_usage_m', 'discard usage api'],
  // Operations.
  ['job schedule', 'scheduler', 'cron', 'batch job'],
  ['catalog sync', 'plan sync', 'catalog synchronization'],
  ['account sync', 'customer sync', 'account synchronization'],
  ['stage current', 'staging', 'pre production', 'test environment'],
  ['section 33', 'advanced pricing options'],
  ['build order', 'create first', 'configuration order'],
  ['referenced', 'in use', 'used by'],
  ['duplicate', 'twice', 'double'],
  ['go live', 'cutover', 'launch'],
  ['multi tenancy', 'tenant', 'multiple clients'],
];
