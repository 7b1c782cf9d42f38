/**
 * Property tests of the simulators (FUZZ_RUNS raises the number of runs; default 1,000):
 * they never throw, every record comes out exactly once, and aggregated totals always equal the
 * source totals.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  planSyncReprocessing,
  simulateAggregatedUsageSync,
  simulateSuspenseReprocessing,
  type AggregationScenario,
  type SuspenseScenario,
  type SyncScenario,
} from '../../../../src/allegro';

const RUNS = Number(process.env.FUZZ_RUNS) || 1000;
// Generous, so that a slow machine or a high FUZZ_RUNS does not turn into a timeout.
const PROPERTY_TIMEOUT = Math.max(120_000, RUNS * 120);

const simulators = {
  suspense: simulateSuspenseReprocessing,
  sync: planSyncReprocessing,
  aggregation: simulateAggregatedUsageSync,
};

describe('simulators never throw', () => {
  for (const [name, simulate] of Object.entries(simulators)) {
    it(
      `${name}: any JSON-like value gives a result with issues, not an exception`,
      { timeout: PROPERTY_TIMEOUT },
      () => {
        fc.assert(
          fc.property(fc.anything(), (input) => {
            const result = simulate(input);
            expect(typeof result.ok).toBe('boolean');
            if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
            expect(result.issues.some((i) => i.code === 'SIM-INT-001')).toBe(false);
          }),
          { numRuns: RUNS },
        );
      },
    );
  }
});

// --- Suspense --------------------------------------------------------------------------------

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2024-04-${String(d).padStart(2, '0')}`);
const serviceId = fc.constantFrom('n1', 'n2', 'n3', 'n4');
const usageType = fc.constantFrom('MIN', 'INTL');
const planId = fc.constantFrom('P1', 'P2', 'P3', 'P9');
const recordIdsArb = fc.uniqueArray(fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'rX'), {
  maxLength: 3,
});

const planInstance = (id: string) =>
  fc.record({
    id: fc.constant(id),
    serviceUnits: fc.array(
      fc.record({
        serviceType: fc.constant('VOICE'),
        serviceIds: fc.uniqueArray(serviceId, { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    effectiveFrom: day,
    effectiveTo: fc.option(
      day.map((d) => d.replace('2024-04', '2024-05')),
      { nil: null },
    ),
    sync: fc.constantFrom('synced' as const, 'pending' as const, 'error' as const),
  });

const suspenseStep = fc.oneof(
  fc.record({
    kind: fc.constant('reprocess' as const),
    recordIds: fc.option(recordIdsArb, { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('discard' as const),
    recordIds: fc.option(recordIdsArb, { nil: undefined }),
    role: fc.constantFrom('Usage Supervisor', 'Clerk'),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    recordId: fc.constantFrom('r1', 'r2', 'rX'),
    field: fc.constant('start'),
    value: fc.constant('x'),
  }),
  fc.record({ kind: fc.constant('completeSync' as const), planInstanceId: planId }),
  fc.record({ kind: fc.constant('fixSyncError' as const), planInstanceId: planId }),
  fc.record({
    kind: fc.constant('changeEffectiveDates' as const),
    planInstanceId: planId,
    effectiveFrom: day,
  }),
  fc.record({
    kind: fc.constant('addPrice' as const),
    serviceType: fc.constant('VOICE'),
    usageType,
  }),
  fc.record({
    kind: fc.constant('addPlanInstance' as const),
    planInstance: fc.record({
      id: fc.constantFrom('P4', 'P5', 'P1'),
      serviceUnits: fc.constant<Array<{ serviceType: string; serviceIds: string[] }>>([
        { serviceType: 'VOICE', serviceIds: ['n4'] },
      ]),
      effectiveFrom: day,
    }),
  }),
);

const suspenseScenario: fc.Arbitrary<SuspenseScenario> = fc.record({
  syncAfterCoreChange: fc.boolean(),
  planInstances: fc
    .tuple(planInstance('P1'), planInstance('P2'), planInstance('P3'))
    .chain((all) => fc.subarray(all)),
  prices: fc.subarray([
    { serviceType: 'VOICE', usageType: 'MIN' },
    { serviceType: 'VOICE', usageType: 'INTL' },
  ]),
  records: fc
    .uniqueArray(fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6'), { maxLength: 6 })
    .chain((ids) =>
      fc.tuple(
        ...ids.map((id) =>
          fc.record({
            id: fc.constant(id),
            serviceType: fc.constant('VOICE'),
            serviceId,
            usageType,
            start: day,
            end: day.map((d) => `${d} 23:59:59`),
          }),
        ),
      ),
    )
    .map((records) =>
      records.map((r) => (r.end < r.start ? { ...r, end: `${r.start} 23:59:59` } : r)),
    ),
  steps: fc.array(suspenseStep, { maxLength: 8 }),
});

describe('suspense reprocessing never loses or duplicates a record', () => {
  it(
    'returns every record exactly once, with a consistent final state',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      fc.assert(
        fc.property(suspenseScenario, (scenario) => {
          const result = simulateSuspenseReprocessing(scenario);
          expect(result.issues.some((i) => i.code === 'SIM-INT-001')).toBe(false);
          if (!result.ok) return;
          expect(result.records.map((r) => r.id)).toEqual(scenario.records.map((r) => r.id));
          const { total, rated, suspended, discarded } = result.counts;
          expect(rated + suspended + discarded).toBe(total);
          expect(total).toBe(scenario.records.length);
          expect(result.steps).toHaveLength(scenario.steps?.length ?? 0);
          for (const record of result.records) {
            // Once rated or discarded, a record never goes back to suspense.
            const events = record.history.map((h) => h.event);
            const final = events.findIndex(
              (e) => e.startsWith('rated') || e.startsWith('discarded'),
            );
            if (final >= 0)
              expect(events.slice(final + 1).every((e) => e.startsWith('edit'))).toBe(true);
            if (record.outcome === 'suspended') expect(record.code).toMatch(/^SIM-SUS-00[12]$/);
          }
        }),
        { numRuns: RUNS },
      );
    },
  );
});

// --- Sync ------------------------------------------------------------------------------------

const objectIds = ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'];
const syncScenario: fc.Arbitrary<SyncScenario> = fc.record({
  existingObjects: fc.subarray(objectIds),
  records: fc
    .array(
      fc.record({
        group: fc.constantFrom('catalog' as const, 'account' as const, 'subscription' as const),
        lom: fc.constant('LOM'),
        objectId: fc.constantFrom(...objectIds),
        dependsOn: fc.subarray(objectIds, { maxLength: 3 }),
        status: fc.constantFrom(
          'ERROR' as const,
          'ERROR' as const,
          'IGNORED' as const,
          'COMPLETE' as const,
        ),
        error: fc.record({
          kind: fc.constantFrom(
            'out-of-order' as const,
            'other' as const,
            'missing-service-type' as const,
          ),
          fixed: fc.boolean(),
        }),
      }),
      { maxLength: 12 },
    )
    .map((records) => records.map((r, i) => ({ ...r, id: `s${i}` }))),
});

describe('sync reprocessing plan', () => {
  it(
    'accounts for every record once and only plans records whose dependencies come first',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      fc.assert(
        fc.property(syncScenario, (scenario) => {
          const result = planSyncReprocessing(scenario);
          expect(result.ok).toBe(true);
          expect(result.records.map((r) => r.id)).toEqual(scenario.records.map((r) => r.id));
          const planned = result.plan.map((s) => s.recordId);
          expect(new Set(planned).size).toBe(planned.length);
          expect(result.records.filter((r) => r.outcome === 'reprocess').length).toBe(
            planned.length,
          );
          const position = new Map(planned.map((id, i) => [id, i]));
          for (const step of result.plan) {
            for (const dep of step.after)
              expect(position.get(dep)).toBeLessThan(position.get(step.recordId) as number);
            const record = scenario.records.find((r) => r.id === step.recordId);
            expect(record?.status).toBe('ERROR');
          }
          // Non-failed records are never planned.
          for (const r of result.records)
            if (r.status !== 'ERROR') expect(r.outcome).not.toBe('reprocess');
          const c = result.counts;
          expect(c.reprocess + c['stays-failed'] + c.ignored + c['already-complete']).toBe(c.total);
        }),
        { numRuns: RUNS },
      );
    },
  );
});

// --- Aggregation -----------------------------------------------------------------------------

const money = fc
  .integer({ min: 0, max: 1_000_000 })
  .map((n) => new Decimal(n).dividedBy(100).toFixed());
const aggregationScenario: fc.Arbitrary<AggregationScenario> = fc.record({
  clientNo: fc.constant(1),
  aggregate: fc.boolean(),
  groupBy: fc.subarray(['account', 'usageType', 'planInstance', 'period'] as const),
  period: fc.constantFrom('day' as const, 'month' as const),
  batchSize: fc.integer({ min: 1, max: 5 }),
  inProcessBatches: fc.subarray([1, 2, 3]),
  batchErrors: fc.subarray([{ batch: 2, code: 1004 }]),
  injectErrors: fc.subarray([
    { code: 1009, match: { accountNo: 2 } },
    { code: 4242, match: { usageTypeCode: 'B' } },
  ]),
  core: fc.constantFrom(
    {},
    { accounts: [1, 2] },
    { planInstances: [{ planInstanceNo: 10, accountNo: 1 }] },
  ),
  records: fc
    .array(
      fc.record({
        accountNo: fc.option(fc.constantFrom(1, 2, 3), { nil: undefined }),
        planInstanceNo: fc.option(fc.constantFrom(10, 20), { nil: undefined }),
        usageTypeCode: fc.option(fc.constantFrom('A', 'B'), { nil: undefined }),
        usageDate: fc.constantFrom(
          '2024-04-01',
          '2024-04-02 10:00:00',
          '2024-05-01',
          '01/04/2024',
          '2024-02-30',
        ),
        quantity: money,
        amount: money,
        synced: fc.boolean(),
      }),
      { maxLength: 15 },
    )
    .map((records) => records.map((r, i) => ({ ...r, id: `m${i}` }))),
});

describe('aggregated usage sync', () => {
  it(
    'reconciles totals and links every source record to exactly one line',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      fc.assert(
        fc.property(aggregationScenario, (scenario) => {
          const result = simulateAggregatedUsageSync(scenario);
          expect(result.ok).toBe(true);
          expect(result.reconciliation.balanced).toBe(true);
          expect(
            result.issues.some((i) => i.code === 'SIM-AGG-006' || i.code === 'SIM-INT-001'),
          ).toBe(false);
          const unsynced = scenario.records.filter((r) => !r.synced).map((r) => r.id);
          const linked = result.lines.flatMap((l) => l.sourceRecordIds);
          expect([...linked].sort()).toEqual([...unsynced].sort());
          // Source quantity = sum of line quantities, exactly.
          const sum = (values: string[]) => values.reduce((a, v) => a.plus(v), new Decimal(0));
          const sourceQty = sum(
            scenario.records.filter((r) => !r.synced).map((r) => String(r.quantity)),
          );
          expect(sum(result.lines.map((l) => l.quantity)).equals(sourceQty)).toBe(true);
          for (const batch of result.batches) {
            expect(batch.lineIds.length).toBeLessThanOrEqual(scenario.batchSize ?? 100);
            const request = JSON.parse(batch.requestJson);
            expect(request.usage_recs).toHaveLength(batch.lineIds.length);
            expect(request.auth_key).toMatch(/redacted/);
          }
          expect(result.sources).toHaveLength(scenario.records.length);
        }),
        { numRuns: RUNS },
      );
    },
  );
});
