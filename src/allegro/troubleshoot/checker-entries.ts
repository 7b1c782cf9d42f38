/**
 * Catalog entries for every code of the registry (CODES in ../codes.ts): the configuration
 * checker (CFG-), the usage file checker (USG-) and the simulators (SIM-). Title, category,
 * severity, cause, fix and docs come from the registry; this module adds where in the
 * architecture each family of codes belongs and what reprocessing means for it. A code added to
 * the registry gets an entry automatically (from its family, or its prefix as a fallback).
 */
import { CODES, docsUrlFor, type CodeDefinition } from '../codes';
import type { CatalogEntry, ComponentId, DataFlowId, Reprocessing } from './model';

const SUSPENSE_SCREEN = 'Usage → Usage Activity → Usage Suspense → Suspense Reprocess';
const MEDIATION_SCREEN = 'Usage → Usage Activity → Usage Suspense → Mediation Reprocess';
const SYNC_SCREEN = 'Usage → Billing Sync Reprocess';
const AGGREGATED_SCREEN =
  'Usage → Billing Sync Reprocess, aggregated usage (under Usage Activity before Release 68)';

interface FamilyContext {
  component: ComponentId;
  flow: DataFlowId;
  reprocess: Reprocessing;
}

const CONFIGURATION_FINDING: Reprocessing = {
  outcome: 'nothing-to-reprocess',
  how: 'A finding in a configuration before it is used: correct the configuration. If usage or sync entries already failed because of the same gap, reprocess them after the fix.',
};

const FILE_FINDING: Reprocessing = {
  outcome: 'after-fix',
  how: 'Found before the file is loaded: correct the file at the source or the layout. If the file was already loaded, records that failed before rating are handled on Mediation Reprocess after the fix (our reading).',
  where: MEDIATION_SCREEN,
};

const SIMULATOR_INPUT: Reprocessing = {
  outcome: 'nothing-to-reprocess',
  how: 'A problem with the scenario given to a simulator on this site, not with Allegro.',
};

function configContext(component: ComponentId, flow: DataFlowId = 'configuration'): FamilyContext {
  return { component, flow, reprocess: CONFIGURATION_FINDING };
}

/** Context per code family (the first two parts of the code, e.g. CFG-REF). */
const FAMILIES: Readonly<Record<string, FamilyContext>> = {
  'CFG-SYN': configContext('allegro-ui-and-core-service'),
  'CFG-INT': configContext('allegro-ui-and-core-service'),
  'CFG-SCH': configContext('allegro-ui-and-core-service'),
  'CFG-DUP': configContext('allegro-ui-and-core-service'),
  'CFG-REF': configContext('allegro-ui-and-core-service'),
  'CFG-ORD': configContext('allegro-ui-and-core-service'),
  'CFG-CHG': configContext('allegro-ui-and-core-service'),
  'CFG-SYS': configContext('allegro-ui-and-core-service'),
  'CFG-RES': configContext('usage-processing-service'),
  'CFG-BLD': configContext('usage-processing-service'),
  'CFG-MOD': configContext('usage-processing-service'),
  'CFG-PRC': configContext('usage-processing-service'),
  'CFG-TIER': configContext('usage-processing-service'),
  'CFG-STR': configContext('usage-processing-service', 'usage-flow'),
  'CFG-FLD': configContext('allegro-s3', 'usage-flow'),
  'CFG-AGG': configContext('operations-service-and-scheduler', 'aggregated-usage-sync'),
  'CFG-JOB': configContext('operations-service-and-scheduler', 'daily-job-schedule'),
  'CFG-CORE': configContext('core-aria'),
  'USG-LAY': { component: 'mediation-service', flow: 'usage-flow', reprocess: FILE_FINDING },
  'USG-FIL': { component: 'apache-nifi', flow: 'usage-flow', reprocess: FILE_FINDING },
  'USG-STR': { component: 'apache-nifi', flow: 'usage-flow', reprocess: FILE_FINDING },
  'USG-ROW': { component: 'apache-nifi', flow: 'usage-flow', reprocess: FILE_FINDING },
  'USG-VAL': { component: 'apache-nifi', flow: 'usage-flow', reprocess: FILE_FINDING },
  'USG-DUP': { component: 'apache-nifi', flow: 'usage-flow', reprocess: FILE_FINDING },
  'USG-TRL': { component: 'apache-nifi', flow: 'usage-flow', reprocess: FILE_FINDING },
  'USG-REF': {
    component: 'usage-processing-service',
    flow: 'usage-flow',
    reprocess: {
      outcome: 'after-fix',
      how: 'Records like these are suspended in rating; once the plan instance covers them, reprocess them from usage suspense.',
      where: SUSPENSE_SCREEN,
      simulator: 'suspense',
    },
  },
  'SIM-INP': { component: 'site-tools', flow: 'site-tool', reprocess: SIMULATOR_INPUT },
  'SIM-INT': { component: 'site-tools', flow: 'site-tool', reprocess: SIMULATOR_INPUT },
  'SIM-SUS': {
    component: 'usage-processing-service',
    flow: 'usage-flow',
    reprocess: {
      outcome: 'after-fix',
      how: 'Fix the cause, then reprocess the suspended records; the simulator shows the outcome step by step.',
      where: SUSPENSE_SCREEN,
      simulator: 'suspense',
    },
  },
  'SIM-SYN': {
    component: 'sync-service',
    flow: 'catalog-and-account-sync',
    reprocess: {
      outcome: 'after-fix',
      how: 'Reprocess in dependency order once the cause is fixed or the missing object has arrived; the simulator builds that order.',
      where: SYNC_SCREEN,
      simulator: 'sync',
    },
  },
  'SIM-AGG': {
    component: 'sync-service',
    flow: 'aggregated-usage-sync',
    reprocess: {
      outcome: 'after-fix',
      how: 'Reprocess the errored aggregated records after the fix; the simulator shows which records go again.',
      where: AGGREGATED_SCREEN,
      simulator: 'aggregation',
    },
  },
};

/** Fallback per prefix, for a family added to the registry later. */
const PREFIXES: Readonly<Record<string, FamilyContext>> = {
  CFG: configContext('allegro-ui-and-core-service'),
  USG: { component: 'apache-nifi', flow: 'usage-flow', reprocess: FILE_FINDING },
  SIM: { component: 'site-tools', flow: 'site-tool', reprocess: SIMULATOR_INPUT },
};

const DEFAULT_CONTEXT: FamilyContext = configContext('allegro-ui-and-core-service');

/** Single codes whose place differs from their family's. */
const OVERRIDES: Readonly<Record<string, Partial<FamilyContext>>> = {
  'CFG-BLD-001': {
    component: 'sync-service',
    flow: 'catalog-and-account-sync',
    reprocess: {
      outcome: 'after-fix',
      how: 'In a running system this is a catalog sync error: set the service type, then reprocess the catalog entry.',
      where: SYNC_SCREEN,
      simulator: 'sync',
    },
  },
  'CFG-AGG-005': { component: 'operations-service-and-scheduler', flow: 'daily-job-schedule' },
  'CFG-CHG-003': { component: 'operations-service-and-scheduler', flow: 'daily-job-schedule' },
  'CFG-REF-009': { component: 'operations-service-and-scheduler', flow: 'daily-job-schedule' },
  'CFG-REF-008': { component: 'allegro-s3', flow: 'usage-flow' },
  'SIM-AGG-005': {
    reprocess: {
      outcome: 'after-fix',
      how: 'Fix the connection or credentials, then reprocess the whole batch.',
      where: AGGREGATED_SCREEN,
      simulator: 'aggregation',
    },
  },
  'SIM-AGG-003': {
    reprocess: {
      outcome: 'after-wait',
      how: 'Wait for the batch to finish before reprocessing anything in it.',
      where: AGGREGATED_SCREEN,
      simulator: 'aggregation',
    },
  },
  'SIM-SUS-004': {
    component: 'allegro-ui-and-core-service',
    reprocess: {
      outcome: 'not-reprocessable',
      how: 'A refused discard changes nothing; an authorised user can discard, or the record can be reprocessed after a fix.',
      where: SUSPENSE_SCREEN,
      simulator: 'suspense',
    },
  },
  'SIM-SUS-006': {
    reprocess: {
      outcome: 'not-reprocessable',
      how: 'Only suspended records can be reprocessed or discarded; a discarded record has to be sent again by the source.',
      where: SUSPENSE_SCREEN,
      simulator: 'suspense',
    },
  },
  'SIM-SYN-005': {
    reprocess: {
      outcome: 'nothing-to-reprocess',
      how: 'An IGNORED entry needs no reprocessing.',
      where: SYNC_SCREEN,
      simulator: 'sync',
    },
  },
};

/** Product or API entries that explain the same situation in the running system. */
const RELATED: Readonly<Record<string, readonly string[]>> = {
  'CFG-BLD-001': ['sync-missing-service-type'],
  'CFG-ORD-002': ['sync-missing-service-type'],
  'CFG-PRC-014': ['price-offer-without-pricing', 'suspense-no-price-found'],
  'CFG-FLD-001': ['storage-access-denied'],
  'CFG-JOB-001': ['daily-schedule-failed'],
  'CFG-JOB-002': ['daily-schedule-failed'],
  'CFG-CORE-001': ['data-feed-not-enabled'],
  'CFG-CORE-002': ['section-33-not-enabled'],
  'CFG-CORE-003': ['allegro-base-url-wrong'],
  'CFG-CORE-004': ['allegro-base-url-wrong'],
  'CFG-CORE-005': ['batch-job-interdependence-missing'],
  'CFG-AGG-003': ['bulk_record_usage_m-1010'],
  'USG-VAL-001': ['bulk_record_usage_m-1010'],
  'USG-VAL-003': ['bulk_record_usage_m-1016'],
  'USG-VAL-004': ['bulk_record_usage_m-1016'],
  'USG-VAL-008': ['bulk_record_usage_m-1024'],
  'USG-VAL-009': ['bulk_record_usage_m-1024'],
  'USG-REF-001': ['usage-outside-plan-instance-dates', 'suspense-no-service-found'],
  'USG-REF-002': ['usage-outside-plan-instance-dates', 'suspense-no-service-found'],
  'USG-REF-003': ['suspense-no-service-found'],
  'SIM-SUS-001': ['suspense-no-service-found'],
  'SIM-SUS-002': ['suspense-no-price-found'],
  'SIM-SUS-003': ['suspense-edit-refused'],
  'SIM-SUS-004': ['suspense-discard-not-permitted'],
  'SIM-SYN-001': ['sync-out-of-order-lom'],
  'SIM-SYN-002': ['sync-missing-configuration'],
  'SIM-SYN-004': ['sync-out-of-order-lom', 'data-feed-not-enabled'],
  'SIM-SYN-005': ['sync-ignored-flood'],
  'SIM-SYN-006': ['sync-missing-service-type'],
  'SIM-AGG-001': ['aggregated-batch-errored'],
  'SIM-AGG-002': ['api-undocumented-code'],
  'SIM-AGG-003': ['aggregated-batch-in-process'],
  'SIM-AGG-005': ['bulk_record_usage_m-1004', 'core-aria-unreachable'],
};

/** `CFG-TIER-003` → `CFG-TIER`. */
export function codeFamily(code: string): string {
  return code.split('-').slice(0, 2).join('-');
}

function contextFor(code: string): FamilyContext {
  const base = FAMILIES[codeFamily(code)] ?? PREFIXES[code.split('-')[0] ?? ''] ?? DEFAULT_CONTEXT;
  return { ...base, ...OVERRIDES[code] };
}

function toEntry(def: CodeDefinition): CatalogEntry {
  const context = contextFor(def.code);
  const related = RELATED[def.code];
  return {
    id: def.code,
    source: 'checker',
    title: def.title,
    summary: def.cause,
    category: def.category,
    categoryBasis: 'inference',
    severity: def.severity,
    component: context.component,
    flow: context.flow,
    causes: [{ text: def.cause, basis: /assum/i.test(def.cause) ? 'assumption' : 'inference' }],
    fix: [def.fix],
    reprocess: context.reprocess,
    docs: def.docs,
    patterns: [{ kind: 'code', code: def.code }],
    code: def.code,
    referenceUrl: docsUrlFor(def.code),
    ...(related ? { related } : {}),
  };
}

export const CHECKER_ENTRIES: readonly CatalogEntry[] = CODES.map(toEntry);
