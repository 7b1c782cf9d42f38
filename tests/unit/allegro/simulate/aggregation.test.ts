import { describe, expect, it } from 'vitest';
import {
  AUTH_KEY_PLACEHOLDER,
  BulkRecordUsageRequestSchema,
  SAMPLE_AGGREGATION_AUTH_FAILURE,
  SAMPLE_AGGREGATION_AUTH_FAILURE_EXPECTED,
  SAMPLE_AGGREGATION_EXPECTED,
  SAMPLE_AGGREGATION_SCENARIO,
  UsageRecordSchema,
  simulateAggregatedUsageSync,
  type AggregationScenario,
} from '../../../../src/allegro';

describe('aggregation sample "aggregation-month-end-errors"', () => {
  const result = simulateAggregatedUsageSync(SAMPLE_AGGREGATION_SCENARIO);

  it('builds the documented lines with their sources and outcomes', () => {
    expect(result.ok).toBe(true);
    const lines = Object.fromEntries(
      result.lines.map((l) => [
        l.lineId,
        {
          sources: l.sourceRecordIds,
          outcome: l.outcome,
          ...(l.error ? { code: l.error.code } : { quantity: l.quantity, amount: l.amount }),
        },
      ]),
    );
    const expected = Object.fromEntries(
      Object.entries(SAMPLE_AGGREGATION_EXPECTED.lines).map(([id, l]) => [
        id,
        'code' in l
          ? { sources: l.sources, outcome: l.outcome, code: l.code }
          : l.outcome === 'pending'
            ? { sources: l.sources, outcome: l.outcome }
            : l,
      ]),
    );
    for (const [id, line] of Object.entries(expected)) expect(lines[id]).toMatchObject(line);
    expect(result.lines).toHaveLength(Object.keys(expected).length);
    expect(result.batches).toHaveLength(SAMPLE_AGGREGATION_EXPECTED.batches);
  });

  it('sums M1 and M2 into one line with a blended rate and the latest usage date', () => {
    const line = result.lines[0];
    expect(line).toMatchObject({
      sourceRecordIds: ['M1', 'M2'],
      quantity: '150.5',
      amount: '3.01',
      usageDate: '2024-04-15 08:30:00',
    });
    expect(line?.blendedRate).toBe('0.02');
  });

  it('lists the three refused lines as reprocessable after their fix', () => {
    expect(result.reprocessable.map((r) => r.lineId)).toEqual([
      ...SAMPLE_AGGREGATION_EXPECTED.reprocessable,
    ]);
    expect(result.reprocessable.map((r) => r.code)).toEqual([14046, 1009, 1024]);
    expect(result.notReprocessable).toEqual([]);
  });

  it('reconciles: source = sent + errored + pending', () => {
    expect(result.reconciliation).toMatchObject(SAMPLE_AGGREGATION_EXPECTED.reconciliation);
    expect(result.reconciliation.balanced).toBe(true);
    expect(result.reconciliation.alreadySynced).toEqual({
      records: 1,
      quantity: '60',
      amount: '1.2',
    });
  });

  it('links every source record back to its aggregated ID and line', () => {
    const m2 = result.sources.find((s) => s.id === 'M2');
    expect(m2).toMatchObject({
      aggregatedId: 'AGG-20240430-01',
      lineId: 'AGG-20240430-01-1',
      batch: 1,
      outcome: 'sent',
    });
    expect(result.sources.find((s) => s.id === 'M9')?.outcome).toBe('already-synced');
    expect(result.sources.find((s) => s.id === 'M7')).toMatchObject({
      outcome: 'errored',
      code: 'SIM-AGG-001',
    });
  });

  it('writes one bulk_record_usage_m request per batch with a redacted key and client record ids', () => {
    const second = JSON.parse(result.batches[1]!.requestJson);
    expect(second).toEqual({
      client_no: 1000123,
      auth_key: AUTH_KEY_PLACEHOLDER,
      usage_recs: [
        {
          acct_no: 1002,
          plan_instance_no: 5002,
          usage_type_code: 'VOICE_MIN',
          usage_units: 10,
          usage_date: '2024-04-20 14:00:00',
          amt: 0.2,
          client_record_id: 'AGG-20240430-01-3',
        },
        {
          acct_no: 1002,
          plan_instance_no: 5009,
          usage_type_code: 'VOICE_MIN',
          usage_units: 5,
          usage_date: '2024-04-21 14:00:00',
          amt: 0.1,
          client_record_id: 'AGG-20240430-01-4',
        },
      ],
    });
    expect(JSON.parse(result.batches[1]!.responseJson!)).toEqual({
      error_code: 0,
      error_msg: 'OK',
      error_records: [
        {
          out_client_record_id: 'AGG-20240430-01-4',
          acct_no: 1002,
          record_error_code: 14046,
          record_error_msg: expect.stringContaining('5009'),
        },
      ],
    });
    expect(result.batches.map((b) => b.status)).toEqual([
      'complete',
      'errored',
      'errored',
      'in-process',
    ]);
    expect(result.batches[3]?.responseJson).toBeNull();
  });

  it('produces requests that match the bulk_record_usage_m schema, except the record with the bad date', () => {
    for (const batch of result.batches) {
      const request = JSON.parse(batch.requestJson);
      const badDate = request.usage_recs.some(
        (r: { usage_date: string }) => r.usage_date === '04/23/2024',
      );
      expect(BulkRecordUsageRequestSchema.safeParse(request).success).toBe(!badDate);
      for (const rec of request.usage_recs) {
        expect(UsageRecordSchema.safeParse(rec).success).toBe(rec.usage_date !== '04/23/2024');
      }
    }
  });
});

describe('aggregation sample "aggregation-auth-failure"', () => {
  const result = simulateAggregatedUsageSync(SAMPLE_AGGREGATION_AUTH_FAILURE);

  it('errors every record of the refused call and sends the rest', () => {
    expect(result.sources.filter((s) => s.outcome === 'errored').map((s) => s.id)).toEqual([
      ...SAMPLE_AGGREGATION_AUTH_FAILURE_EXPECTED.errored,
    ]);
    expect(result.sources.filter((s) => s.outcome === 'sent').map((s) => s.id)).toEqual([
      ...SAMPLE_AGGREGATION_AUTH_FAILURE_EXPECTED.sent,
    ]);
    expect(result.batches.map((b) => b.status)).toEqual([
      ...SAMPLE_AGGREGATION_AUTH_FAILURE_EXPECTED.batchStatuses,
    ]);
    expect(JSON.parse(result.batches[0]!.responseJson!)).toMatchObject({ error_code: 1004 });
    expect(result.issues.map((i) => i.code)).toEqual(['SIM-AGG-005']);
    expect(result.reprocessable).toHaveLength(3);
  });

  it('sends one line per record when aggregation is off', () => {
    expect(result.lines.map((l) => l.sourceRecordIds)).toEqual([['N1'], ['N2'], ['N3'], ['N4']]);
  });
});

const small: AggregationScenario = {
  clientNo: 1,
  records: [
    {
      id: 'a',
      accountNo: 1,
      planInstanceNo: 11,
      usageTypeCode: 'U',
      usageDate: '2024-04-01',
      quantity: '1.1',
      amount: '0.11',
    },
    {
      id: 'b',
      accountNo: 1,
      planInstanceNo: 12,
      usageTypeCode: 'U',
      usageDate: '2024-04-02',
      quantity: '2.2',
      amount: '0.22',
    },
    {
      id: 'c',
      accountNo: 1,
      planInstanceNo: 11,
      usageTypeCode: 'U',
      usageDate: '2024-05-02',
      quantity: '3.3',
      amount: '0.33',
    },
  ],
};

describe('aggregation simulator options and edge cases', () => {
  it('groups by account, usage type, plan instance and month by default', () => {
    expect(simulateAggregatedUsageSync(small).lines.map((l) => l.sourceRecordIds)).toEqual([
      ['a'],
      ['b'],
      ['c'],
    ]);
  });

  it('lets the user change the grouping key; account and usage type always stay in it', () => {
    const r = simulateAggregatedUsageSync({ ...small, groupBy: [] });
    expect(r.lines.map((l) => l.sourceRecordIds)).toEqual([['a', 'b', 'c']]);
    // Plan instances differ inside the line, so none is sent.
    expect(r.lines[0]?.planInstanceNo).toBeUndefined();
    expect(r.lines[0]?.quantity).toBe('6.6');
    expect(r.assumptions.find((a) => a.id === 'AGG-GROUP-KEY')).toMatchObject({
      value: 'account + usageType (month)',
      isDefault: false,
    });
    const byPeriod = simulateAggregatedUsageSync({ ...small, groupBy: ['period'] });
    expect(byPeriod.lines.map((l) => l.sourceRecordIds)).toEqual([['a', 'b'], ['c']]);
  });

  it('uses the first usage date when asked', () => {
    const r = simulateAggregatedUsageSync({ ...small, groupBy: [], lineDate: 'first' });
    expect(r.lines[0]?.usageDate).toBe('2024-04-01 00:00:00');
  });

  it('flags an unknown error code as not known to be reprocessable', () => {
    const r = simulateAggregatedUsageSync({
      ...small,
      injectErrors: [{ code: 99999, match: { recordId: 'b' } }],
    });
    expect(r.lines[1]?.code).toBe('SIM-AGG-002');
    expect(r.notReprocessable).toEqual([
      expect.objectContaining({ code: 99999, why: expect.stringMatching(/not documented/) }),
    ]);
  });

  it('predicts 1009 and 1010 from what core Aria has and what the record lacks', () => {
    const r = simulateAggregatedUsageSync({
      ...small,
      core: { accounts: [2] },
      records: [
        ...small.records,
        { id: 'd', usageTypeCode: 'U', usageDate: '2024-04-01', quantity: 1 },
      ],
    });
    expect(r.lines.map((l) => l.error?.code)).toEqual([1009, 1009, 1009, 1010]);
  });

  it('warns about amounts with more than two decimals', () => {
    const r = simulateAggregatedUsageSync({
      ...small,
      records: [{ ...small.records[0]!, amount: '0.115' }],
    });
    expect(r.issues.map((i) => i.code)).toEqual(['SIM-AGG-004']);
  });

  it('leaves amt out of the request when sendAmount is false', () => {
    const r = simulateAggregatedUsageSync({ ...small, sendAmount: false });
    expect(JSON.parse(r.batches[0]!.requestJson).usage_recs[0].amt).toBeUndefined();
  });

  it('keeps exact decimals in the request text', () => {
    const r = simulateAggregatedUsageSync({
      ...small,
      groupBy: [],
      records: [
        {
          id: 'x',
          accountNo: 1,
          usageTypeCode: 'U',
          usageDate: '2024-04-01',
          quantity: 0.1,
          amount: '0.1',
        },
        {
          id: 'y',
          accountNo: 1,
          usageTypeCode: 'U',
          usageDate: '2024-04-01',
          quantity: 0.2,
          amount: '0.2',
        },
      ],
    });
    expect(r.batches[0]?.requestJson).toContain('"usage_units": 0.3');
  });

  it('splits lines into batches of the configured size', () => {
    const r = simulateAggregatedUsageSync({ ...small, batchSize: 2 });
    expect(r.batches.map((b) => b.lineIds.length)).toEqual([2, 1]);
  });

  it('reports batch numbers that do not exist', () => {
    const r = simulateAggregatedUsageSync({ ...small, inProcessBatches: [7] });
    expect(r.issues.map((i) => i.code)).toContain('SIM-INP-002');
  });

  it('returns SIM-INP issues for unreadable scenarios', () => {
    expect(simulateAggregatedUsageSync({ clientNo: -1, records: [] }).issues[0]?.path).toBe(
      'clientNo',
    );
    expect(
      simulateAggregatedUsageSync({ ...small, records: [small.records[0]!, small.records[0]!] })
        .issues[0]?.code,
    ).toBe('SIM-INP-002');
  });
});
