/**
 * Issue codes of the client configuration checker (`check/config.ts`).
 *
 * Families: SYN (the text cannot be read), SCH (shape of one record), DUP (duplicate ids),
 * REF (a reference that does not resolve, one code per kind of target), ORD (build order),
 * RES / BLD / MOD (resources, building blocks, models), FLD (folder names), STR (processing
 * streams), PRC / TIER (price offers and their tiers), AGG (aggregate monetized usage), JOB (job
 * schedules), CORE (core Aria prerequisites), SYS (system properties), CHG (change set), INT
 * (the checker itself).
 *
 * Only the CodeDefinition type is imported from ../codes, so there is no runtime import cycle.
 */
import type { CodeDefinition } from '../codes';

const CONFIG = '/docs/configuration';
const BUILD_ORDER = '/docs/configuration/build-order';
const RESOURCES = '/docs/configuration/resources';
const BLOCKS = '/docs/configuration/building-blocks';
const MODELS = '/docs/configuration/models';
const OFFERS = '/docs/configuration/price-offers';
const PLATFORMS = '/docs/configuration/source-platforms-and-mediation';
const AGGREGATE = '/docs/configuration/aggregate-monetized-usage';
const SYSTEM = '/docs/configuration/system-properties';
const CORE = '/docs/configuration/core-aria-prerequisites';
const STREAMS = '/docs/configuration/processing-streams-and-job-schedules';

export const CONFIG_CODES = [
  // --- The text itself -----------------------------------------------------------------------
  {
    code: 'CFG-SYN-001',
    severity: 'error',
    category: 'deployment-setup',
    title: 'The JSON text is not valid JSON',
    cause: 'A bracket, comma, quote or value is out of place, so the document cannot be read.',
    fix: 'Correct the text at the line and column shown; nothing else was checked.',
    docs: { page: CONFIG },
  },
  {
    code: 'CFG-SYN-002',
    severity: 'error',
    category: 'deployment-setup',
    title: 'The YAML text is not valid YAML',
    cause:
      'Indentation, a colon, a quote or a bracket is out of place, so the document cannot be read.',
    fix: 'Correct the text at the line and column shown; nothing else was checked.',
    docs: { page: CONFIG },
  },
  {
    code: 'CFG-SYN-003',
    severity: 'error',
    category: 'deployment-setup',
    title: 'A key name is not allowed',
    cause:
      'The keys __proto__, constructor and prototype can change how programs read the document, ' +
      'and no configuration field uses them.',
    fix: 'Remove the key. It was ignored for the rest of the check.',
    docs: { page: CONFIG },
  },
  {
    code: 'CFG-SYN-004',
    severity: 'error',
    category: 'deployment-setup',
    title: 'The document is nested too deeply',
    cause:
      'Lists and objects are nested far deeper than any configuration needs (limit: 64 levels).',
    fix: 'Check for a runaway copy and paste; the configuration shape is only a few levels deep.',
    docs: { page: CONFIG },
  },
  {
    code: 'CFG-SYN-005',
    severity: 'error',
    category: 'deployment-setup',
    title: 'The document is empty',
    cause: 'The text holds no value, or only null.',
    fix: 'Start from the clean sample configuration and fill in your client.',
    docs: { page: CONFIG },
  },
  {
    code: 'CFG-SYN-006',
    severity: 'error',
    category: 'deployment-setup',
    title: 'The document is too large to check',
    cause:
      'The text is longer than 5 million characters, or YAML aliases expand it beyond 200,000 values.',
    fix: 'Split the configuration, or remove repeated alias expansions.',
    docs: { page: CONFIG },
  },
  {
    code: 'CFG-SYN-007',
    severity: 'error',
    category: 'deployment-setup',
    title: 'A key appears twice in the same object',
    cause: 'Two entries of one object have the same key; only one of the values can be kept.',
    fix: 'Keep one entry. In JSON the last one was used for the rest of the check.',
    docs: { page: CONFIG },
  },
  {
    code: 'CFG-SYN-008',
    severity: 'error',
    category: 'deployment-setup',
    title: 'The text is not UTF-8 text',
    cause:
      'The text holds NUL characters: the file is binary or compressed, or it was saved as UTF-16 ("Unicode text"). The checker reads UTF-8 text only.',
    fix: 'Check that you opened the configuration file itself, and save it as UTF-8.',
    docs: { page: CONFIG },
  },
  {
    code: 'CFG-INT-001',
    severity: 'error',
    category: 'deployment-setup',
    title: 'The checker failed on this input',
    cause: 'An unexpected internal error stopped the configuration check.',
    fix: 'Report the input that caused it; the findings listed may be incomplete.',
    docs: { page: CONFIG },
  },

  // --- Shape of each record ------------------------------------------------------------------
  {
    code: 'CFG-SCH-001',
    severity: 'error',
    category: 'deployment-setup',
    title: 'A required field is missing',
    cause: 'The record lacks a field Allegro requires, such as a currency rounding method.',
    fix: 'Add the field named in the message.',
    docs: { page: BUILD_ORDER, anchor: 'build-order' },
  },
  {
    code: 'CFG-SCH-002',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Unknown field, probably a typo',
    cause:
      'The record has a key the configuration shape does not know. Usually a misspelt field ' +
      'name, whose value would otherwise be ignored without notice.',
    fix: 'Rename it to the suggested field, or remove it.',
    docs: { page: BUILD_ORDER, anchor: 'build-order' },
  },
  {
    code: 'CFG-SCH-003',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Value is not one of the allowed options',
    cause: 'A field that takes a fixed set of values (such as tier type) has another value.',
    fix: 'Use one of the values listed in the message; they are case-sensitive.',
    docs: { page: BUILD_ORDER, anchor: 'build-order' },
  },
  {
    code: 'CFG-SCH-004',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Value has the wrong type',
    cause: 'A field holds, for example, text where a number, list or true/false is expected.',
    fix: 'Write the value in the type named in the message (no quotes around true/false).',
    docs: { page: BUILD_ORDER, anchor: 'build-order' },
  },
  {
    code: 'CFG-SCH-005',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Value is not in the expected format',
    cause:
      'A value such as a currency code, a time (HH:MM:SS) or a zone prefix is written differently.',
    fix: 'Follow the format given in the message.',
    docs: { page: BUILD_ORDER, anchor: 'build-order' },
  },
  {
    code: 'CFG-SCH-006',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Value or list is too small or too large',
    cause: 'A number is out of range, a text is too long or empty, or a list has too few entries.',
    fix: 'Bring the value within the limit named in the message.',
    docs: { page: BUILD_ORDER, anchor: 'build-order' },
  },

  // --- Identity and references ---------------------------------------------------------------
  {
    code: 'CFG-DUP-001',
    severity: 'error',
    category: 'functional',
    title: 'Two records in one list have the same id',
    cause:
      'Ids identify records and are used by references; a duplicate makes references ambiguous.',
    fix: 'Give each record its own id (ids cannot be changed later in Allegro, so choose carefully).',
    docs: { page: BUILD_ORDER, anchor: 'ids-are-read-only' },
  },
  {
    code: 'CFG-REF-001',
    severity: 'error',
    category: 'functional',
    title: 'Reference to a currency that is not configured',
    cause:
      'A setting outside the price offers, such as the Default Currency system property, names a ' +
      'currency that is not in resources.currencies.',
    fix: 'Add the currency resource (with its rounding method) or correct the code.',
    docs: { page: BUILD_ORDER, anchor: 'referential-integrity' },
  },
  {
    code: 'CFG-REF-002',
    severity: 'error',
    category: 'functional',
    title: 'Reference to an allowance that is not configured',
    cause: 'A service grant names an allowance that is not in resources.allowances.',
    fix: 'Add the allowance resource or correct the id.',
    docs: { page: BUILD_ORDER, anchor: 'referential-integrity' },
  },
  {
    code: 'CFG-REF-003',
    severity: 'error',
    category: 'functional',
    title: 'Reference to an accumulator that is not configured',
    cause: 'A service grant names an accumulator that is not in resources.accumulators.',
    fix: 'Add the accumulator resource or correct the id.',
    docs: { page: BUILD_ORDER, anchor: 'referential-integrity' },
  },
  {
    code: 'CFG-REF-004',
    severity: 'error',
    category: 'functional',
    title: 'Reference to a service type that is not configured',
    cause: 'A billable service, rate unit, feed, stream or default names an unknown service type.',
    fix: 'Add the service type under buildingBlocks.serviceTypes or correct the id.',
    docs: { page: BUILD_ORDER, anchor: 'referential-integrity' },
  },
  {
    code: 'CFG-REF-005',
    severity: 'error',
    category: 'functional',
    title: 'Reference to a billable service that is not known',
    cause: 'A usage type names a billable service that is not in buildingBlocks.billableServices.',
    fix: 'Check that the service was synced from core Aria and is listed, or correct the id.',
    docs: { page: BUILD_ORDER, anchor: 'referential-integrity' },
  },
  {
    code: 'CFG-REF-006',
    severity: 'error',
    category: 'functional',
    title: 'Reference to a usage type that is not known',
    cause: 'A multi-rate usage type names a parent or child usage type that is not listed.',
    fix: 'Check that the usage type was synced from core Aria and is listed, or correct the code.',
    docs: { page: BUILD_ORDER, anchor: 'referential-integrity' },
  },
  {
    code: 'CFG-REF-007',
    severity: 'error',
    category: 'functional',
    title: 'Reference to a rate unit that is not configured',
    cause: 'A rate unit map names a rate unit code that is not in models.rateUnits.',
    fix: 'Create the rate unit first or correct the code.',
    docs: { page: BUILD_ORDER, anchor: 'referential-integrity' },
  },
  {
    code: 'CFG-REF-008',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Reference to a source platform that is not configured',
    cause: 'A processing stream names a source platform that is not in sourcePlatforms.',
    fix: 'Add the source platform (which also creates its folder tree) or correct the id.',
    docs: { page: PLATFORMS, anchor: 'source-platforms' },
  },
  {
    code: 'CFG-REF-009',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Reference to a job schedule that does not exist',
    cause: 'Aggregate monetized usage names a job schedule that is not in jobSchedules.',
    fix: 'Add the job schedule or correct its name.',
    docs: { page: STREAMS, anchor: 'job-schedules' },
  },
  {
    code: 'CFG-ORD-001',
    severity: 'error',
    category: 'functional',
    title: 'Price offer uses something that does not exist yet',
    cause:
      'Price offers come last in the build order: the resources, building blocks and models they ' +
      'use must exist first. This one names a currency, billable service, usage type, rate unit, ' +
      'time unit, zone unit, allowance or accumulator that is not configured.',
    fix: 'Create the missing item first (the message names it), then attach pricing.',
    docs: { page: BUILD_ORDER, anchor: 'build-order' },
  },
  {
    code: 'CFG-ORD-002',
    severity: 'error',
    category: 'functional',
    title: 'Price offer on a billable service that has no service type',
    cause:
      'A billable service must be mapped to a service type before it can be priced; usage for it ' +
      'cannot be grouped or rated.',
    fix: 'Set the service type of the billable service, then price it.',
    docs: { page: BUILD_ORDER, anchor: 'build-order' },
  },

  // --- Resources -----------------------------------------------------------------------------
  {
    code: 'CFG-RES-001',
    severity: 'error',
    category: 'functional',
    title: 'Currency rounding method is not a known mode',
    cause: 'Every currency needs a rounding method, and this value is not one of the known modes.',
    fix: 'Use DOWN or HALF_DOWN (documented) or another standard mode such as HALF_UP.',
    docs: { page: RESOURCES, anchor: 'rounding-methods' },
  },
  {
    code: 'CFG-RES-002',
    severity: 'info',
    category: 'functional',
    title: 'Rounding method not confirmed by the public documentation',
    cause:
      'The public documentation names DOWN and HALF_DOWN; this mode belongs to the same family ' +
      'but its availability in Allegro is not stated.',
    fix: 'Check that the Rounding Method list of your environment offers this mode.',
    docs: { page: RESOURCES, anchor: 'rounding-methods' },
  },
  {
    code: 'CFG-RES-003',
    severity: 'info',
    category: 'functional',
    title: 'Resource is configured but nothing uses it',
    cause: 'No price offer, tier impact, service grant or default refers to this resource.',
    fix: 'Nothing to fix if it is planned for later; otherwise consider removing it.',
    docs: { page: RESOURCES },
  },

  // --- Building blocks -----------------------------------------------------------------------
  {
    code: 'CFG-BLD-001',
    severity: 'error',
    category: 'functional',
    title: 'Billable service has no service type',
    cause:
      'Billable services arrive from core Aria by catalog sync and must be associated with an ' +
      'Allegro service type; without it, catalog sync reports an error and usage cannot be grouped.',
    fix: 'Set serviceType on the billable service, then reprocess the catalog sync record.',
    docs: { page: BLOCKS, anchor: 'billable-services' },
  },
  {
    code: 'CFG-BLD-002',
    severity: 'error',
    category: 'functional',
    title: 'Resource grant on a usage service',
    cause:
      'Allowance and accumulator grants ("Add Allowance", "Add Accumulators") belong to ' +
      'activation and recurring services.',
    fix: 'Move the grant to the activation or recurring service of the plan.',
    docs: { page: CORE, anchor: 'advanced-pricing-flags' },
  },
  {
    code: 'CFG-BLD-003',
    severity: 'error',
    category: 'functional',
    title: 'Usage type linked to a service that is not a usage service',
    cause: 'A usage type names a billable service of kind activation or recurring.',
    fix: 'Link the usage type to the usage service that carries it.',
    docs: { page: BLOCKS, anchor: 'usage-types' },
  },
  {
    code: 'CFG-BLD-004',
    severity: 'error',
    category: 'functional',
    title: 'Two children of a multi-rate usage type share a sequence number',
    cause: 'Children are rated in sequence order, so each needs its own position.',
    fix: 'Number the children 1, 2, 3… in the order they should be rated.',
    docs: { page: BLOCKS, anchor: 'multi-rate-usage-types' },
  },
  {
    code: 'CFG-BLD-005',
    severity: 'error',
    category: 'functional',
    title: 'Multi-rate child repeats the parent or another child',
    cause:
      'Each child charge is its own usage type, different from the parent and from its siblings.',
    fix: 'Use a distinct usage type for each child charge.',
    docs: { page: BLOCKS, anchor: 'multi-rate-usage-types' },
  },
  {
    code: 'CFG-BLD-006',
    severity: 'error',
    category: 'functional',
    title: 'Usage type dependency on a sibling that is not rated before it',
    cause:
      'A dependency expression may only use siblings of the same multi-rate usage type. ' +
      'ASSUMPTION: children are evaluated in sequence order, so the sibling must come earlier.',
    fix: 'Point the dependency at an earlier sibling, or move this child after it.',
    docs: { page: BLOCKS, anchor: 'multi-rate-usage-types' },
  },
  {
    code: 'CFG-BLD-007',
    severity: 'info',
    category: 'functional',
    title: 'Units of measure are reserved for a future release',
    cause: 'The product reserves Units of Measure for future use; entries have no effect today.',
    fix: 'Nothing to do; keep them if you are preparing for the future feature.',
    docs: { page: BLOCKS, anchor: 'units-of-measure' },
  },

  // --- Models --------------------------------------------------------------------------------
  {
    code: 'CFG-MOD-001',
    severity: 'error',
    category: 'functional',
    title: 'Rate unit does not have exactly one derivation method',
    cause:
      'Expression, database function and meter read are mutually exclusive; one must be chosen.',
    fix: 'Keep exactly one of expression, databaseFunction or meterRead: true.',
    docs: { page: MODELS, anchor: 'rate-units' },
  },
  {
    code: 'CFG-MOD-002',
    severity: 'error',
    category: 'functional',
    title: 'Rate unit map and its rate unit have different service types',
    cause:
      'The map binds the rate unit to a service type other than the one the rate unit belongs to.',
    fix: 'Use a rate unit of the same service type, or correct the map.',
    docs: { page: MODELS, anchor: 'rate-unit-maps' },
  },
  {
    code: 'CFG-MOD-003',
    severity: 'warning',
    category: 'functional',
    title: 'Two rate unit maps for the same service type and transaction type',
    cause:
      'The rating engine looks a rate unit up by service type and transaction type; two maps ' +
      'for the same pair leave it ambiguous which one applies.',
    fix: 'Keep one map per service type and transaction type, or tell them apart by transaction type.',
    docs: { page: MODELS, anchor: 'rate-unit-maps' },
  },
  {
    code: 'CFG-MOD-004',
    severity: 'error',
    category: 'functional',
    title: 'The same number prefix is in two zone units',
    cause:
      'Zones are chosen by the longest matching prefix; an identical prefix in two zones is a tie.',
    fix: 'Keep each prefix in one zone only.',
    docs: { page: MODELS, anchor: 'zone-units' },
  },
  {
    code: 'CFG-MOD-005',
    severity: 'error',
    category: 'functional',
    title: 'Standard zone unit without prefixes',
    cause:
      'A standard zone model classifies numbers by prefix; without prefixes nothing can match it.',
    fix: 'Add one or more prefixes such as 44*.',
    docs: { page: MODELS, anchor: 'zone-units' },
  },

  // --- Source platforms, folders, streams ------------------------------------------------------
  {
    code: 'CFG-FLD-001',
    severity: 'error',
    category: 'deployment-setup',
    title: 'A name that becomes a folder contains spaces',
    cause:
      'Client, source platform, service type and usage record type names build the S3 path ' +
      'Client/mediation/Source Platform/Service Type/Usage Record Type/input; spaces are to be avoided there.',
    fix: 'Use names without spaces, for example VOICE_INTL instead of VOICE INTL.',
    docs: { page: PLATFORMS, anchor: 'folder-names' },
  },
  {
    code: 'CFG-STR-001',
    severity: 'error',
    category: 'deployment-setup',
    title: 'No processing stream for a feed that delivers usage',
    cause:
      'Each service type × source platform × usage record type that receives files needs its ' +
      'own processing stream; without one, its files are not rated.',
    fix: 'Create (or copy) a processing stream for the combination named in the message.',
    docs: { page: STREAMS, anchor: 'processing-streams' },
  },
  {
    code: 'CFG-STR-002',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Two processing streams for the same combination',
    cause: 'There is one processing stream per service type × source platform × usage record type.',
    fix: 'Merge the two streams into one.',
    docs: { page: STREAMS, anchor: 'processing-streams' },
  },
  {
    code: 'CFG-STR-003',
    severity: 'info',
    category: 'deployment-setup',
    title: 'Processing stream that no source platform feeds',
    cause:
      'No source platform declares a feed for this stream’s combination, so it receives no files.',
    fix: 'Add the feed to the source platform, or remove the stream if it is not needed.',
    docs: { page: STREAMS, anchor: 'processing-streams' },
  },

  // --- Price offers and tiers -----------------------------------------------------------------
  {
    code: 'CFG-PRC-001',
    severity: 'error',
    category: 'functional',
    title: 'Two price offers for the same plan, rate schedule and service',
    cause: 'Allegro creates one shell price offer per plan × rate schedule × service combination.',
    fix: 'Keep one price offer for the combination and put all its tiers there.',
    docs: { page: OFFERS, anchor: 'price-offers' },
  },
  {
    code: 'CFG-PRC-002',
    severity: 'error',
    category: 'functional',
    title: 'Balance-based tiers without an accumulator',
    cause:
      'With tier reference BALANCE the tier is chosen from an accumulator balance, and none is named.',
    fix: 'Set accumulator on the price offer.',
    docs: { page: OFFERS, anchor: 'tier-reference' },
  },
  {
    code: 'CFG-PRC-003',
    severity: 'error',
    category: 'functional',
    title: 'Tier accumulator is never impacted',
    cause:
      'The accumulator that chooses the tier is not impacted by any tier of any price offer, so ' +
      'its balance never grows and the first tier always applies.',
    fix: 'Add an accumulator impact for it to the tiers (of this or a sharing price offer).',
    docs: { page: OFFERS, anchor: 'tier-reference' },
  },
  {
    code: 'CFG-PRC-004',
    severity: 'error',
    category: 'functional',
    title: 'Prospective tiers must be balance-based',
    cause:
      'A prospective tier is chosen from a balance built in an earlier period, so it needs BALANCE.',
    fix: 'Set tierReference to BALANCE and name the accumulator.',
    docs: { page: OFFERS, anchor: 'tier-types' },
  },
  {
    code: 'CFG-PRC-005',
    severity: 'error',
    category: 'functional',
    title: 'Volume rating needs TIERED, PROSPECTIVE and BALANCE',
    cause:
      'Volume (two-pass) rating is configured as a tiered, prospective, balance-based price offer.',
    fix: 'Set pricingModel TIERED, tierType PROSPECTIVE and tierReference BALANCE.',
    docs: { page: OFFERS, anchor: 'volume-rating' },
  },
  {
    code: 'CFG-PRC-006',
    severity: 'error',
    category: 'functional',
    title: 'Volume rating accumulator does not accumulate quantity',
    cause:
      'Volume rating picks the tier from the period’s total quantity; the accumulator must count quantity.',
    fix: 'Set accumulateQuantity: true on the accumulator.',
    docs: { page: OFFERS, anchor: 'volume-rating' },
  },
  {
    code: 'CFG-PRC-007',
    severity: 'error',
    category: 'functional',
    title: 'Pooling cannot be combined with per-record rating',
    cause:
      'Per-record rating rates each record on its own; core Aria refuses it with usage pooling.',
    fix: 'Turn off either pooling or per-record rating.',
    docs: { page: OFFERS, anchor: 'pooling-rules' },
  },
  {
    code: 'CFG-PRC-008',
    severity: 'error',
    category: 'functional',
    title: 'Pooling cannot be combined with flat rate per tier',
    cause:
      'Usage pooling applies to standard (and, per newer documentation, volume discount) pricing, not flat rate per tier.',
    fix: 'Turn off either pooling or flat rate per tier.',
    docs: { page: OFFERS, anchor: 'pooling-rules' },
  },
  {
    code: 'CFG-PRC-009',
    severity: 'error',
    category: 'functional',
    title: 'Volume rating and flat rate per tier are both on',
    cause: 'Standard, volume discount and flat rate per tier are alternative pricing rules.',
    fix: 'Choose one of the two.',
    docs: { page: OFFERS, anchor: 'flat-rate-per-tier' },
  },
  {
    code: 'CFG-PRC-010',
    severity: 'error',
    category: 'functional',
    title: 'Flat price offer with more than one tier',
    cause: 'A FLAT pricing model charges one rate; the extra tiers would never be used.',
    fix: 'Keep one tier, or switch the pricing model to TIERED.',
    docs: { page: OFFERS, anchor: 'price-offers' },
  },
  {
    code: 'CFG-PRC-011',
    severity: 'warning',
    category: 'functional',
    title: 'Tier settings on a price offer that is not tiered',
    cause:
      'tierType, tierReference, volume rating or flat rate per tier only apply to TIERED pricing.',
    fix: 'Remove the settings, or switch the pricing model to TIERED.',
    docs: { page: OFFERS, anchor: 'tier-types' },
  },
  {
    code: 'CFG-PRC-012',
    severity: 'warning',
    category: 'functional',
    title: 'Accumulator named on quantity-based tiers',
    cause:
      'With tier reference QUANTITY the tier comes from the record quantity; the accumulator is not used.',
    fix: 'Set tierReference to BALANCE if the tier should follow the accumulator, or remove it.',
    docs: { page: OFFERS, anchor: 'tier-reference' },
  },
  {
    code: 'CFG-PRC-013',
    severity: 'warning',
    category: 'functional',
    title: 'Tier impacts a currency other than the price offer’s',
    cause:
      'The currency impact of a tier normally adds the charge in the price offer’s own currency.',
    fix: 'Check the currency of the impact.',
    docs: { page: OFFERS, anchor: 'price-offers' },
  },
  {
    code: 'CFG-PRC-014',
    severity: 'info',
    category: 'functional',
    title: 'Usage service without an Allegro price offer',
    cause: 'No price offer prices this usage service, so its usage would not be rated by Allegro.',
    fix: 'Attach pricing to its shell price offer, or ignore if the service is not used yet.',
    docs: { page: OFFERS, anchor: 'price-offers' },
  },
  {
    code: 'CFG-PRC-015',
    severity: 'warning',
    category: 'functional',
    title: 'Price offer usage type belongs to another service',
    cause: 'The usage type named on the price offer is linked to a different billable service.',
    fix: 'Use a usage type of the priced service, or correct the link.',
    docs: { page: OFFERS, anchor: 'price-offers' },
  },
  {
    code: 'CFG-TIER-001',
    severity: 'error',
    category: 'functional',
    title: 'Tiers are not in ascending order',
    cause: 'A tier starts below the start of the tier before it.',
    fix: 'List tiers from the lowest quantity to the highest.',
    docs: { page: OFFERS, anchor: 'tier-types' },
  },
  {
    code: 'CFG-TIER-002',
    severity: 'error',
    category: 'functional',
    title: 'Gap between two tiers',
    cause:
      'Quantities between the end of one tier and the start of the next have no rate. ' +
      'ASSUMPTION: bounds are inclusive whole units, so the next tier starts at the previous end + 1.',
    fix: 'Start the next tier right after the previous one ends.',
    docs: { page: OFFERS, anchor: 'tier-types' },
  },
  {
    code: 'CFG-TIER-003',
    severity: 'error',
    category: 'functional',
    title: 'Two tiers overlap',
    cause:
      'A quantity falls in two tiers. ASSUMPTION: bounds are inclusive whole units (1–100, 101–500).',
    fix: 'Start the next tier at the previous end + 1.',
    docs: { page: OFFERS, anchor: 'tier-types' },
  },
  {
    code: 'CFG-TIER-004',
    severity: 'error',
    category: 'functional',
    title: 'Open-ended tier is not the last one',
    cause: 'A tier without an end covers every higher quantity, so tiers after it can never apply.',
    fix: 'Give the tier an end, or remove the tiers after it.',
    docs: { page: OFFERS, anchor: 'tier-types' },
  },
  {
    code: 'CFG-TIER-005',
    severity: 'error',
    category: 'functional',
    title: 'Tier ends before it starts',
    cause: 'The tier’s to value is lower than its from value.',
    fix: 'Swap or correct the bounds.',
    docs: { page: OFFERS, anchor: 'tier-types' },
  },
  {
    code: 'CFG-TIER-006',
    severity: 'warning',
    category: 'functional',
    title: 'First tier does not start at 0 or 1',
    cause: 'Quantities below the first tier have no rate.',
    fix: 'Start the first tier at 0 or 1.',
    docs: { page: OFFERS, anchor: 'tier-types' },
  },
  {
    code: 'CFG-TIER-007',
    severity: 'warning',
    category: 'functional',
    title: 'Last tier has an end',
    cause: 'Quantities above the last tier’s end have no rate.',
    fix: 'Leave the last tier open-ended (omit to).',
    docs: { page: OFFERS, anchor: 'tier-types' },
  },

  // --- Aggregate monetized usage --------------------------------------------------------------
  {
    code: 'CFG-AGG-001',
    severity: 'error',
    category: 'functional',
    title: 'Mapping to an attribute bulk_record_usage_m does not have',
    cause:
      'Each mapping fills one usage record attribute of bulk_record_usage_m; this name is not one of them.',
    fix: 'Use an attribute name from the bulk_record_usage_m reference (e.g. usage_units).',
    docs: { page: AGGREGATE, anchor: 'attribute-mappings' },
  },
  {
    code: 'CFG-AGG-002',
    severity: 'error',
    category: 'functional',
    title: 'A bulk_record_usage_m attribute is mapped twice',
    cause: 'Each attribute takes its value from one usage container field.',
    fix: 'Keep one mapping for the attribute.',
    docs: { page: AGGREGATE, anchor: 'attribute-mappings' },
  },
  {
    code: 'CFG-AGG-003',
    severity: 'error',
    category: 'functional',
    title: 'A required bulk_record_usage_m attribute is not mapped',
    cause:
      'Every usage record needs an account or plan-instance locator, a usage type (number or ' +
      'code) and usage_units, or core Aria rejects it.',
    fix: 'Map the attribute named in the message.',
    docs: { page: AGGREGATE, anchor: 'attribute-mappings' },
  },
  {
    code: 'CFG-AGG-004',
    severity: 'info',
    category: 'functional',
    title: 'Batch size below 100 records',
    cause:
      'The bulk API is recommended for more than 100 records per call; smaller batches mean more calls.',
    fix: 'Consider a larger batch size unless you have a reason for small batches.',
    docs: { page: AGGREGATE, anchor: 'batch-size' },
  },
  {
    code: 'CFG-AGG-005',
    severity: 'error',
    category: 'functional',
    title: 'Scheduled aggregation without a job schedule',
    cause: 'frequency SCHEDULED needs the name of the job schedule that runs the aggregation.',
    fix: 'Set jobSchedule, or use frequency DAILY.',
    docs: { page: AGGREGATE, anchor: 'aggregation-switch' },
  },

  // --- Job schedules -------------------------------------------------------------------------
  {
    code: 'CFG-JOB-001',
    severity: 'error',
    category: 'deployment-setup',
    title: 'No DAILY job schedule',
    cause: 'A default daily job schedule is mandatory for every client that uses Allegro.',
    fix: 'Add one job schedule with frequency DAILY.',
    docs: { page: STREAMS, anchor: 'daily-schedule' },
  },
  {
    code: 'CFG-JOB-002',
    severity: 'error',
    category: 'deployment-setup',
    title: 'More than one DAILY job schedule',
    cause: 'Only one job schedule per client may have frequency DAILY; others are SCHEDULED.',
    fix: 'Keep one DAILY schedule and change the others to SCHEDULED.',
    docs: { page: STREAMS, anchor: 'daily-schedule' },
  },
  {
    code: 'CFG-JOB-003',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Two job schedules with the same name',
    cause: 'Job schedule names are unique per client.',
    fix: 'Rename one of them.',
    docs: { page: STREAMS, anchor: 'job-schedules' },
  },

  // --- Core Aria prerequisites and system properties -------------------------------------------
  {
    code: 'CFG-CORE-001',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Data Feed is not enabled in core Aria',
    cause:
      'Allegro receives catalog and account changes through the Data Feed; without it nothing syncs.',
    fix: 'Ask Aria support to enable the Data Feed for the client.',
    docs: { page: CORE, anchor: 'data-feed' },
  },
  {
    code: 'CFG-CORE-002',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Section 33 is not enabled in core Aria',
    cause:
      'Section 33 exposes the Advanced Pricing options in Aria Admin UI that Allegro pricing relies on.',
    fix: 'Ask Aria support to enable Section 33 for the client.',
    docs: { page: CORE, anchor: 'section-33' },
  },
  {
    code: 'CFG-CORE-003',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Allegro base URL entered with a protocol',
    cause:
      'adv_usage_pricing_system_base_url takes the Allegro UI base URL without http:// or https://.',
    fix: 'Remove the protocol, e.g. secure.current.stage.ariasystems.net/ui/allegro.',
    docs: { page: CORE, anchor: 'allegro-base-url' },
  },
  {
    code: 'CFG-CORE-004',
    severity: 'warning',
    category: 'deployment-setup',
    title: 'Allegro base URL looks malformed',
    cause: 'The value contains spaces, a query string, a trailing slash or no host name.',
    fix: 'Enter host and path only, like the example in the message.',
    docs: { page: CORE, anchor: 'allegro-base-url' },
  },
  {
    code: 'CFG-CORE-005',
    severity: 'warning',
    category: 'deployment-setup',
    title: 'Batch-job interdependence is not configured',
    cause:
      'Without it core Aria does not wait for Allegro’s daily schedule, so invoices can run ' +
      'before aggregated usage arrives.',
    fix: 'Ask Aria support to configure batch-job interdependence.',
    docs: { page: CORE, anchor: 'batch-job-interdependence' },
  },
  {
    code: 'CFG-CORE-006',
    severity: 'info',
    category: 'deployment-setup',
    title: 'Core Aria prerequisites are not recorded',
    cause:
      'systemProperties.coreAriaPrerequisites is absent, so the prerequisites could not be checked.',
    fix: 'Record the four prerequisites (Data Feed, Section 33, base URL, batch-job interdependence).',
    docs: { page: CORE },
  },
  {
    code: 'CFG-SYS-001',
    severity: 'info',
    category: 'functional',
    title: 'Default download size outside the recommended range',
    cause: 'The recommended Default Download Size is 200,000 to 250,000 rows.',
    fix: 'Consider a value in the recommended range.',
    docs: { page: SYSTEM, anchor: 'ui-defaults' },
  },

  // --- Change set ----------------------------------------------------------------------------
  {
    code: 'CFG-CHG-001',
    severity: 'error',
    category: 'functional',
    title: 'Deletion refused: the item is still referenced',
    cause:
      'Allegro only deletes an item that nothing references; the message lists who still does.',
    fix: 'Change or delete the referencing items first (earlier in the change set), then delete this one.',
    docs: { page: BUILD_ORDER, anchor: 'deleting-referenced-objects' },
  },
  {
    code: 'CFG-CHG-002',
    severity: 'warning',
    category: 'functional',
    title: 'Deletion of an item that does not exist',
    cause: 'The change set deletes an id that is not in the document.',
    fix: 'Check the kind and the id.',
    docs: { page: BUILD_ORDER, anchor: 'deleting-referenced-objects' },
  },
  {
    code: 'CFG-CHG-003',
    severity: 'error',
    category: 'deployment-setup',
    title: 'Deletion of the only DAILY job schedule',
    cause: 'A DAILY job schedule is mandatory.',
    fix: 'Keep it, or make another schedule DAILY first.',
    docs: { page: STREAMS, anchor: 'daily-schedule' },
  },
  {
    code: 'CFG-CHG-004',
    severity: 'error',
    category: 'functional',
    title: 'Rename refused: ids are read-only',
    cause: 'Ids cannot be changed after an item is created.',
    fix: 'Create a new item with the new id, move the references to it, then delete the old one.',
    docs: { page: BUILD_ORDER, anchor: 'ids-are-read-only' },
  },
] as const satisfies readonly CodeDefinition[];

/** Union of every config code, so a typo in a checker is a compile error. */
export type ConfigCode = (typeof CONFIG_CODES)[number]['code'];
