/**
 * Questions as readers type them into the search box — symptoms, error numbers, API names,
 * words of their own — each with the sections that answer it (`/docs/page#anchor`, or the
 * page alone when its introduction is the answer). The first target is the best answer;
 * others are also correct. Used by the search-quality test and the latency bench.
 *
 * Write questions in a reader's words, not in the page's: a question that repeats a heading
 * proves little. Add one whenever a reader's search found nothing useful.
 */
export interface SearchQuestion {
  query: string;
  answers: readonly string[];
  /** What the question exercises, for the report. */
  kind: 'symptom' | 'code' | 'api' | 'synonym' | 'how-to';
}

export const SEARCH_QUESTIONS: readonly SearchQuestion[] = [
  // Error numbers and API names.
  {
    query: '14046',
    answers: [
      '/docs/reference/bulk-record-usage-m#error-14046',
      '/docs/reference/record-usage-m#error-14046',
    ],
    kind: 'code',
  },
  {
    query: 'bulk_record_usage_m 14046',
    answers: ['/docs/reference/bulk-record-usage-m#error-14046'],
    kind: 'code',
  },
  {
    query: 'error 1009',
    answers: [
      '/docs/reference/bulk-record-usage-m#error-1009',
      '/docs/reference/record-usage-m#error-1009',
      // The table of bulk_record_usage_m errors with their likely cause in Allegro.
      '/docs/errors/sync-reprocessing/aggregated-usage#bulk-record-usage-m-errors',
    ],
    kind: 'code',
  },
  {
    query: '23003 usage already billed',
    answers: ['/docs/reference/discard-usage-m#error-23003'],
    kind: 'code',
  },
  {
    query: 'bulk_record_usage_m',
    answers: ['/docs/reference/bulk-record-usage-m'],
    kind: 'api',
  },
  {
    query: 'record_usage_m required fields',
    answers: ['/docs/reference/record-usage-m#inputs'],
    kind: 'api',
  },
  {
    query: 'how many records per bulk call',
    answers: [
      '/docs/reference/bulk-record-usage-m',
      '/docs/reference/bulk-record-usage-m#inputs',
      '/docs/configuration/aggregate-monetized-usage#batch-size',
    ],
    kind: 'api',
  },
  // Suspense.
  {
    query: 'usage stuck in suspense',
    answers: [
      '/docs/errors/usage-suspense#what-is-suspended-usage',
      '/docs/errors/usage-suspense#suspense-reasons',
      '/docs/errors/usage-suspense',
    ],
    kind: 'symptom',
  },
  {
    query: 'phone number not linked to subscription',
    answers: ['/docs/errors/usage-suspense#no-service-found'],
    kind: 'symptom',
  },
  {
    query: 'fix suspended record before reprocessing',
    answers: [
      '/docs/errors/usage-suspense#editing-suspended-records',
      '/docs/errors/usage-suspense#fix-the-root-cause-first',
      // The simulator code for exactly this mistake, with its fix.
      '/docs/reference/issue-codes#sim-sus-005',
    ],
    kind: 'how-to',
  },
  {
    query: 'delete suspended records',
    answers: [
      '/docs/errors/usage-suspense#reprocess-or-discard',
      '/docs/errors/usage-suspense#who-can-discard',
    ],
    kind: 'synonym',
  },
  {
    query: 'who is allowed to throw away usage',
    answers: ['/docs/errors/usage-suspense#who-can-discard'],
    kind: 'synonym',
  },
  // Sync.
  {
    query: 'data feed message out of order',
    answers: ['/docs/errors/sync-reprocessing/account-sync#out-of-order-loms'],
    kind: 'synonym',
  },
  {
    query: 'child object arrives before parent',
    answers: ['/docs/errors/sync-reprocessing/account-sync#out-of-order-loms'],
    kind: 'symptom',
  },
  {
    query: 'retry failed account sync',
    answers: ['/docs/errors/sync-reprocessing/account-sync#reprocess-account-sync'],
    kind: 'synonym',
  },
  {
    query: 'synced service has no service type',
    answers: [
      '/docs/errors/sync-reprocessing/catalog-sync#missing-service-type',
      '/docs/faq/configuration-requirements#does-every-billable-service-need-a-service-type',
    ],
    kind: 'symptom',
  },
  {
    query: 'IGNORED status in activity log',
    answers: ['/docs/errors/sync-reprocessing/account-sync#account-sync-statuses'],
    kind: 'symptom',
  },
  {
    query: 'core aria rejects records from allegro',
    answers: [
      '/docs/errors/sync-reprocessing/aggregated-usage#per-record-status',
      '/docs/errors/sync-reprocessing/aggregated-usage#bulk-record-usage-m-errors',
    ],
    kind: 'symptom',
  },
  {
    query: 'billing aggregate batch errored',
    answers: [
      '/docs/errors/sync-reprocessing/aggregated-usage#batches-and-statuses',
      '/docs/errors/sync-reprocessing/aggregated-usage#reprocess-aggregated-usage',
    ],
    kind: 'synonym',
  },
  {
    query: 'per account custom rates',
    answers: [
      '/docs/faq/pricing-and-rating#can-accounts-have-customized-rates',
      '/docs/errors/sync-reprocessing/catalog-sync#customized-rates-workaround',
    ],
    kind: 'how-to',
  },
  // Rating, pooling, balances.
  {
    query: 'two subscriptions share one pool',
    answers: [
      '/docs/faq/pooling#can-different-master-plan-instances-share-a-pool',
      '/docs/configuration/system-properties#subscriptions',
    ],
    kind: 'synonym',
  },
  {
    query: 'how is rated usage sent to core aria',
    answers: [
      '/docs/faq/core-aria-and-multi-tenancy#how-does-rated-usage-get-back-to-core-aria',
      '/docs/architecture/data-flows#aggregated-usage-sync',
    ],
    kind: 'how-to',
  },
  {
    query: 'free units carry over',
    answers: [
      '/docs/faq/balance-management#do-unused-allowances-roll-over',
      '/docs/faq/future-features#will-unused-allowances-roll-over',
    ],
    kind: 'synonym',
  },
  {
    query: 'tier width times plan units',
    answers: [
      '/docs/faq/pricing-and-rating#how-does-the-usage-tier-multiplier-work',
      '/docs/reference/glossary#usage-tier-multiplier',
    ],
    kind: 'symptom',
  },
  {
    query: 'one record several charges',
    answers: [
      '/docs/faq/pricing-and-rating#can-one-usage-record-produce-several-charges',
      '/docs/configuration/building-blocks#multi-rate-usage-types',
    ],
    kind: 'how-to',
  },
  {
    query: 'peak off-peak pricing',
    answers: ['/docs/configuration/models#time-units', '/docs/reference/glossary#time-unit'],
    kind: 'how-to',
  },
  {
    query: 'round half up',
    answers: [
      '/docs/configuration/resources#rounding-methods',
      '/docs/faq/dates-tiers-and-rounding#which-rounding-methods-are-supported',
    ],
    kind: 'how-to',
  },
  {
    query: 'usage arrives after the bill',
    answers: ['/docs/faq/dates-tiers-and-rounding#what-happens-to-late-usage'],
    kind: 'symptom',
  },
  // Files and ingestion.
  {
    query: 'space in folder name',
    answers: [
      '/docs/faq/file-handling#can-names-contain-spaces',
      '/docs/configuration/source-platforms-and-mediation#folder-names',
      // The checker code for this mistake, with its fix.
      '/docs/reference/issue-codes#cfg-fld-001',
    ],
    kind: 'symptom',
  },
  {
    query: 'same record loaded twice',
    answers: ['/docs/faq/file-handling#how-are-duplicate-records-detected'],
    kind: 'symptom',
  },
  {
    query: 'send usage through API',
    answers: [
      '/docs/faq/usage-ingestion#can-allegro-read-usage-from-an-api',
      '/docs/faq/future-features#will-allegro-accept-usage-through-an-api',
    ],
    kind: 'how-to',
  },
  // Configuration and setup.
  {
    query: 'advanced pricing options missing in admin UI',
    answers: [
      '/docs/configuration/core-aria-prerequisites#section-33',
      '/docs/reference/glossary#section-33',
    ],
    kind: 'symptom',
  },
  {
    query: "can't delete price offer in use",
    answers: ['/docs/configuration/build-order#deleting-referenced-objects'],
    kind: 'symptom',
  },
  {
    query: 'which objects to create first',
    answers: [
      '/docs/configuration/build-order#build-order',
      '/docs/faq/configuration-requirements#in-what-order-should-allegro-be-configured',
    ],
    kind: 'how-to',
  },
  {
    query: 'kafka consumer missing no error',
    answers: [
      '/docs/architecture/components#kafka-topics',
      '/docs/architecture/failure-points#setup-failures',
      // Its first row describes exactly this symptom.
      '/docs/architecture/failure-points#failure-point-table',
    ],
    kind: 'symptom',
  },
  {
    query: 'test environment before production',
    answers: [
      '/docs/faq/deployment-model#which-environment-should-we-use-before-go-live',
      '/docs/errors/error-categories#stage-current-go-live',
    ],
    kind: 'synonym',
  },
  {
    query: 'how long is raw usage kept',
    answers: ['/docs/faq/deployment-model#how-long-is-usage-data-kept-online'],
    kind: 'how-to',
  },
  {
    query: 'invoice waits for allegro jobs',
    answers: [
      '/docs/faq/core-aria-and-multi-tenancy#how-do-allegro-jobs-fit-with-core-aria-billing',
      '/docs/configuration/core-aria-prerequisites#batch-job-interdependence',
      '/docs/architecture/data-flows#daily-job-schedule',
    ],
    kind: 'symptom',
  },
  {
    query: 'what is an MPI',
    answers: ['/docs/reference/glossary#mpi'],
    kind: 'how-to',
  },
  // Written after the ranking was tuned, and kept as they scored: a check against over-fitting.
  {
    query: 'billable service missing service type error',
    answers: [
      '/docs/errors/sync-reprocessing/catalog-sync#missing-service-type',
      '/docs/faq/configuration-requirements#does-every-billable-service-need-a-service-type',
    ],
    kind: 'symptom',
  },
  {
    query: 'how to reprocess suspended usage',
    answers: ['/docs/errors/usage-suspense#reprocess-or-discard'],
    kind: 'how-to',
  },
  {
    query: 'where do I upload usage files',
    answers: [
      '/docs/faq/file-handling#where-do-files-go-in-s3',
      '/docs/faq/usage-ingestion#can-i-upload-a-usage-file-by-hand',
      '/docs/faq/usage-ingestion#does-allegro-push-or-pull-usage-files',
    ],
    kind: 'how-to',
  },
  {
    query: 'does allegro replace aria billing',
    answers: ['/docs/faq/core-aria-and-multi-tenancy#does-allegro-replace-core-aria'],
    kind: 'how-to',
  },
  {
    query: 'catalog change not showing in allegro',
    answers: [
      '/docs/errors/sync-reprocessing/catalog-sync',
      '/docs/faq/core-aria-and-multi-tenancy#how-does-data-reach-allegro-from-core-aria',
      '/docs/configuration/core-aria-prerequisites#data-feed',
    ],
    kind: 'symptom',
  },
  {
    query: 'pause usage from one source',
    answers: ['/docs/faq/usage-ingestion#can-i-pause-ingestion-for-one-source-platform'],
    kind: 'how-to',
  },
  {
    query: 'empty price plan after sync',
    answers: [
      '/docs/errors/sync-reprocessing/catalog-sync#shell-price-offers',
      '/docs/faq/pricing-and-rating#can-i-create-price-plans-in-allegro',
    ],
    kind: 'symptom',
  },
  {
    query: 'change an ID after saving',
    answers: [
      '/docs/configuration/build-order#ids-are-read-only',
      '/docs/faq/configuration-requirements#can-i-delete-or-rename-a-configuration-item',
    ],
    kind: 'how-to',
  },
  {
    query: 'volume discount in a pool',
    answers: ['/docs/faq/pooling#how-does-volume-discount-work-with-pooling'],
    kind: 'how-to',
  },
  {
    query: 'prorate monthly fee',
    answers: ['/docs/faq/dates-tiers-and-rounding#how-is-a-recurring-charge-prorated'],
    kind: 'how-to',
  },
  {
    query: 'what date format for usage',
    answers: ['/docs/faq/dates-tiers-and-rounding#what-date-format-and-time-zone-apply'],
    kind: 'how-to',
  },
  {
    query: 'premium edition features',
    answers: [
      '/docs/faq/roadmap-dependencies#which-features-need-premium',
      '/docs/faq/deployment-model#what-is-the-difference-between-standard-and-premium',
    ],
    kind: 'how-to',
  },
  {
    query: 'records filtered by mediation rule',
    answers: [
      '/docs/configuration/source-platforms-and-mediation#mediation-rules',
      '/docs/errors/usage-suspense#mediation-reprocess',
    ],
    kind: 'symptom',
  },
  {
    query: 'turn aggregation off',
    answers: ['/docs/configuration/aggregate-monetized-usage#aggregation-switch'],
    kind: 'how-to',
  },
  {
    query: 'discard_usage_m record not found',
    answers: ['/docs/reference/discard-usage-m#error-23002'],
    kind: 'api',
  },
];

/**
 * Questions whose answer pages were planned but not built when the list was written; they are
 * added to SEARCH_QUESTIONS once the page exists (the quality test lists them as pending).
 */
export const PENDING_QUESTIONS: readonly SearchQuestion[] = [
  {
    query: 'CFG-REF-001',
    answers: ['/docs/reference/issue-codes#cfg-ref-001'],
    kind: 'code',
  },
];
