/**
 * Glue between the suspense simulator widget and src/allegro/simulate/suspense: the scenario type
 * the editor works on, new rows and steps, the timeline, the run sheet and the announcement.
 * Pure TypeScript, tested without a DOM.
 */
import type { z } from 'zod';
import { SAMPLE_SUSPENSE_SCENARIO } from '../../allegro/samples/simulations';
import {
  SuspenseScenarioSchema,
  type SuspenseSimulationResult,
} from '../../allegro/simulate/suspense';
import type { TimelineEntry } from '../sim-ui/Timeline';
import { nextId } from '../sim-ui/fields';

/** The scenario after validation (defaults filled in): what the tables edit. */
export type SuspenseState = z.output<typeof SuspenseScenarioSchema>;
export type SuspenseRecordRow = SuspenseState['records'][number];
export type PlanInstanceRow = SuspenseState['planInstances'][number];
export type PriceRow = SuspenseState['prices'][number];
export type SuspenseStepRow = SuspenseState['steps'][number];
export type SuspenseStepKind = SuspenseStepRow['kind'];

export function sampleScenario(): SuspenseState {
  return SuspenseScenarioSchema.parse(structuredClone(SAMPLE_SUSPENSE_SCENARIO));
}

export const STEP_KIND_LABELS: Readonly<Record<SuspenseStepKind, string>> = {
  addPlanInstance: 'Add a plan instance in core Aria',
  changeEffectiveDates: 'Change plan instance dates in core Aria',
  completeSync: 'Wait until the plan instance has synced',
  fixSyncError: 'Fix the sync error (sync reprocessing)',
  addPrice: 'Add a price',
  reprocess: 'Reprocess suspended records',
  discard: 'Discard suspended records',
  edit: 'Try to edit a suspended record',
};

export const STEP_KINDS = Object.keys(STEP_KIND_LABELS) as SuspenseStepKind[];

/** A new step of `kind`, prefilled from the scenario so that it does something sensible. */
export function newStep(kind: SuspenseStepKind, scenario: SuspenseState): SuspenseStepRow {
  const firstPlan = scenario.planInstances[0]?.id ?? 'PI-100';
  const firstRecord = scenario.records[0];
  switch (kind) {
    case 'addPlanInstance':
      return {
        kind,
        planInstance: {
          id: nextId(
            'PI-',
            scenario.planInstances.map((p) => p.id),
            100,
          ),
          serviceUnits: [
            {
              serviceType: firstRecord?.serviceType ?? 'VOICE',
              serviceIds: [firstRecord?.serviceId ?? '+15550100'],
            },
          ],
          effectiveFrom: '2024-04-01',
        },
      };
    case 'changeEffectiveDates':
      return { kind, planInstanceId: firstPlan, effectiveFrom: '2024-04-01' };
    case 'completeSync':
    case 'fixSyncError':
      return { kind, planInstanceId: firstPlan };
    case 'addPrice':
      return {
        kind,
        serviceType: firstRecord?.serviceType ?? 'VOICE',
        usageType: firstRecord?.usageType ?? 'VOICE_MIN',
      };
    case 'reprocess':
      return { kind };
    case 'discard':
      return { kind, role: scenario.discardRoles[0] ?? 'Usage Supervisor' };
    case 'edit':
      return { kind, recordId: firstRecord?.id ?? 'R1', field: 'start', value: '' };
  }
}

/**
 * The diagnosis of the first rating. A record's `diagnosis` is its latest one (it can change
 * between steps, e.g. from outside-active-dates to plan-instance-not-synced), so the first is
 * read from the arrival entry of its history, which ends with "(<diagnosis>)".
 */
export function firstDiagnosis(record: SuspenseSimulationResult['records'][number]): string | null {
  if (record.firstPass !== 'suspended') return null;
  return /\(([a-z-]+)\)$/.exec(record.history[0]?.event ?? '')?.[1] ?? null;
}

const TONE = { applied: 'ok', refused: 'error', 'no-effect': 'warning' } as const;

export function timelineOf(result: SuspenseSimulationResult): TimelineEntry[] {
  const suspendedOnArrival = result.counts.total - result.counts.ratedOnArrival;
  const arrival: TimelineEntry = {
    key: 'arrival',
    title: 'On arrival: first rating',
    status: `${result.counts.ratedOnArrival} rated, ${suspendedOnArrival} suspended`,
    tone: suspendedOnArrival > 0 ? 'warning' : 'ok',
    detail:
      suspendedOnArrival > 0
        ? `Suspended, with the cause found: ${result.records
            .filter((r) => r.firstPass === 'suspended')
            .map((r) => {
              const cause = firstDiagnosis(r);
              return cause ? `${r.id} (${cause})` : r.id;
            })
            .join(', ')}.`
        : 'Every record rated on arrival.',
  };
  return [
    arrival,
    ...result.steps.map((step) => ({
      key: `step-${step.step}`,
      title: `Step ${step.step}: ${STEP_KIND_LABELS[step.kind]}`,
      status: step.outcome,
      // "Applied" but with a finding (reprocessed before the fix) is worth a second look.
      tone: step.outcome === 'applied' && step.code ? 'warning' : TONE[step.outcome],
      detail: step.affected.length ? `${step.message} (${step.affected.join(', ')})` : step.message,
    })),
  ];
}

/** A plain-text run sheet: what was done, what happened, and what is left to fix. */
export function runSheet(scenario: SuspenseState, result: SuspenseSimulationResult): string {
  const lines: string[] = [
    `Usage suspense run sheet (simulated)${scenario.title ? `: ${scenario.title}` : ''}`,
    '',
    `On arrival: ${result.counts.ratedOnArrival} of ${result.counts.total} records rated.`,
  ];
  for (const step of result.steps) {
    lines.push(
      `Step ${step.step} [${step.outcome}] ${STEP_KIND_LABELS[step.kind]}: ${step.message}`,
    );
  }
  lines.push(
    '',
    `Result: ${result.counts.rated} rated, ${result.counts.suspended} suspended, ${result.counts.discarded} discarded.`,
  );
  const still = result.records.filter((r) => r.outcome === 'suspended');
  if (still.length) {
    lines.push('', 'Still suspended, with the fix to apply before the next reprocess:');
    for (const record of still) {
      lines.push(
        `- ${record.id} (${record.file}, ${record.code ?? ''} ${record.suspenseReason ?? ''}): ${record.fix ?? record.reason}`,
      );
    }
  }
  return lines.join('\n');
}

export function summarize(result: SuspenseSimulationResult): string {
  if (!result.ok) {
    return `Suspense simulator: the scenario has ${result.issues.length} ${result.issues.length === 1 ? 'problem' : 'problems'}; see the list.`;
  }
  const c = result.counts;
  return `Suspense simulation updated: ${c.rated} rated, ${c.suspended} suspended, ${c.discarded} discarded of ${c.total} records.`;
}
