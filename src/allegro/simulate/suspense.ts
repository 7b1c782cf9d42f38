/**
 * Usage suspense reprocessing simulator. Records that passed mediation but failed in rating wait
 * in suspense; the user fixes the cause (a plan instance, its dates, a sync error, a price) and
 * then reprocesses, or an authorised user discards. Records are never edited.
 *
 * The simulator rates each record against a small model of what Allegro knows (plan instances
 * with their service IDs, effective dates and sync state, and prices), first on arrival and then
 * after each step. Only the "No Service found" reason is documented; the others are assumptions.
 */
import { z } from 'zod';
import type { Issue } from '../issue';
import type { Assumption } from '../rating/assumptions';
import type { SimulationCode } from './codes';
import {
  type AppliedAssumption,
  guard,
  normalizeDateTime,
  parseScenario,
  plural,
  simIssue,
} from './common';
import { DateSchema, DateTimeSchema, DecimalValueSchema, IdSchema } from './scenario-values';

// --- Scenario ------------------------------------------------------------------------------------

export const SYNC_STATES = ['synced', 'pending', 'error'] as const;

const ServiceUnitSchema = z.object({
  serviceType: IdSchema,
  serviceIds: z.array(IdSchema).min(1, { error: 'needs at least one service ID' }),
});

const PlanInstanceFields = {
  id: IdSchema,
  account: IdSchema.optional(),
  serviceUnits: z.array(ServiceUnitSchema).min(1, { error: 'needs at least one service unit' }),
  /** First active day (inclusive, from 00:00:00). */
  effectiveFrom: DateSchema,
  /** First day no longer active (exclusive); null or omitted = open-ended. */
  effectiveTo: DateSchema.nullable().optional(),
  /** Error text of a failed sync, shown in the reason. */
  syncError: z.string().max(500).optional(),
};

const PlanInstanceSchema = z.object({
  ...PlanInstanceFields,
  /** Sync state of this plan instance in Allegro at the start. */
  sync: z.enum(SYNC_STATES).default('synced'),
});

const PriceSchema = z.object({ serviceType: IdSchema, usageType: IdSchema });

const SuspenseRecordSchema = z.object({
  id: IdSchema,
  file: IdSchema.default('usage-file.csv'),
  serviceType: IdSchema,
  /** The service (provisioning) ID the record is matched on, e.g. a phone number. */
  serviceId: IdSchema,
  usageType: IdSchema,
  start: DateTimeSchema,
  end: DateTimeSchema,
  quantity: DecimalValueSchema.default(1),
});

const RecordFilterFields = {
  /** Records to act on; omit to act on every suspended record matching the other filters. */
  recordIds: z.array(IdSchema).optional(),
  file: IdSchema.optional(),
  /** Suspense reason id (the per-error-code level of the Suspense Reprocess screen). */
  reason: z.enum(['NO_SERVICE_FOUND', 'NO_PRICE_FOUND']).optional(),
};

export const DISCARD_JUSTIFICATIONS = [
  'test-data',
  'agreed-to-ignore',
  'corrected-file-coming',
] as const;

const StepSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('addPlanInstance'),
    planInstance: z.object({ ...PlanInstanceFields, sync: z.enum(SYNC_STATES).optional() }),
  }),
  /** Replaces both dates in core Aria; an omitted effectiveTo makes the plan instance open-ended. */
  z.object({
    kind: z.literal('changeEffectiveDates'),
    planInstanceId: IdSchema,
    effectiveFrom: DateSchema,
    effectiveTo: DateSchema.nullable().optional(),
  }),
  z.object({ kind: z.literal('completeSync'), planInstanceId: IdSchema }),
  z.object({ kind: z.literal('fixSyncError'), planInstanceId: IdSchema }),
  z.object({ kind: z.literal('addPrice'), serviceType: IdSchema, usageType: IdSchema }),
  z.object({ kind: z.literal('reprocess'), ...RecordFilterFields }),
  z.object({
    kind: z.literal('discard'),
    ...RecordFilterFields,
    /** Role of the user who discards. */
    role: IdSchema,
    justification: z.enum(DISCARD_JUSTIFICATIONS).optional(),
  }),
  z.object({
    kind: z.literal('edit'),
    recordId: IdSchema,
    field: IdSchema,
    value: z.union([z.string(), z.number()]),
  }),
]);

export const SuspenseScenarioSchema = z.object({
  title: z.string().max(200).optional(),
  /** Roles allowed to discard (assumption SUS-DISCARD-ROLES). */
  discardRoles: z.array(IdSchema).default(['Usage Supervisor']),
  /** A change made in core Aria reaches Allegro before the next step (assumption SUS-SYNC-AFTER-CORE-CHANGE). */
  syncAfterCoreChange: z.boolean().default(true),
  planInstances: z.array(PlanInstanceSchema).default([]),
  prices: z.array(PriceSchema).default([]),
  records: z.array(SuspenseRecordSchema).max(5000),
  steps: z.array(StepSchema).max(500).default([]),
});

export type SuspenseScenario = z.input<typeof SuspenseScenarioSchema>;
type ParsedScenario = z.output<typeof SuspenseScenarioSchema>;
export type SuspenseStep = z.input<typeof StepSchema>;

// --- Reasons and assumptions ---------------------------------------------------------------------

export type SuspenseReasonId = 'NO_SERVICE_FOUND' | 'NO_PRICE_FOUND';

export const SUSPENSE_REASONS: Readonly<
  Record<
    SuspenseReasonId,
    { id: SuspenseReasonId; text: string; documented: boolean; code: SimulationCode }
  >
> = {
  NO_SERVICE_FOUND: {
    id: 'NO_SERVICE_FOUND',
    text: 'No Service found for the service (provisioning) id',
    documented: true,
    code: 'SIM-SUS-001',
  },
  NO_PRICE_FOUND: {
    id: 'NO_PRICE_FOUND',
    text: 'No price found for the service type and usage type (assumed reason; the real text is not public)',
    documented: false,
    code: 'SIM-SUS-002',
  },
};

export type SuspenseDiagnosisId =
  | 'plan-instance-missing'
  | 'plan-instance-not-synced'
  | 'sync-error'
  | 'outside-active-dates'
  | 'price-missing';

export const SUSPENSE_DIAGNOSES: Readonly<
  Record<SuspenseDiagnosisId, { id: SuspenseDiagnosisId; documented: boolean; fix: string }>
> = {
  'plan-instance-missing': {
    id: 'plan-instance-missing',
    documented: true,
    fix: 'Add the plan instance to the account in core Aria with an effective date on or before the usage, wait for it to sync, then reprocess.',
  },
  'plan-instance-not-synced': {
    id: 'plan-instance-not-synced',
    documented: true,
    fix: 'Wait until the plan instance shows in the Subscription view, then reprocess.',
  },
  'sync-error': {
    id: 'sync-error',
    documented: true,
    fix: 'Fix the account sync error through sync reprocessing first, then reprocess the suspended usage.',
  },
  'outside-active-dates': {
    id: 'outside-active-dates',
    documented: false,
    fix: 'Change the plan instance effective date in core Aria so that it covers the usage, wait for sync, then reprocess.',
  },
  'price-missing': {
    id: 'price-missing',
    documented: false,
    fix: 'Add pricing for the usage type to the price offer, then reprocess.',
  },
};

export const SUSPENSE_ASSUMPTIONS: readonly Assumption[] = [
  {
    id: 'SUS-REASONS',
    text: 'Only the "No Service found for the service (provisioning) id" reason is documented. The "no price" reason and its text are assumed, to show what happens when pricing is missing.',
    default: 'two reasons: NO_SERVICE_FOUND (documented), NO_PRICE_FOUND (assumed)',
    change: 'not configurable',
  },
  {
    id: 'SUS-DATES-ARE-NO-SERVICE',
    text: 'Usage dated outside the plan instance’s active dates is reported as No Service found, because the service ID is then not linked to a subscription for the usage time. The product page implies this rather than saying it.',
    default: 'reported as NO_SERVICE_FOUND with diagnosis outside-active-dates',
    change: 'not configurable',
  },
  {
    id: 'SUS-ACTIVE-DATES',
    text: 'A plan instance is active from effectiveFrom 00:00:00 (inclusive) until effectiveTo 00:00:00 (exclusive), and the record’s start and end must both fall inside. Time zones are not modelled.',
    default: 'from inclusive, to exclusive',
    change: 'set planInstances[].effectiveFrom / effectiveTo',
  },
  {
    id: 'SUS-LOOKUP-ORDER',
    text: 'Rating looks up the subscription by service ID first, then checks its dates, then the price; the first check that fails gives the reason.',
    default: 'service → dates → price',
    change: 'not configurable',
  },
  {
    id: 'SUS-SYNC-AFTER-CORE-CHANGE',
    text: 'A plan instance added or changed in core Aria has reached Allegro by the next step. Turn this off to see what reprocessing does while the sync is still pending.',
    default: 'true',
    change: 'syncAfterCoreChange',
  },
  {
    id: 'SUS-DISCARD-ROLES',
    text: 'The permission name for discarding is not public; the roles listed may discard, everyone else is refused.',
    default: 'Usage Supervisor',
    change: 'discardRoles',
  },
  {
    id: 'SUS-DISCARD-FINAL',
    text: 'A discarded record cannot be reprocessed later, as for discarded usage in core Aria.',
    default: 'discard is final',
    change: 'not configurable',
  },
];

// --- Result ----------------------------------------------------------------------------------

export type SuspenseOutcome = 'rated' | 'suspended' | 'discarded';

export interface SuspenseHistoryEntry {
  /** 0 = first rating on arrival; n = the step number. */
  step: number;
  event: string;
}

export interface SuspenseRecordResult {
  id: string;
  file: string;
  serviceType: string;
  serviceId: string;
  usageType: string;
  start: string;
  end: string;
  quantity: string;
  outcome: SuspenseOutcome;
  /** Why the record ends in this state, in one or two sentences. */
  reason: string;
  /** The suspense reason (current, or the last one before it was rated or discarded). */
  suspenseReason: SuspenseReasonId | null;
  diagnosis: SuspenseDiagnosisId | null;
  /** Whether the reason and diagnosis are documented (false = assumption). */
  documented: boolean;
  /** Present while suspended: SIM-SUS-001 or SIM-SUS-002. */
  code?: SimulationCode;
  fix?: string;
  /** Plan instance the record rated against. */
  ratedOn?: string;
  firstPass: 'rated' | 'suspended';
  history: SuspenseHistoryEntry[];
}

export interface SuspenseStepResult {
  step: number;
  kind: SuspenseStep['kind'];
  outcome: 'applied' | 'refused' | 'no-effect';
  message: string;
  code?: SimulationCode;
  /** Records whose state changed in this step. */
  affected: string[];
}

export interface SuspenseSimulationResult {
  /** False when the scenario could not be read; records and steps are then empty. */
  ok: boolean;
  issues: Issue[];
  records: SuspenseRecordResult[];
  steps: SuspenseStepResult[];
  counts: {
    total: number;
    rated: number;
    suspended: number;
    discarded: number;
    ratedOnArrival: number;
  };
  assumptions: AppliedAssumption[];
}

// --- Model -----------------------------------------------------------------------------------

interface PlanInstanceState {
  id: string;
  serviceUnits: Array<{ serviceType: string; serviceIds: string[] }>;
  core: { from: string; to: string | null };
  /** The dates Allegro has; null when the plan instance is not in Allegro. */
  allegro: { from: string; to: string | null } | null;
  sync: (typeof SYNC_STATES)[number];
  syncError?: string;
}

interface Evaluation {
  ok: boolean;
  reason?: SuspenseReasonId;
  diagnosis?: SuspenseDiagnosisId;
  detail: string;
  planInstance?: string;
}

function dayStart(date: string): string {
  return `${date} 00:00:00`;
}

function covers(dates: { from: string; to: string | null }, start: string, end: string): boolean {
  return start >= dayStart(dates.from) && (dates.to === null || end < dayStart(dates.to));
}

function datesText(dates: { from: string; to: string | null }): string {
  return dates.to
    ? `from ${dates.from} until (not including) ${dates.to}`
    : `from ${dates.from}, open-ended`;
}

function matchesService(pi: PlanInstanceState, serviceType: string, serviceId: string): boolean {
  return pi.serviceUnits.some(
    (u) => u.serviceType === serviceType && u.serviceIds.includes(serviceId),
  );
}

interface RecordState {
  input: ParsedScenario['records'][number];
  start: string;
  end: string;
  outcome: SuspenseOutcome;
  reason: string;
  suspenseReason: SuspenseReasonId | null;
  diagnosis: SuspenseDiagnosisId | null;
  ratedOn?: string;
  firstPass: 'rated' | 'suspended';
  history: SuspenseHistoryEntry[];
}

function evaluate(
  record: RecordState,
  planInstances: Map<string, PlanInstanceState>,
  prices: Set<string>,
): Evaluation {
  const { serviceType, serviceId, usageType } = record.input;
  const all = [...planInstances.values()].filter((pi) =>
    matchesService(pi, serviceType, serviceId),
  );
  const inAllegro = all.filter((pi) => pi.allegro !== null);
  const active = inAllegro.find((pi) => pi.allegro && covers(pi.allegro, record.start, record.end));
  if (active) {
    if (prices.has(`${serviceType}\u0000${usageType}`)) {
      return { ok: true, detail: `Rated on plan instance ${active.id}.`, planInstance: active.id };
    }
    return {
      ok: false,
      reason: 'NO_PRICE_FOUND',
      diagnosis: 'price-missing',
      planInstance: active.id,
      detail: `Plan instance ${active.id} was found, but no price covers service type ${serviceType} with usage type ${usageType}.`,
    };
  }
  const where = `service ID ${serviceId} (${serviceType})`;
  // A plan instance in core Aria whose dates cover the usage but that Allegro does not have yet.
  const coreCovering = all.filter((pi) => covers(pi.core, record.start, record.end));
  const failed = coreCovering.find((pi) => pi.sync === 'error');
  if (failed) {
    return {
      ok: false,
      reason: 'NO_SERVICE_FOUND',
      diagnosis: 'sync-error',
      detail: `Plan instance ${failed.id} covers ${where} in core Aria, but its sync to Allegro failed${failed.syncError ? `: ${failed.syncError}` : ''}.`,
    };
  }
  const pending = coreCovering.find((pi) => pi.sync === 'pending');
  if (pending) {
    return {
      ok: false,
      reason: 'NO_SERVICE_FOUND',
      diagnosis: 'plan-instance-not-synced',
      detail: `Plan instance ${pending.id} covers ${where} in core Aria but has not reached Allegro yet.`,
    };
  }
  const known = inAllegro[0] ?? all[0];
  if (known) {
    const dates = known.allegro ?? known.core;
    return {
      ok: false,
      reason: 'NO_SERVICE_FOUND',
      diagnosis: 'outside-active-dates',
      detail: `Plan instance ${known.id} has ${where}, but it is active ${datesText(dates)} and the usage runs ${record.start} to ${record.end}.`,
    };
  }
  return {
    ok: false,
    reason: 'NO_SERVICE_FOUND',
    diagnosis: 'plan-instance-missing',
    detail: `No plan instance on the account has ${where}.`,
  };
}

function recordResult(state: RecordState): SuspenseRecordResult {
  const reason = state.suspenseReason ? SUSPENSE_REASONS[state.suspenseReason] : null;
  const diagnosis = state.diagnosis ? SUSPENSE_DIAGNOSES[state.diagnosis] : null;
  return {
    id: state.input.id,
    file: state.input.file,
    serviceType: state.input.serviceType,
    serviceId: state.input.serviceId,
    usageType: state.input.usageType,
    start: state.start,
    end: state.end,
    quantity: String(state.input.quantity),
    outcome: state.outcome,
    reason: state.reason,
    suspenseReason: state.suspenseReason,
    diagnosis: state.diagnosis,
    documented: (reason?.documented ?? true) && (diagnosis?.documented ?? true),
    ...(state.outcome === 'suspended' && reason ? { code: reason.code } : {}),
    ...(state.outcome === 'suspended' && diagnosis ? { fix: diagnosis.fix } : {}),
    ...(state.ratedOn ? { ratedOn: state.ratedOn } : {}),
    firstPass: state.firstPass,
    history: state.history,
  };
}

function emptyResult(issues: Issue[]): SuspenseSimulationResult {
  return {
    ok: false,
    issues,
    records: [],
    steps: [],
    counts: { total: 0, rated: 0, suspended: 0, discarded: 0, ratedOnArrival: 0 },
    assumptions: [],
  };
}

function applied(scenario: ParsedScenario): AppliedAssumption[] {
  const value = (id: string): { value: string; isDefault: boolean } => {
    if (id === 'SUS-SYNC-AFTER-CORE-CHANGE') {
      return {
        value: String(scenario.syncAfterCoreChange),
        isDefault: scenario.syncAfterCoreChange,
      };
    }
    if (id === 'SUS-DISCARD-ROLES') {
      const text = scenario.discardRoles.join(', ') || '(nobody)';
      return { value: text, isDefault: text === 'Usage Supervisor' };
    }
    const a = SUSPENSE_ASSUMPTIONS.find((x) => x.id === id);
    return { value: a?.default ?? '', isDefault: true };
  };
  return SUSPENSE_ASSUMPTIONS.map((a) => ({
    id: a.id,
    text: a.text,
    change: a.change,
    ...value(a.id),
  }));
}

// --- Simulator -------------------------------------------------------------------------------

/**
 * Simulates usage suspense: first rating on arrival, then each step in order. Never throws;
 * an unreadable scenario gives `ok: false` and SIM-INP issues.
 */
export function simulateSuspenseReprocessing(scenario: unknown): SuspenseSimulationResult {
  const parsed = parseScenario(SuspenseScenarioSchema, scenario);
  if (!parsed.ok) return emptyResult(parsed.issues);
  return guard(() => run(parsed.value), emptyResult);
}

function run(scenario: ParsedScenario): SuspenseSimulationResult {
  const issues: Issue[] = [];

  // Ids must be unique: a reprocessing simulation that mixed up two records would be worthless.
  const duplicate = (ids: string[]) => ids.find((id, i) => ids.indexOf(id) !== i);
  const dupRecord = duplicate(scenario.records.map((r) => r.id));
  const dupPlan = duplicate(scenario.planInstances.map((p) => p.id));
  if (dupRecord !== undefined || dupPlan !== undefined) {
    return emptyResult([
      simIssue(
        'SIM-INP-002',
        dupRecord !== undefined
          ? `Record id "${dupRecord}" is used more than once; every record needs its own id.`
          : `Plan instance id "${dupPlan}" is used more than once.`,
        dupRecord !== undefined ? 'records' : 'planInstances',
      ),
    ]);
  }

  const planInstances = new Map<string, PlanInstanceState>();
  for (const pi of scenario.planInstances) {
    const dates = { from: pi.effectiveFrom, to: pi.effectiveTo ?? null };
    planInstances.set(pi.id, {
      id: pi.id,
      serviceUnits: pi.serviceUnits,
      core: dates,
      allegro: pi.sync === 'synced' ? { ...dates } : null,
      sync: pi.sync,
      ...(pi.syncError ? { syncError: pi.syncError } : {}),
    });
  }
  const prices = new Set(scenario.prices.map((p) => `${p.serviceType}\u0000${p.usageType}`));

  const records: RecordState[] = [];
  scenario.records.forEach((input, i) => {
    const start = normalizeDateTime(input.start) ?? input.start;
    const end = normalizeDateTime(input.end) ?? input.end;
    if (end < start) {
      issues.push(
        simIssue(
          'SIM-INP-001',
          `Record ${input.id} ends (${end}) before it starts (${start}).`,
          `records[${i}].end`,
        ),
      );
    }
    records.push({
      input,
      start,
      end,
      outcome: 'suspended',
      reason: '',
      suspenseReason: null,
      diagnosis: null,
      firstPass: 'suspended',
      history: [],
    });
  });
  if (issues.length > 0) return emptyResult(issues);

  const rate = (record: RecordState, step: number): Evaluation => {
    const evaluation = evaluate(record, planInstances, prices);
    if (evaluation.ok) {
      record.outcome = 'rated';
      record.ratedOn = evaluation.planInstance;
      record.reason =
        step === 0
          ? `${evaluation.detail} Rated on arrival; it never entered suspense.`
          : `${evaluation.detail} Rated when reprocessed in step ${step}.`;
      record.history.push({ step, event: `rated on plan instance ${evaluation.planInstance}` });
    } else {
      record.outcome = 'suspended';
      record.suspenseReason = evaluation.reason ?? null;
      record.diagnosis = evaluation.diagnosis ?? null;
      record.reason = evaluation.detail;
      record.history.push({
        step,
        event: `suspended: ${SUSPENSE_REASONS[evaluation.reason ?? 'NO_SERVICE_FOUND'].text} (${evaluation.diagnosis})`,
      });
    }
    return evaluation;
  };

  // First rating pass on arrival.
  for (const record of records) {
    rate(record, 0);
    record.firstPass = record.outcome === 'rated' ? 'rated' : 'suspended';
  }
  const ratedOnArrival = records.filter((r) => r.firstPass === 'rated').length;

  const byId = new Map(records.map((r) => [r.input.id, r]));
  const steps: SuspenseStepResult[] = [];

  const select = (
    filter: {
      recordIds?: string[] | undefined;
      file?: string | undefined;
      reason?: SuspenseReasonId | undefined;
    },
    stepNo: number,
  ): { targets: RecordState[]; refused: string[]; unknown: string[] } => {
    const unknown: string[] = [];
    const refused: string[] = [];
    let pool: RecordState[];
    if (filter.recordIds) {
      pool = [];
      for (const id of new Set(filter.recordIds)) {
        const record = byId.get(id);
        if (!record) unknown.push(id);
        else pool.push(record);
      }
    } else {
      pool = records.filter((r) => r.outcome === 'suspended');
    }
    pool = pool.filter(
      (r) =>
        (!filter.file || r.input.file === filter.file) &&
        (!filter.reason || r.suspenseReason === filter.reason),
    );
    const targets: RecordState[] = [];
    for (const record of pool) {
      if (record.outcome === 'suspended') targets.push(record);
      else refused.push(record.input.id);
    }
    if (unknown.length > 0) {
      issues.push(
        simIssue(
          'SIM-INP-002',
          `Step ${stepNo} names records that do not exist: ${unknown.join(', ')}.`,
          `steps[${stepNo - 1}].recordIds`,
        ),
      );
    }
    for (const id of refused) {
      const record = byId.get(id);
      issues.push(
        simIssue(
          'SIM-SUS-006',
          `Step ${stepNo}: record ${id} is ${record?.outcome}, not suspended, so it cannot be reprocessed or discarded.`,
          `steps[${stepNo - 1}]`,
        ),
      );
    }
    return { targets, refused, unknown };
  };

  const planFor = (id: string, stepNo: number): PlanInstanceState | undefined => {
    const pi = planInstances.get(id);
    if (!pi) {
      issues.push(
        simIssue(
          'SIM-INP-002',
          `Step ${stepNo} names plan instance "${id}", which is not in the scenario.`,
          `steps[${stepNo - 1}].planInstanceId`,
        ),
      );
    }
    return pi;
  };

  scenario.steps.forEach((step, i) => {
    const n = i + 1;
    const push = (s: Omit<SuspenseStepResult, 'step' | 'kind'>) =>
      steps.push({ step: n, kind: step.kind, ...s });
    switch (step.kind) {
      case 'addPlanInstance': {
        const pi = step.planInstance;
        if (planInstances.has(pi.id)) {
          issues.push(
            simIssue(
              'SIM-INP-002',
              `Step ${n} adds plan instance "${pi.id}", which already exists.`,
              `steps[${i}].planInstance.id`,
            ),
          );
          push({
            outcome: 'refused',
            message: `Plan instance ${pi.id} already exists.`,
            code: 'SIM-INP-002',
            affected: [],
          });
          break;
        }
        const sync = pi.sync ?? (scenario.syncAfterCoreChange ? 'synced' : 'pending');
        const dates = { from: pi.effectiveFrom, to: pi.effectiveTo ?? null };
        planInstances.set(pi.id, {
          id: pi.id,
          serviceUnits: pi.serviceUnits,
          core: dates,
          allegro: sync === 'synced' ? { ...dates } : null,
          sync,
          ...(pi.syncError ? { syncError: pi.syncError } : {}),
        });
        push({
          outcome: 'applied',
          message: `Plan instance ${pi.id} added in core Aria, effective ${datesText(dates)}; ${
            sync === 'synced'
              ? 'it has synced to Allegro'
              : sync === 'pending'
                ? 'its sync to Allegro is pending'
                : 'its sync to Allegro failed'
          }. Suspended records stay suspended until they are reprocessed.`,
          affected: [],
        });
        break;
      }
      case 'changeEffectiveDates': {
        const pi = planFor(step.planInstanceId, n);
        if (!pi) {
          push({
            outcome: 'refused',
            message: `Unknown plan instance ${step.planInstanceId}.`,
            code: 'SIM-INP-002',
            affected: [],
          });
          break;
        }
        pi.core = { from: step.effectiveFrom, to: step.effectiveTo ?? null };
        let note: string;
        if (pi.sync === 'error') {
          note =
            'The plan instance still has a sync error, so Allegro does not see the change until that is fixed.';
        } else if (scenario.syncAfterCoreChange && pi.allegro !== null) {
          pi.allegro = { ...pi.core };
          pi.sync = 'synced';
          note = 'The change has synced to Allegro.';
        } else {
          pi.sync = 'pending';
          note = 'The change is waiting for sync to Allegro.';
        }
        push({
          outcome: 'applied',
          message: `Plan instance ${pi.id} dates changed in core Aria to ${datesText(pi.core)}. ${note}`,
          affected: [],
        });
        break;
      }
      case 'completeSync': {
        const pi = planFor(step.planInstanceId, n);
        if (!pi) {
          push({
            outcome: 'refused',
            message: `Unknown plan instance ${step.planInstanceId}.`,
            code: 'SIM-INP-002',
            affected: [],
          });
        } else if (pi.sync === 'error') {
          push({
            outcome: 'no-effect',
            message: `Plan instance ${pi.id} has a sync error; waiting does not help. Fix it through sync reprocessing (step kind fixSyncError).`,
            affected: [],
          });
        } else if (pi.sync === 'synced') {
          push({
            outcome: 'no-effect',
            message: `Plan instance ${pi.id} was already synced.`,
            affected: [],
          });
        } else {
          pi.sync = 'synced';
          pi.allegro = { ...pi.core };
          push({
            outcome: 'applied',
            message: `Plan instance ${pi.id} has synced to Allegro (${datesText(pi.core)}).`,
            affected: [],
          });
        }
        break;
      }
      case 'fixSyncError': {
        const pi = planFor(step.planInstanceId, n);
        if (!pi) {
          push({
            outcome: 'refused',
            message: `Unknown plan instance ${step.planInstanceId}.`,
            code: 'SIM-INP-002',
            affected: [],
          });
        } else if (pi.sync !== 'error') {
          push({
            outcome: 'no-effect',
            message: `Plan instance ${pi.id} has no sync error.`,
            affected: [],
          });
        } else {
          pi.sync = 'synced';
          pi.allegro = { ...pi.core };
          delete pi.syncError;
          push({
            outcome: 'applied',
            message: `The sync error of plan instance ${pi.id} was fixed and the sync record reprocessed; Allegro now has it (${datesText(pi.core)}).`,
            affected: [],
          });
        }
        break;
      }
      case 'addPrice': {
        const key = `${step.serviceType}\u0000${step.usageType}`;
        const had = prices.has(key);
        prices.add(key);
        push({
          outcome: had ? 'no-effect' : 'applied',
          message: had
            ? `A price for ${step.serviceType} / ${step.usageType} already existed.`
            : `Price added for service type ${step.serviceType}, usage type ${step.usageType}.`,
          affected: [],
        });
        break;
      }
      case 'reprocess': {
        const { targets, unknown } = select(step, n);
        const ratedNow: string[] = [];
        let unchanged = 0;
        for (const record of targets) {
          const before = `${record.suspenseReason}/${record.diagnosis}`;
          rate(record, n);
          if (record.outcome === 'rated') {
            ratedNow.push(record.input.id);
          } else if (`${record.suspenseReason}/${record.diagnosis}` === before) {
            unchanged += 1;
            issues.push(
              simIssue(
                'SIM-SUS-005',
                `Step ${n}: record ${record.input.id} was reprocessed but nothing it depends on had changed, so it is still suspended (${record.diagnosis}).`,
                `steps[${i}]`,
              ),
            );
          }
        }
        const still = targets.length - ratedNow.length;
        push({
          outcome: targets.length === 0 ? 'no-effect' : 'applied',
          message:
            targets.length === 0
              ? `Nothing to reprocess${unknown.length ? '' : ': no suspended record matches'}.`
              : `Reprocessed ${plural(targets.length, 'record')}: ${ratedNow.length} rated, ${still} still suspended${
                  unchanged
                    ? ` (${unchanged} for the same reason as before — fix the cause first)`
                    : ''
                }.`,
          ...(unchanged ? { code: 'SIM-SUS-005' as const } : {}),
          affected: ratedNow,
        });
        break;
      }
      case 'discard': {
        if (!scenario.discardRoles.includes(step.role)) {
          issues.push(
            simIssue(
              'SIM-SUS-004',
              `Step ${n}: role "${step.role}" may not discard suspended usage; nothing was discarded.`,
              `steps[${i}].role`,
            ),
          );
          push({
            outcome: 'refused',
            message: `Refused: role "${step.role}" is not allowed to discard (allowed: ${scenario.discardRoles.join(', ') || 'nobody'}). The records stay suspended.`,
            code: 'SIM-SUS-004',
            affected: [],
          });
          break;
        }
        const { targets } = select(step, n);
        for (const record of targets) {
          record.outcome = 'discarded';
          record.reason = `Discarded in step ${n} by role ${step.role}${
            step.justification ? ` (${step.justification})` : ''
          }; it was suspended because: ${record.reason} The record is kept for audit but will not be rated or billed.`;
          record.history.push({ step: n, event: `discarded by ${step.role}` });
        }
        push({
          outcome: targets.length ? 'applied' : 'no-effect',
          message: targets.length
            ? `Discarded ${plural(targets.length, 'record')}.`
            : 'No suspended record matched; nothing discarded.',
          affected: targets.map((r) => r.input.id),
        });
        break;
      }
      case 'edit': {
        const exists = byId.has(step.recordId);
        if (!exists) {
          issues.push(
            simIssue(
              'SIM-INP-002',
              `Step ${n} edits record "${step.recordId}", which does not exist.`,
              `steps[${i}].recordId`,
            ),
          );
        }
        issues.push(
          simIssue(
            'SIM-SUS-003',
            `Step ${n}: editing ${step.field} of record ${step.recordId} is refused; suspended records cannot be edited.`,
            `steps[${i}]`,
          ),
        );
        byId.get(step.recordId)?.history.push({ step: n, event: `edit of ${step.field} refused` });
        push({
          outcome: 'refused',
          message: `Refused: records cannot be edited (the audit trail back to the source file must stay intact). Fix the cause and reprocess, or discard and have the source resend.`,
          code: 'SIM-SUS-003',
          affected: [],
        });
        break;
      }
    }
  });

  // Records still suspended at the end get their issue, so the table and the issue list agree.
  for (const record of records) {
    if (record.outcome === 'suspended' && record.suspenseReason) {
      const reason = SUSPENSE_REASONS[record.suspenseReason];
      issues.push(
        simIssue(
          reason.code,
          `Record ${record.input.id} stays suspended: ${record.reason}`,
          `records[${records.indexOf(record)}]`,
        ),
      );
    }
  }

  const results = records.map(recordResult);
  const count = (o: SuspenseOutcome) => results.filter((r) => r.outcome === o).length;
  return {
    ok: true,
    issues,
    records: results,
    steps,
    counts: {
      total: results.length,
      rated: count('rated'),
      suspended: count('suspended'),
      discarded: count('discarded'),
      ratedOnArrival,
    },
    assumptions: applied(scenario),
  };
}
