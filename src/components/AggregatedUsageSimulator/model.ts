/**
 * Glue between the aggregated usage simulator widget and simulateAggregatedUsageSync: the
 * scenario type the editor works on, editing helpers for injected errors and the core lists, the
 * batch timeline and the announcement. Pure TypeScript, tested without a DOM.
 */
import type { z } from 'zod';
import {
  SAMPLE_AGGREGATION_AUTH_FAILURE,
  SAMPLE_AGGREGATION_SCENARIO,
} from '../../allegro/samples/simulations';
import {
  AggregationScenarioSchema,
  type AggregationResult,
} from '../../allegro/simulate/aggregation';
import type { TimelineEntry } from '../sim-ui/Timeline';
import { numberOrText } from '../sim-ui/fields';

export type AggregationState = z.output<typeof AggregationScenarioSchema>;
export type MonetizedRow = AggregationState['records'][number];
export type InjectedErrorRow = AggregationState['injectErrors'][number];
export type BatchErrorRow = AggregationState['batchErrors'][number];
export type CorePlanInstance = NonNullable<AggregationState['core']['planInstances']>[number];

export const SAMPLES = {
  'month-end': {
    label: 'Month-end aggregation with three refused lines',
    scenario: SAMPLE_AGGREGATION_SCENARIO,
  },
  'auth-failure': {
    label: 'Aggregation off, first call refused with 1004',
    scenario: SAMPLE_AGGREGATION_AUTH_FAILURE,
  },
} as const;
export type SampleId = keyof typeof SAMPLES;

export function sampleScenario(id: SampleId = 'month-end'): AggregationState {
  return AggregationScenarioSchema.parse(structuredClone(SAMPLES[id].scenario));
}

export const MATCH_FIELDS = [
  'recordId',
  'lineId',
  'accountNo',
  'planInstanceNo',
  'usageTypeCode',
] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

export const MATCH_FIELD_LABELS: Readonly<Record<MatchField, string>> = {
  recordId: 'monetized record id',
  lineId: 'aggregated line id',
  accountNo: 'account number',
  planInstanceNo: 'plan instance number',
  usageTypeCode: 'usage type code',
};

/** The first criterion an injected error matches on (the table edits one; JSON allows more). */
export function matchField(row: InjectedErrorRow): MatchField {
  return MATCH_FIELDS.find((f) => row.match[f] !== undefined) ?? 'recordId';
}

export function matchValue(row: InjectedErrorRow): string {
  const value = row.match[matchField(row)];
  return value === undefined ? '' : String(value);
}

export function withMatch(
  row: InjectedErrorRow,
  field: MatchField,
  value: string,
): InjectedErrorRow {
  const typed = field === 'accountNo' || field === 'planInstanceNo' ? numberOrText(value) : value;
  return { ...row, match: { [field]: typed } as InjectedErrorRow['match'] };
}

/** "5001:1001" ↔ { planInstanceNo: 5001, accountNo: 1001 }. */
export function planInstancePairs(list: readonly CorePlanInstance[] | undefined): string[] {
  return (list ?? []).map((p) => `${p.planInstanceNo}:${p.accountNo}`);
}

export function parsePlanInstancePairs(items: readonly string[]): CorePlanInstance[] {
  return items.map((item) => {
    const [plan = '', account = ''] = item.split(':').map((part) => part.trim());
    // Left as text when not a number, so the schema names the field.
    return {
      planInstanceNo: numberOrText(plan),
      accountNo: numberOrText(account),
    } as CorePlanInstance;
  });
}

const BATCH_TONE = { complete: 'ok', errored: 'error', 'in-process': 'warning' } as const;

export function timelineOf(result: AggregationResult): TimelineEntry[] {
  return result.batches.map((batch) => {
    const lines = result.lines.filter((l) => l.batch === batch.batch);
    const errored = lines.filter((l) => l.outcome === 'errored');
    const detail =
      batch.status === 'in-process'
        ? `Lines ${batch.lineIds.join(', ')} sent; no answer yet.`
        : errored.length
          ? `Lines ${batch.lineIds.join(', ')} sent; refused: ${errored
              .map((l) => `${l.lineId} (${l.error?.code})`)
              .join(', ')}.`
          : `Lines ${batch.lineIds.join(', ')} sent and accepted.`;
    return {
      key: batch.batchId,
      title: `Batch ${batch.batch} (${batch.batchId}): one bulk_record_usage_m call`,
      status: batch.status,
      tone: BATCH_TONE[batch.status],
      detail,
    };
  });
}

export function summarize(result: AggregationResult): string {
  if (!result.ok) {
    return `Aggregated usage simulator: the scenario has ${result.issues.length} ${result.issues.length === 1 ? 'problem' : 'problems'}; see the list.`;
  }
  const r = result.reconciliation;
  return `Aggregated usage sync updated: ${result.lines.length} lines in ${result.batches.length} batches; ${r.sent.records} records sent, ${r.errored.records} errored, ${r.pending.records} pending.`;
}
