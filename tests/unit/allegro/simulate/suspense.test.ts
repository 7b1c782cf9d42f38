import { describe, expect, it } from 'vitest';
import {
  SAMPLE_SUSPENSE_EXPECTED,
  SAMPLE_SUSPENSE_SCENARIO,
  simulateSuspenseReprocessing,
  type SuspenseScenario,
} from '../../../../src/allegro';

const byOutcome = (result: ReturnType<typeof simulateSuspenseReprocessing>, outcome: string) =>
  result.records.filter((r) => r.outcome === outcome).map((r) => r.id);

describe('suspense sample "suspense-no-service-found"', () => {
  const result = simulateSuspenseReprocessing(SAMPLE_SUSPENSE_SCENARIO);

  it('reads the scenario', () => {
    expect(result.ok).toBe(true);
    expect(
      result.issues.filter((i) => i.code.startsWith('SIM-INP') || i.code.startsWith('SIM-INT')),
    ).toEqual([]);
  });

  it('rates R1 on arrival and suspends the others for the documented causes', () => {
    expect(result.records.filter((r) => r.firstPass === 'rated').map((r) => r.id)).toEqual([
      ...SAMPLE_SUSPENSE_EXPECTED.ratedOnArrival,
    ]);
    const firstDiagnosis = Object.fromEntries(
      result.records
        .filter((r) => r.firstPass === 'suspended')
        .map((r) => [r.id, r.history.find((h) => h.step === 0)?.event.match(/\(([^)]+)\)$/)?.[1]]),
    );
    expect(firstDiagnosis).toEqual(SAMPLE_SUSPENSE_EXPECTED.firstPassDiagnoses);
  });

  it('ends with R1, R2, R4, R5, R6 rated, R3 suspended without a price, R7 discarded', () => {
    expect(byOutcome(result, 'rated')).toEqual([...SAMPLE_SUSPENSE_EXPECTED.rated]);
    expect(byOutcome(result, 'discarded')).toEqual([...SAMPLE_SUSPENSE_EXPECTED.discarded]);
    const r3 = result.records.find((r) => r.id === 'R3');
    expect(r3).toMatchObject({
      outcome: 'suspended',
      suspenseReason: 'NO_PRICE_FOUND',
      documented: false,
      code: 'SIM-SUS-002',
    });
    expect(r3?.fix).toMatch(/Add pricing/);
  });

  it('refuses the edit and the discard by a clerk', () => {
    expect(result.steps.filter((s) => s.outcome === 'refused').map((s) => s.step)).toEqual([
      ...SAMPLE_SUSPENSE_EXPECTED.refusedSteps,
    ]);
    expect(result.steps[1]?.code).toBe('SIM-SUS-003');
    expect(result.steps[6]?.code).toBe('SIM-SUS-004');
  });

  it('shows that the first reprocess, before any fix, changes nothing', () => {
    expect(result.steps[0]).toMatchObject({ kind: 'reprocess', affected: [], code: 'SIM-SUS-005' });
    expect(
      result.issues.filter((i) => i.code === 'SIM-SUS-005' && i.message.startsWith('Step 1:')),
    ).toHaveLength(6);
  });

  it('labels the "No Service found" reason as documented and the date diagnosis as an assumption', () => {
    const r2 = result.records.find((r) => r.id === 'R2');
    expect(r2).toMatchObject({
      suspenseReason: 'NO_SERVICE_FOUND',
      diagnosis: 'outside-active-dates',
      documented: false,
    });
    const r6 = result.records.find((r) => r.id === 'R6');
    expect(r6).toMatchObject({
      suspenseReason: 'NO_SERVICE_FOUND',
      diagnosis: 'plan-instance-missing',
      documented: true,
    });
  });

  it('counts every record once', () => {
    expect(result.counts).toEqual({
      total: 7,
      rated: 5,
      suspended: 1,
      discarded: 1,
      ratedOnArrival: 1,
    });
  });

  it('links every issue to the code reference', () => {
    for (const issue of result.issues)
      expect(issue.docsUrl).toBe(`/docs/reference/issue-codes#${issue.code.toLowerCase()}`);
  });
});

const base: SuspenseScenario = {
  planInstances: [
    {
      id: 'PI-1',
      serviceUnits: [{ serviceType: 'VOICE', serviceIds: ['n1'] }],
      effectiveFrom: '2024-04-10',
      effectiveTo: '2024-05-01',
    },
  ],
  prices: [{ serviceType: 'VOICE', usageType: 'MIN' }],
  records: [
    {
      id: 'a',
      serviceType: 'VOICE',
      serviceId: 'n1',
      usageType: 'MIN',
      start: '2024-04-10 00:00:00',
      end: '2024-04-10 00:01:00',
    },
    {
      id: 'b',
      serviceType: 'VOICE',
      serviceId: 'n1',
      usageType: 'MIN',
      start: '2024-04-09 23:59:59',
      end: '2024-04-10 00:00:30',
    },
    {
      id: 'c',
      serviceType: 'VOICE',
      serviceId: 'n1',
      usageType: 'MIN',
      start: '2024-04-30 23:59:00',
      end: '2024-05-01 00:00:00',
    },
  ],
};

describe('suspense simulator edge cases', () => {
  it('treats effectiveFrom as inclusive and effectiveTo as exclusive (assumption SUS-ACTIVE-DATES)', () => {
    const r = simulateSuspenseReprocessing(base);
    expect(r.records.map((x) => [x.id, x.outcome, x.diagnosis])).toEqual([
      ['a', 'rated', null],
      ['b', 'suspended', 'outside-active-dates'],
      ['c', 'suspended', 'outside-active-dates'],
    ]);
  });

  it('keeps a record suspended while a date change waits for sync, and rates it once synced', () => {
    const r = simulateSuspenseReprocessing({
      ...base,
      syncAfterCoreChange: false,
      steps: [
        {
          kind: 'changeEffectiveDates',
          planInstanceId: 'PI-1',
          effectiveFrom: '2024-04-01',
          effectiveTo: null,
        },
        { kind: 'reprocess' },
        { kind: 'completeSync', planInstanceId: 'PI-1' },
        { kind: 'reprocess' },
      ],
    });
    expect(r.steps[1]?.affected).toEqual([]);
    expect(r.records.find((x) => x.id === 'b')?.history.map((h) => h.step)).toEqual([0, 2, 4]);
    expect(r.counts.rated).toBe(3);
  });

  it('refuses to reprocess or discard a record that was already discarded or rated', () => {
    const r = simulateSuspenseReprocessing({
      ...base,
      steps: [
        { kind: 'discard', recordIds: ['b'], role: 'Usage Supervisor' },
        { kind: 'reprocess', recordIds: ['a', 'b'] },
        { kind: 'discard', recordIds: ['a'], role: 'Usage Supervisor' },
      ],
    });
    expect(r.issues.filter((i) => i.code === 'SIM-SUS-006').map((i) => i.message)).toEqual([
      expect.stringContaining('record a is rated'),
      expect.stringContaining('record b is discarded'),
      expect.stringContaining('record a is rated'),
    ]);
    expect(r.records.map((x) => x.outcome)).toEqual(['rated', 'discarded', 'suspended']);
  });

  it('reprocesses only the chosen file or reason', () => {
    const r = simulateSuspenseReprocessing({
      ...base,
      records: [
        {
          id: 'x',
          file: 'f1.csv',
          serviceType: 'VOICE',
          serviceId: 'n2',
          usageType: 'MIN',
          start: '2024-04-12',
          end: '2024-04-12 00:01:00',
        },
        {
          id: 'y',
          file: 'f2.csv',
          serviceType: 'VOICE',
          serviceId: 'n2',
          usageType: 'MIN',
          start: '2024-04-12',
          end: '2024-04-12 00:01:00',
        },
      ],
      steps: [
        {
          kind: 'addPlanInstance',
          planInstance: {
            id: 'PI-2',
            serviceUnits: [{ serviceType: 'VOICE', serviceIds: ['n2'] }],
            effectiveFrom: '2024-04-01',
          },
        },
        { kind: 'reprocess', file: 'f2.csv', reason: 'NO_SERVICE_FOUND' },
      ],
    });
    expect(r.records.map((x) => x.outcome)).toEqual(['suspended', 'rated']);
  });

  it('reports a changed reason when a fix uncovers the next problem', () => {
    const r = simulateSuspenseReprocessing({
      ...base,
      records: [
        {
          id: 'z',
          serviceType: 'VOICE',
          serviceId: 'n1',
          usageType: 'INTL',
          start: '2024-04-05',
          end: '2024-04-05 00:01:00',
        },
      ],
      steps: [
        { kind: 'changeEffectiveDates', planInstanceId: 'PI-1', effectiveFrom: '2024-04-01' },
        { kind: 'reprocess' },
      ],
    });
    expect(r.records[0]).toMatchObject({ outcome: 'suspended', suspenseReason: 'NO_PRICE_FOUND' });
    expect(r.issues.some((i) => i.code === 'SIM-SUS-005')).toBe(false);
  });

  it('says that waiting does not fix a sync error', () => {
    const r = simulateSuspenseReprocessing({
      ...base,
      planInstances: [{ ...base.planInstances![0]!, sync: 'error' }],
      steps: [{ kind: 'completeSync', planInstanceId: 'PI-1' }],
    });
    expect(r.steps[0]).toMatchObject({ outcome: 'no-effect' });
    expect(r.steps[0]?.message).toMatch(/fixSyncError/);
    expect(r.records[0]?.diagnosis).toBe('sync-error');
  });

  it('returns SIM-INP issues instead of throwing for bad input', () => {
    for (const bad of [null, 42, 'x', {}, { records: 'no' }, { records: [{ id: 'a' }] }]) {
      const r = simulateSuspenseReprocessing(bad);
      expect(r.ok).toBe(false);
      expect(r.issues.length).toBeGreaterThan(0);
      expect(r.issues.every((i) => i.code === 'SIM-INP-001')).toBe(true);
    }
  });

  it('names the field of a bad date', () => {
    const r = simulateSuspenseReprocessing({
      ...base,
      records: [{ ...base.records[0]!, start: '12/04/2024' }],
    });
    expect(r.issues[0]?.path).toBe('records[0].start');
  });

  it('refuses duplicate record ids and unknown plan instances in steps', () => {
    const dup = simulateSuspenseReprocessing({
      ...base,
      records: [base.records[0]!, base.records[0]!],
    });
    expect(dup.issues[0]?.code).toBe('SIM-INP-002');
    const unknown = simulateSuspenseReprocessing({
      ...base,
      steps: [{ kind: 'fixSyncError', planInstanceId: 'nope' }],
    });
    expect(unknown.ok).toBe(true);
    expect(unknown.steps[0]?.outcome).toBe('refused');
    expect(unknown.issues.some((i) => i.code === 'SIM-INP-002')).toBe(true);
  });

  it('rejects a record that ends before it starts', () => {
    const r = simulateSuspenseReprocessing({
      ...base,
      records: [{ ...base.records[0]!, end: '2024-04-09' }],
    });
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.message).toMatch(/ends .* before it starts/);
  });

  it('lists its assumptions with the values used', () => {
    const r = simulateSuspenseReprocessing({ ...base, discardRoles: ['Ops Lead'] });
    expect(r.assumptions.find((a) => a.id === 'SUS-DISCARD-ROLES')).toMatchObject({
      value: 'Ops Lead',
      isDefault: false,
    });
  });
});
