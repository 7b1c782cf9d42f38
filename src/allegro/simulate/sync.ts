/**
 * Sync reprocessing planner. Core Aria publishes each object change as a LOM on the Data Feed;
 * Allegro's sync service logs one activity record per LOM, marks irrelevant ones IGNORED and
 * sets failed ones to Error. Given the failed records, their dependencies and which root causes
 * are fixed, this builds the order in which to reprocess them, and says why the rest stay failed.
 */
import { z } from 'zod';
import type { Issue } from '../issue';
import type { Assumption } from '../rating/assumptions';
import type { SimulationCode } from './codes';
import { type AppliedAssumption, guard, parseScenario, simIssue } from './common';
import { IdSchema } from './scenario-values';

export const SYNC_GROUPS = ['catalog', 'account', 'subscription'] as const;
export type SyncGroup = (typeof SYNC_GROUPS)[number];

/**
 * Why a record failed. `out-of-order` clears by itself once what it waits for exists; the others
 * need their cause fixed (`fixed: true`) first.
 */
export const SYNC_ERROR_KINDS = [
  'out-of-order',
  'missing-service-type',
  'missing-configuration',
  'kafka-setup',
  'other',
] as const;
export type SyncErrorKind = (typeof SYNC_ERROR_KINDS)[number];

const SyncRecordSchema = z.object({
  id: IdSchema,
  group: z.enum(SYNC_GROUPS),
  /** LOM name, e.g. "Usage Type", "Services", "Plan", "Account", "Contact", "Plan Instance". */
  lom: IdSchema,
  /** The core Aria object this LOM describes, e.g. "acct:1001" or "plan:GOLD". */
  objectId: IdSchema,
  /** Objects that must exist in Allegro first (parent account, plan, service …). */
  dependsOn: z.array(IdSchema).default([]),
  status: z.enum(['ERROR', 'IGNORED', 'COMPLETE']),
  error: z
    .object({
      kind: z.enum(SYNC_ERROR_KINDS).default('other'),
      message: z.string().max(500).optional(),
      /** The cause has been fixed at the source (not needed for out-of-order). */
      fixed: z.boolean().default(false),
    })
    .optional(),
  /** Why the sync service ignored it, when known. */
  ignoredBecause: z.string().max(500).optional(),
});

export const SyncScenarioSchema = z.object({
  title: z.string().max(200).optional(),
  /** Objects already in Allegro from earlier syncs. */
  existingObjects: z.array(IdSchema).default([]),
  /** Activity records in the order they arrived. */
  records: z.array(SyncRecordSchema).max(5000),
  /** Process catalog, then account, then subscription records whenever dependencies allow (assumption SYNC-GROUP-ORDER). */
  groupOrder: z
    .array(z.enum(SYNC_GROUPS))
    .length(3)
    .default(['catalog', 'account', 'subscription']),
});

export type SyncScenario = z.input<typeof SyncScenarioSchema>;
type ParsedScenario = z.output<typeof SyncScenarioSchema>;
type SyncRecord = ParsedScenario['records'][number];

export const SYNC_ASSUMPTIONS: readonly Assumption[] = [
  {
    id: 'SYNC-GROUP-ORDER',
    text: 'Catalog records go before account records, and account records before subscription (plan instance) records, whenever their dependencies allow; a dependency always wins over this order.',
    default: 'catalog → account → subscription',
    change: 'groupOrder',
  },
  {
    id: 'SYNC-STATUSES',
    text: 'Only the IGNORED and Error statuses of sync activity records are documented; COMPLETE is used here for a record that succeeded.',
    default: 'ERROR, IGNORED, COMPLETE',
    change: 'not configurable',
  },
  {
    id: 'SYNC-OUT-OF-ORDER',
    text: 'A record that failed only because it arrived before its parent (out of order) succeeds on reprocessing once the parent exists; every other failure needs its cause fixed first.',
    default: 'out-of-order clears by itself',
    change: 'records[].error.kind and records[].error.fixed',
  },
  {
    id: 'SYNC-SAME-OBJECT',
    text: 'Several records for the same object (a create, then updates) are reprocessed in the order they arrived, and a later one waits for the earlier failed one.',
    default: 'arrival order per object',
    change: 'order of records',
  },
  {
    id: 'SYNC-IGNORED-PROVIDES-NOTHING',
    text: 'An IGNORED record creates nothing in Allegro, so a record that depends on its object stays failed unless the object exists from elsewhere.',
    default: 'ignored records provide no object',
    change: 'existingObjects',
  },
];

export type SyncOutcome = 'reprocess' | 'stays-failed' | 'ignored' | 'already-complete';

export interface SyncRecordResult {
  id: string;
  group: SyncGroup;
  lom: string;
  objectId: string;
  status: SyncRecord['status'];
  outcome: SyncOutcome;
  /** 1-based position in the reprocessing plan, for outcome "reprocess". */
  order?: number;
  reason: string;
  code?: SimulationCode;
  /** Ids of failed records this one waits for (in the plan or still failing). */
  waitsFor: string[];
}

export interface SyncPlanStep {
  order: number;
  recordId: string;
  group: SyncGroup;
  lom: string;
  objectId: string;
  /** Records in the plan that must be reprocessed before this one. */
  after: string[];
  reason: string;
}

export interface SyncPlanResult {
  ok: boolean;
  issues: Issue[];
  plan: SyncPlanStep[];
  records: SyncRecordResult[];
  counts: Record<SyncOutcome, number> & { total: number };
  assumptions: AppliedAssumption[];
}

function emptyResult(issues: Issue[]): SyncPlanResult {
  return {
    ok: false,
    issues,
    plan: [],
    records: [],
    counts: { total: 0, reprocess: 0, 'stays-failed': 0, ignored: 0, 'already-complete': 0 },
    assumptions: [],
  };
}

/** Plans sync reprocessing. Never throws. */
export function planSyncReprocessing(scenario: unknown): SyncPlanResult {
  const parsed = parseScenario(SyncScenarioSchema, scenario);
  if (!parsed.ok) return emptyResult(parsed.issues);
  return guard(() => plan(parsed.value), emptyResult);
}

type State =
  | { kind: 'ignored' }
  | { kind: 'complete' }
  | { kind: 'planned'; order: number; after: string[] }
  | { kind: 'failed'; reason: string; code: SimulationCode; waitsFor: string[] };

function plan(scenario: ParsedScenario): SyncPlanResult {
  const issues: Issue[] = [];
  const ids = scenario.records.map((r) => r.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup !== undefined) {
    return emptyResult([
      simIssue('SIM-INP-002', `Activity record id "${dup}" is used more than once.`, 'records'),
    ]);
  }
  if (new Set(scenario.groupOrder).size !== SYNC_GROUPS.length) {
    return emptyResult([
      simIssue(
        'SIM-INP-001',
        'groupOrder must name catalog, account and subscription once each.',
        'groupOrder',
      ),
    ]);
  }
  const rank = new Map(scenario.groupOrder.map((g, i) => [g, i]));
  const index = new Map(scenario.records.map((r, i) => [r.id, i]));
  const existing = new Set(scenario.existingObjects);

  const states = new Map<string, State>();
  // Objects that exist (earlier syncs + COMPLETE records). Failed records are resolved below.
  const available = new Set(existing);
  for (const r of scenario.records) {
    if (r.status === 'COMPLETE') available.add(r.objectId);
  }
  // Which failed records provide each object, in arrival order.
  const failedProviders = new Map<string, SyncRecord[]>();
  const ignoredObjects = new Set<string>();
  for (const r of scenario.records) {
    if (r.status === 'IGNORED') {
      states.set(r.id, { kind: 'ignored' });
      ignoredObjects.add(r.objectId);
    } else if (r.status === 'COMPLETE') {
      states.set(r.id, { kind: 'complete' });
    } else {
      failedProviders.set(r.objectId, [...(failedProviders.get(r.objectId) ?? []), r]);
    }
  }
  const failed = scenario.records.filter((r) => r.status === 'ERROR');

  // Dependencies of each failed record on other failed records (by record id).
  const deps = new Map<string, string[]>();
  const missing = new Map<string, string[]>();
  for (const r of failed) {
    const waits: string[] = [];
    const absent: string[] = [];
    for (const objectId of r.dependsOn) {
      if (objectId === r.objectId) continue;
      // An object Allegro already has is enough; otherwise wait for the first failed record
      // that would create it.
      if (available.has(objectId)) continue;
      const first = failedProviders.get(objectId)?.[0];
      if (first) waits.push(first.id);
      else absent.push(objectId);
    }
    // Earlier failed records of the same object go first (assumption SYNC-SAME-OBJECT).
    const sameObject = failedProviders.get(r.objectId) ?? [];
    const position = sameObject.indexOf(r);
    if (position > 0) {
      const previous = sameObject[position - 1];
      if (previous) waits.push(previous.id);
    }
    deps.set(r.id, [...new Set(waits)]);
    missing.set(r.id, absent);
  }

  const rootCause = (
    r: SyncRecord,
  ): { blocked: false } | { blocked: true; reason: string; code: SimulationCode } => {
    const kind = r.error?.kind ?? 'other';
    if (kind === 'out-of-order' || r.error?.fixed) return { blocked: false };
    const message = r.error?.message ? ` ("${r.error.message}")` : '';
    if (kind === 'missing-service-type') {
      return {
        blocked: true,
        code: 'SIM-SYN-006',
        reason: `The billable service is not linked to a service type yet${message}; link it in Allegro, then reprocess.`,
      };
    }
    return {
      blocked: true,
      code: 'SIM-SYN-002',
      reason: `The cause (${kind})${message} is not marked as fixed; fix it at the source, then reprocess.`,
    };
  };

  // Records that cannot go in the plan on their own account.
  for (const r of failed) {
    const cause = rootCause(r);
    if (cause.blocked) {
      states.set(r.id, { kind: 'failed', reason: cause.reason, code: cause.code, waitsFor: [] });
      continue;
    }
    const absent = missing.get(r.id) ?? [];
    if (absent.length > 0) {
      const ignoredOnly = absent.filter((o) => ignoredObjects.has(o));
      states.set(r.id, {
        kind: 'failed',
        code: 'SIM-SYN-004',
        waitsFor: [],
        reason: `It needs ${absent.join(', ')}, which Allegro does not have and no failed record would create${
          ignoredOnly.length ? ` (the only record for ${ignoredOnly.join(', ')} was IGNORED)` : ''
        }.`,
      });
    }
  }

  // Kahn's algorithm over the remaining failed records; ties broken by group order, then arrival.
  const pending = failed.filter((r) => !states.has(r.id));
  const pendingIds = new Set(pending.map((r) => r.id));
  const remainingDeps = new Map(pending.map((r) => [r.id, new Set(deps.get(r.id) ?? [])]));
  const planSteps: SyncPlanStep[] = [];
  const sortKey = (r: SyncRecord) => [rank.get(r.group) ?? 0, index.get(r.id) ?? 0] as const;
  const byKey = (a: SyncRecord, b: SyncRecord) => {
    const [ga, ia] = sortKey(a);
    const [gb, ib] = sortKey(b);
    return ga - gb || ia - ib;
  };

  // A record whose dependency stays failed stays failed too, transitively.
  const propagate = () => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const r of pending) {
        if (states.has(r.id)) continue;
        const blockedBy = [...(remainingDeps.get(r.id) ?? [])].filter(
          (d) => states.get(d)?.kind === 'failed',
        );
        if (blockedBy.length > 0) {
          states.set(r.id, {
            kind: 'failed',
            code: 'SIM-SYN-001',
            waitsFor: blockedBy,
            reason: `It depends on ${blockedBy
              .map((d) => `record ${d} (${scenario.records[index.get(d) ?? 0]?.objectId})`)
              .join(', ')}, which stays failed; fix that one first.`,
          });
          changed = true;
        }
      }
    }
  };
  propagate();

  const ready = () =>
    pending
      .filter(
        (r) =>
          !states.has(r.id) &&
          [...(remainingDeps.get(r.id) ?? [])].every((d) => states.get(d)?.kind === 'planned'),
      )
      .sort(byKey);
  for (let next = ready()[0]; next !== undefined; next = ready()[0]) {
    const after = [...(remainingDeps.get(next.id) ?? [])].filter((d) => pendingIds.has(d));
    const order = planSteps.length + 1;
    states.set(next.id, { kind: 'planned', order, after });
    const kind = next.error?.kind ?? 'other';
    planSteps.push({
      order,
      recordId: next.id,
      group: next.group,
      lom: next.lom,
      objectId: next.objectId,
      after,
      reason:
        (kind === 'out-of-order'
          ? 'It failed because it arrived before what it needs; that now exists'
          : `Its cause (${kind}) is fixed`) +
        (after.length ? `, after ${after.join(', ')} in this plan.` : '.'),
    });
  }

  // What is left waits on something unplanned: records on a dependency circle get SYN-003, and
  // records that merely wait for a circle get SYN-001 through propagation.
  const leftover = new Set(pending.filter((r) => !states.has(r.id)).map((r) => r.id));
  const onCircle = (start: string): boolean => {
    const seen = new Set<string>();
    const stack = [...(remainingDeps.get(start) ?? [])];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (id === start) return true;
      if (seen.has(id) || !leftover.has(id)) continue;
      seen.add(id);
      stack.push(...(remainingDeps.get(id) ?? []));
    }
    return false;
  };
  const circle = [...leftover].filter(onCircle);
  for (const id of circle) {
    const waits = [...(remainingDeps.get(id) ?? [])].filter((d) => leftover.has(d));
    states.set(id, {
      kind: 'failed',
      code: 'SIM-SYN-003',
      waitsFor: waits,
      reason: `It waits for ${waits.join(', ')}, which wait (directly or not) for it: no record in the circle can go first.`,
    });
  }
  propagate();

  const records: SyncRecordResult[] = scenario.records.map((r, i) => {
    const state = states.get(r.id) ?? {
      kind: 'failed',
      reason: 'Not planned.',
      code: 'SIM-INT-001',
      waitsFor: [],
    };
    const base = { id: r.id, group: r.group, lom: r.lom, objectId: r.objectId, status: r.status };
    switch (state.kind) {
      case 'ignored':
        issues.push(
          simIssue(
            'SIM-SYN-005',
            `Record ${r.id} (${r.lom} ${r.objectId}) was IGNORED; nothing to reprocess.`,
            `records[${i}]`,
          ),
        );
        return {
          ...base,
          outcome: 'ignored' as const,
          code: 'SIM-SYN-005' as const,
          waitsFor: [],
          reason: `The sync service marked this ${r.lom} LOM as not relevant to Allegro${
            r.ignoredBecause ? ` (${r.ignoredBecause})` : ''
          }. It is logged for the record only; there is nothing to reprocess.`,
        };
      case 'complete':
        return {
          ...base,
          outcome: 'already-complete' as const,
          waitsFor: [],
          reason: 'It was processed successfully; nothing to do.',
        };
      case 'planned':
        return {
          ...base,
          outcome: 'reprocess' as const,
          order: state.order,
          waitsFor: state.after,
          reason: planSteps[state.order - 1]?.reason ?? '',
        };
      case 'failed':
        issues.push(
          simIssue(
            state.code as SimulationCode,
            `Record ${r.id} (${r.lom} ${r.objectId}) stays failed: ${state.reason}`,
            `records[${i}]`,
          ),
        );
        return {
          ...base,
          outcome: 'stays-failed' as const,
          code: state.code,
          waitsFor: state.waitsFor,
          reason: state.reason,
        };
    }
  });

  const count = (o: SyncOutcome) => records.filter((r) => r.outcome === o).length;
  const assumptions: AppliedAssumption[] = SYNC_ASSUMPTIONS.map((a) => {
    if (a.id === 'SYNC-GROUP-ORDER') {
      const value = scenario.groupOrder.join(' → ');
      return { id: a.id, text: a.text, change: a.change, value, isDefault: value === a.default };
    }
    return { id: a.id, text: a.text, change: a.change, value: a.default, isDefault: true };
  });
  return {
    ok: true,
    issues,
    plan: planSteps,
    records,
    counts: {
      total: records.length,
      reprocess: count('reprocess'),
      'stays-failed': count('stays-failed'),
      ignored: count('ignored'),
      'already-complete': count('already-complete'),
    },
    assumptions,
  };
}
