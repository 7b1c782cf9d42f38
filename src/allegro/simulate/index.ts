/** Simulators: usage suspense reprocessing, sync reprocessing plan, aggregated usage sync. */
export { SIMULATION_CODES } from './codes';
export type { SimulationCode } from './codes';
export type { AppliedAssumption, Assumption } from './common';
export {
  simulateSuspenseReprocessing,
  SuspenseScenarioSchema,
  SUSPENSE_ASSUMPTIONS,
  SUSPENSE_REASONS,
  SUSPENSE_DIAGNOSES,
  DISCARD_JUSTIFICATIONS,
} from './suspense';
export type {
  SuspenseScenario,
  SuspenseStep,
  SuspenseSimulationResult,
  SuspenseRecordResult,
  SuspenseStepResult,
  SuspenseOutcome,
  SuspenseReasonId,
  SuspenseDiagnosisId,
} from './suspense';
export {
  planSyncReprocessing,
  SyncScenarioSchema,
  SYNC_ASSUMPTIONS,
  SYNC_GROUPS,
  SYNC_ERROR_KINDS,
} from './sync';
export type {
  SyncScenario,
  SyncPlanResult,
  SyncPlanStep,
  SyncRecordResult,
  SyncOutcome,
  SyncGroup,
  SyncErrorKind,
} from './sync';
export {
  simulateAggregatedUsageSync,
  AggregationScenarioSchema,
  AGGREGATION_ASSUMPTIONS,
  AUTH_KEY_PLACEHOLDER,
  GROUP_KEY_PARTS,
} from './aggregation';
export type {
  AggregationScenario,
  AggregationResult,
  AggregatedLine,
  BatchResult,
  SourceRecordResult,
  LineError,
  LineOutcome,
  SourceOutcome,
  GroupKeyPart,
} from './aggregation';

import { AGGREGATION_ASSUMPTIONS } from './aggregation';
import { SUSPENSE_ASSUMPTIONS } from './suspense';
import { SYNC_ASSUMPTIONS } from './sync';
import { RATING_ASSUMPTIONS } from '../rating/assumptions';

/** Every assumption of the rating functions and the simulators, for a single reference table. */
export const ASSUMPTIONS = {
  rating: RATING_ASSUMPTIONS,
  suspense: SUSPENSE_ASSUMPTIONS,
  sync: SYNC_ASSUMPTIONS,
  aggregation: AGGREGATION_ASSUMPTIONS,
} as const;
