/**
 * Errors of the product itself: suspense reasons, sync failures, aggregated usage batches,
 * Parse and Load and mediation failures, job schedules and the core Aria prerequisites.
 *
 * Only the suspense reason "No Service found for the service (provisioning) id" is a documented
 * message text. The real wording of every other message is not public: those patterns match the
 * words this site's simulators use or the words a log is likely to contain, and they are marked
 * `basis: 'inference'` or `'assumption'` so that the decoder can say so.
 */
import type { CatalogEntry } from './model';

const SUSPENSE_SCREEN = 'Usage → Usage Activity → Usage Suspense → Suspense Reprocess';
const MEDIATION_SCREEN = 'Usage → Usage Activity → Usage Suspense → Mediation Reprocess';
const ACCOUNT_SYNC_SCREEN = 'Usage → Billing Sync Reprocess → Account';
const CATALOG_SYNC_SCREEN =
  'Usage → Billing Sync Reprocess, catalog part (the exact menu entry is not public)';
const AGGREGATED_SCREEN =
  'Usage → Billing Sync Reprocess, aggregated usage (under Usage Activity before Release 68)';
const JOB_SCREEN = 'Job Schedule Execution screen';

/**
 * The reason texts of usage suspense. The first is documented; the second is this site's
 * assumption and must stay equal to the text the suspense simulator shows (a unit test compares
 * them, without the catalog importing the simulator).
 */
export const SUSPENSE_REASON_TEXTS = {
  NO_SERVICE_FOUND: 'No Service found for the service (provisioning) id',
  NO_PRICE_FOUND: 'No price found for the service type and usage type',
} as const;

export const PRODUCT_ENTRIES: readonly CatalogEntry[] = [
  // --- Usage suspense (rating) -------------------------------------------------------------
  {
    id: 'suspense-no-service-found',
    source: 'product',
    title: 'Suspended: No Service found for the service (provisioning) id',
    summary:
      'Rating could not tie the record’s service ID to a service type in any subscription of the account for the record’s start and end time, so the record waits in usage suspense.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'warning',
    component: 'usage-processing-service',
    flow: 'usage-flow',
    causes: [
      {
        text: 'The account has no plan instance that carries this service ID.',
        basis: 'documented',
        fix: 'Add the plan instance in core Aria, effective no later than the earliest usage date, and let it sync.',
      },
      {
        text: 'The plan instance exists in core Aria but has not reached Allegro yet.',
        basis: 'documented',
        fix: 'Wait until it is listed in the account’s Subscription view in Allegro.',
      },
      {
        text: 'The plan instance failed to sync into Allegro (an account sync entry in status Error).',
        basis: 'documented',
        fix: 'Fix and reprocess that account sync entry first, then reprocess the suspended records.',
        docs: {
          url: '/docs/errors/sync-reprocessing/account-sync#reprocess-account-sync',
          label: 'reprocess account sync',
        },
      },
      {
        text: 'The usage is dated before the plan instance became effective, or after it ended.',
        basis: 'inference',
        fix: 'Where the business allows it, move the effective date in core Aria so that it covers the usage, and let it sync.',
      },
    ],
    fix: [
      'Open Usage Suspense, expand the file and open the row of this reason to list its records.',
      'Look up the account and service ID of a few records in the account’s Subscription view.',
      'Fix the cause that applies (see the causes) in core Aria or through sync reprocessing.',
      'Reprocess the suspended records, at file, error-code or record level.',
    ],
    reprocess: {
      outcome: 'after-fix',
      how: 'Once the subscription covers the records, reprocessing rates them. Reprocessing before the fix leaves them in suspense.',
      where: SUSPENSE_SCREEN,
      simulator: 'suspense',
    },
    docs: { page: '/docs/errors/usage-suspense', anchor: 'no-service-found' },
    patterns: [
      { kind: 'text', template: SUSPENSE_REASON_TEXTS.NO_SERVICE_FOUND, basis: 'documented' },
      { kind: 'text', template: 'No Service found for {service id}', basis: 'inference' },
    ],
    related: ['subscription-sync-failed', 'usage-outside-plan-instance-dates', 'SIM-SUS-001'],
  },
  {
    id: 'suspense-no-price-found',
    source: 'product',
    title: 'Suspended: no price for the service type and usage type (assumed reason)',
    summary:
      'The subscription was found, but no price offer with rates covers the record’s service type and usage type. The public documentation does not list this reason; its wording here is the one this site’s suspense simulator uses.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'warning',
    component: 'usage-processing-service',
    flow: 'usage-flow',
    causes: [
      {
        text: 'Catalog sync created a shell price offer for the plan and nobody attached Allegro pricing to it.',
        basis: 'inference',
      },
      {
        text: 'Pricing exists, but for another usage type, service or currency than the record needs.',
        basis: 'assumption',
      },
    ],
    fix: [
      'Find the price offer for the plan, rate schedule and service of the record.',
      'Attach a pricing model and rates that cover the usage type.',
      'Reprocess the suspended records.',
    ],
    reprocess: {
      outcome: 'after-fix',
      how: 'After the pricing is attached, reprocessing rates the records.',
      where: SUSPENSE_SCREEN,
      simulator: 'suspense',
    },
    docs: { page: '/docs/errors/usage-suspense', anchor: 'suspense-reasons' },
    patterns: [
      { kind: 'text', template: SUSPENSE_REASON_TEXTS.NO_PRICE_FOUND, basis: 'assumption' },
      {
        kind: 'regex',
        source: String.raw`\bno\s+(?:price|pricing|rate)s?\s+(?:found|defined|configured)\s+for\b`,
        anchors: ['no price', 'no pricing', 'no rate'],
        basis: 'assumption',
        describes: 'wording such as “no price found for …”',
      },
    ],
    related: ['price-offer-without-pricing', 'SIM-SUS-002'],
  },
  {
    id: 'suspense-suspended-count',
    source: 'product',
    title: 'A file’s statistics show suspended records',
    summary:
      'Some records of the file were read and mediated but could not be rated. They are held in usage suspense as billable usage, each under a reason code.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'warning',
    component: 'usage-processing-service',
    flow: 'usage-flow',
    causes: [
      {
        text: 'No subscription covers the records’ service IDs at their dates (No Service found).',
        basis: 'documented',
      },
      { text: 'The account or its reference data was set up wrongly.', basis: 'documented' },
      {
        text: 'The usage lies close to a service start, suspension or end date.',
        basis: 'documented',
      },
      { text: 'The price offer has no pricing for the usage type.', basis: 'inference' },
    ],
    fix: [
      'Open Usage Suspense and expand the file: there is one row per reason code.',
      'Handle each reason as its own error (paste the reason text here to decode it).',
      'Check sync reprocessing for account or catalog entries in Error first; clearing them often clears many suspended records.',
    ],
    reprocess: {
      outcome: 'after-fix',
      how: 'Fix each reason’s cause, then reprocess the file or the reason’s records.',
      where: SUSPENSE_SCREEN,
      simulator: 'suspense',
    },
    docs: { page: '/docs/errors/usage-suspense', anchor: 'what-is-suspended-usage' },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\bsuspended\s+count\b\D{0,12}[1-9]`,
        anchors: ['suspended count'],
        basis: 'documented',
        describes: 'a “Suspended Count” statistic above zero',
      },
    ],
    related: ['suspense-no-service-found', 'suspense-no-price-found'],
  },
  {
    id: 'suspense-edit-refused',
    source: 'product',
    title: 'A suspended record cannot be edited',
    summary:
      'Allegro does not allow changes to a suspended record before reprocessing, so that every rated record can be traced back to its source file.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'info',
    component: 'allegro-ui-and-core-service',
    flow: 'usage-flow',
    causes: [
      {
        text: 'Someone tried to correct the record itself instead of the configuration or reference data.',
        basis: 'documented',
      },
    ],
    fix: [
      'Fix the configuration or the subscription data that caused the suspense, then reprocess.',
      'If the record itself is wrong, have the source send a corrected file and discard the wrong record.',
    ],
    reprocess: {
      outcome: 'after-fix',
      how: 'Reprocess after fixing the cause; the record goes through unchanged.',
      where: SUSPENSE_SCREEN,
      simulator: 'suspense',
    },
    docs: { page: '/docs/errors/usage-suspense', anchor: 'editing-suspended-records' },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\b(?:cannot|can't|can not|not\s+allowed\s+to|unable\s+to)\s+(?:be\s+)?edit(?:ed)?\b[^\n]{0,60}?\bsuspend|\bsuspended\s+(?:usage\s+)?records?\b[^\n]{0,40}?\b(?:cannot|can't|can not)\s+be\s+edited`,
        anchors: ['edit'],
        basis: 'inference',
        describes: 'wording saying a suspended record cannot be edited',
      },
    ],
    related: ['SIM-SUS-003'],
  },
  {
    id: 'suspense-discard-not-permitted',
    source: 'product',
    title: 'Discarding suspended usage is refused for this user',
    summary:
      'Only authorised users may discard suspended records. Roles are built in Aria Admin UI and mapped to Allegro permissions; the name of the permission is not public.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'warning',
    component: 'allegro-ui-and-core-service',
    flow: 'usage-flow',
    causes: [
      { text: 'The user’s role does not include the discard permission.', basis: 'documented' },
    ],
    fix: [
      'Ask a user who may discard, or have an administrator grant the permission in Aria Admin UI.',
      'Discard only for test or demo data, agreed non-billing, or records that a corrected delta file replaces.',
    ],
    reprocess: {
      outcome: 'not-reprocessable',
      how: 'Discarded records are out of processing for good; to bill them after all, the source has to send them again.',
      where: SUSPENSE_SCREEN,
      simulator: 'suspense',
    },
    docs: { page: '/docs/errors/usage-suspense', anchor: 'who-can-discard' },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\b(?:not\s+(?:authori[sz]ed|permitted|allowed)|permission\s+denied|forbidden|insufficient\s+(?:permission|privilege)s?)\b[^\n]{0,60}?\bdiscard|\bdiscard\w*\b[^\n]{0,60}?\b(?:not\s+(?:authori[sz]ed|permitted|allowed)|permission\s+denied|forbidden|insufficient\s+(?:permission|privilege)s?)\b`,
        anchors: ['discard'],
        basis: 'inference',
        describes: 'a refusal (not authorised, forbidden) next to the word discard',
      },
    ],
    related: ['SIM-SUS-004'],
  },
  {
    id: 'usage-outside-plan-instance-dates',
    source: 'product',
    title: 'Usage dated outside the plan instance’s active dates',
    summary:
      'The plan instance exists, but not at the moment of the usage: it starts after the record or ended before it. This site expects rating to report it as No Service found.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'warning',
    component: 'usage-processing-service',
    flow: 'usage-flow',
    causes: [
      {
        text: 'The plan instance’s effective date is later than the usage (often a late order entry).',
        basis: 'inference',
      },
      {
        text: 'The usage lies close to a service start, suspension or end date.',
        basis: 'documented',
      },
    ],
    fix: [
      'Check the plan instance’s effective dates in core Aria against the record’s start and end.',
      'Where the business allows it, move the effective date so that it covers the usage; let it sync.',
      'Reprocess the suspended records.',
    ],
    reprocess: {
      outcome: 'after-fix',
      how: 'Once the dates cover the usage, reprocessing rates the records.',
      where: SUSPENSE_SCREEN,
      simulator: 'suspense',
    },
    docs: { page: '/docs/errors/usage-suspense', anchor: 'no-service-found' },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\b(?:usage|record)s?\b[^\n]{0,60}?\b(?:before|after|outside)\s+(?:the\s+)?(?:plan\s+instance|subscription)(?:'s|’s)?\s+(?:was\s+active|effective|start|end|active\s+dates)`,
        anchors: ['plan instance', 'subscription'],
        basis: 'inference',
        describes: 'wording such as “usage dated before the plan instance was active”',
      },
    ],
    related: ['suspense-no-service-found', 'USG-REF-001', 'USG-REF-002'],
  },

  // --- Parse and Load, mediation, file transfer ----------------------------------------------
  {
    id: 'parse-and-load-error',
    source: 'product',
    title: 'File or records failed in Parse and Load',
    summary:
      'The file could not be read into records: it sat in the wrong folder, was badly formatted, or no mapping matched its layout. Nothing about business rules has run yet.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'error',
    component: 'apache-nifi',
    flow: 'usage-flow',
    causes: [
      {
        text: 'The file or some records do not match the layout (delimiter, field count, dates).',
        basis: 'documented',
      },
      {
        text: 'The file was placed in a folder other than the input folder of its source platform, service type and usage record type.',
        basis: 'documented',
      },
      { text: 'No mapping exists for the file’s layout or record type.', basis: 'documented' },
    ],
    fix: [
      'Check the file against its layout with the usage file checker on this site.',
      'Check the path: client, mediation, source platform, service type, usage record type, input.',
      'Correct the mapping, or have the source send a corrected file.',
    ],
    reprocess: {
      outcome: 'after-fix',
      how: 'By our reading, records that fail before rating are handled on the Mediation Reprocess tab once the mapping is fixed; a file that could not be read at all is sent again.',
      where: MEDIATION_SCREEN,
    },
    docs: { page: '/docs/configuration/source-platforms-and-mediation', anchor: 'mapping' },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\bpars(?:e|ing)\s*(?:and|&)\s*load\b[^\n]{0,60}?\b(?:error|errors|failed|failure)\b|\bpars(?:e|ing)\s*(?:and|&)\s*load\b[^\n]{0,30}?\berror\s+count\b\D{0,12}[1-9]`,
        anchors: ['load'],
        basis: 'inference',
        describes: 'Parse and Load followed by error, failed or an error count',
      },
      {
        kind: 'regex',
        source: String.raw`\bno\s+mapping\b[^\n]{0,40}?\b(?:found|defined|configured|for)\b|\bmapping\s+(?:not\s+found|is\s+missing|missing)\b`,
        anchors: ['mapping'],
        basis: 'inference',
        describes: 'wording such as “no mapping found for …”',
      },
    ],
    related: ['mediation-error'],
  },
  {
    id: 'mediation-error',
    source: 'product',
    title: 'Records failed in mediation',
    summary:
      'Records were read but the mediation rules (mapping, filter, enrichment) could not process them. They never reach rating and are not in usage suspense.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'error',
    component: 'mediation-service',
    flow: 'usage-flow',
    causes: [
      { text: 'The mapping does not fit the real file.', basis: 'documented' },
      {
        text: 'A filter or enrichment rule is wrong, for example a date reformat that does not match the data.',
        basis: 'documented',
      },
      {
        text: 'The rule files for this source platform, service type and usage record type are missing or outdated.',
        basis: 'inference',
      },
    ],
    fix: [
      'Open the file’s row on the Mediation Reprocess tab to see the failing records.',
      'Correct the mapping or the rule, and upload the corrected rule files.',
      'Reprocess the file’s failed records from the Mediation Reprocess tab.',
    ],
    reprocess: {
      outcome: 'after-fix',
      how: 'After the corrected rule files are in place, reprocess from the Mediation Reprocess tab.',
      where: MEDIATION_SCREEN,
    },
    docs: { page: '/docs/errors/usage-suspense', anchor: 'mediation-reprocess' },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`(?<![/\\])\bmediation\b(?![/\\])[^\n]{0,60}?\b(?:error|errors|failed|failure)\b|\bmediation\b[^\n]{0,30}?\berror\s+count\b\D{0,12}[1-9]`,
        anchors: ['mediation'],
        basis: 'inference',
        describes: 'mediation followed by error, failed or an error count',
      },
      {
        kind: 'regex',
        source: String.raw`\b(?:enrichment|filter)\s+rule\b[^\n]{0,60}?\b(?:error|failed|failure|invalid)\b`,
        anchors: ['rule'],
        basis: 'inference',
        describes: 'an enrichment or filter rule that failed',
      },
    ],
    related: ['parse-and-load-error'],
  },
  {
    id: 'storage-access-denied',
    source: 'product',
    title: 'File transfer or S3 folder access refused',
    summary:
      'Files cannot be placed in, or fetched from, the client’s folder tree. The file never enters Allegro, so nothing shows up in the usage screens.',
    category: 'deployment-setup',
    categoryBasis: 'inference',
    severity: 'error',
    component: 'allegro-s3',
    flow: 'usage-flow',
    causes: [
      {
        text: 'DevOps has not granted the user or transfer job access to the client’s folder tree.',
        basis: 'documented',
      },
      {
        text: 'A name in the folder path contains a space (client, source platform, service type or usage record type).',
        basis: 'documented',
      },
      {
        text: 'The transfer scripts or keys for the push or pull direction are not set up.',
        basis: 'documented',
      },
      { text: 'The file was written outside an input folder.', basis: 'inference' },
    ],
    fix: [
      'Ask DevOps to grant access to the client’s folder tree for the user or job that transfers files.',
      'Rename configuration items whose names contain spaces before the tree is used.',
      'Place one small known file in each input folder and confirm it moves to processing.',
    ],
    reprocess: {
      outcome: 'nothing-to-reprocess',
      how: 'Nothing was loaded, so there is nothing to reprocess: transfer the file again once access works.',
    },
    docs: { page: '/docs/configuration/source-platforms-and-mediation', anchor: 'folder-names' },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\bAccess\s?Denied\b|\bNoSuchBucket\b|\bAllAccessDisabled\b`,
        anchors: ['denied', 'nosuchbucket', 'allaccessdisabled'],
        basis: 'inference',
        describes: 'Amazon S3 refusals such as AccessDenied or NoSuchBucket',
      },
      {
        kind: 'regex',
        source: String.raw`\bpermission\s+denied\s*\((?:publickey|password|keyboard-interactive)`,
        anchors: ['permission denied'],
        basis: 'inference',
        describes: 'an SFTP sign-in refusal (Permission denied (publickey …))',
      },
    ],
    related: ['CFG-FLD-001'],
  },

  // --- Core Aria prerequisites and platform --------------------------------------------------
  {
    id: 'data-feed-not-enabled',
    source: 'product',
    title: 'Data Feed not enabled, or the object is not subscribed',
    summary:
      'Core Aria does not publish the catalog or account changes Allegro needs, so no catalog or account objects arrive and no sync activity is logged for them.',
    category: 'deployment-setup',
    categoryBasis: 'inference',
    severity: 'error',
    component: 'core-aria',
    flow: 'catalog-and-account-sync',
    causes: [
      { text: 'Aria support has not enabled the Data Feed for the client.', basis: 'documented' },
      {
        text: 'Stream Object Subscription does not include the object group (account, plan instance, catalog).',
        basis: 'documented',
      },
      {
        text: 'The consumer of the Data Feed topic in Allegro is not working.',
        basis: 'documented',
      },
    ],
    fix: [
      'Ask Aria support to enable the Data Feed and Stream Object Subscription for the client.',
      'Save a harmless change to a plan or account in core Aria and confirm that it shows in Allegro’s sync activity.',
      'Ask support how objects created before the switch are published; the public pages do not say.',
    ],
    reprocess: {
      outcome: 'nothing-to-reprocess',
      how: 'No activity records were written, so there is nothing to reprocess. The Data Feed keeps events for 48 hours; older changes may have to be made again in core Aria to be published.',
    },
    docs: { page: '/docs/configuration/core-aria-prerequisites', anchor: 'data-feed' },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\bdata\s*feed\b[^\n]{0,40}?\b(?:not\s+enabled|disabled|is\s+off|not\s+active|not\s+configured)\b`,
        anchors: ['feed'],
        basis: 'inference',
        describes: 'Data Feed followed by not enabled or disabled',
      },
      {
        kind: 'regex',
        source: String.raw`\bstream\s+object\s+subscription\b`,
        anchors: ['stream object subscription'],
        basis: 'documented',
        describes: 'the Stream Object Subscription setting',
      },
    ],
    related: ['CFG-CORE-001', 'kafka-topic-setup'],
  },
  {
    id: 'section-33-not-enabled',
    source: 'product',
    title: 'Section 33 not enabled: advanced pricing options missing',
    summary:
      'The Advanced Pricing options are not shown in Aria Admin UI, so plans cannot be flagged for Allegro pricing and services cannot grant allowances or accumulators.',
    category: 'deployment-setup',
    categoryBasis: 'inference',
    severity: 'error',
    component: 'core-aria',
    flow: 'configuration',
    causes: [
      { text: 'Aria support has not enabled Section 33 for the client.', basis: 'documented' },
    ],
    fix: [
      'Ask Aria support to enable Section 33, together with the Data Feed.',
      'Flag the plans priced in Allegro for advanced usage pricing, then save them so catalog sync picks them up.',
    ],
    reprocess: {
      outcome: 'nothing-to-reprocess',
      how: 'Nothing to reprocess; plans saved after the fix are published to Allegro by catalog sync.',
    },
    docs: { page: '/docs/configuration/core-aria-prerequisites', anchor: 'section-33' },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\bsection\s*33\b`,
        anchors: ['section'],
        basis: 'documented',
        describes: 'the name Section 33',
      },
      {
        kind: 'regex',
        source: String.raw`\badvanced\s+(?:usage\s+)?pricing\b[^\n]{0,40}?\b(?:missing|not\s+(?:available|shown|visible|enabled)|greyed\s+out|disabled)\b`,
        anchors: ['advanced'],
        basis: 'inference',
        describes: 'advanced pricing options reported missing or disabled',
      },
    ],
    related: ['CFG-CORE-002'],
  },
  {
    id: 'allegro-base-url-wrong',
    source: 'product',
    title: 'Allegro base URL parameter wrong in core Aria',
    summary:
      'The core Aria parameter adv_usage_pricing_system_base_url holds the Allegro UI address without the protocol. What fails when it is wrong is not described publicly.',
    category: 'deployment-setup',
    categoryBasis: 'inference',
    severity: 'error',
    component: 'core-aria',
    flow: 'configuration',
    causes: [
      { text: 'The value was entered with http:// or https://.', basis: 'documented' },
      { text: 'The value points at another environment’s host.', basis: 'inference' },
      { text: 'The value has a trailing slash, a query string or spaces.', basis: 'inference' },
    ],
    fix: [
      'Compare the value with the address you use to open the Allegro UI.',
      'Ask Aria support to store host and path only, for example secure.current.stage.ariasystems.net/ui/allegro.',
    ],
    reprocess: {
      outcome: 'nothing-to-reprocess',
      how: 'A set-up value: nothing to reprocess.',
    },
    docs: { page: '/docs/configuration/core-aria-prerequisites', anchor: 'allegro-base-url' },
    patterns: [
      { kind: 'text', template: 'adv_usage_pricing_system_base_url', basis: 'documented' },
    ],
    related: ['CFG-CORE-003', 'CFG-CORE-004'],
  },
  {
    id: 'batch-job-interdependence-missing',
    source: 'product',
    title: 'Core Aria invoices before Allegro’s daily schedule has sent the usage',
    summary:
      'Without batch-job interdependence, core Aria’s nightly batch does not wait for Allegro’s daily job schedule, so the day’s usage can miss the invoice.',
    category: 'deployment-setup',
    categoryBasis: 'inference',
    severity: 'warning',
    component: 'core-aria',
    flow: 'daily-job-schedule',
    causes: [
      {
        text: 'Aria support has not configured batch-job interdependence for the client.',
        basis: 'documented',
      },
      {
        text: 'The daily schedule failed and nobody intervened before invoicing.',
        basis: 'inference',
      },
    ],
    fix: [
      'Ask Aria support to configure batch-job interdependence (Release 68 and later).',
      'Check the daily schedule’s execution every morning and agree who acts on a failure.',
    ],
    reprocess: {
      outcome: 'unknown',
      how: 'Nothing in Allegro needs reprocessing. Whether usage that missed an invoice appears on the next one is not stated publicly; check it in core Aria. Re-rating and re-billing are roadmap items.',
    },
    docs: {
      page: '/docs/configuration/core-aria-prerequisites',
      anchor: 'batch-job-interdependence',
    },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\bbatch[\s-]*job\s+interdependenc[ey]\b|\binterdependenc[ey]\b`,
        anchors: ['interdependen'],
        basis: 'documented',
        describes: 'the name batch-job interdependence',
      },
      {
        kind: 'regex',
        source: String.raw`\busage\b[^\n]{0,60}?\b(?:missing\s+from|not\s+on|missed)\s+(?:the\s+)?invoice\b`,
        anchors: ['invoice'],
        basis: 'inference',
        describes: 'usage reported missing from an invoice',
      },
    ],
    related: ['CFG-CORE-005', 'daily-schedule-failed'],
  },
  {
    id: 'kafka-topic-setup',
    source: 'product',
    title: 'Kafka topic producer or consumer not set up',
    summary:
      'One of the four topics (mediation, usage processing, Data Feed, aggregated batch) has no working producer or consumer, so work stops at that hand-over, usually without a message in the UI.',
    category: 'deployment-setup',
    categoryBasis: 'inference',
    severity: 'error',
    component: 'kafka-topics',
    flow: 'usage-flow',
    causes: [
      {
        text: 'The producer or consumer of a topic was not configured in this deployment.',
        basis: 'documented',
      },
      { text: 'The topic does not exist in this environment.', basis: 'inference' },
      { text: 'The consumer is not authorised to read the topic or group.', basis: 'inference' },
    ],
    fix: [
      'Check the producer and consumer of each of the four topics.',
      'Push one small known file through each source platform and follow it to the rated state.',
      'Change one plan in core Aria and watch it arrive in sync activity; run one aggregation.',
    ],
    reprocess: {
      outcome: 'after-fix',
      how: 'Sync entries that failed because of the Kafka set-up can be reprocessed once it works. Data Feed events are kept for 48 hours; changes older than that may have to be made again in core Aria.',
      where: ACCOUNT_SYNC_SCREEN,
      simulator: 'sync',
    },
    docs: { page: '/docs/architecture/components', anchor: 'kafka-topics' },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\bUNKNOWN_TOPIC_OR_PARTITION\b|\bUnknownTopicOrPartition\w*|\b(?:Topic|Group)AuthorizationException\b|\bNot\s+authorized\s+to\s+access\s+(?:topics|group)\b|\bTopic\s+\S{1,200}\s+not\s+present\s+in\s+metadata\b`,
        anchors: [
          'unknown_topic',
          'unknowntopic',
          'authorizationexception',
          'not authorized to access',
          'metadata',
        ],
        basis: 'inference',
        describes: 'Kafka client errors about an unknown or unauthorised topic',
      },
      {
        kind: 'regex',
        source: String.raw`\bkafka\b[^\n]{0,60}?\b(?:error|exception|timed?\s*out|failed|unreachable)\b|\btopic\s+not\s+reachable\b`,
        anchors: ['kafka', 'topic not reachable'],
        basis: 'assumption',
        describes: 'Kafka followed by error, timeout or failed; “topic not reachable”',
      },
    ],
    related: ['data-feed-not-enabled'],
  },

  // --- Catalog, account and subscription sync ------------------------------------------------
  {
    id: 'sync-ignored-flood',
    source: 'product',
    title: 'Many IGNORED entries in the sync activity log',
    summary:
      'The sync service logs every message it receives and marks those Allegro does not need as IGNORED. A flood of them is harmless but hides the real errors.',
    category: 'deployment-setup',
    categoryBasis: 'inference',
    severity: 'info',
    component: 'sync-service',
    flow: 'catalog-and-account-sync',
    causes: [
      {
        text: 'Stream Object Subscription in core Aria publishes more objects than Allegro uses.',
        basis: 'documented',
      },
      {
        text: 'Normal traffic for objects Allegro does not need (one entry per message).',
        basis: 'documented',
      },
    ],
    fix: [
      'Filter the activity view to status Error to find the entries that need work.',
      'If the volume is large, review the subscribed objects with Aria support.',
      'If an object should have synced but was ignored, check its type and subscription.',
    ],
    reprocess: {
      outcome: 'nothing-to-reprocess',
      how: 'An IGNORED entry needs no reprocessing; it creates nothing in Allegro.',
      where: ACCOUNT_SYNC_SCREEN,
      simulator: 'sync',
    },
    docs: { page: '/docs/errors/sync-reprocessing/account-sync', anchor: 'account-sync-statuses' },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\bIGNORED\b`,
        anchors: ['IGNORED'],
        caseSensitive: true,
        basis: 'documented',
        describes: 'the status IGNORED in capitals',
      },
    ],
    related: ['SIM-SYN-005'],
  },
  {
    id: 'sync-out-of-order-lom',
    source: 'product',
    title: 'Sync entry in Error: message arrived before its parent (out-of-order LOM)',
    summary:
      'The Data Feed leaves ordering to the consumer, so a message about an object can arrive before the object it depends on exists in Allegro. The dependent entry fails with status Error.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'warning',
    component: 'sync-service',
    flow: 'catalog-and-account-sync',
    causes: [
      {
        text: 'A child message (for example a plan instance) arrived before its parent (the account).',
        basis: 'documented',
      },
      {
        text: 'The parent’s object type is not subscribed, so it never arrives.',
        basis: 'inference',
      },
      {
        text: 'The parent was published more than 48 hours ago and is no longer held by the Data Feed.',
        basis: 'inference',
      },
    ],
    fix: [
      'Filter the activity view to status Error and read the oldest entries first.',
      'Open the payload to identify the object and its parent.',
      'Once the parent exists in Allegro, reprocess the failed entry; do not change the data in core Aria.',
      'If the parent never arrives, check its subscription, or make a fresh change to it in core Aria.',
    ],
    reprocess: {
      outcome: 'after-wait',
      how: 'Reprocess after the parent has arrived; the same payload then succeeds.',
      where: ACCOUNT_SYNC_SCREEN,
      simulator: 'sync',
    },
    docs: { page: '/docs/errors/sync-reprocessing/account-sync', anchor: 'out-of-order-loms' },
    patterns: [
      { kind: 'text', template: 'out of order', basis: 'inference' },
      { kind: 'text', template: 'out-of-order', basis: 'inference' },
      {
        kind: 'regex',
        source: String.raw`\b(?:parent\s+\w+|account|plan\s+instance|plan|service(?!\s+type\b)|contact|usage\s+type)\s+['"]?[\w.:-]{1,60}['"]?\s+(?:was\s+)?not\s+found\b`,
        anchors: ['not found'],
        basis: 'assumption',
        describes: 'wording such as “account 1001 not found” (as in this site’s sync simulator)',
      },
      {
        kind: 'regex',
        source: String.raw`\bupdate\s+before\s+create\b`,
        anchors: ['update before create'],
        basis: 'assumption',
        describes: 'an update processed before the create of the same object',
      },
    ],
    related: ['SIM-SYN-001', 'SIM-SYN-004', 'subscription-sync-failed'],
  },
  {
    id: 'sync-missing-service-type',
    source: 'product',
    title: 'Catalog sync entry in Error: billable service has no service type',
    summary:
      'Every billable service synced from core Aria must be linked to an Allegro service type; until it is, its catalog message fails. This is the typical catalog sync error.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'error',
    component: 'sync-service',
    flow: 'catalog-and-account-sync',
    causes: [
      {
        text: 'The service type did not exist when the first catalog sync ran.',
        basis: 'documented',
      },
      {
        text: 'The billable service was never associated with a service type.',
        basis: 'documented',
      },
    ],
    fix: [
      'Open the failed entry and read the service in its payload.',
      'Create a suitable service type if none exists.',
      'Associate the billable service with the service type.',
      'Reprocess the failed entry, then the entries that depended on it.',
    ],
    reprocess: {
      outcome: 'after-fix',
      how: 'After the association, reprocess the catalog entry; entries that waited for it follow.',
      where: CATALOG_SYNC_SCREEN,
      simulator: 'sync',
    },
    docs: {
      page: '/docs/errors/sync-reprocessing/catalog-sync',
      anchor: 'missing-service-type',
    },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\b(?:has|have|with)\s+no\s+service\s+type\b|\bwithout\s+(?:a\s+)?service\s+type\b|\bservice\s+type\s+(?:is\s+)?(?:missing|not\s+(?:found|set|associated|linked|configured|defined))\b|\bmissing\s+service\s+type\b`,
        anchors: ['service type'],
        basis: 'assumption',
        describes: 'wording such as “billable service X has no service type”',
      },
    ],
    related: ['SIM-SYN-006', 'CFG-BLD-001', 'CFG-ORD-002'],
  },
  {
    id: 'sync-missing-configuration',
    source: 'product',
    title: 'Sync entry in Error: Allegro configuration missing',
    summary:
      'A synced object needs Allegro configuration that does not exist yet. Most sync errors are configuration gaps left during set-up.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'error',
    component: 'sync-service',
    flow: 'catalog-and-account-sync',
    causes: [
      {
        text: 'Configuration was not completed in build order before the first sync.',
        basis: 'documented',
      },
      {
        text: 'A new object in core Aria (service, plan) needs configuration nobody has added yet.',
        basis: 'inference',
      },
    ],
    fix: [
      'Read the reason on the entry and open its payload to see the object.',
      'Add the missing configuration in Allegro, following the build order.',
      'Reprocess the entry, then check usage suspense for records that waited for it.',
    ],
    reprocess: {
      outcome: 'after-fix',
      how: 'Reprocess after the configuration exists; reprocessing before fails the same way.',
      where: CATALOG_SYNC_SCREEN,
      simulator: 'sync',
    },
    docs: { page: '/docs/errors/sync-reprocessing', anchor: 'general-approach' },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\b(?:missing|no)\s+(?:allegro\s+)?configuration\b|\bconfiguration\s+(?:is\s+)?(?:missing|not\s+found)\b`,
        anchors: ['configuration'],
        basis: 'assumption',
        describes: 'wording such as “missing configuration”',
      },
    ],
    related: ['SIM-SYN-002'],
  },
  {
    id: 'subscription-sync-failed',
    source: 'product',
    title: 'Plan instance (subscription) failed to sync',
    summary:
      'A plan instance did not become an Allegro subscription. Usage for its service IDs is then suspended with No Service found until the sync succeeds.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'error',
    component: 'sync-service',
    flow: 'catalog-and-account-sync',
    causes: [
      { text: 'The account was not in Allegro yet (out-of-order message).', basis: 'inference' },
      {
        text: 'The plan or one of its services is missing in Allegro or failed in catalog sync.',
        basis: 'inference',
      },
      {
        text: 'A billable service of the plan has no service type, so no service unit can be built.',
        basis: 'inference',
      },
    ],
    fix: [
      'Clear catalog sync errors first, then account entries, oldest first.',
      'Reprocess the plan instance entry.',
      'Reprocess the suspended usage that waited for it.',
    ],
    reprocess: {
      outcome: 'after-fix',
      how: 'Reprocess the account sync entry, then the suspended records of its service IDs.',
      where: ACCOUNT_SYNC_SCREEN,
      simulator: 'sync',
    },
    docs: { page: '/docs/errors/sync-reprocessing/account-sync', anchor: 'reprocess-account-sync' },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\b(?:plan\s+instance|subscription)\b[^\n]{0,60}?\b(?:sync(?:ed|hroni[sz]ation)?\s+)?(?:failed|failure|in\s+error|status\s+error)\b`,
        anchors: ['plan instance', 'subscription'],
        basis: 'inference',
        describes: 'a plan instance or subscription reported as failed',
      },
    ],
    related: ['suspense-no-service-found', 'sync-out-of-order-lom'],
  },
  {
    id: 'price-offer-without-pricing',
    source: 'product',
    title: 'Shell price offer left without pricing',
    summary:
      'Catalog sync creates a shell price offer for each plan, rate schedule and service. The sync succeeds, but usage for that plan and service cannot be priced until pricing is attached.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'warning',
    component: 'usage-processing-service',
    flow: 'configuration',
    causes: [
      {
        text: 'A new plan was saved in core Aria and nobody completed its price offers in Allegro.',
        basis: 'documented',
      },
    ],
    fix: [
      'List the price offers of newly synced plans.',
      'Attach a pricing model and rates to each.',
      'Reprocess records that were suspended for lack of a price.',
    ],
    reprocess: {
      outcome: 'after-fix',
      how: 'Records suspended because of the missing pricing can be reprocessed once it is attached.',
      where: SUSPENSE_SCREEN,
      simulator: 'suspense',
    },
    docs: { page: '/docs/errors/sync-reprocessing/catalog-sync', anchor: 'shell-price-offers' },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\bprice\s+offer\b[^\n]{0,60}?\b(?:no|without|missing)\s+(?:pricing|rates?|tiers?|pricing\s+model)\b|\bshell\s+price\s+offer\b`,
        anchors: ['price offer'],
        basis: 'inference',
        describes: 'a price offer without pricing, or a shell price offer',
      },
    ],
    related: ['suspense-no-price-found', 'CFG-PRC-014'],
  },

  // --- Aggregated usage to core Aria -----------------------------------------------------------
  {
    id: 'aggregated-batch-in-process',
    source: 'product',
    title: 'Aggregated usage batch still in process',
    summary:
      'The batch has been sent to core Aria but no answer has come back yet; its records are neither sent nor errored. Large batches take time.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'info',
    component: 'sync-service',
    flow: 'aggregated-usage-sync',
    causes: [
      { text: 'The batch is large and still being loaded.', basis: 'documented' },
      { text: 'Many batches are being sent in parallel.', basis: 'inference' },
    ],
    fix: ['Wait, and look again before acting.', 'Do not reprocess records of a batch in process.'],
    reprocess: {
      outcome: 'after-wait',
      how: 'Wait for the batch to finish; only then reprocess any records it errored.',
      where: AGGREGATED_SCREEN,
      simulator: 'aggregation',
    },
    docs: {
      page: '/docs/errors/sync-reprocessing/aggregated-usage',
      anchor: 'batches-and-statuses',
    },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\bbatch\b[^\n]{0,60}?\bin[\s_-]?process(?:ing)?\b`,
        anchors: ['batch'],
        basis: 'inference',
        describes: 'a batch reported as in process',
      },
    ],
    related: ['SIM-AGG-003'],
  },
  {
    id: 'aggregated-batch-errored',
    source: 'product',
    title: 'Errored aggregated usage batch',
    summary:
      'Core Aria refused some records of the batch (or the whole call). Each refused record carries its own error code; the accepted ones are already loaded.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'error',
    component: 'sync-service',
    flow: 'aggregated-usage-sync',
    causes: [
      {
        text: 'Core Aria rejected individual records; each has a record error code.',
        basis: 'documented',
      },
      {
        text: 'A call-level error (such as authentication) errored every record of the batch.',
        basis: 'inference',
      },
    ],
    fix: [
      'Leave batches in process alone; open the errored batch.',
      'Read the code and message of each failed record (paste them here to decode them).',
      'Fix each cause where it lives: core Aria data, the aggregation mapping, or the credentials.',
      'Reprocess the errored records, and check that the invoice run for the period has not passed.',
    ],
    reprocess: {
      outcome: 'after-fix',
      how: 'Errored aggregated records are reprocessable once their cause is fixed. Whether a whole batch or only its failed records are resent is not stated publicly.',
      where: AGGREGATED_SCREEN,
      simulator: 'aggregation',
    },
    docs: {
      page: '/docs/errors/sync-reprocessing/aggregated-usage',
      anchor: 'reprocess-aggregated-usage',
    },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\b(?:aggregat\w*|batch)\b[^\n]{0,60}?\berrored\b|\berrored\s+(?:aggregat\w*|batch)`,
        anchors: ['errored'],
        basis: 'inference',
        describes: 'an errored batch or aggregated record',
      },
      {
        kind: 'regex',
        source: String.raw`\berror_records\b\W{0,6}\S`,
        anchors: ['error_records'],
        basis: 'documented',
        describes: 'the error_records list of a bulk_record_usage_m response',
      },
    ],
    related: ['SIM-AGG-001', 'api-undocumented-code'],
  },
  {
    id: 'core-aria-unreachable',
    source: 'product',
    title: 'Call to core Aria failed before an answer (network or timeout)',
    summary:
      'The bulk_record_usage_m call did not get an answer: the connection was refused, timed out or the host name did not resolve. Every record of the batch stays unsent.',
    category: 'deployment-setup',
    categoryBasis: 'inference',
    severity: 'error',
    component: 'sync-service',
    flow: 'aggregated-usage-sync',
    causes: [
      { text: 'The core Aria API address is wrong for this environment.', basis: 'inference' },
      { text: 'A firewall or network rule blocks the call.', basis: 'inference' },
      { text: 'Core Aria was unavailable for a while.', basis: 'inference' },
    ],
    fix: [
      'Check the core Aria API address and network path used by the deployment.',
      'Try once more later; if it keeps failing, collect the time and batch ID for Aria support.',
      'Reprocess the batch once calls succeed.',
    ],
    reprocess: {
      outcome: 'after-fix',
      how: 'Reprocess the batch after the connection works.',
      where: AGGREGATED_SCREEN,
      simulator: 'aggregation',
    },
    docs: {
      page: '/docs/errors/sync-reprocessing/aggregated-usage',
      anchor: 'batches-and-statuses',
    },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\b(?:ECONNREFUSED|ETIMEDOUT|ENOTFOUND|ECONNRESET|EAI_AGAIN|UnknownHostException|SocketTimeoutException|SSLHandshakeException)\b`,
        anchors: ['econn', 'etimedout', 'enotfound', 'eai_again', 'exception'],
        basis: 'inference',
        describes: 'network errors such as ECONNREFUSED or a socket timeout',
      },
      {
        kind: 'regex',
        source: String.raw`\b(?:connection\s+refused|connect(?:ion)?\s+timed\s+out|read\s+timed\s+out|no\s+route\s+to\s+host)\b`,
        anchors: ['refused', 'timed out', 'no route'],
        basis: 'inference',
        describes: 'connection refused or timed out',
      },
    ],
    related: ['SIM-AGG-005', 'bulk_record_usage_m-1004'],
  },
  {
    id: 'api-undocumented-code',
    source: 'product',
    title: 'Core Aria answered with an error code this site does not list',
    summary:
      'The number is not one of the documented codes of the core Aria usage APIs. Core Aria’s guide has rows (tax fields, usage type, client record ID) whose codes are not public.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'error',
    component: 'sync-service',
    flow: 'aggregated-usage-sync',
    causes: [
      {
        text: 'One of the guide’s rows without a public code (pre-calculated tax, usage_type, usage_type_code, client_record_id).',
        basis: 'documented',
      },
      { text: 'A code added in a later core Aria release.', basis: 'inference' },
    ],
    fix: [
      'Read the error text that came with the code.',
      'Open the record’s payload and compare it with the bulk_record_usage_m field list.',
      'If the text does not explain it, ask Aria support before reprocessing.',
    ],
    reprocess: {
      outcome: 'unknown',
      how: 'Whether reprocessing can succeed depends on the code, which is not documented.',
      where: AGGREGATED_SCREEN,
      simulator: 'aggregation',
    },
    docs: {
      page: '/docs/errors/sync-reprocessing/aggregated-usage',
      anchor: 'reprocess-aggregated-usage',
    },
    patterns: [{ kind: 'api-code-unlisted' }],
    related: ['SIM-AGG-002'],
  },
  {
    id: 'true-up-error',
    source: 'product',
    title: 'Minimum-commitment true-up (create_order_m) in Error',
    summary:
      'True-ups for minimum commitments go to core Aria through create_order_m, each with its own aggregated ID. How to recover one in Error is not described publicly.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'error',
    component: 'sync-service',
    flow: 'minimum-commitment-true-ups',
    causes: [{ text: 'Not described in the public documentation.', basis: 'documented' }],
    fix: [
      'Note the true-up’s aggregated ID and status.',
      'Raise it with Aria support, quoting the aggregated ID.',
    ],
    reprocess: {
      outcome: 'unknown',
      how: 'The public documentation lists the statuses of true-ups but no recovery path.',
    },
    docs: { page: '/docs/architecture/failure-points', anchor: 'where-to-look-first' },
    patterns: [{ kind: 'text', template: 'create_order_m', basis: 'documented' }],
  },

  // --- Job schedules ---------------------------------------------------------------------------
  {
    id: 'daily-schedule-failed',
    source: 'product',
    title: 'Job schedule or job failed',
    summary:
      'An execution of a job schedule ended with failed work items. A failure of the daily schedule needs a person, because core Aria’s batch waits for it.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'error',
    component: 'operations-service-and-scheduler',
    flow: 'daily-job-schedule',
    causes: [
      {
        text: 'Some work items of a job failed; the execution screen lists them.',
        basis: 'documented',
      },
      {
        text: 'The cause sits in the data the job handles (suspense, sync errors, aggregation).',
        basis: 'inference',
      },
    ],
    fix: [
      'Open the Job Schedule Execution screen for the date and drill into the failed work items.',
      'Fix their cause (decode their messages here).',
      'Reprocess the failed job or the whole schedule, before core Aria’s invoicing is due.',
    ],
    reprocess: {
      outcome: 'after-fix',
      how: 'A whole schedule or a single job can be reprocessed from the execution screen.',
      where: JOB_SCREEN,
    },
    docs: {
      page: '/docs/configuration/processing-streams-and-job-schedules',
      anchor: 'daily-schedule',
    },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\b(?:job\s+schedule|schedule\s+execution|daily\s+schedule|work\s+items?)\b[^\n]{0,60}?\b(?:failed|failure|errored|in\s+error)\b`,
        anchors: ['schedule', 'work item'],
        basis: 'inference',
        describes: 'a job schedule, execution or work item reported as failed',
      },
    ],
    related: ['CFG-JOB-001', 'batch-job-interdependence-missing'],
  },
  {
    id: 'daily-schedule-long-running',
    source: 'product',
    title: 'Daily schedule still running when core Aria’s batch is due',
    summary:
      'With batch-job interdependence, core Aria waits for Allegro’s daily schedule; a long run delays core Aria’s whole batch, including invoicing.',
    category: 'functional',
    categoryBasis: 'inference',
    severity: 'warning',
    component: 'operations-service-and-scheduler',
    flow: 'daily-job-schedule',
    causes: [
      {
        text: 'Heavy or optional jobs sit in the daily schedule instead of a separate SCHEDULED one.',
        basis: 'documented',
      },
      { text: 'An unusual volume of usage or reprocessing that day.', basis: 'inference' },
    ],
    fix: [
      'Move heavy or optional jobs into SCHEDULED schedules at other times.',
      'Watch the execution each morning and agree who is on call.',
    ],
    reprocess: {
      outcome: 'after-wait',
      how: 'Nothing to reprocess while it runs; if it fails, reprocess the failed job.',
      where: JOB_SCREEN,
    },
    docs: {
      page: '/docs/configuration/processing-streams-and-job-schedules',
      anchor: 'daily-schedule',
    },
    patterns: [
      {
        kind: 'regex',
        source: String.raw`\b(?:daily|job)\s+schedule\b[^\n]{0,60}?\b(?:still\s+running|running\s+long|long[-\s]running|not\s+(?:yet\s+)?(?:finished|completed?))\b|\bwaiting\s+for\s+(?:the\s+)?allegro\b`,
        anchors: ['schedule', 'waiting for'],
        basis: 'inference',
        describes: 'a daily schedule still running, or core Aria waiting for Allegro',
      },
    ],
    related: ['daily-schedule-failed'],
  },
];
