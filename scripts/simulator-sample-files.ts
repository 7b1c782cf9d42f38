/**
 * The sample scenarios of the rating preview and the simulators as downloadable JSON files
 * (static/samples/*.json). Pure, so a test can regenerate them in memory and fail when the
 * committed copies are stale. A reader can paste a scenario file into a simulator's
 * "Edit as JSON" box.
 */
import {
  SAMPLE_AGGREGATION_AUTH_FAILURE,
  SAMPLE_AGGREGATION_SCENARIO,
  SAMPLE_SUSPENSE_SCENARIO,
  SAMPLE_SYNC_SCENARIO,
  WORKED_EXAMPLES,
} from '../src/allegro';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Path relative to the project root → file content. */
export function simulatorSampleFiles(): Record<string, string> {
  const { provenance: _provenance, ...we1 } = WORKED_EXAMPLES.WE1_POOLING;
  return {
    'static/samples/rating-we1-pooling.json': json(we1),
    'static/samples/suspense-scenario.json': json(SAMPLE_SUSPENSE_SCENARIO),
    'static/samples/sync-scenario.json': json(SAMPLE_SYNC_SCENARIO),
    'static/samples/aggregation-scenario.json': json(SAMPLE_AGGREGATION_SCENARIO),
    'static/samples/aggregation-auth-failure.json': json(SAMPLE_AGGREGATION_AUTH_FAILURE),
  };
}
