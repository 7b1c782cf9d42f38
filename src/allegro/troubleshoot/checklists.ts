/**
 * Readiness checklists: deployment and set-up of a client, and go-live in Stage Current.
 *
 * Each item says what must be true, why it matters and where the docs explain it. Items that the
 * configuration checker can decide name the codes that make them fail (optionally only under one
 * path of the document) and the parts of the document they need; `verifyChecklist` turns a
 * checker result into pass / fail / unknown per item. Everything else stays a manual tick.
 *
 * Pure data and functions: no checker import here (see checklist-verify.ts), so the data can be
 * read by tests and pages without the checker.
 */
import { CONFIG_CODES } from '../check/config-codes';
import type { Issue } from '../issue';

export interface ChecklistCheck {
  /** A configuration checker code that makes the item fail. */
  code: string;
  /** Only issues whose path starts with this count (for codes used across the document). */
  pathPrefix?: string;
}

export interface ChecklistVerification {
  /** Findings that make the item fail. */
  failOn: readonly ChecklistCheck[];
  /** Findings that mean the configuration does not record what the item needs (unknown, not fail). */
  unknownOn?: readonly string[];
  /** Dotted paths that must be present and non-empty, or the item cannot be judged. */
  needs?: readonly string[];
}

export interface ChecklistItem {
  id: string;
  text: string;
  why: string;
  docs: { url: string; label: string };
  verify?: ChecklistVerification;
}

export interface ChecklistSection {
  id: string;
  title: string;
  items: readonly ChecklistItem[];
}

export type ChecklistId = 'deployment' | 'go-live';

export interface Checklist {
  id: ChecklistId;
  title: string;
  sections: readonly ChecklistSection[];
}

const codes = (...list: string[]): ChecklistCheck[] => list.map((code) => ({ code }));

/** Every registered configuration code of the given families, e.g. `CFG-REF`. */
function familyCodes(...families: string[]): ChecklistCheck[] {
  return CONFIG_CODES.filter((c) => families.some((f) => c.code.startsWith(`${f}-`))).map((c) => ({
    code: c.code,
  }));
}

const PREREQUISITES_UNRECORDED = ['CFG-CORE-006'];

export const DEPLOYMENT_CHECKLIST: Checklist = {
  id: 'deployment',
  title: 'Deployment and set-up readiness',
  sections: [
    {
      id: 'core-aria',
      title: 'Core Aria prerequisites',
      items: [
        {
          id: 'dep-data-feed',
          text: 'Aria support has enabled the Data Feed for the client, and Stream Object Subscription publishes the catalog, account and plan instance objects.',
          why: 'Catalog and account data reach Allegro only through the Data Feed. Without it nothing syncs, and the symptom is silence rather than an error.',
          docs: {
            url: '/docs/configuration/core-aria-prerequisites#data-feed',
            label: 'Data Feed',
          },
          verify: { failOn: codes('CFG-CORE-001'), unknownOn: PREREQUISITES_UNRECORDED },
        },
        {
          id: 'dep-section-33',
          text: 'Aria support has enabled Section 33, so the Advanced Pricing options show in Aria Admin UI.',
          why: 'Without them, plans cannot be flagged for Allegro pricing and services cannot grant allowances or accumulators.',
          docs: {
            url: '/docs/configuration/core-aria-prerequisites#section-33',
            label: 'Section 33',
          },
          verify: { failOn: codes('CFG-CORE-002'), unknownOn: PREREQUISITES_UNRECORDED },
        },
        {
          id: 'dep-base-url',
          text: 'The core Aria parameter adv_usage_pricing_system_base_url holds the Allegro UI address without http:// or https://.',
          why: 'Core Aria needs to know where the Allegro UI lives; the value is entered without the protocol.',
          docs: {
            url: '/docs/configuration/core-aria-prerequisites#allegro-base-url',
            label: 'Allegro base URL',
          },
          verify: {
            failOn: codes('CFG-CORE-003', 'CFG-CORE-004'),
            unknownOn: PREREQUISITES_UNRECORDED,
          },
        },
        {
          id: 'dep-batch-interdependence',
          text: 'Batch-job interdependence is configured: core Aria’s nightly batch waits for Allegro’s daily job schedule.',
          why: 'Without it, invoices can run before the day’s usage has been aggregated and sent, and that usage misses the invoice.',
          docs: {
            url: '/docs/configuration/core-aria-prerequisites#batch-job-interdependence',
            label: 'Batch job interdependence',
          },
          verify: { failOn: codes('CFG-CORE-005'), unknownOn: PREREQUISITES_UNRECORDED },
        },
        {
          id: 'dep-pricing-flags',
          text: 'Plans priced in Allegro are flagged for advanced usage pricing in core Aria, and only activation or recurring services carry the Add Allowance or Add Accumulators flags.',
          why: 'The flags decide what catalog sync creates in Allegro; a plan without them is not priced there.',
          docs: {
            url: '/docs/configuration/core-aria-prerequisites#advanced-pricing-flags',
            label: 'Advanced pricing flags',
          },
        },
      ],
    },
    {
      id: 'file-transfer',
      title: 'File transfer and folder access',
      items: [
        {
          id: 'dep-transfer',
          text: 'For every source platform, the push or pull transfer (S3 or SFTP) is set up, with access control and transfer scripts on both sides.',
          why: 'Files are the only way usage enters Allegro today; each direction needs access and scripts that someone has to provide.',
          docs: {
            url: '/docs/faq/usage-ingestion#does-allegro-push-or-pull-usage-files',
            label: 'Push or pull',
          },
        },
        {
          id: 'dep-folder-access',
          text: 'DevOps has granted access to the client’s S3 folder tree, and a test file placed in an input folder moves to processing.',
          why: 'A file that cannot be placed or picked up never enters Allegro, so nothing shows in the usage screens.',
          docs: {
            url: '/docs/architecture/components#allegro-s3',
            label: 'Allegro S3 folder tree',
          },
        },
      ],
    },
    {
      id: 'source-platforms',
      title: 'Source platforms and mediation',
      items: [
        {
          id: 'dep-source-platforms',
          text: 'Every system that sends usage is configured as a source platform, with the service type and usage record type of each feed.',
          why: 'The folder tree, the mapping and the processing stream are all set up per source platform and feed.',
          docs: {
            url: '/docs/configuration/source-platforms-and-mediation#source-platforms',
            label: 'Source platforms',
          },
          verify: {
            failOn: [
              { code: 'CFG-REF-004', pathPrefix: 'sourcePlatforms' },
              { code: 'CFG-DUP-001', pathPrefix: 'sourcePlatforms' },
              { code: 'CFG-SCH-001', pathPrefix: 'sourcePlatforms' },
            ],
            needs: ['sourcePlatforms'],
          },
        },
        {
          id: 'dep-folder-names',
          text: 'Names that become folders (client, source platform, service type, usage record type) contain no spaces.',
          why: 'These names build the path client/mediation/source platform/service type/usage record type/input, where spaces are to be avoided.',
          docs: {
            url: '/docs/configuration/source-platforms-and-mediation#folder-names',
            label: 'Folder names',
          },
          verify: { failOn: codes('CFG-FLD-001'), needs: ['client'] },
        },
        {
          id: 'dep-mapping',
          text: 'A mapping exists for every file layout and record type, and a sample file of each passes the usage file checker.',
          why: 'A file whose layout has no mapping fails in Parse and Load, before any business rule runs.',
          docs: {
            url: '/docs/configuration/source-platforms-and-mediation#mapping',
            label: 'Mapping',
          },
        },
      ],
    },
    {
      id: 'streams-and-schedules',
      title: 'Processing streams and job schedules',
      items: [
        {
          id: 'dep-processing-streams',
          text: 'There is exactly one processing stream for each service type, source platform and usage record type that receives files.',
          why: 'Files of a combination without a processing stream are not rated.',
          docs: {
            url: '/docs/configuration/processing-streams-and-job-schedules#processing-streams',
            label: 'Processing streams',
          },
          verify: {
            failOn: codes('CFG-STR-001', 'CFG-STR-002'),
            needs: ['sourcePlatforms'],
          },
        },
        {
          id: 'dep-daily-schedule',
          text: 'The client has exactly one DAILY job schedule, and job schedule names are unique.',
          why: 'The default daily schedule is mandatory when Allegro is used, and core Aria’s batch waits for it.',
          docs: {
            url: '/docs/configuration/processing-streams-and-job-schedules#daily-schedule',
            label: 'The daily schedule',
          },
          verify: { failOn: codes('CFG-JOB-001', 'CFG-JOB-002', 'CFG-JOB-003', 'CFG-CHG-003') },
        },
        {
          id: 'dep-aggregation-schedule',
          text: 'Aggregation of monetized usage runs on a schedule that exists (DAILY, or a named SCHEDULED job schedule).',
          why: 'The scheduler starts the aggregation that sends rated usage to core Aria; without a valid schedule nothing is sent.',
          docs: {
            url: '/docs/configuration/aggregate-monetized-usage#aggregation-switch',
            label: 'Aggregation switch',
          },
          verify: {
            failOn: codes('CFG-AGG-005', 'CFG-REF-009'),
            needs: ['aggregateMonetizedUsage'],
          },
        },
        {
          id: 'dep-kafka',
          text: 'Every Kafka topic (mediation, usage processing, Data Feed, aggregated batch) has a working producer and consumer.',
          why: 'Aria’s architecture notes call this the most important set-up item; a topic without a consumer stops work silently.',
          docs: { url: '/docs/architecture/components#kafka-topics', label: 'Kafka topics' },
        },
      ],
    },
    {
      id: 'configuration-and-catalog',
      title: 'Configuration and catalog sync',
      items: [
        {
          id: 'dep-build-order',
          text: 'The Allegro configuration is complete, in build order, with no missing references or duplicate ids.',
          why: 'All configuration must be complete before monetization models can be used, and Allegro refuses references to objects that do not exist yet.',
          docs: { url: '/docs/configuration/build-order#build-order', label: 'Build order' },
          verify: { failOn: familyCodes('CFG-SCH', 'CFG-REF', 'CFG-ORD', 'CFG-DUP') },
        },
        {
          id: 'dep-catalog-sync',
          text: 'Catalog sync has completed: usage types, billable services and shell price offers from core Aria are in Allegro, and no catalog sync entry is in status Error.',
          why: 'Allegro never creates catalog objects itself; pricing and rating wait for them.',
          docs: {
            url: '/docs/errors/sync-reprocessing/catalog-sync#reprocess-catalog-sync',
            label: 'Reprocess catalog sync',
          },
        },
        {
          id: 'dep-smoke-test',
          text: 'A smoke test passed after the deployment: a small known file per source platform was rated, a change in core Aria appeared in sync activity, and one aggregation reached core Aria.',
          why: 'Deployment and set-up errors are best caught by quick tests after every deployment, onboarding and upgrade.',
          docs: {
            url: '/docs/errors/error-categories#deployment-and-setup-errors',
            label: 'Deployment and setup errors',
          },
        },
      ],
    },
  ],
};

export const GO_LIVE_CHECKLIST: Checklist = {
  id: 'go-live',
  title: 'Go-live readiness in Stage Current',
  sections: [
    {
      id: 'catalog-and-pricing',
      title: 'Catalog and pricing',
      items: [
        {
          id: 'go-service-types',
          text: 'Every billable service has a service type.',
          why: 'A billable service without one fails catalog sync, and its usage cannot be grouped or priced.',
          docs: {
            url: '/docs/errors/sync-reprocessing/catalog-sync#missing-service-type',
            label: 'Missing service type',
          },
          verify: {
            failOn: codes('CFG-BLD-001', 'CFG-ORD-002'),
            needs: ['buildingBlocks.billableServices'],
          },
        },
        {
          id: 'go-pricing',
          text: 'Every price offer has pricing, and every usage service has a price offer.',
          why: 'A shell price offer left without pricing syncs without error, but its usage cannot be priced.',
          docs: {
            url: '/docs/errors/sync-reprocessing/catalog-sync#shell-price-offers',
            label: 'Shell price offers',
          },
          verify: {
            failOn: [
              { code: 'CFG-PRC-014' },
              { code: 'CFG-SCH-001', pathPrefix: 'priceOffers' },
              { code: 'CFG-SCH-006', pathPrefix: 'priceOffers' },
            ],
            needs: ['priceOffers'],
          },
        },
        {
          id: 'go-tiers',
          text: 'Tiers and pricing rules are consistent: no gaps or overlaps, and no combination of rules that cannot work together.',
          why: 'Rating follows the tiers as configured; a gap leaves quantities without a rate.',
          docs: { url: '/docs/configuration/price-offers#tier-types', label: 'Tier types' },
          verify: { failOn: familyCodes('CFG-TIER', 'CFG-PRC'), needs: ['priceOffers'] },
        },
        {
          id: 'go-currencies',
          text: 'Every currency in use is configured with a known rounding method.',
          why: 'Amounts are rounded with the currency’s method; a price offer on an unknown currency cannot be used.',
          docs: {
            url: '/docs/configuration/resources#rounding-methods',
            label: 'Rounding methods',
          },
          verify: {
            failOn: [
              { code: 'CFG-RES-001' },
              { code: 'CFG-REF-001' },
              { code: 'CFG-SCH-001', pathPrefix: 'resources.currencies' },
            ],
            needs: ['resources.currencies'],
          },
        },
        {
          id: 'go-aggregation-mapping',
          text: 'Aggregate monetized usage maps an account or plan instance locator, a usage type and the units for bulk_record_usage_m.',
          why: 'Core Aria rejects aggregated records without them (error 1010).',
          docs: {
            url: '/docs/configuration/aggregate-monetized-usage#attribute-mappings',
            label: 'Attribute mappings',
          },
          verify: {
            failOn: codes('CFG-AGG-001', 'CFG-AGG-002', 'CFG-AGG-003'),
            needs: ['aggregateMonetizedUsage'],
          },
        },
      ],
    },
    {
      id: 'test-processing',
      title: 'Test data processed in Stage Current',
      items: [
        {
          id: 'go-account-sync',
          text: 'Test accounts and plan instances arrived through account sync, and no account sync entry is in status Error.',
          why: 'Rating finds the subscription of each service ID in Allegro; accounts typed in by hand skip the path production uses.',
          docs: {
            url: '/docs/errors/sync-reprocessing/account-sync#reprocess-account-sync',
            label: 'Reprocess account sync',
          },
        },
        {
          id: 'go-test-files',
          text: 'Representative test files from every source platform were processed, including usage near service start, suspension and end dates.',
          why: 'Usage close to those dates is a known source of suspense; the happy path alone hides it.',
          docs: {
            url: '/docs/errors/error-categories#stage-current-go-live',
            label: 'A go-live project in Stage Current',
          },
        },
        {
          id: 'go-no-mediation-errors',
          text: 'No test file has records left in error in Parse and Load or mediation.',
          why: 'Records that fail before rating never reach suspense; they wait on the Mediation Reprocess tab.',
          docs: {
            url: '/docs/errors/usage-suspense#mediation-reprocess',
            label: 'Mediation reprocess',
          },
        },
        {
          id: 'go-no-suspense',
          text: 'No suspended records are left from the test files: each reason was fixed and reprocessed, or discarded for an agreed reason.',
          why: 'Suspended usage is billable usage that is not billed until someone acts.',
          docs: {
            url: '/docs/errors/usage-suspense#reprocess-or-discard',
            label: 'Reprocess or discard',
          },
        },
        {
          id: 'go-discard-roles',
          text: 'It is agreed who may discard suspended usage, and that role has the permission in Aria Admin UI.',
          why: 'Only authorised users may discard, and discarded usage is never billed.',
          docs: { url: '/docs/errors/usage-suspense#who-can-discard', label: 'Who can discard' },
        },
      ],
    },
    {
      id: 'billing',
      title: 'Billing and reconciliation',
      items: [
        {
          id: 'go-aggregated-usage',
          text: 'Aggregated usage reaches core Aria: no errored batches and none stuck in process.',
          why: 'Usage rated in Allegro is invoiced only once bulk_record_usage_m has loaded it into core Aria.',
          docs: {
            url: '/docs/errors/sync-reprocessing/aggregated-usage#reprocess-aggregated-usage',
            label: 'Reprocess aggregated usage',
          },
        },
        {
          id: 'go-reconcile',
          text: 'For a full billing cycle, rated totals in Allegro equal the usage loaded in core Aria and the amounts on the invoice.',
          why: 'Reconciling end to end is the only proof that mapping, rating, aggregation and invoicing agree.',
          docs: {
            url: '/docs/errors/error-categories#stage-current-go-live',
            label: 'A go-live project in Stage Current',
          },
        },
        {
          id: 'go-daily-schedule-runs',
          text: 'The daily job schedule completed on every day of the test cycle, and core Aria’s batch waited for it.',
          why: 'A failed daily schedule needs a person before invoicing can continue.',
          docs: {
            url: '/docs/configuration/processing-streams-and-job-schedules#daily-schedule',
            label: 'The daily schedule',
          },
        },
        {
          id: 'go-acceptance',
          text: 'Go-live acceptance criteria are agreed with Aria and the finance team.',
          why: 'The public documentation gives no go-live checklist or acceptance criteria.',
          docs: {
            url: '/docs/errors/error-categories#stage-current-go-live',
            label: 'A go-live project in Stage Current',
          },
        },
      ],
    },
  ],
};

export const CHECKLISTS: Readonly<Record<ChecklistId, Checklist>> = {
  deployment: DEPLOYMENT_CHECKLIST,
  'go-live': GO_LIVE_CHECKLIST,
};

export function checklistItems(checklist: Checklist): ChecklistItem[] {
  return checklist.sections.flatMap((section) => [...section.items]);
}

// --- Verification ------------------------------------------------------------------------------

export type ItemVerdict =
  | { status: 'pass' }
  | { status: 'fail'; issues: Pick<Issue, 'code' | 'message' | 'line' | 'docsUrl'>[] }
  | { status: 'unknown'; reason: string };

export interface ChecklistVerificationResult {
  /** False when the configuration could not be read; then no item is judged. */
  readable: boolean;
  /** Why it could not be read (the first syntax finding). */
  problem?: string;
  verdicts: Record<string, ItemVerdict>;
}

const UNREADABLE = /^CFG-(?:SYN|INT)-/;

function valueAt(doc: unknown, path: string): unknown {
  let current: unknown = doc;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/**
 * Judges the automatically checkable items of a checklist from a configuration checker result
 * and the parsed document. Items without `verify` get no verdict.
 */
export function verifyChecklist(
  checklist: Checklist,
  issues: readonly Issue[],
  doc: unknown,
): ChecklistVerificationResult {
  const blocking = issues.find((issue) => UNREADABLE.test(issue.code));
  if (blocking || doc === undefined || doc === null || typeof doc !== 'object') {
    return {
      readable: false,
      problem: blocking
        ? `${blocking.code}${blocking.line ? ` (line ${blocking.line})` : ''}: ${blocking.message}`
        : 'The text is not a configuration document.',
      verdicts: {},
    };
  }
  const verdicts: Record<string, ItemVerdict> = {};
  for (const item of checklistItems(checklist)) {
    const verify = item.verify;
    if (!verify) continue;
    const failing = issues.filter((issue) =>
      verify.failOn.some(
        (check) =>
          check.code === issue.code &&
          (!check.pathPrefix || (issue.path ?? '').startsWith(check.pathPrefix)),
      ),
    );
    if (failing.length > 0) {
      verdicts[item.id] = {
        status: 'fail',
        issues: failing.map(({ code, message, line, docsUrl }) => ({
          code,
          message,
          docsUrl,
          ...(line !== undefined ? { line } : {}),
        })),
      };
      continue;
    }
    const unrecorded = issues.find((issue) => verify.unknownOn?.includes(issue.code));
    if (unrecorded) {
      verdicts[item.id] = {
        status: 'unknown',
        reason: `${unrecorded.code}: ${unrecorded.message}`,
      };
      continue;
    }
    const missing = (verify.needs ?? []).filter((path) => !isPresent(valueAt(doc, path)));
    if (missing.length > 0) {
      verdicts[item.id] = {
        status: 'unknown',
        reason: `The configuration does not include ${missing.join(', ')}, so this cannot be checked.`,
      };
      continue;
    }
    verdicts[item.id] = { status: 'pass' };
  }
  return { readable: true, verdicts };
}

// --- Export ------------------------------------------------------------------------------------

export interface ChecklistProgress {
  ticked: Readonly<Record<string, boolean>>;
  verdicts?: Readonly<Record<string, ItemVerdict>>;
}

/** The checklist as Markdown task lists, with the verification outcome of each item. */
export function checklistToMarkdown(
  checklist: Checklist,
  progress: ChecklistProgress,
  exportedOn: string,
): string {
  const items = checklistItems(checklist);
  const done = items.filter((item) => progress.ticked[item.id]).length;
  const lines = [
    `# ${checklist.title}`,
    '',
    `Exported ${exportedOn}: ${done} of ${items.length} items done.`,
  ];
  for (const section of checklist.sections) {
    lines.push('', `## ${section.title}`, '');
    for (const item of section.items) {
      const mark = progress.ticked[item.id] ? 'x' : ' ';
      const verdict = progress.verdicts?.[item.id];
      let note = '';
      if (verdict?.status === 'pass') note = ' (verified from the configuration)';
      else if (verdict?.status === 'fail') {
        note = ` (configuration check failed: ${verdict.issues
          .map((i) => `${i.code}${i.line ? ` line ${i.line}` : ''}`)
          .join(', ')})`;
      } else if (verdict?.status === 'unknown') note = ' (could not be verified automatically)';
      lines.push(`- [${mark}] ${item.text}${note}`);
      lines.push(`  Why: ${item.why} See ${item.docs.label}: ${item.docs.url}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
