/** Parts shared by the rating preview and the three simulators. */
export { RowsEditor, cellId } from './RowsEditor';
export type { RowColumn, RowsEditorProps } from './RowsEditor';
export { JsonScenarioEditor } from './JsonScenarioEditor';
export { AssumptionsPanel } from './AssumptionsPanel';
export type { AssumptionItem } from './AssumptionsPanel';
export { Timeline } from './Timeline';
export type { TimelineEntry } from './Timeline';
export { Counts } from './Counts';
export { CodeLink } from './CodeLink';
export { readScenarioText, scenarioToText, formatPath } from './scenarioText';
export type { ScenarioTextProblem, ScenarioTextResult } from './scenarioText';
export { default as simStyles } from './styles.module.css';
export {
  ListInput,
  parseList,
  formatList,
  numberOrText,
  optionalNumberOrText,
  issuesByCell,
  freeIdNumber,
  nextId,
} from './fields';
export { Disclosure } from './Disclosure';
export { ScrollTable } from './ScrollTable';
export { ScenarioToolbar, UrlNotice, TOO_LARGE_FOR_LINK } from './ScenarioToolbar';
export { ProblemsAlert } from './ProblemsAlert';
export { ScenarioProblems, Findings } from './ScenarioIssues';
export { ScenarioIntro, ScenarioTitleField, EditAsJson } from './ScenarioEditing';
export { Field, TextField, SelectField, ListField, CheckField } from './FormFields';
export { Badge } from './Badge';
export type { Tone } from './Badge';
export { RowButtons, useFocusAfterRender } from './RowButtons';
export { textOf, textColumn, optionalTextColumn, numberColumn, selectColumn } from './columns';
export { useScenario, inputIssuesOf } from './useScenario';
