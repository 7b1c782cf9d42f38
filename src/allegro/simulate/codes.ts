/**
 * Issue codes of the three simulators. Families: INP (the scenario itself), SUS (usage suspense
 * reprocessing), SYN (sync reprocessing plan), AGG (aggregated usage sync to core Aria).
 *
 * Only the CodeDefinition type is imported from ../codes, so there is no runtime import cycle.
 */
import type { CodeDefinition } from '../codes';

const TOOLS = '/docs/tools';
const SUSPENSE = '/docs/errors/usage-suspense';
const SYNC = '/docs/errors/sync-reprocessing';
const ACCOUNT_SYNC = '/docs/errors/sync-reprocessing/account-sync';
const CATALOG_SYNC = '/docs/errors/sync-reprocessing/catalog-sync';
const AGGREGATED = '/docs/errors/sync-reprocessing/aggregated-usage';

export const SIMULATION_CODES = [
  // --- The scenario --------------------------------------------------------------------------
  {
    code: 'SIM-INP-001',
    severity: 'error',
    category: 'functional',
    title: 'The scenario does not have the expected shape',
    cause:
      'A field of the scenario is missing, has the wrong type, or holds a value the simulator does not know.',
    fix: 'Correct the field named in the message, or start again from the sample scenario.',
    docs: { page: TOOLS },
  },
  {
    code: 'SIM-INP-002',
    severity: 'error',
    category: 'functional',
    title: 'The scenario refers to something it does not define',
    cause:
      'A step, fix or dependency names a record, plan instance or object id that is not in the scenario, or an id is used twice.',
    fix: 'Use the ids defined in the scenario, and give every record a unique id.',
    docs: { page: TOOLS },
  },
  {
    code: 'SIM-INT-001',
    severity: 'error',
    category: 'functional',
    title: 'The simulator stopped on an internal error',
    cause:
      'The scenario reached a case the simulator does not handle. This is a defect of the simulator, not of your setup.',
    fix: 'Report the scenario (copy the page link) so that the case can be handled; the rest of the page still works.',
    docs: { page: TOOLS },
  },

  // --- Usage suspense ------------------------------------------------------------------------
  {
    code: 'SIM-SUS-001',
    severity: 'warning',
    category: 'functional',
    title: 'Record suspended: No Service found for the service (provisioning) id',
    cause:
      'For the record’s start and end time, its service ID is not linked to a service type in any subscription Allegro knows: the plan instance is missing, not synced yet, failed to sync, or not active on those dates.',
    fix: 'Fix the cause shown (add the plan instance in core Aria with an effective date on or before the usage, wait for sync, or fix the sync error first), then reprocess.',
    docs: { page: SUSPENSE, anchor: 'no-service-found' },
  },
  {
    code: 'SIM-SUS-002',
    severity: 'warning',
    category: 'functional',
    title: 'Record suspended: no price for the usage type (assumed reason)',
    cause:
      'The subscription was found, but no price offer with rates covers the record’s service type and usage type. The reason text is an assumption: the public documentation lists only the No Service found reason.',
    fix: 'Add the pricing to the price offer in Allegro, then reprocess.',
    docs: { page: SUSPENSE, anchor: 'suspense-reasons' },
  },
  {
    code: 'SIM-SUS-003',
    severity: 'error',
    category: 'functional',
    title: 'Editing a suspended record is refused',
    cause:
      'Suspended records cannot be edited before reprocessing, so that every rated record can be traced back to the source file.',
    fix: 'Fix the configuration or subscription data that caused the suspense and reprocess; if the source data itself is wrong, discard and have the source send a corrected file.',
    docs: { page: SUSPENSE, anchor: 'editing-suspended-records' },
  },
  {
    code: 'SIM-SUS-004',
    severity: 'error',
    category: 'functional',
    title: 'Discard refused: the user’s role may not discard suspended usage',
    cause:
      'Only authorised users may discard suspended records. Roles are built in Aria Admin UI and mapped to Allegro permissions.',
    fix: 'Ask a user with the discard permission, or have an administrator grant it in Aria Admin UI.',
    docs: { page: SUSPENSE, anchor: 'who-can-discard' },
  },
  {
    code: 'SIM-SUS-005',
    severity: 'info',
    category: 'functional',
    title: 'Reprocessed before the root cause was fixed: the record stays suspended',
    cause:
      'Reprocessing runs the record through rating again; with the same data it fails for the same reason.',
    fix: 'Fix the cause first, then reprocess.',
    docs: { page: SUSPENSE, anchor: 'fix-the-root-cause-first' },
  },
  {
    code: 'SIM-SUS-006',
    severity: 'error',
    category: 'functional',
    title: 'Action refused: the record is no longer suspended',
    cause:
      'Only suspended records can be reprocessed or discarded from usage suspense. A discarded record cannot be brought back; a rated record is not in suspense.',
    fix: 'Leave the record as it is. To bill discarded usage after all, the source has to send it again.',
    docs: { page: SUSPENSE, anchor: 'reprocess-or-discard' },
  },

  // --- Sync reprocessing ---------------------------------------------------------------------
  {
    code: 'SIM-SYN-001',
    severity: 'warning',
    category: 'functional',
    title: 'Stays failed: a record it depends on is still failing',
    cause:
      'The object this record needs (a parent account, a plan, a service) has its own failed record that cannot be reprocessed yet.',
    fix: 'Fix and reprocess the record it depends on first; this one follows in the plan.',
    docs: { page: ACCOUNT_SYNC, anchor: 'out-of-order-loms' },
  },
  {
    code: 'SIM-SYN-002',
    severity: 'warning',
    category: 'functional',
    title: 'Stays failed: the root cause is not fixed yet',
    cause:
      'The record failed for a reason that reprocessing alone does not change, such as missing configuration in Allegro.',
    fix: 'Fix the source of the error (for a service, link it to a service type), then reprocess.',
    docs: { page: SYNC },
  },
  {
    code: 'SIM-SYN-003',
    severity: 'error',
    category: 'functional',
    title: 'Stays failed: the records depend on each other in a circle',
    cause: 'Each record in the circle waits for another one in it, so none can go first.',
    fix: 'Check the dependencies in the scenario; real objects do not depend on each other in a circle.',
    docs: { page: SYNC },
  },
  {
    code: 'SIM-SYN-004',
    severity: 'warning',
    category: 'functional',
    title: 'Stays failed: a required object is not in Allegro and no record brings it',
    cause:
      'The record needs an object that Allegro does not have, and no activity record in the scenario would create it (or the only one was IGNORED).',
    fix: 'Check that the object exists in core Aria and that its Data Feed object subscription is on, so that its LOM arrives.',
    docs: { page: ACCOUNT_SYNC, anchor: 'out-of-order-loms' },
  },
  {
    code: 'SIM-SYN-005',
    severity: 'info',
    category: 'functional',
    title: 'IGNORED activity record: nothing to reprocess',
    cause:
      'The sync service logs every LOM it receives and marks those that are not relevant to Allegro as IGNORED.',
    fix: 'No action. If the object should have been synced, check its type and the object subscription.',
    docs: { page: ACCOUNT_SYNC, anchor: 'account-sync-statuses' },
  },
  {
    code: 'SIM-SYN-006',
    severity: 'warning',
    category: 'functional',
    title: 'Stays failed: the billable service has no service type',
    cause:
      'Every billable service synced from core Aria must be linked to an Allegro service type before the Services LOM can be processed.',
    fix: 'Link the billable service to a service type in Allegro, then reprocess the catalog record.',
    docs: { page: CATALOG_SYNC, anchor: 'missing-service-type' },
  },

  // --- Aggregated usage sync -----------------------------------------------------------------
  {
    code: 'SIM-AGG-001',
    severity: 'warning',
    category: 'functional',
    title: 'Aggregated record rejected by bulk_record_usage_m; reprocess after the fix',
    cause:
      'Core Aria returned an error for this record (the code links to its explanation). The rest of the batch was not affected.',
    fix: 'Apply the fix given for the error code, then reprocess the errored records.',
    docs: { page: AGGREGATED, anchor: 'bulk-record-usage-m-errors' },
  },
  {
    code: 'SIM-AGG-002',
    severity: 'error',
    category: 'functional',
    title: 'Aggregated record rejected with an error code the documentation does not list',
    cause:
      'The code is not one of the documented bulk_record_usage_m codes, so whether reprocessing can succeed is unknown.',
    fix: 'Read the error text returned by core Aria; if it is not clear, ask Aria support before reprocessing.',
    docs: { page: AGGREGATED, anchor: 'reprocess-aggregated-usage' },
  },
  {
    code: 'SIM-AGG-003',
    severity: 'info',
    category: 'functional',
    title: 'Batch still in process',
    cause:
      'Large batches take time; the records of a batch that has not answered yet are neither sent nor errored.',
    fix: 'Wait for the batch to finish before reprocessing anything in it.',
    docs: { page: AGGREGATED, anchor: 'batches-and-statuses' },
  },
  {
    code: 'SIM-AGG-004',
    severity: 'warning',
    category: 'functional',
    title: 'Amount has more than 2 decimals',
    cause:
      'The amt input of bulk_record_usage_m takes up to 2 decimals; what core Aria does with more is not documented.',
    fix: 'Check the currency scale and rounding method of the currency resource, or send units only.',
    docs: { page: '/docs/reference/bulk-record-usage-m', anchor: 'usage-record-fields' },
  },
  {
    code: 'SIM-AGG-005',
    severity: 'error',
    category: 'deployment-setup',
    title: 'The whole bulk_record_usage_m call failed',
    cause:
      'Core Aria refused the call itself (for example an authentication error), so every record of the batch is errored.',
    fix: 'Fix the connection or credentials, then reprocess the batch.',
    docs: { page: AGGREGATED, anchor: 'batches-and-statuses' },
  },
  {
    code: 'SIM-AGG-006',
    severity: 'error',
    category: 'functional',
    title: 'Totals do not reconcile',
    cause:
      'The sum of the source quantities or amounts differs from sent + errored + pending. The simulator checks this on every run; it means a defect in the simulator.',
    fix: 'Report the scenario (copy the page link).',
    docs: { page: AGGREGATED, anchor: 'per-record-status' },
  },
] as const satisfies readonly CodeDefinition[];

export type SimulationCode = (typeof SIMULATION_CODES)[number]['code'];
