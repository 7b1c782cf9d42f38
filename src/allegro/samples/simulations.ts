/**
 * Sample scenarios the simulator widgets start from, each with the outcome it is documented to
 * produce. The unit tests run every sample and compare with `expected`, so the text on the tool
 * pages and the simulators cannot drift apart.
 */
import type { AggregationScenario } from '../simulate/aggregation';
import type { SuspenseScenario } from '../simulate/suspense';
import type { SyncScenario } from '../simulate/sync';

/**
 * Suspense: seven voice, data and SMS records against three plan instances. On arrival one record
 * rates and six are suspended: usage before the plan instance starts (R2), no price for
 * international minutes (R3, assumed reason), a plan instance whose sync failed (R4), one not
 * synced yet (R5), and two service IDs with no plan instance at all (R6, and the test number R7).
 * A first reprocess changes nothing (fix the cause first), an edit is refused, then the causes
 * are fixed, a discard by a clerk is refused, a supervisor discards the test record, and the
 * final reprocess rates four records. R3 stays suspended because its price was never added.
 */
export const SAMPLE_SUSPENSE_SCENARIO = {
  title: 'No Service found: fix the cause, then reprocess',
  discardRoles: ['Usage Supervisor'],
  syncAfterCoreChange: true,
  planInstances: [
    {
      id: 'PI-100',
      account: 'A-1001',
      serviceUnits: [{ serviceType: 'VOICE', serviceIds: ['+15550100'] }],
      effectiveFrom: '2024-04-10',
      sync: 'synced',
    },
    {
      id: 'PI-200',
      account: 'A-1001',
      serviceUnits: [{ serviceType: 'DATA', serviceIds: ['dev-77'] }],
      effectiveFrom: '2024-04-01',
      sync: 'error',
      syncError: 'parent account not found (LOM arrived out of order)',
    },
    {
      id: 'PI-300',
      account: 'A-1001',
      serviceUnits: [{ serviceType: 'SMS', serviceIds: ['+15550300'] }],
      effectiveFrom: '2024-04-01',
      sync: 'pending',
    },
  ],
  prices: [
    { serviceType: 'VOICE', usageType: 'VOICE_MIN' },
    { serviceType: 'DATA', usageType: 'DATA_MB' },
    { serviceType: 'SMS', usageType: 'SMS_MSG' },
  ],
  records: [
    {
      id: 'R1',
      file: 'voice-0412.csv',
      serviceType: 'VOICE',
      serviceId: '+15550100',
      usageType: 'VOICE_MIN',
      start: '2024-04-12 10:00:00',
      end: '2024-04-12 10:05:00',
      quantity: 5,
    },
    {
      id: 'R2',
      file: 'voice-0405.csv',
      serviceType: 'VOICE',
      serviceId: '+15550100',
      usageType: 'VOICE_MIN',
      start: '2024-04-05 09:00:00',
      end: '2024-04-05 09:12:00',
      quantity: 12,
    },
    {
      id: 'R3',
      file: 'voice-0412.csv',
      serviceType: 'VOICE',
      serviceId: '+15550100',
      usageType: 'VOICE_INTL',
      start: '2024-04-12 11:00:00',
      end: '2024-04-12 11:03:00',
      quantity: 3,
    },
    {
      id: 'R4',
      file: 'data-0411.csv',
      serviceType: 'DATA',
      serviceId: 'dev-77',
      usageType: 'DATA_MB',
      start: '2024-04-11 00:00:00',
      end: '2024-04-11 23:59:59',
      quantity: '512.5',
    },
    {
      id: 'R5',
      file: 'sms-0411.csv',
      serviceType: 'SMS',
      serviceId: '+15550300',
      usageType: 'SMS_MSG',
      start: '2024-04-11 08:00:00',
      end: '2024-04-11 08:00:00',
      quantity: 1,
    },
    {
      id: 'R6',
      file: 'voice-0412.csv',
      serviceType: 'VOICE',
      serviceId: '+15550999',
      usageType: 'VOICE_MIN',
      start: '2024-04-12 12:00:00',
      end: '2024-04-12 12:07:00',
      quantity: 7,
    },
    {
      id: 'R7',
      file: 'voice-0412.csv',
      serviceType: 'VOICE',
      serviceId: '+15550888',
      usageType: 'VOICE_MIN',
      start: '2024-04-12 13:00:00',
      end: '2024-04-12 13:01:00',
      quantity: 1,
    },
  ],
  steps: [
    { kind: 'reprocess' },
    { kind: 'edit', recordId: 'R2', field: 'start', value: '2024-04-10 09:00:00' },
    { kind: 'changeEffectiveDates', planInstanceId: 'PI-100', effectiveFrom: '2024-04-01' },
    { kind: 'fixSyncError', planInstanceId: 'PI-200' },
    { kind: 'completeSync', planInstanceId: 'PI-300' },
    {
      kind: 'addPlanInstance',
      planInstance: {
        id: 'PI-400',
        account: 'A-1001',
        serviceUnits: [{ serviceType: 'VOICE', serviceIds: ['+15550999'] }],
        effectiveFrom: '2024-04-01',
      },
    },
    { kind: 'discard', recordIds: ['R7'], role: 'Billing Clerk', justification: 'test-data' },
    { kind: 'discard', recordIds: ['R7'], role: 'Usage Supervisor', justification: 'test-data' },
    { kind: 'reprocess' },
  ],
} as const satisfies SuspenseScenario;

export const SAMPLE_SUSPENSE_EXPECTED = {
  ratedOnArrival: ['R1'],
  rated: ['R1', 'R2', 'R4', 'R5', 'R6'],
  suspended: { R3: 'NO_PRICE_FOUND' },
  discarded: ['R7'],
  firstPassDiagnoses: {
    R2: 'outside-active-dates',
    R3: 'price-missing',
    R4: 'sync-error',
    R5: 'plan-instance-not-synced',
    R6: 'plan-instance-missing',
    R7: 'plan-instance-missing',
  },
  refusedSteps: [2, 7],
} as const;

/**
 * Sync: catalog, account and subscription activity records after a go-live with two setup gaps
 * and some LOMs that arrived out of order. The plan reprocesses six records (a service whose
 * service type is now linked, the plan that needed it, an account whose Kafka problem is fixed,
 * its contact, and the plan instance with its later update). Four stay failed: a service still
 * without a service type, the plan and the plan instance that depend on it, and a plan instance
 * whose account never arrived. One IGNORED statement record is explained.
 */
export const SAMPLE_SYNC_SCENARIO = {
  title: 'Go-live: out-of-order LOMs and a missing service type',
  existingObjects: [],
  records: [
    {
      id: 'C1',
      group: 'catalog',
      lom: 'Usage Type',
      objectId: 'usage-type:VOICE_MIN',
      status: 'COMPLETE',
    },
    {
      id: 'C2',
      group: 'catalog',
      lom: 'Services',
      objectId: 'service:INTL_VOICE',
      status: 'ERROR',
      error: {
        kind: 'missing-service-type',
        message: 'billable service INTL_VOICE has no service type',
        fixed: true,
      },
    },
    {
      id: 'C3',
      group: 'catalog',
      lom: 'Services',
      objectId: 'service:DATA_ADDON',
      status: 'ERROR',
      error: {
        kind: 'missing-service-type',
        message: 'billable service DATA_ADDON has no service type',
        fixed: false,
      },
    },
    {
      id: 'C4',
      group: 'catalog',
      lom: 'Plan',
      objectId: 'plan:GOLD',
      dependsOn: ['service:INTL_VOICE'],
      status: 'ERROR',
      error: { kind: 'out-of-order', message: 'service INTL_VOICE not found' },
    },
    {
      id: 'C5',
      group: 'catalog',
      lom: 'Plan',
      objectId: 'plan:DATA_PLUS',
      dependsOn: ['service:DATA_ADDON'],
      status: 'ERROR',
      error: { kind: 'out-of-order', message: 'service DATA_ADDON not found' },
    },
    {
      id: 'A1',
      group: 'account',
      lom: 'Account',
      objectId: 'account:1001',
      status: 'ERROR',
      error: { kind: 'kafka-setup', message: 'topic not reachable', fixed: true },
    },
    {
      id: 'A2',
      group: 'account',
      lom: 'Contact',
      objectId: 'contact:1001-billing',
      dependsOn: ['account:1001'],
      status: 'ERROR',
      error: { kind: 'out-of-order', message: 'account 1001 not found' },
    },
    {
      id: 'A3',
      group: 'account',
      lom: 'Statement',
      objectId: 'statement:555',
      status: 'IGNORED',
      ignoredBecause: 'Allegro does not use statement objects',
    },
    {
      id: 'S1',
      group: 'subscription',
      lom: 'Plan Instance',
      objectId: 'plan-instance:5001',
      dependsOn: ['account:1001', 'plan:GOLD'],
      status: 'ERROR',
      error: { kind: 'out-of-order', message: 'account 1001 not found' },
    },
    {
      id: 'S2',
      group: 'subscription',
      lom: 'Plan Instance',
      objectId: 'plan-instance:5002',
      dependsOn: ['account:1001', 'plan:DATA_PLUS'],
      status: 'ERROR',
      error: { kind: 'out-of-order', message: 'plan DATA_PLUS not found' },
    },
    {
      id: 'S3',
      group: 'subscription',
      lom: 'Plan Instance',
      objectId: 'plan-instance:5003',
      dependsOn: ['account:1003'],
      status: 'ERROR',
      error: { kind: 'out-of-order', message: 'account 1003 not found' },
    },
    {
      id: 'S4',
      group: 'subscription',
      lom: 'Plan Instance',
      objectId: 'plan-instance:5001',
      dependsOn: ['account:1001'],
      status: 'ERROR',
      error: {
        kind: 'out-of-order',
        message: 'plan instance 5001 not found (update before create)',
      },
    },
  ],
} as const satisfies SyncScenario;

export const SAMPLE_SYNC_EXPECTED = {
  plan: ['C2', 'C4', 'A1', 'A2', 'S1', 'S4'],
  staysFailed: { C3: 'SIM-SYN-006', C5: 'SIM-SYN-001', S2: 'SIM-SYN-001', S3: 'SIM-SYN-004' },
  ignored: ['A3'],
  alreadyComplete: ['C1'],
} as const;

/**
 * Aggregated usage: ten monetized records, one already synced. With aggregation on (account,
 * usage type, plan instance, month) they become eight lines in four batches of two. Core Aria
 * accepts three lines, refuses three — an account injected as unknown (1009), a plan instance
 * that is not the account's (14046, predicted from the core list), a date written 04/23/2024
 * (1024, predicted) — and the fourth batch is still in process. All three refusals can be
 * reprocessed after their fix. Totals: 875.5 units and 7.06 = sent 200.5 / 3.61 + errored
 * 355 / 1.85 + pending 320 / 1.60.
 */
export const SAMPLE_AGGREGATION_SCENARIO = {
  title: 'Month-end aggregation with three refused lines',
  clientNo: 1000123,
  aggregate: true,
  groupBy: ['account', 'usageType', 'planInstance', 'period'],
  period: 'month',
  lineDate: 'last',
  batchSize: 2,
  aggregatedId: 'AGG-20240430-01',
  sendAmount: true,
  core: {
    planInstances: [
      { planInstanceNo: 5001, accountNo: 1001 },
      { planInstanceNo: 5002, accountNo: 1002 },
      { planInstanceNo: 5003, accountNo: 1003 },
      { planInstanceNo: 5004, accountNo: 1004 },
    ],
  },
  injectErrors: [{ code: 1009, match: { accountNo: 1004 } }],
  batchErrors: [],
  inProcessBatches: [4],
  records: [
    {
      id: 'M1',
      accountNo: 1001,
      planInstanceNo: 5001,
      usageTypeCode: 'VOICE_MIN',
      usageDate: '2024-04-02 10:00:00',
      quantity: 120,
      amount: '2.40',
    },
    {
      id: 'M2',
      accountNo: 1001,
      planInstanceNo: 5001,
      usageTypeCode: 'VOICE_MIN',
      usageDate: '2024-04-15 08:30:00',
      quantity: '30.5',
      amount: '0.61',
    },
    {
      id: 'M3',
      accountNo: 1001,
      planInstanceNo: 5001,
      usageTypeCode: 'SMS_MSG',
      usageDate: '2024-04-15 09:00:00',
      quantity: 40,
      amount: '0.40',
    },
    {
      id: 'M4',
      accountNo: 1002,
      planInstanceNo: 5002,
      usageTypeCode: 'VOICE_MIN',
      usageDate: '2024-04-20 14:00:00',
      quantity: 10,
      amount: '0.20',
    },
    {
      id: 'M5',
      accountNo: 1002,
      planInstanceNo: 5009,
      usageTypeCode: 'VOICE_MIN',
      usageDate: '2024-04-21 14:00:00',
      quantity: 5,
      amount: '0.10',
    },
    {
      id: 'M6',
      accountNo: 1004,
      planInstanceNo: 5004,
      usageTypeCode: 'DATA_MB',
      usageDate: '2024-04-22 00:00:00',
      quantity: 250,
      amount: '1.25',
    },
    {
      id: 'M7',
      accountNo: 1003,
      planInstanceNo: 5003,
      usageTypeCode: 'DATA_MB',
      usageDate: '04/23/2024',
      quantity: 100,
      amount: '0.50',
    },
    {
      id: 'M8',
      accountNo: 1003,
      planInstanceNo: 5003,
      usageTypeCode: 'DATA_MB',
      usageDate: '2024-04-24 00:00:00',
      quantity: 300,
      amount: '1.50',
    },
    {
      id: 'M9',
      accountNo: 1001,
      planInstanceNo: 5001,
      usageTypeCode: 'VOICE_MIN',
      usageDate: '2024-03-30 10:00:00',
      quantity: 60,
      amount: '1.20',
      synced: true,
    },
    {
      id: 'M10',
      accountNo: 1003,
      planInstanceNo: 5003,
      usageTypeCode: 'DATA_MB',
      usageDate: '2024-05-01 00:10:00',
      quantity: 20,
      amount: '0.10',
    },
  ],
} as const satisfies AggregationScenario;

export const SAMPLE_AGGREGATION_EXPECTED = {
  lines: {
    'AGG-20240430-01-1': {
      sources: ['M1', 'M2'],
      outcome: 'sent',
      quantity: '150.5',
      amount: '3.01',
    },
    'AGG-20240430-01-2': { sources: ['M3'], outcome: 'sent', quantity: '40', amount: '0.4' },
    'AGG-20240430-01-3': { sources: ['M4'], outcome: 'sent', quantity: '10', amount: '0.2' },
    'AGG-20240430-01-4': { sources: ['M5'], outcome: 'errored', code: 14046 },
    'AGG-20240430-01-5': { sources: ['M6'], outcome: 'errored', code: 1009 },
    'AGG-20240430-01-6': { sources: ['M7'], outcome: 'errored', code: 1024 },
    'AGG-20240430-01-7': { sources: ['M8'], outcome: 'pending' },
    'AGG-20240430-01-8': { sources: ['M10'], outcome: 'pending' },
  },
  batches: 4,
  reprocessable: ['AGG-20240430-01-4', 'AGG-20240430-01-5', 'AGG-20240430-01-6'],
  reconciliation: {
    source: { records: 9, quantity: '875.5', amount: '7.06' },
    sent: { records: 4, quantity: '200.5', amount: '3.61' },
    errored: { records: 3, quantity: '355', amount: '1.85' },
    pending: { records: 2, quantity: '320', amount: '1.6' },
  },
} as const;

/**
 * Aggregated usage with the switch off and wrong credentials: four records, one line each,
 * batches of three. The first call fails as a whole with 1004 (every record in it errored, all
 * reprocessable once the credentials are fixed); the second call succeeds.
 */
export const SAMPLE_AGGREGATION_AUTH_FAILURE = {
  title: 'Aggregation off, first call refused with 1004',
  clientNo: 1000123,
  aggregate: false,
  batchSize: 3,
  aggregatedId: 'AGG-20240501-01',
  batchErrors: [{ batch: 1, code: 1004 }],
  records: [
    {
      id: 'N1',
      accountNo: 1001,
      planInstanceNo: 5001,
      usageTypeCode: 'VOICE_MIN',
      usageDate: '2024-05-01 10:00:00',
      quantity: 3,
      amount: '0.06',
    },
    {
      id: 'N2',
      accountNo: 1001,
      planInstanceNo: 5001,
      usageTypeCode: 'VOICE_MIN',
      usageDate: '2024-05-01 11:00:00',
      quantity: 4,
      amount: '0.08',
    },
    {
      id: 'N3',
      accountNo: 1002,
      planInstanceNo: 5002,
      usageTypeCode: 'SMS_MSG',
      usageDate: '2024-05-01 12:00:00',
      quantity: 1,
      amount: '0.01',
    },
    {
      id: 'N4',
      accountNo: 1002,
      planInstanceNo: 5002,
      usageTypeCode: 'SMS_MSG',
      usageDate: '2024-05-01 13:00:00',
      quantity: 2,
      amount: '0.02',
    },
  ],
} as const satisfies AggregationScenario;

export const SAMPLE_AGGREGATION_AUTH_FAILURE_EXPECTED = {
  errored: ['N1', 'N2', 'N3'],
  sent: ['N4'],
  batchStatuses: ['errored', 'complete'],
} as const;

export type SimulatorName = 'suspense' | 'sync' | 'aggregation';

export interface SimulationSample {
  id: string;
  simulator: SimulatorName;
  title: string;
  scenario: unknown;
  expected: unknown;
}

/** Every sample with a stable id (used in widget URLs and tests). */
export const SIMULATION_SAMPLES: readonly SimulationSample[] = [
  {
    id: 'suspense-no-service-found',
    simulator: 'suspense',
    title: SAMPLE_SUSPENSE_SCENARIO.title,
    scenario: SAMPLE_SUSPENSE_SCENARIO,
    expected: SAMPLE_SUSPENSE_EXPECTED,
  },
  {
    id: 'sync-out-of-order-go-live',
    simulator: 'sync',
    title: SAMPLE_SYNC_SCENARIO.title,
    scenario: SAMPLE_SYNC_SCENARIO,
    expected: SAMPLE_SYNC_EXPECTED,
  },
  {
    id: 'aggregation-month-end-errors',
    simulator: 'aggregation',
    title: SAMPLE_AGGREGATION_SCENARIO.title,
    scenario: SAMPLE_AGGREGATION_SCENARIO,
    expected: SAMPLE_AGGREGATION_EXPECTED,
  },
  {
    id: 'aggregation-auth-failure',
    simulator: 'aggregation',
    title: SAMPLE_AGGREGATION_AUTH_FAILURE.title,
    scenario: SAMPLE_AGGREGATION_AUTH_FAILURE,
    expected: SAMPLE_AGGREGATION_AUTH_FAILURE_EXPECTED,
  },
];
