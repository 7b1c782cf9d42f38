import { describe, expect, it } from 'vitest';
import {
  SAMPLE_SYNC_EXPECTED,
  SAMPLE_SYNC_SCENARIO,
  planSyncReprocessing,
  type SyncScenario,
} from '../../../../src/allegro';

describe('sync sample "sync-out-of-order-go-live"', () => {
  const result = planSyncReprocessing(SAMPLE_SYNC_SCENARIO);

  it('plans catalog, then account, then subscription records, parents first', () => {
    expect(result.ok).toBe(true);
    expect(result.plan.map((s) => s.recordId)).toEqual([...SAMPLE_SYNC_EXPECTED.plan]);
    expect(result.plan.find((s) => s.recordId === 'S1')?.after.sort()).toEqual(['A1', 'C4']);
    expect(result.plan.find((s) => s.recordId === 'S4')?.after).toContain('S1');
  });

  it('keeps records failed with the reason and code', () => {
    const failed = Object.fromEntries(
      result.records.filter((r) => r.outcome === 'stays-failed').map((r) => [r.id, r.code]),
    );
    expect(failed).toEqual(SAMPLE_SYNC_EXPECTED.staysFailed);
    expect(result.records.find((r) => r.id === 'S2')?.reason).toMatch(/C5 \(plan:DATA_PLUS\)/);
    expect(result.records.find((r) => r.id === 'C3')?.reason).toMatch(/service type/);
  });

  it('explains the IGNORED record and leaves the complete one alone', () => {
    const ignored = result.records.find((r) => r.id === 'A3');
    expect(ignored).toMatchObject({ outcome: 'ignored', code: 'SIM-SYN-005' });
    expect(ignored?.reason).toMatch(
      /not relevant to Allegro \(Allegro does not use statement objects\)/,
    );
    expect(result.records.filter((r) => r.outcome === 'already-complete').map((r) => r.id)).toEqual(
      [...SAMPLE_SYNC_EXPECTED.alreadyComplete],
    );
  });

  it('accounts for every record exactly once', () => {
    expect(result.counts).toEqual({
      total: 12,
      reprocess: 6,
      'stays-failed': 4,
      ignored: 1,
      'already-complete': 1,
    });
  });
});

const rec = (
  id: string,
  group: 'catalog' | 'account' | 'subscription',
  objectId: string,
  dependsOn: string[] = [],
  kind: 'out-of-order' | 'other' = 'out-of-order',
  fixed = false,
) => ({
  id,
  group,
  lom: group === 'catalog' ? 'Plan' : group === 'account' ? 'Account' : 'Plan Instance',
  objectId,
  dependsOn,
  status: 'ERROR' as const,
  error: { kind, fixed },
});

describe('sync planner edge cases', () => {
  it('lets a dependency win over the group order', () => {
    // A catalog record that (oddly) waits for an account goes after that account.
    const r = planSyncReprocessing({
      records: [rec('c', 'catalog', 'plan:x', ['account:1']), rec('a', 'account', 'account:1')],
    });
    expect(r.plan.map((s) => s.recordId)).toEqual(['a', 'c']);
  });

  it('follows a custom group order when nothing else decides', () => {
    const r = planSyncReprocessing({
      groupOrder: ['subscription', 'account', 'catalog'],
      records: [
        rec('c', 'catalog', 'plan:x'),
        rec('a', 'account', 'account:1'),
        rec('s', 'subscription', 'pi:1'),
      ],
    });
    expect(r.plan.map((s) => s.recordId)).toEqual(['s', 'a', 'c']);
    expect(r.assumptions.find((a) => a.id === 'SYNC-GROUP-ORDER')?.isDefault).toBe(false);
  });

  it('reports a circle, and a record waiting for the circle, without planning them', () => {
    const r = planSyncReprocessing({
      records: [
        rec('x', 'account', 'account:1', ['account:2']),
        rec('y', 'account', 'account:2', ['account:1']),
        rec('z', 'subscription', 'pi:1', ['account:1']),
      ],
    });
    expect(r.plan).toEqual([]);
    expect(r.records.map((x) => [x.id, x.code])).toEqual([
      ['x', 'SIM-SYN-003'],
      ['y', 'SIM-SYN-003'],
      ['z', 'SIM-SYN-001'],
    ]);
  });

  it('does not wait for a failed update when the object already exists', () => {
    const r = planSyncReprocessing({
      existingObjects: ['account:1'],
      records: [
        rec('u', 'account', 'account:1', [], 'other', false),
        rec('s', 'subscription', 'pi:1', ['account:1']),
      ],
    });
    expect(r.plan.map((s) => s.recordId)).toEqual(['s']);
    expect(r.records[0]?.code).toBe('SIM-SYN-002');
  });

  it('says when the only record for a needed object was IGNORED', () => {
    const r = planSyncReprocessing({
      records: [
        { id: 'i', group: 'account', lom: 'Account', objectId: 'account:9', status: 'IGNORED' },
        rec('s', 'subscription', 'pi:1', ['account:9']),
      ],
    });
    expect(r.records[1]).toMatchObject({ outcome: 'stays-failed', code: 'SIM-SYN-004' });
    expect(r.records[1]?.reason).toMatch(/was IGNORED/);
  });

  it('orders several failed records of one object by arrival', () => {
    const r = planSyncReprocessing({
      records: [
        rec('second', 'account', 'account:1', [], 'other', true),
        rec('first', 'account', 'account:1', [], 'other', true),
      ],
    });
    expect(r.plan.map((s) => s.recordId)).toEqual(['second', 'first']);
    expect(r.plan[1]?.after).toEqual(['second']);
  });

  it('returns issues for unreadable input and duplicate ids', () => {
    expect(planSyncReprocessing({ records: [{ id: 'a' }] }).issues[0]?.code).toBe('SIM-INP-001');
    const dup = planSyncReprocessing({
      records: [rec('a', 'account', 'account:1'), rec('a', 'account', 'account:2')],
    } satisfies SyncScenario);
    expect(dup.issues[0]?.code).toBe('SIM-INP-002');
    expect(
      planSyncReprocessing({ records: [], groupOrder: ['catalog', 'catalog', 'account'] }).issues[0]
        ?.message,
    ).toMatch(/once each/);
  });
});
