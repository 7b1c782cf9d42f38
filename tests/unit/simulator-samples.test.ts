import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulatorSampleFiles } from '../../scripts/simulator-sample-files';
import {
  AggregationScenarioSchema,
  SuspenseScenarioSchema,
  SyncScenarioSchema,
  planSyncReprocessing,
  ratePooledLoads,
  simulateAggregatedUsageSync,
  simulateSuspenseReprocessing,
} from '../../src/allegro';
import { readScenarioText } from '../../src/components/sim-ui/scenarioText';

const root = path.resolve(import.meta.dirname, '../..');
const files = simulatorSampleFiles();

describe('downloadable simulator samples', () => {
  it.each(Object.keys(files))(
    '%s is up to date (npx tsx scripts/generate-simulator-samples.ts)',
    (file) => {
      expect(readFileSync(path.join(root, file), 'utf8')).toBe(files[file]);
    },
  );

  it('each scenario file is accepted by its simulator’s Edit as JSON box and gives the sample outcome', () => {
    const suspense = readScenarioText(
      files['static/samples/suspense-scenario.json'] ?? '',
      SuspenseScenarioSchema,
    );
    expect(suspense.ok).toBe(true);
    if (suspense.ok)
      expect(simulateSuspenseReprocessing(suspense.value).counts).toMatchObject({
        rated: 5,
        suspended: 1,
        discarded: 1,
      });
    const sync = readScenarioText(
      files['static/samples/sync-scenario.json'] ?? '',
      SyncScenarioSchema,
    );
    expect(sync.ok && planSyncReprocessing(sync.value).plan.map((p) => p.recordId)).toEqual([
      'C2',
      'C4',
      'A1',
      'A2',
      'S1',
      'S4',
    ]);
    const aggregation = readScenarioText(
      files['static/samples/aggregation-scenario.json'] ?? '',
      AggregationScenarioSchema,
    );
    expect(
      aggregation.ok && simulateAggregatedUsageSync(aggregation.value).reconciliation.balanced,
    ).toBe(true);
  });

  it('the WE-1 file rates to 53.00', () => {
    const we1 = JSON.parse(files['static/samples/rating-we1-pooling.json'] ?? '{}');
    expect(ratePooledLoads(we1).totals.total).toBe('53.00');
  });
});
