/**
 * Glue between the sync simulator widget and planSyncReprocessing: the scenario type the editor
 * works on, the group orders a reader can choose, the timeline, the plan as JSON and the
 * announcement. Pure TypeScript, tested without a DOM.
 */
import type { z } from 'zod';
import { SAMPLE_SYNC_SCENARIO } from '../../allegro/samples/simulations';
import {
  SYNC_GROUPS,
  SyncScenarioSchema,
  type SyncGroup,
  type SyncPlanResult,
} from '../../allegro/simulate/sync';
import type { TimelineEntry } from '../sim-ui/Timeline';

export type SyncState = z.output<typeof SyncScenarioSchema>;
export type SyncRecordRow = SyncState['records'][number];

export function sampleScenario(): SyncState {
  return SyncScenarioSchema.parse(structuredClone(SAMPLE_SYNC_SCENARIO));
}

/** The six orders of the three groups, as "catalog → account → subscription". */
export const GROUP_ORDERS: ReadonlyArray<readonly SyncGroup[]> = (() => {
  const out: SyncGroup[][] = [];
  const permute = (rest: SyncGroup[], acc: SyncGroup[]) => {
    if (rest.length === 0) out.push(acc);
    rest.forEach((g, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...acc, g]));
  };
  permute([...SYNC_GROUPS], []);
  return out;
})();

export const orderText = (order: readonly string[]): string => order.join(' → ');

export function timelineOf(result: SyncPlanResult): TimelineEntry[] {
  return result.plan.map((step) => ({
    key: step.recordId,
    title: `Reprocess ${step.recordId}: ${step.lom} ${step.objectId}`,
    status: step.group,
    tone: 'ok',
    detail: step.reason,
  }));
}

/** The plan and the records left over, as JSON a team can paste into a change ticket. */
export function planJson(result: SyncPlanResult): string {
  return JSON.stringify(
    {
      reprocessInOrder: result.plan.map((step) => ({
        order: step.order,
        recordId: step.recordId,
        group: step.group,
        lom: step.lom,
        objectId: step.objectId,
        after: step.after,
      })),
      staysFailed: result.records
        .filter((r) => r.outcome === 'stays-failed')
        .map((r) => ({ recordId: r.id, code: r.code, waitsFor: r.waitsFor, reason: r.reason })),
      nothingToDo: result.records
        .filter((r) => r.outcome === 'ignored' || r.outcome === 'already-complete')
        .map((r) => ({ recordId: r.id, status: r.status })),
    },
    null,
    2,
  );
}

export function summarize(result: SyncPlanResult): string {
  if (!result.ok) {
    return `Sync simulator: the scenario has ${result.issues.length} ${result.issues.length === 1 ? 'problem' : 'problems'}; see the list.`;
  }
  const c = result.counts;
  return `Sync plan updated: ${c.reprocess} to reprocess, ${c['stays-failed']} stay failed, ${c.ignored} ignored, ${c['already-complete']} already complete.`;
}
