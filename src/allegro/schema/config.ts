/**
 * The Allegro client configuration document: one file that describes everything a client needs
 * in Aria Allegro before usage can be monetised, in the order the product builds it.
 *
 * Shape (top-level keys; every list is optional and defaults to empty):
 *
 * ```yaml
 * schemaVersion: 1
 * client: { id: 4000123, name: AcmeTelco }          # Aria client number and the folder name
 * resources:
 *   currencies:   [{ id: USD, name: US Dollar, roundingMethod: HALF_UP }]
 *   allowances:   [{ id: FREE_MIN, name: Free minutes }]
 *   accumulators: [{ id: VOICE_MIN, name: Voice minutes, accumulateQuantity: true }]
 * buildingBlocks:
 *   serviceTypes:        [{ id: VOICE, name: Voice }]
 *   billableServices:    [{ id: SVC_VOICE, name: Voice usage, kind: usage, serviceType: VOICE }]
 *   usageTypes:          [{ id: LOCAL_MIN, name: Local minutes, billableService: SVC_VOICE }]
 *   multiRateUsageTypes: [{ id: INTL_CALL, parentUsageType: ..., children: [{ sequence: 1, usageType: ... }] }]
 *   unitsOfMeasure:      []                         # reserved by the product for a future release
 * models:
 *   rateUnits:    [{ id: MINUTES, serviceType: VOICE, expression: duration / 60 }]
 *   rateUnitMaps: [{ id: MAP_VOICE, rateUnit: MINUTES, serviceType: VOICE, transactionType: CALL }]
 *   timeUnits:    [{ id: PEAK, name: Peak, kind: TIME_OF_DAY, windows: [{ start: '08:00:00', end: '18:00:00' }] }]
 *   zoneUnits:    [{ id: UK, name: United Kingdom, model: STANDARD, prefixes: ['44*'] }]
 * sourcePlatforms: [{ id: SWITCH1, name: Core switch, feeds: [{ serviceType: VOICE, usageRecordType: POSTPAID }] }]
 * priceOffers:     [{ id, plan, rateSchedule, billableService, currency, pricingModel, tiers: [...] }]
 * aggregateMonetizedUsage: { aggregateUsage: true, batchSize: 500, attributeMappings: [...] }
 * processingStreams: [{ id, serviceType, sourcePlatform, usageRecordType }]
 * jobSchedules:      [{ name: Daily, frequency: DAILY, time: '01:00:00' }]
 * systemProperties:  { buildingBlocks: {...}, coreAriaPrerequisites: {...}, ... }
 * changeSet:         { delete: [{ kind: currency, id: EUR }] }   # optional, checked, never applied
 * ```
 *
 * Identifiers (`id`) are the codes you type in Allegro; they are read-only once created in the
 * product, which is why the change set can delete but not rename. References between records
 * are by `id` (job schedules by `name`).
 *
 * Conventions the public documentation does not settle (the checker's changeable assumptions,
 * see CONFIG_CHECK_ASSUMPTIONS in check/config-rules.ts): tier bounds are inclusive whole units
 * (1–100, 101–500); multi-rate dependencies point at earlier siblings. An empty
 * `aggregateMonetizedUsage.attributeMappings` means "keep the mappings seeded at deployment".
 *
 * Objects are strict: an unknown key is almost always a misspelt field name, so it is reported
 * (with the nearest known key) instead of being silently ignored.
 *
 * Only shapes and formats live here; rules that look across records (references, tiers,
 * pooling, schedules…) live in `check/config-rules.ts`, so that one broken record does not hide
 * the findings in all others.
 */
import Decimal from 'decimal.js';
import { z } from 'zod';

/** Version of this document shape. Bump when a breaking change is made. */
export const CLIENT_CONFIG_SCHEMA_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Small building blocks

/** An identifier as typed in Allegro (code, id or name used for references). */
export const IdSchema = z
  .string({ error: 'must be a text value' })
  .min(1, { error: 'must not be empty' })
  .max(100, { error: 'must be at most 100 characters' });

const NameSchema = z
  .string({ error: 'must be a text value' })
  .min(1, { error: 'must not be empty' })
  .max(200, { error: 'must be at most 200 characters' });

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;
const NON_NEGATIVE_DECIMAL_PATTERN = /^\d+(\.\d+)?$/;

/**
 * A decimal amount or quantity, given as a number or as a string (use a string when more than
 * 15 significant digits matter). Normalised to a plain decimal string, computed with decimal.js.
 */
export const DecimalSchema = z
  .union([
    z.number({ error: 'must be a number' }),
    z.string().regex(DECIMAL_PATTERN, { error: 'must be a decimal number such as 0.05' }),
  ])
  .transform((value) => new Decimal(value).toFixed());

/** Like DecimalSchema, but zero or more (tier bounds, quantities). */
export const NonNegativeDecimalSchema = z
  .union([
    z.number({ error: 'must be a number' }).nonnegative({ error: 'must not be negative' }),
    z.string().regex(NON_NEGATIVE_DECIMAL_PATTERN, {
      error: 'must be a non-negative decimal number such as 100',
    }),
  ])
  .transform((value) => new Decimal(value).toFixed());

/** A time of day written HH:MM:SS on a 24-hour clock, as the job schedule screen uses. */
export const TimeOfDaySchema = z
  .string({ error: 'must be a time written HH:MM:SS' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, {
    error: 'must be a time written HH:MM:SS on a 24-hour clock, e.g. 01:30:00',
  });

const CalendarDateSchema = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    error: 'must be a date written YYYY-MM-DD',
  });

// ---------------------------------------------------------------------------------------------
// Client

export const ClientSchema = z
  .strictObject({
    id: z
      .union([
        z.number().int({ error: 'must be a whole number' }).nonnegative(),
        z.string().regex(/^\d{1,22}$/, { error: 'must be the Aria client number (digits only)' }),
      ])
      .transform((value) => String(value))
      .describe('Aria client number (client_no, up to 22 digits).'),
    name: NameSchema.describe(
      'Client name; it becomes a folder name in the Allegro S3 tree, so avoid spaces.',
    ),
  })
  .describe('The Aria client this configuration belongs to.');

// ---------------------------------------------------------------------------------------------
// Resources

/**
 * Rounding methods. The public documentation confirms DOWN and HALF_DOWN; the others are the
 * remaining modes of the same (Java RoundingMode style) family and are an inference, so the
 * checker accepts them with an informational note. Anything else is an error.
 */
export const DOCUMENTED_ROUNDING_METHODS = ['DOWN', 'HALF_DOWN'] as const;
export const INFERRED_ROUNDING_METHODS = [
  'UP',
  'CEILING',
  'FLOOR',
  'HALF_UP',
  'HALF_EVEN',
] as const;
export const CURRENCY_ROUNDING_METHODS = [
  ...DOCUMENTED_ROUNDING_METHODS,
  ...INFERRED_ROUNDING_METHODS,
] as const;

export const CurrencySchema = z.strictObject({
  id: z
    .string({ error: 'must be a three-letter ISO 4217 code such as USD' })
    .regex(/^[A-Z]{3}$/, { error: 'must be a three-letter upper-case ISO 4217 code such as USD' })
    .describe('ISO 4217 currency code (Currency Id).'),
  name: NameSchema.describe('Display name; defaults from the currency in the product.'),
  roundingMethod: z
    .string({ error: 'is required for every currency (Rounding Method)' })
    .min(1, { error: 'is required for every currency (Rounding Method)' })
    .describe(`Required. One of ${CURRENCY_ROUNDING_METHODS.join(', ')}.`),
  symbol: z.string().max(10).optional(),
});

export const AllowanceSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  description: z.string().optional(),
});

export const AccumulatorSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  accumulateQuantity: z
    .boolean({ error: 'must be true or false' })
    .default(false)
    .describe('True: the accumulator counts quantity. Volume rating needs true.'),
  description: z.string().optional(),
});

export const ResourcesSchema = z.strictObject({
  currencies: z.array(CurrencySchema).default([]),
  allowances: z.array(AllowanceSchema).default([]),
  accumulators: z.array(AccumulatorSchema).default([]),
});

// ---------------------------------------------------------------------------------------------
// Building blocks

export const BILLABLE_SERVICE_KINDS = ['activation', 'recurring', 'usage'] as const;

export const ServiceTypeSchema = z.strictObject({
  id: IdSchema.describe('Service type code, e.g. VOICE; it becomes a folder name.'),
  name: NameSchema,
});

/** A grant of an allowance or accumulator by an activation or recurring service. */
export const ResourceGrantSchema = z.strictObject({
  kind: z.enum(['allowance', 'accumulator']),
  resource: IdSchema,
  amount: NonNegativeDecimalSchema,
});

export const BillableServiceSchema = z.strictObject({
  id: IdSchema.describe('The core Aria service this billable service mirrors.'),
  name: NameSchema,
  kind: z.enum(BILLABLE_SERVICE_KINDS),
  serviceType: IdSchema.optional().describe(
    'Allegro service type; required before the service can be priced or synced cleanly.',
  ),
  grants: z
    .array(ResourceGrantSchema)
    .default([])
    .describe('"Add Allowance" / "Add Accumulators" on activation and recurring services.'),
});

export const UsageTypeSchema = z.strictObject({
  id: IdSchema.describe('Usage type code as synced from core Aria.'),
  name: NameSchema,
  billableService: IdSchema.optional().describe('The usage service that carries this type.'),
});

export const UsageTypeDependencySchema = z.strictObject({
  dependsOn: z.array(IdSchema).min(1, { error: 'must name at least one sibling usage type' }),
  expression: z.string().min(1, { error: 'must not be empty' }),
});

export const MultiRateChildSchema = z.strictObject({
  sequence: z.number().int({ error: 'must be a whole number' }).positive(),
  usageType: IdSchema,
  dependency: UsageTypeDependencySchema.optional(),
});

export const MultiRateUsageTypeSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  parentUsageType: IdSchema,
  invoiceAtParentLevel: z.boolean().default(false),
  children: z.array(MultiRateChildSchema).min(1, { error: 'needs at least one child' }),
});

export const UnitOfMeasureSchema = z.strictObject({ id: IdSchema, name: NameSchema });

export const BuildingBlocksSchema = z.strictObject({
  serviceTypes: z.array(ServiceTypeSchema).default([]),
  billableServices: z.array(BillableServiceSchema).default([]),
  usageTypes: z.array(UsageTypeSchema).default([]),
  multiRateUsageTypes: z.array(MultiRateUsageTypeSchema).default([]),
  unitsOfMeasure: z.array(UnitOfMeasureSchema).default([]),
});

// ---------------------------------------------------------------------------------------------
// Models

export const RateUnitSchema = z.strictObject({
  id: IdSchema.describe('Rate Unit Code.'),
  serviceType: IdSchema,
  expression: z.string().min(1).optional().describe('Expression over usage container fields.'),
  databaseFunction: z.string().min(1).optional(),
  meterRead: z.boolean().optional(),
  drivesRecurringQuantity: z.boolean().default(false),
});

export const RateUnitMapSchema = z.strictObject({
  id: IdSchema,
  rateUnit: IdSchema,
  serviceType: IdSchema,
  transactionType: IdSchema,
});

export const DAYS_OF_WEEK = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;

const TimeWindowSchema = z.strictObject({ start: TimeOfDaySchema, end: TimeOfDaySchema });

export const TimeUnitSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: IdSchema,
    name: NameSchema,
    kind: z.literal('TIME_OF_DAY'),
    windows: z.array(TimeWindowSchema).min(1, { error: 'needs at least one window' }),
  }),
  z.strictObject({
    id: IdSchema,
    name: NameSchema,
    kind: z.literal('DAY_OF_WEEK'),
    days: z.array(z.enum(DAYS_OF_WEEK)).min(1, { error: 'needs at least one day' }),
  }),
  z.strictObject({
    id: IdSchema,
    name: NameSchema,
    kind: z.literal('HOLIDAY'),
    dates: z.array(CalendarDateSchema).min(1, { error: 'needs at least one date' }),
  }),
]);

export const ZoneUnitSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  model: z.enum(['STANDARD', 'GEOGRAPHICAL']).default('STANDARD'),
  prefixes: z
    .array(
      z.string().regex(/^\d+\*?$/, {
        error: 'must be digits with an optional trailing * wildcard, e.g. 44*',
      }),
    )
    .default([]),
});

export const ModelsSchema = z.strictObject({
  rateUnits: z.array(RateUnitSchema).default([]),
  rateUnitMaps: z.array(RateUnitMapSchema).default([]),
  timeUnits: z.array(TimeUnitSchema).default([]),
  zoneUnits: z.array(ZoneUnitSchema).default([]),
});

// ---------------------------------------------------------------------------------------------
// Source platforms (mediation)

/** Usage record types named in the public documentation; others are accepted as written. */
export const KNOWN_USAGE_RECORD_TYPES = ['POSTPAID', 'PRERATED', 'PREPAID'] as const;

export const FeedSchema = z.strictObject({
  serviceType: IdSchema,
  usageRecordType: IdSchema.describe('Usage record type, e.g. POSTPAID; it becomes a folder name.'),
});

export const SourcePlatformSchema = z.strictObject({
  id: IdSchema.describe('Source platform code; it becomes a folder name.'),
  name: NameSchema,
  description: z.string().optional(),
  transfer: z.enum(['S3', 'SFTP', 'S3_LINK', 'OTHER']).optional(),
  direction: z.enum(['PUSH', 'PULL']).optional(),
  feeds: z
    .array(FeedSchema)
    .default([])
    .describe(
      'Service type × usage record type combinations this platform delivers; each becomes ' +
        'the folder Client/mediation/<platform>/<service type>/<record type>/input.',
    ),
});

// ---------------------------------------------------------------------------------------------
// Price offers

export const PRICING_MODELS = ['FLAT', 'TIERED', 'RECURRING'] as const;
export const TIER_TYPES = ['PROGRESSIVE', 'PROSPECTIVE'] as const;
export const TIER_REFERENCES = ['QUANTITY', 'BALANCE'] as const;
export const RESOURCE_KINDS = ['currency', 'allowance', 'accumulator'] as const;

export const TierImpactSchema = z.strictObject({
  kind: z.enum(RESOURCE_KINDS),
  resource: IdSchema,
});

export const TierSchema = z.strictObject({
  from: NonNegativeDecimalSchema.describe('First unit of the tier (inclusive).'),
  to: NonNegativeDecimalSchema.nullable()
    .optional()
    .describe('Last unit of the tier (inclusive); omit or null on the open-ended last tier.'),
  rate: DecimalSchema,
  impacts: z.array(TierImpactSchema).default([]),
});

export const PriceOfferSchema = z.strictObject({
  id: IdSchema,
  plan: IdSchema.describe('Core Aria plan the shell price offer was created for.'),
  rateSchedule: IdSchema,
  billableService: IdSchema,
  currency: IdSchema.describe('Currency resource id (ISO code) of this price offer.'),
  usageType: IdSchema.optional(),
  rateUnit: IdSchema.optional(),
  timeUnit: IdSchema.optional(),
  zoneUnit: IdSchema.optional(),
  pricingModel: z.enum(PRICING_MODELS),
  tierType: z.enum(TIER_TYPES).optional().describe('TIERED only; PROGRESSIVE when omitted.'),
  tierReference: z.enum(TIER_REFERENCES).optional().describe('TIERED only; QUANTITY when omitted.'),
  accumulator: IdSchema.optional().describe('Accumulator whose balance picks the tier (BALANCE).'),
  volumeRating: z.boolean().default(false),
  flatRatePerTier: z.boolean().default(false),
  pooling: z.boolean().default(false),
  perRecordRating: z.boolean().default(false),
  tiers: z.array(TierSchema).min(1, { error: 'needs at least one tier (the rate)' }),
});

// ---------------------------------------------------------------------------------------------
// Aggregate monetized usage, processing streams, job schedules

export const AttributeMappingSchema = z.strictObject({
  attribute: z
    .string()
    .min(1)
    .describe('bulk_record_usage_m usage record attribute, e.g. acct_no.'),
  source: z.string().min(1).describe('Usage container field that fills it.'),
});

export const AggregateMonetizedUsageSchema = z.strictObject({
  aggregateUsage: z.boolean({ error: 'must be true or false (the Aggregate Usage switch)' }),
  batchSize: z
    .number({ error: 'must be a whole number of records per bulk_record_usage_m call' })
    .int({ error: 'must be a whole number' })
    .positive({ error: 'must be at least 1' }),
  frequency: z.enum(['DAILY', 'SCHEDULED']).default('DAILY'),
  jobSchedule: IdSchema.optional().describe('Name of the job schedule that runs aggregation.'),
  attributeMappings: z.array(AttributeMappingSchema).default([]),
});

export const ProcessingStreamSchema = z.strictObject({
  id: IdSchema,
  serviceType: IdSchema,
  sourcePlatform: IdSchema,
  usageRecordType: IdSchema,
});

export const JOB_SCHEDULE_FREQUENCIES = ['DAILY', 'SCHEDULED'] as const;

export const JobScheduleSchema = z.strictObject({
  name: IdSchema.describe('Unique per client.'),
  description: z.string().optional(),
  frequency: z.enum(JOB_SCHEDULE_FREQUENCIES),
  time: TimeOfDaySchema,
  exceptionWindow: z.strictObject({ start: TimeOfDaySchema, end: TimeOfDaySchema }).optional(),
});

// ---------------------------------------------------------------------------------------------
// System properties

const TableStyleSchema = z.enum(['COZY', 'COMPACT']);

export const CoreAriaPrerequisitesSchema = z
  .strictObject({
    dataFeedEnabled: z.boolean(),
    section33Enabled: z.boolean(),
    advUsagePricingSystemBaseUrl: z
      .string()
      .min(1, { error: 'must not be empty' })
      .describe(
        'Value of the core Aria DB parameter adv_usage_pricing_system_base_url: the Allegro UI ' +
          'base URL without protocol.',
      ),
    batchJobInterdependence: z.boolean(),
  })
  .describe('Settings made in core Aria by support for each new Allegro client.');

export const SystemPropertiesSchema = z.strictObject({
  uiDefaults: z
    .strictObject({
      mainTableStyle: TableStyleSchema.optional(),
      drawerFieldsStyle: TableStyleSchema.optional(),
      drawerTableStyle: TableStyleSchema.optional(),
      multiSearchEnabled: z.boolean().optional(),
      defaultPageSize: z.number().int().positive().optional(),
      defaultDownloadSize: z.number().int().positive().optional(),
    })
    .optional(),
  buildingBlocks: z
    .strictObject({
      defaultCurrency: z.string().min(1).optional(),
      defaultServiceType: IdSchema.optional(),
      defaultUsageRecordType: IdSchema.optional(),
      defaultUnit: IdSchema.optional(),
      defaultTransactionType: IdSchema.optional(),
    })
    .optional(),
  usageProcessing: z
    .strictObject({ usageCustomRatesFromBilling: z.boolean().optional() })
    .optional(),
  subscriptions: z.strictObject({ enableSharingAcrossMpi: z.boolean().optional() }).optional(),
  coreAriaPrerequisites: CoreAriaPrerequisitesSchema.optional(),
});

// ---------------------------------------------------------------------------------------------
// Change set

/** Every kind of record that can be referenced or deleted. */
export const CONFIG_OBJECT_KINDS = [
  'currency',
  'allowance',
  'accumulator',
  'serviceType',
  'billableService',
  'usageType',
  'multiRateUsageType',
  'unitOfMeasure',
  'rateUnit',
  'rateUnitMap',
  'timeUnit',
  'zoneUnit',
  'sourcePlatform',
  'priceOffer',
  'processingStream',
  'jobSchedule',
] as const;
export type ConfigObjectKind = (typeof CONFIG_OBJECT_KINDS)[number];

export const ChangeSetSchema = z
  .strictObject({
    delete: z
      .array(z.strictObject({ kind: z.enum(CONFIG_OBJECT_KINDS), id: IdSchema }))
      .default([])
      .describe('Deletions in the order you intend to make them.'),
    rename: z
      .array(z.strictObject({ kind: z.enum(CONFIG_OBJECT_KINDS), from: IdSchema, to: IdSchema }))
      .default([])
      .describe('Always refused: identifiers are read-only after creation.'),
  })
  .describe('Planned changes to check against this document before making them in Allegro.');

// ---------------------------------------------------------------------------------------------
// The document

export const ClientConfigSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(CLIENT_CONFIG_SCHEMA_VERSION).default(CLIENT_CONFIG_SCHEMA_VERSION),
    client: ClientSchema,
    resources: ResourcesSchema.prefault({}),
    buildingBlocks: BuildingBlocksSchema.prefault({}),
    models: ModelsSchema.prefault({}),
    sourcePlatforms: z.array(SourcePlatformSchema).default([]),
    priceOffers: z.array(PriceOfferSchema).default([]),
    aggregateMonetizedUsage: AggregateMonetizedUsageSchema.optional(),
    processingStreams: z.array(ProcessingStreamSchema).default([]),
    jobSchedules: z.array(JobScheduleSchema).default([]),
    systemProperties: SystemPropertiesSchema.prefault({}),
    changeSet: ChangeSetSchema.optional(),
  })
  .describe('Aria Allegro client configuration document (Allegro knowledge base format).');

/** The document as written (numbers or strings for decimals, optional lists). */
export type ClientConfigInput = z.input<typeof ClientConfigSchema>;
/** The normalised document: defaults applied, decimals as strings. */
export type ClientConfig = z.output<typeof ClientConfigSchema>;
export type Currency = z.output<typeof CurrencySchema>;
export type PriceOffer = z.output<typeof PriceOfferSchema>;
export type Tier = z.output<typeof TierSchema>;
export type JobSchedule = z.output<typeof JobScheduleSchema>;
export type ProcessingStream = z.output<typeof ProcessingStreamSchema>;
export type SourcePlatform = z.output<typeof SourcePlatformSchema>;
export type RateUnit = z.output<typeof RateUnitSchema>;
export type TimeUnit = z.output<typeof TimeUnitSchema>;
export type ChangeSet = z.output<typeof ChangeSetSchema>;
