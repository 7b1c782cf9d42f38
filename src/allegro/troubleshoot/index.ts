/** Troubleshooting: the error catalog, the error decoder and the readiness checklists. */
export type {
  Basis,
  CatalogEntry,
  Cause,
  ComponentId,
  DataFlowId,
  EntrySource,
  ErrorPattern,
  Reprocessing,
  ReprocessOutcome,
  SimulatorId,
} from './model';
export {
  BASIS_LABELS,
  CATEGORY_DOCS,
  CATEGORY_LABELS,
  COMPONENTS,
  DATA_FLOWS,
  REPROCESS_LABELS,
  SIMULATORS,
  entryDocsUrl,
} from './model';
export { ERROR_CATALOG, filterCatalog, getCatalogEntry } from './catalog';
export type { CatalogFilter } from './catalog';
export { decodeErrors, searchUrlFor, tokenize, SEARCH_PATH } from './decode';
export type {
  DecodeOptions,
  DecodeResult,
  Finding,
  MatchVia,
  Occurrence,
  Suggestion,
  UnmatchedLine,
} from './decode';
export { SAMPLE_LOG, SAMPLE_LOG_EXPECTED } from './samples';
export {
  CHECKLISTS,
  DEPLOYMENT_CHECKLIST,
  GO_LIVE_CHECKLIST,
  checklistItems,
  checklistToMarkdown,
  verifyChecklist,
} from './checklists';
export type {
  Checklist,
  ChecklistCheck,
  ChecklistId,
  ChecklistItem,
  ChecklistProgress,
  ChecklistSection,
  ChecklistVerification,
  ChecklistVerificationResult,
  ItemVerdict,
} from './checklists';
