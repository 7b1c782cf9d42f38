/**
 * Runs the configuration checker on a pasted configuration and judges the checklist items it can
 * decide. Kept apart from checklists.ts because it brings in the checker (zod, YAML parser).
 */
import { checkConfigText, parseConfigText } from '../check/config';
import { verifyChecklist, type Checklist, type ChecklistVerificationResult } from './checklists';

/** Never throws: unreadable text gives `readable: false` with the reason. */
export function verifyChecklistFromText(
  checklist: Checklist,
  text: string,
): ChecklistVerificationResult {
  if (text.trim() === '') {
    return { readable: false, problem: 'Paste a configuration first.', verdicts: {} };
  }
  const { doc } = parseConfigText(text);
  const { issues } = checkConfigText(text);
  return verifyChecklist(checklist, issues, doc);
}
