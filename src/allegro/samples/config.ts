/**
 * Sample client configurations for the configuration checker widget, the CLI and the tests.
 *
 * - SAMPLE_CONFIG_CLEAN passes every check with no finding at all.
 * - SAMPLE_CONFIG_WITH_MISTAKES (YAML text) contains the deliberate mistakes listed in
 *   SAMPLE_CONFIG_MISTAKES, each with the code and the line the checker reports.
 *
 * The same documents are published as static/samples/config-clean.json and
 * static/samples/config-with-mistakes.yaml by scripts/generate-json-schemas.ts.
 * The client, plans and services are invented for illustration.
 */
import type { ClientConfigInput } from '../schema/config';

export const SAMPLE_CONFIG_CLEAN = {
  $schema: '/schemas/client-config.schema.json',
  schemaVersion: 1,
  client: { id: 4000123, name: 'AcmeTelco' },
  resources: {
    currencies: [
      { id: 'USD', name: 'US Dollar', roundingMethod: 'HALF_DOWN', symbol: '$' },
      { id: 'EUR', name: 'Euro', roundingMethod: 'DOWN' },
    ],
    allowances: [{ id: 'FREE_MIN', name: 'Free voice minutes' }],
    accumulators: [
      { id: 'VOICE_MIN_TOTAL', name: 'Voice minutes this cycle', accumulateQuantity: true },
      { id: 'DATA_MB_TOTAL', name: 'Data megabytes this period', accumulateQuantity: true },
    ],
  },
  buildingBlocks: {
    serviceTypes: [
      { id: 'VOICE', name: 'Voice' },
      { id: 'SMS', name: 'Text messages' },
      { id: 'DATA', name: 'Mobile data' },
    ],
    billableServices: [
      { id: 'SVC_VOICE_USAGE', name: 'Voice usage', kind: 'usage', serviceType: 'VOICE' },
      { id: 'SVC_SMS_USAGE', name: 'SMS usage', kind: 'usage', serviceType: 'SMS' },
      { id: 'SVC_DATA_USAGE', name: 'Data usage', kind: 'usage', serviceType: 'DATA' },
      {
        id: 'SVC_VOICE_MONTHLY',
        name: 'Voice bundle monthly fee',
        kind: 'recurring',
        serviceType: 'VOICE',
        grants: [{ kind: 'allowance', resource: 'FREE_MIN', amount: 100 }],
      },
    ],
    usageTypes: [
      { id: 'LOCAL_MIN', name: 'Local minutes', billableService: 'SVC_VOICE_USAGE' },
      { id: 'INTL_CALL', name: 'International call', billableService: 'SVC_VOICE_USAGE' },
      { id: 'INTL_CONN', name: 'International connection fee', billableService: 'SVC_VOICE_USAGE' },
      { id: 'INTL_MIN', name: 'International minutes', billableService: 'SVC_VOICE_USAGE' },
      { id: 'INTL_SURCHARGE', name: 'International surcharge', billableService: 'SVC_VOICE_USAGE' },
      { id: 'SMS_MSG', name: 'Text message', billableService: 'SVC_SMS_USAGE' },
      { id: 'DATA_MB', name: 'Data megabytes', billableService: 'SVC_DATA_USAGE' },
    ],
    multiRateUsageTypes: [
      {
        id: 'INTL_CALL_MR',
        name: 'International call, three charges',
        parentUsageType: 'INTL_CALL',
        invoiceAtParentLevel: true,
        children: [
          { sequence: 1, usageType: 'INTL_CONN' },
          { sequence: 2, usageType: 'INTL_MIN' },
          {
            sequence: 3,
            usageType: 'INTL_SURCHARGE',
            dependency: { dependsOn: ['INTL_MIN'], expression: 'INTL_MIN * 0.05' },
          },
        ],
      },
    ],
    unitsOfMeasure: [],
  },
  models: {
    rateUnits: [
      { id: 'MINUTES', serviceType: 'VOICE', expression: 'duration_seconds / 60' },
      { id: 'EACH', serviceType: 'SMS', expression: '1' },
      { id: 'MEGABYTES', serviceType: 'DATA', expression: 'volume_bytes / 1048576' },
    ],
    rateUnitMaps: [
      { id: 'MAP_VOICE', rateUnit: 'MINUTES', serviceType: 'VOICE', transactionType: 'CALL' },
      { id: 'MAP_SMS', rateUnit: 'EACH', serviceType: 'SMS', transactionType: 'MESSAGE' },
      { id: 'MAP_DATA', rateUnit: 'MEGABYTES', serviceType: 'DATA', transactionType: 'SESSION' },
    ],
    timeUnits: [
      {
        id: 'PEAK',
        name: 'Weekday business hours',
        kind: 'TIME_OF_DAY',
        windows: [{ start: '08:00:00', end: '17:59:59' }],
      },
      { id: 'WEEKEND', name: 'Weekend', kind: 'DAY_OF_WEEK', days: ['SAT', 'SUN'] },
    ],
    zoneUnits: [
      { id: 'UK', name: 'United Kingdom', model: 'STANDARD', prefixes: ['44*'] },
      { id: 'UK_LONDON', name: 'London', model: 'STANDARD', prefixes: ['4420*'] },
    ],
  },
  sourcePlatforms: [
    {
      id: 'SWITCH_EU',
      name: 'Voice and SMS switch',
      transfer: 'SFTP',
      direction: 'PUSH',
      feeds: [
        { serviceType: 'VOICE', usageRecordType: 'POSTPAID' },
        { serviceType: 'SMS', usageRecordType: 'POSTPAID' },
      ],
    },
    {
      id: 'DATA_GW',
      name: 'Data gateway',
      transfer: 'S3',
      direction: 'PULL',
      feeds: [{ serviceType: 'DATA', usageRecordType: 'POSTPAID' }],
    },
  ],
  priceOffers: [
    {
      id: 'PO_VOICE_LOCAL',
      plan: 'PLAN_MOBILE',
      rateSchedule: 'RS_MOBILE_USD',
      billableService: 'SVC_VOICE_USAGE',
      currency: 'USD',
      usageType: 'LOCAL_MIN',
      rateUnit: 'MINUTES',
      timeUnit: 'PEAK',
      zoneUnit: 'UK',
      pricingModel: 'TIERED',
      tierType: 'PROGRESSIVE',
      tierReference: 'QUANTITY',
      tiers: [
        {
          from: 1,
          to: 100,
          rate: '0.00',
          impacts: [
            { kind: 'allowance', resource: 'FREE_MIN' },
            { kind: 'accumulator', resource: 'VOICE_MIN_TOTAL' },
          ],
        },
        {
          from: 101,
          to: 500,
          rate: '0.10',
          impacts: [
            { kind: 'currency', resource: 'USD' },
            { kind: 'accumulator', resource: 'VOICE_MIN_TOTAL' },
          ],
        },
        {
          from: 501,
          rate: '0.08',
          impacts: [
            { kind: 'currency', resource: 'USD' },
            { kind: 'accumulator', resource: 'VOICE_MIN_TOTAL' },
          ],
        },
      ],
    },
    {
      id: 'PO_SMS',
      plan: 'PLAN_MOBILE',
      rateSchedule: 'RS_MOBILE_USD',
      billableService: 'SVC_SMS_USAGE',
      currency: 'USD',
      usageType: 'SMS_MSG',
      rateUnit: 'EACH',
      pricingModel: 'FLAT',
      tiers: [{ from: 0, rate: '0.05', impacts: [{ kind: 'currency', resource: 'USD' }] }],
    },
    {
      id: 'PO_DATA_VOLUME',
      plan: 'PLAN_MOBILE',
      rateSchedule: 'RS_MOBILE_USD',
      billableService: 'SVC_DATA_USAGE',
      currency: 'USD',
      usageType: 'DATA_MB',
      rateUnit: 'MEGABYTES',
      pricingModel: 'TIERED',
      tierType: 'PROSPECTIVE',
      tierReference: 'BALANCE',
      accumulator: 'DATA_MB_TOTAL',
      volumeRating: true,
      tiers: [
        {
          from: 0,
          to: 1000,
          rate: '0.02',
          impacts: [
            { kind: 'currency', resource: 'USD' },
            { kind: 'accumulator', resource: 'DATA_MB_TOTAL' },
          ],
        },
        {
          from: 1001,
          rate: '0.01',
          impacts: [
            { kind: 'currency', resource: 'USD' },
            { kind: 'accumulator', resource: 'DATA_MB_TOTAL' },
          ],
        },
      ],
    },
    {
      id: 'PO_VOICE_EU',
      plan: 'PLAN_MOBILE_EU',
      rateSchedule: 'RS_MOBILE_EUR',
      billableService: 'SVC_VOICE_USAGE',
      currency: 'EUR',
      usageType: 'LOCAL_MIN',
      rateUnit: 'MINUTES',
      pricingModel: 'TIERED',
      pooling: true,
      tiers: [
        { from: 1, to: 100, rate: '0.09', impacts: [{ kind: 'currency', resource: 'EUR' }] },
        { from: 101, rate: '0.07', impacts: [{ kind: 'currency', resource: 'EUR' }] },
      ],
    },
  ],
  aggregateMonetizedUsage: {
    aggregateUsage: true,
    batchSize: 500,
    frequency: 'SCHEDULED',
    jobSchedule: 'Midday',
    attributeMappings: [
      { attribute: 'acct_no', source: 'accountNo' },
      { attribute: 'usage_type_code', source: 'usageTypeCode' },
      { attribute: 'usage_units', source: 'ratedQuantity' },
      { attribute: 'usage_date', source: 'usageStartDateTime' },
      { attribute: 'amt', source: 'netAmount' },
      { attribute: 'client_record_id', source: 'aggregatedRecordId' },
    ],
  },
  processingStreams: [
    {
      id: 'PS_VOICE',
      serviceType: 'VOICE',
      sourcePlatform: 'SWITCH_EU',
      usageRecordType: 'POSTPAID',
    },
    { id: 'PS_SMS', serviceType: 'SMS', sourcePlatform: 'SWITCH_EU', usageRecordType: 'POSTPAID' },
    { id: 'PS_DATA', serviceType: 'DATA', sourcePlatform: 'DATA_GW', usageRecordType: 'POSTPAID' },
  ],
  jobSchedules: [
    {
      name: 'Daily',
      description: 'Default daily schedule: rating, billing and sync jobs.',
      frequency: 'DAILY',
      time: '01:00:00',
      exceptionWindow: { start: '23:30:00', end: '00:30:00' },
    },
    { name: 'Midday', frequency: 'SCHEDULED', time: '12:00:00' },
  ],
  systemProperties: {
    uiDefaults: {
      mainTableStyle: 'COMPACT',
      drawerFieldsStyle: 'COZY',
      drawerTableStyle: 'COMPACT',
      multiSearchEnabled: true,
      defaultPageSize: 50,
      defaultDownloadSize: 200000,
    },
    buildingBlocks: {
      defaultCurrency: 'USD',
      defaultServiceType: 'VOICE',
      defaultUsageRecordType: 'POSTPAID',
      defaultTransactionType: 'CALL',
    },
    usageProcessing: { usageCustomRatesFromBilling: false },
    subscriptions: { enableSharingAcrossMpi: false },
    coreAriaPrerequisites: {
      dataFeedEnabled: true,
      section33Enabled: true,
      advUsagePricingSystemBaseUrl: 'secure.current.stage.ariasystems.net/ui/allegro',
      batchJobInterdependence: true,
    },
  },
} as const satisfies ClientConfigInput;

/** The clean sample as published JSON text. */
export const SAMPLE_CONFIG_CLEAN_JSON = `${JSON.stringify(SAMPLE_CONFIG_CLEAN, null, 2)}\n`;

/**
 * A YAML configuration with deliberate mistakes. Each mistake is marked in the text with a
 * comment naming its code; SAMPLE_CONFIG_MISTAKES lists code and line for the tests.
 */
export const SAMPLE_CONFIG_WITH_MISTAKES = `# Allegro client configuration with deliberate mistakes (for the configuration checker).
# Expected findings (code: what is wrong):
#   CFG-FLD-001  client name "Acme Telco" contains a space (it becomes a folder name)
#   CFG-SCH-002  "roundingMetod" is a typo of roundingMethod on EUR
#   CFG-SCH-001  ...so EUR has no rounding method at all
#   CFG-RES-001  GBP rounds with "ROUND_HALF", which is not a rounding mode
#   CFG-DUP-001  service type VOICE is defined twice
#   CFG-BLD-001  billable service SVC_SMS_USAGE has no service type
#   CFG-MOD-001  rate unit MINUTES has both an expression and meterRead
#   CFG-STR-001  source platform SWITCH_EU feeds SMS, but there is no SMS processing stream
#   CFG-ORD-001  price offer PO_VOICE_CAD uses currency CAD, which is not configured
#   CFG-TIER-003 PO_VOICE_CAD tier 2 starts inside tier 1
#   CFG-TIER-002 PO_VOICE_CAD tier 3 leaves a gap after tier 2
#   CFG-ORD-002  PO_SMS prices SVC_SMS_USAGE, which has no service type yet
#   CFG-PRC-007  PO_SMS combines pooling with per-record rating
#   CFG-PRC-004  PO_DATA uses PROSPECTIVE tiers based on QUANTITY
#   CFG-PRC-005  ...and turns on volume rating, which needs PROSPECTIVE + BALANCE
#   CFG-PRC-012  ...and names an accumulator that quantity-based tiers do not use
#   CFG-PRC-006  ...whose accumulator DATA_MB_TOTAL does not accumulate quantity
#   CFG-AGG-001  "usage_unit" is not a bulk_record_usage_m attribute (usage_units is)
#   CFG-AGG-003  ...so usage_units is not mapped
#   CFG-JOB-002  two job schedules are DAILY
#   CFG-CORE-003 the Allegro base URL is entered with https://
#   CFG-CHG-001  the change set deletes USD, which price offers still use
schemaVersion: 1
client:
  id: 4000123
  name: Acme Telco
resources:
  currencies:
    - id: USD
      name: US Dollar
      roundingMethod: HALF_DOWN
    - id: EUR
      name: Euro
      roundingMetod: DOWN
    - id: GBP
      name: Pound sterling
      roundingMethod: ROUND_HALF
  accumulators:
    - id: DATA_MB_TOTAL
      name: Data megabytes this period
      accumulateQuantity: false
buildingBlocks:
  serviceTypes:
    - id: VOICE
      name: Voice
    - id: SMS
      name: Text messages
    - id: DATA
      name: Mobile data
    - id: VOICE
      name: Voice again
  billableServices:
    - id: SVC_VOICE_USAGE
      name: Voice usage
      kind: usage
      serviceType: VOICE
    - id: SVC_SMS_USAGE
      name: SMS usage
      kind: usage
    - id: SVC_DATA_USAGE
      name: Data usage
      kind: usage
      serviceType: DATA
models:
  rateUnits:
    - id: MINUTES
      serviceType: VOICE
      expression: duration_seconds / 60
      meterRead: true
sourcePlatforms:
  - id: SWITCH_EU
    name: Voice and SMS switch
    feeds:
      - serviceType: VOICE
        usageRecordType: POSTPAID
      - serviceType: SMS
        usageRecordType: POSTPAID
  - id: DATA_GW
    name: Data gateway
    feeds:
      - serviceType: DATA
        usageRecordType: POSTPAID
priceOffers:
  - id: PO_VOICE_CAD
    plan: PLAN_MOBILE
    rateSchedule: RS_MOBILE_CAD
    billableService: SVC_VOICE_USAGE
    currency: CAD
    pricingModel: TIERED
    tiers:
      - { from: 1, to: 100, rate: 0.10 }
      - { from: 100, to: 500, rate: 0.08 }
      - { from: 600, rate: 0.05 }
  - id: PO_SMS
    plan: PLAN_MOBILE
    rateSchedule: RS_MOBILE_USD
    billableService: SVC_SMS_USAGE
    currency: USD
    pricingModel: FLAT
    pooling: true
    perRecordRating: true
    tiers:
      - { from: 0, rate: 0.05 }
  - id: PO_DATA
    plan: PLAN_MOBILE
    rateSchedule: RS_MOBILE_USD
    billableService: SVC_DATA_USAGE
    currency: USD
    pricingModel: TIERED
    tierType: PROSPECTIVE
    tierReference: QUANTITY
    accumulator: DATA_MB_TOTAL
    volumeRating: true
    tiers:
      - from: 0
        to: 1000
        rate: 0.02
        impacts:
          - { kind: currency, resource: USD }
          - { kind: accumulator, resource: DATA_MB_TOTAL }
      - { from: 1001, rate: 0.01 }
aggregateMonetizedUsage:
  aggregateUsage: true
  batchSize: 500
  attributeMappings:
    - { attribute: acct_no, source: accountNo }
    - { attribute: usage_type_code, source: usageTypeCode }
    - { attribute: usage_unit, source: ratedQuantity }
processingStreams:
  - { id: PS_VOICE, serviceType: VOICE, sourcePlatform: SWITCH_EU, usageRecordType: POSTPAID }
  - { id: PS_DATA, serviceType: DATA, sourcePlatform: DATA_GW, usageRecordType: POSTPAID }
jobSchedules:
  - { name: Daily, frequency: DAILY, time: "01:00:00" }
  - { name: Nightly, frequency: DAILY, time: "03:00:00" }
systemProperties:
  buildingBlocks:
    defaultCurrency: USD
  coreAriaPrerequisites:
    dataFeedEnabled: true
    section33Enabled: true
    advUsagePricingSystemBaseUrl: https://secure.current.stage.ariasystems.net/ui/allegro
    batchJobInterdependence: true
changeSet:
  delete:
    - { kind: currency, id: USD }
`;

/** Every finding the mistakes sample produces: code, 1-based line, and what it is about. */
export const SAMPLE_CONFIG_MISTAKES: readonly { code: string; line: number; what: string }[] = [
  { code: 'CFG-FLD-001', line: 28, what: 'client name "Acme Telco" contains a space' },
  { code: 'CFG-SCH-001', line: 34, what: 'EUR has no roundingMethod' },
  { code: 'CFG-SCH-002', line: 36, what: '"roundingMetod" is a typo' },
  { code: 'CFG-RES-001', line: 39, what: 'GBP rounding method "ROUND_HALF"' },
  { code: 'CFG-DUP-001', line: 52, what: 'service type VOICE defined twice' },
  { code: 'CFG-BLD-001', line: 59, what: 'SVC_SMS_USAGE has no service type' },
  { code: 'CFG-MOD-001', line: 68, what: 'rate unit MINUTES has two derivation methods' },
  { code: 'CFG-STR-001', line: 78, what: 'no processing stream for SMS × SWITCH_EU × POSTPAID' },
  { code: 'CFG-ORD-001', line: 90, what: 'PO_VOICE_CAD uses currency CAD' },
  { code: 'CFG-TIER-003', line: 94, what: 'PO_VOICE_CAD tier 2 overlaps tier 1' },
  { code: 'CFG-TIER-002', line: 95, what: 'PO_VOICE_CAD gap before tier 3' },
  { code: 'CFG-ORD-002', line: 99, what: 'PO_SMS prices a service without service type' },
  { code: 'CFG-PRC-007', line: 103, what: 'PO_SMS pooling with per-record rating' },
  { code: 'CFG-PRC-004', line: 113, what: 'PO_DATA PROSPECTIVE with QUANTITY' },
  { code: 'CFG-PRC-012', line: 114, what: 'PO_DATA accumulator unused by quantity tiers' },
  { code: 'CFG-PRC-006', line: 114, what: 'PO_DATA accumulator does not accumulate quantity' },
  { code: 'CFG-PRC-005', line: 115, what: 'PO_DATA volume rating without PROSPECTIVE + BALANCE' },
  { code: 'CFG-AGG-003', line: 127, what: 'usage_units not mapped' },
  { code: 'CFG-AGG-001', line: 130, what: '"usage_unit" is not an attribute' },
  { code: 'CFG-JOB-002', line: 136, what: 'second DAILY schedule' },
  { code: 'CFG-CORE-003', line: 143, what: 'base URL with https://' },
  { code: 'CFG-CHG-001', line: 147, what: 'deleting USD, still used' },
];
