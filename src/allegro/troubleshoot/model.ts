/**
 * Shapes of the error catalog: where an error arises (component and data flow), how it is
 * recognised (patterns), what to do about it (causes, fix steps) and whether the affected records
 * can be reprocessed. Pure data and types: the table on the error pages imports this module, so
 * it must stay small and free of heavy imports (no zod, no simulators).
 */
import type { ErrorCategory, Severity } from '../issue';
import type { AriaUsageApi } from '../aria/api-errors';

/** How well a statement is backed by the public documentation. */
export type Basis = 'documented' | 'inference' | 'assumption';

export const BASIS_LABELS: Readonly<Record<Basis, string>> = {
  documented: 'Documented',
  inference: 'Inference',
  assumption: 'Assumption',
};

/**
 * The services of docs/architecture/components.mdx (same names and anchors), plus core Aria
 * (outside Allegro) and this site's own tools (for codes that only the simulators raise).
 */
export const COMPONENTS = {
  'usage-sources-and-file-transfer': {
    name: 'Usage sources and file transfer',
    docsUrl: '/docs/architecture/components#usage-sources-and-file-transfer',
  },
  'allegro-s3': {
    name: 'Allegro S3 folder tree',
    docsUrl: '/docs/architecture/components#allegro-s3',
  },
  'apache-nifi': {
    name: 'Apache NiFi gateway',
    docsUrl: '/docs/architecture/components#apache-nifi',
  },
  'mediation-service': {
    name: 'Mediation service',
    docsUrl: '/docs/architecture/components#mediation-service',
  },
  'usage-processing-service': {
    name: 'Usage processing service',
    docsUrl: '/docs/architecture/components#usage-processing-service',
  },
  'cache-service': {
    name: 'Cache service',
    docsUrl: '/docs/architecture/components#cache-service',
  },
  'allegro-ui-and-core-service': {
    name: 'Allegro UI and core service',
    docsUrl: '/docs/architecture/components#allegro-ui-and-core-service',
  },
  'sync-service': { name: 'Sync service', docsUrl: '/docs/architecture/components#sync-service' },
  'operations-service-and-scheduler': {
    name: 'Operations service and scheduler',
    docsUrl: '/docs/architecture/components#operations-service-and-scheduler',
  },
  database: { name: 'Database', docsUrl: '/docs/architecture/components#database' },
  'kafka-topics': { name: 'Kafka topics', docsUrl: '/docs/architecture/components#kafka-topics' },
  'core-aria': {
    name: 'Core Aria (outside Allegro)',
    docsUrl: '/docs/reference/glossary#core-aria',
  },
  'site-tools': { name: 'This site’s simulators (not part of Allegro)', docsUrl: '/docs/tools' },
} as const satisfies Record<string, { name: string; docsUrl: string }>;

export type ComponentId = keyof typeof COMPONENTS;

/** The data flows of docs/architecture/data-flows.mdx, plus set-up and direct API use. */
export const DATA_FLOWS = {
  configuration: {
    name: 'Configuration and set-up (before any data flows)',
    docsUrl: '/docs/configuration/build-order#build-order',
  },
  'usage-flow': {
    name: 'Usage in: from file to monetized record',
    docsUrl: '/docs/architecture/data-flows#usage-flow',
  },
  'catalog-and-account-sync': {
    name: 'Catalog and account sync in (Data Feed)',
    docsUrl: '/docs/architecture/data-flows#catalog-and-account-sync',
  },
  'aggregated-usage-sync': {
    name: 'Aggregated usage out (bulk_record_usage_m)',
    docsUrl: '/docs/architecture/data-flows#aggregated-usage-sync',
  },
  'minimum-commitment-true-ups': {
    name: 'Minimum-commitment true-ups (create_order_m)',
    docsUrl: '/docs/architecture/data-flows#minimum-commitment-true-ups',
  },
  'daily-job-schedule': {
    name: 'Daily job schedule and core Aria batch',
    docsUrl: '/docs/architecture/data-flows#daily-job-schedule',
  },
  'core-aria-usage-api': {
    name: 'A direct call to a core Aria usage API',
    docsUrl: '/docs/reference',
  },
  'site-tool': { name: 'A simulator on this site', docsUrl: '/docs/tools' },
} as const satisfies Record<string, { name: string; docsUrl: string }>;

export type DataFlowId = keyof typeof DATA_FLOWS;

/**
 * The simulator pages that show what reprocessing does. One place to change if a page moves;
 * a content test checks that each path is a real page.
 */
export const SIMULATORS = {
  suspense: {
    name: 'Suspense reprocessing simulator',
    path: '/docs/tools/suspense-simulator',
  },
  sync: {
    name: 'Sync reprocessing simulator',
    path: '/docs/tools/sync-simulator',
  },
  aggregation: {
    name: 'Aggregated usage batch simulator',
    path: '/docs/tools/aggregated-usage-simulator',
  },
} as const satisfies Record<string, { name: string; path: string }>;

export type SimulatorId = keyof typeof SIMULATORS;

/**
 * How an error is recognised in pasted text.
 * - `code`: an issue code of this site's checkers and simulators, e.g. CFG-REF-001.
 * - `api-code`: a numeric error code of a core Aria usage API, found next to words such as
 *   "error_code", "record_error_code", "error" or "code" (or written as `1009: text`).
 * - `text`: message text; `{name}` marks a variable part (a value that differs each time), the
 *   rest matches case-insensitively with any run of white space. `needsContext` lists words of
 *   which at least one must appear somewhere in the paste, for phrases too common on their own.
 * - `api-code-unlisted`: a number in the same error-code position that no API table lists, in a
 *   paste that names a core Aria usage API.
 * - `regex`: a JavaScript pattern for what a template cannot say; `anchors` are literals of which
 *   every match contains one (used to find candidate lines fast).
 * `basis` says whether the wording is documented or only this site's expectation.
 */
export type ErrorPattern =
  | { kind: 'code'; code: string }
  | { kind: 'api-code'; api: AriaUsageApi; code: number }
  | { kind: 'api-code-unlisted' }
  | { kind: 'text'; template: string; basis: Basis; needsContext?: readonly string[] }
  | {
      kind: 'regex';
      source: string;
      /** Literals of which every match contains at least one (lower case unless caseSensitive). */
      anchors: readonly string[];
      caseSensitive?: boolean;
      basis: Basis;
      /** What it matches, in words (shown instead of the regex). */
      describes: string;
    };

export interface Cause {
  text: string;
  basis: Basis;
  /** The fix that belongs to this cause, when causes have different fixes. */
  fix?: string;
  /** A docs section with the steps of that fix. */
  docs?: { url: string; label: string };
}

/** Whether and how the records an error stopped can go through again. */
export type ReprocessOutcome =
  /** Fix the cause, then reprocess: the same records succeed. */
  | 'after-fix'
  /** Reprocess once something else has happened (a parent arrived, a batch finished). */
  | 'after-wait'
  /** No records were stopped, so there is nothing to reprocess (set-up or configuration). */
  | 'nothing-to-reprocess'
  /** The records cannot be reprocessed; they have to be sent again or handled another way. */
  | 'not-reprocessable'
  /** The public documentation does not say. */
  | 'unknown';

export const REPROCESS_LABELS: Readonly<Record<ReprocessOutcome, string>> = {
  'after-fix': 'Reprocess after fixing the cause',
  'after-wait': 'Reprocess once the missing piece has arrived',
  'nothing-to-reprocess': 'Nothing to reprocess: fix the set-up',
  'not-reprocessable': 'Not reprocessable: send again or handle otherwise',
  unknown: 'Not stated in the public documentation',
};

export interface Reprocessing {
  outcome: ReprocessOutcome;
  /** How, in one or two sentences. */
  how: string;
  /** The screen where it is done (menu path), when known. */
  where?: string;
  /** The simulator page that shows the outcome of reprocessing this error. */
  simulator?: SimulatorId;
}

/** Where an entry comes from: product knowledge, a core Aria API table, or a checker code. */
export type EntrySource = 'product' | 'api' | 'checker';

export interface CatalogEntry {
  /** Stable id: a kebab-case name, `bulk_record_usage_m-1009` style for API codes, the code for checker codes. */
  id: string;
  source: EntrySource;
  title: string;
  /** What the error means, in one or two sentences. */
  summary: string;
  category: ErrorCategory;
  /** The public pages define the two categories but assign no error to them. */
  categoryBasis: Basis;
  severity: Severity;
  component: ComponentId;
  flow: DataFlowId;
  /** Likely causes, most likely first. */
  causes: readonly Cause[];
  /** Fix steps in order. */
  fix: readonly string[];
  reprocess: Reprocessing;
  /** The docs section that explains the error. */
  docs: { page: string; anchor?: string };
  patterns: readonly ErrorPattern[];
  /** Checker code (CFG-REF-001) or API code as text (1009). */
  code?: string;
  api?: AriaUsageApi;
  /** Ids of entries that are worth reading together with this one. */
  related?: readonly string[];
  /** For checker codes: the generated issue-code reference section. */
  referenceUrl?: string;
}

/** Site path with anchor of the docs section that explains an entry. */
export function entryDocsUrl(entry: Pick<CatalogEntry, 'docs'>): string {
  return entry.docs.anchor ? `${entry.docs.page}#${entry.docs.anchor}` : entry.docs.page;
}

export const CATEGORY_LABELS: Readonly<Record<ErrorCategory, string>> = {
  'deployment-setup': 'Deployment and setup',
  functional: 'Functional',
};

/** Anchors on docs/errors/error-categories.mdx that explain each category. */
export const CATEGORY_DOCS: Readonly<Record<ErrorCategory, string>> = {
  'deployment-setup': '/docs/errors/error-categories#deployment-and-setup-errors',
  functional: '/docs/errors/error-categories#functional-errors',
};
