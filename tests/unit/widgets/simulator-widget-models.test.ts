/**
 * The pure parts of the rating preview and simulator widgets: reading a scenario typed as JSON,
 * list inputs, mapping issue paths to table cells, the rating preview's calculation from its
 * form state, and the simulators' step defaults, timelines and generated snippets.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AggregationScenarioSchema,
  SuspenseScenarioSchema,
  planSyncReprocessing,
  simulateAggregatedUsageSync,
  simulateSuspenseReprocessing,
} from '../../../src/allegro';
import { formatPath, readScenarioText } from '../../../src/components/sim-ui/scenarioText';
import {
  issuesByCell,
  numberOrText,
  optionalNumberOrText,
  parseList,
} from '../../../src/components/sim-ui/fields';
import {
  computePreview,
  previewAssumptions,
  sampleState,
  summarize as summarizeRating,
  type RatingPreviewState,
} from '../../../src/components/RatingPreview/model';
import {
  STEP_KINDS,
  firstDiagnosis,
  newStep,
  runSheet,
  sampleScenario as suspenseSample,
  timelineOf as suspenseTimeline,
} from '../../../src/components/SuspenseSimulator/model';
import {
  GROUP_ORDERS,
  planJson,
  sampleScenario as syncSample,
} from '../../../src/components/SyncSimulator/model';
import {
  matchField,
  parsePlanInstancePairs,
  planInstancePairs,
  sampleScenario as aggregationSample,
  timelineOf as aggregationTimeline,
  withMatch,
} from '../../../src/components/AggregatedUsageSimulator/model';

describe('reading a scenario typed as JSON', () => {
  const Schema = z.object({ records: z.array(z.object({ id: z.string(), qty: z.number() })) });

  it('formats zod paths the way the simulators name fields', () => {
    expect(formatPath(['records', 2, 'start'])).toBe('records[2].start');
    expect(formatPath([0, 'a'])).toBe('[0].a');
    expect(formatPath([])).toBe('');
  });

  it('reports a syntax error with its line and column', () => {
    const result = readScenarioText('{\n  "records": [\n    {"id": "R1",,}\n  ]\n}', Schema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.line).toBe(3);
    expect(result.problems[0]?.message).toMatch(/^JSON syntax error at line 3, column \d+: /);
  });

  it('reports text that ends too early at its last line', () => {
    const result = readScenarioText('{\n  "records": [', Schema);
    expect(result.ok === false && result.problems[0]?.message).toMatch(
      /^JSON syntax error at line 2/,
    );
  });

  it('names the field path of every schema problem, and refuses empty text', () => {
    const result = readScenarioText(
      '{"records": [{"id": "R1", "qty": "two"}, {"qty": 1}]}',
      Schema,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['records[0].qty', 'records[1].id']);
    expect(result.problems[0]?.message.startsWith('records[0].qty: ')).toBe(true);
    expect(readScenarioText('  ', Schema)).toEqual({
      ok: false,
      problems: [{ path: '', message: 'The scenario is empty; paste a JSON object.' }],
    });
  });

  it('returns the parsed value with defaults when the text fits', () => {
    const result = readScenarioText(JSON.stringify(suspenseSample()), SuspenseScenarioSchema);
    expect(result.ok && result.value.records).toHaveLength(7);
  });
});

describe('list and number inputs, issue cells', () => {
  it('splits comma lists and drops empty parts', () => {
    expect(parseList('R1, R2,,R3 ,')).toEqual(['R1', 'R2', 'R3']);
    expect(parseList('')).toEqual([]);
  });

  it('keeps text that is not a whole number so the schema can name it', () => {
    expect(numberOrText('42')).toBe(42);
    expect(numberOrText(' 7 ')).toBe(7);
    expect(numberOrText('4.5')).toBe('4.5');
    expect(numberOrText('four')).toBe('four');
    expect(optionalNumberOrText('')).toBeUndefined();
  });

  it('maps nested issue paths to the cell of the row they belong to', () => {
    const issue = (path: string, message = path) => ({
      code: 'SIM-INP-001',
      severity: 'error' as const,
      message,
      path,
      docsUrl: '',
    });
    expect(
      issuesByCell(
        [
          issue('planInstances[0].serviceUnits[0].serviceIds[1]'),
          issue('planInstances[2].effectiveFrom'),
          issue('records[1].start'),
          issue('planInstances'),
        ],
        'planInstances',
      ),
    ).toEqual({
      '0.serviceIds': 'planInstances[0].serviceUnits[0].serviceIds[1]',
      '2.effectiveFrom': 'planInstances[2].effectiveFrom',
    });
  });
});

describe('rating preview calculation', () => {
  const state = (change: Partial<RatingPreviewState>): RatingPreviewState => ({
    ...sampleState(),
    ...change,
  });

  it('reproduces WE-1 from the form state', () => {
    const result = computePreview(sampleState());
    expect(result.errors).toEqual([]);
    expect(result.loads.map((l) => l.charge)).toEqual(['2.50', '24.00', '17.50', '9.00']);
    expect(result.loads.map((l) => l.positionAfter)).toEqual(['125', '425', '625', '775']);
    expect(result.loads[2]?.breakdown?.factoredUnitRate).toMatchObject({
      unrounded: '0.0875',
      rounded: '0.09',
    });
    expect(result.totals).toMatchObject({ gross: '53.00', net: '53.00', allowanceLeft: null });
    expect(summarizeRating(result)).toBe('Rating preview updated: 4 loads, total 53.00.');
  });

  it('rates each service on its own total when pooling is off (50.50)', () => {
    const result = computePreview(state({ pooled: false }));
    expect(result.loads.map((l) => l.charge)).toEqual(['2.50', '16.00', '20.00', '12.00']);
    expect(result.totals?.net).toBe('50.50');
  });

  it('reproduces WE-3: tier multiplier 3, loads 400, 500 and 600 cost 0 + 18 + 33', () => {
    const result = computePreview({
      ...sampleState(),
      services: [
        {
          name: 'Usage',
          rule: 'standard',
          tiers: [
            { from: '1', to: '200', rate: '0.00' },
            { from: '201', to: '400', rate: '0.06' },
            { from: '401', to: '600', rate: '0.05' },
            { from: '601', to: '', rate: '0.03' },
          ],
        },
      ],
      loads: ['400', '500', '600'].map((units) => ({ service: 'Usage', units })),
      planUnits: '3',
      rateScale: 3,
      compare: { service: 'Usage', quantity: '1500' },
    });
    expect(result.loads.map((l) => l.charge)).toEqual(['0.00', '18.00', '33.00']);
    expect(result.loads.map((l) => l.breakdown?.factoredUnitRate.rounded)).toEqual([
      '0.000',
      '0.036',
      '0.055',
    ]);
    expect(result.multiplier?.map((r) => r.scaledUpTo)).toEqual(['600', '1200', '1800', null]);
    expect(result.totals?.net).toBe('51.00');
  });

  it('holds volume-discount units in a pool and settles them at period end (WE-2)', () => {
    const we2 = {
      ...sampleState(),
      services: [
        {
          name: 'Incoming Faxes',
          rule: 'standard' as const,
          tiers: [
            { from: '0', to: '100', rate: '0' },
            { from: '101', to: '300', rate: '1' },
            { from: '301', to: '500', rate: '2' },
            { from: '501', to: '', rate: '3' },
          ],
        },
        {
          name: 'Outgoing Faxes',
          rule: 'volume' as const,
          tiers: [
            { from: '0', to: '600', rate: '0' },
            { from: '601', to: '2000', rate: '1' },
            { from: '2001', to: '', rate: '2' },
          ],
        },
      ],
      loads: [
        { service: 'Incoming Faxes', units: '120' },
        { service: 'Incoming Faxes', units: '60' },
        { service: 'Outgoing Faxes', units: '200' },
        { service: 'Incoming Faxes', units: '170' },
      ],
      compare: { service: 'Outgoing Faxes', quantity: '700' },
    };
    const result = computePreview(we2);
    expect(result.loads.map((l) => l.charge)).toEqual(['20.00', '60.00', null, '390.00']);
    expect(result.loads[2]?.status).toBe('held');
    expect(result.settlements).toHaveLength(1);
    expect(result.settlements[0]).toMatchObject({ tierBasis: '550', tier: 1, net: '0.00' });
    // Volume discount on 700 units: all at the 601–2000 rate.
    expect(result.comparison?.volume.charge).toBe('700.00');
    expect(computePreview({ ...we2, settleVolume: false }).settlements).toEqual([]);
  });

  it('switches the flat-rate-per-tier reading with its assumption', () => {
    const base = {
      ...sampleState(),
      services: [
        {
          name: 'Flat',
          rule: 'flat-per-tier' as const,
          tiers: [
            { from: '1', to: '100', rate: '5' },
            { from: '101', to: '', rate: '8' },
          ],
        },
      ],
      loads: [{ service: 'Flat', units: '150' }],
      pooled: false,
      compare: { service: 'Flat', quantity: '150' },
    };
    expect(computePreview(base).comparison?.flat.charge).toBe('8.00');
    expect(computePreview({ ...base, flatCumulative: true }).comparison?.flat.charge).toBe('13.00');
    expect(computePreview({ ...base, flatCumulative: true }).loads[0]?.charge).toBe('13.00');
    // The same service with pooling is refused, naming the service.
    expect(computePreview({ ...base, pooled: true }).errors.map((e) => e.field)).toEqual([
      'services.0.rule',
    ]);
  });

  it('names each bad field and rates nothing', () => {
    const s = sampleState();
    s.planUnits = '0';
    s.allowanceUnits = '-5';
    s.loads[1] = { service: 'Nope', units: '1,000' };
    const first = s.services[0];
    if (first) first.tiers[1] = { from: '101', to: '', rate: '0.10' };
    const result = computePreview(s);
    expect(result.errors).toEqual([
      { field: 'planUnits', message: 'Tier multiplier (plan units) must be greater than zero.' },
      {
        field: 'services.0.tiers.1.to',
        message: 'Service "API Calls", tier 2: only the last tier may be left open (empty "to").',
      },
      {
        field: 'loads.1.service',
        message: 'Load 2 names a service that is not in the tier tables.',
      },
      {
        field: 'loads.1.units',
        message: 'Load 2 units must be a decimal number such as 12.50, not "1,000".',
      },
      { field: 'allowanceUnits', message: 'Allowance units must not be negative.' },
    ]);
    expect(result.loads).toEqual([]);
    expect(summarizeRating(result)).toBe('Rating preview: 5 input problems to fix.');
  });

  it('explains tiers that leave a gap', () => {
    const s = sampleState();
    const first = s.services[0];
    if (first) first.tiers[1] = { from: '150', to: '500', rate: '0.10' };
    expect(computePreview(s).errors[0]?.message).toMatch(
      /^Service "API Calls": Range 2 starts at 150, but the previous range ends at 100/,
    );
  });

  it('lists the rating assumptions it depends on, plus its own', () => {
    expect(previewAssumptions().map((a) => a.id)).toEqual([
      'RATE-ROUNDING-MODES',
      'RATE-ROUNDING-DEFAULT',
      'RATE-ROUNDING-POINT',
      'RATE-FACTORED-RATE-SCALE',
      'RATE-FLAT-PER-TIER',
      'RATE-VOLUME-SETTLEMENT',
      'RATE-ALLOWANCE-ORDER',
      'PREVIEW-SHARED-ALLOWANCE',
    ]);
  });
});

describe('simulator widget models', () => {
  it('gives every new suspense step a shape the scenario schema accepts', () => {
    const scenario = suspenseSample();
    for (const kind of STEP_KINDS) {
      const withStep = { ...scenario, steps: [newStep(kind, scenario)] };
      expect(SuspenseScenarioSchema.safeParse(withStep).success, kind).toBe(true);
    }
  });

  it('builds the suspense timeline and run sheet from the result', () => {
    const scenario = suspenseSample();
    const result = simulateSuspenseReprocessing(scenario);
    const timeline = suspenseTimeline(result);
    expect(timeline).toHaveLength(10);
    expect(timeline[0]).toMatchObject({ status: '1 rated, 6 suspended', tone: 'warning' });
    expect(timeline[0]?.detail).toBe(
      'Suspended, with the cause found: R2 (outside-active-dates), R3 (price-missing), R4 (sync-error), R5 (plan-instance-not-synced), R6 (plan-instance-missing), R7 (plan-instance-missing).',
    );
    // R2's latest diagnosis differs when sync lags, but its first one stays.
    const lagging = simulateSuspenseReprocessing({ ...scenario, syncAfterCoreChange: false });
    const r2 = lagging.records.find((r) => r.id === 'R2');
    expect(r2?.diagnosis).toBe('plan-instance-not-synced');
    expect(r2 && firstDiagnosis(r2)).toBe('outside-active-dates');
    // Step 1 reprocessed before any fix: applied, but flagged.
    expect(timeline[1]).toMatchObject({ status: 'applied', tone: 'warning' });
    expect(timeline[2]).toMatchObject({ status: 'refused', tone: 'error' });
    const sheet = runSheet(scenario, result);
    expect(sheet).toContain('Result: 5 rated, 1 suspended, 1 discarded.');
    expect(sheet).toContain('- R3 (voice-0412.csv, SIM-SUS-002 NO_PRICE_FOUND)');
  });

  it('offers the six group orders and writes the sync plan as JSON', () => {
    expect(new Set(GROUP_ORDERS.map((o) => o.join())).size).toBe(6);
    const plan = JSON.parse(planJson(planSyncReprocessing(syncSample())));
    expect(plan.reprocessInOrder.map((s: { recordId: string }) => s.recordId)).toEqual([
      'C2',
      'C4',
      'A1',
      'A2',
      'S1',
      'S4',
    ]);
    expect(plan.staysFailed.map((s: { code: string }) => s.code)).toEqual([
      'SIM-SYN-006',
      'SIM-SYN-001',
      'SIM-SYN-001',
      'SIM-SYN-004',
    ]);
  });

  it('edits injected errors and core plan instances in the aggregation scenario', () => {
    const row = { code: 1009, match: { accountNo: 1004 } };
    expect(matchField(row)).toBe('accountNo');
    expect(withMatch(row, 'recordId', 'M2')).toEqual({ code: 1009, match: { recordId: 'M2' } });
    expect(withMatch(row, 'planInstanceNo', '5001').match).toEqual({ planInstanceNo: 5001 });
    expect(parsePlanInstancePairs(['5001:1001', '5002 : x'])).toEqual([
      { planInstanceNo: 5001, accountNo: 1001 },
      { planInstanceNo: 5002, accountNo: 'x' },
    ]);
    const scenario = aggregationSample();
    expect(planInstancePairs(scenario.core.planInstances)).toEqual([
      '5001:1001',
      '5002:1002',
      '5003:1003',
      '5004:1004',
    ]);
    const broken = {
      ...scenario,
      core: { ...scenario.core, planInstances: parsePlanInstancePairs(['5001:x']) },
    };
    const parsed = AggregationScenarioSchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['core', 'planInstances', 0, 'accountNo']);
  });

  it('describes each batch of the aggregation in order', () => {
    const timeline = aggregationTimeline(simulateAggregatedUsageSync(aggregationSample()));
    expect(timeline.map((t) => t.status)).toEqual(['complete', 'errored', 'errored', 'in-process']);
    expect(timeline[2]?.detail).toBe(
      'Lines AGG-20240430-01-5, AGG-20240430-01-6 sent; refused: AGG-20240430-01-5 (1009), AGG-20240430-01-6 (1024).',
    );
    expect(aggregationSample('auth-failure').aggregate).toBe(false);
  });
});
