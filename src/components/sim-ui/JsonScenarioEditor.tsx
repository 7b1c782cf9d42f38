/**
 * "Edit as JSON": the whole scenario in a textarea. Apply validates it with the simulator's zod
 * schema; problems are listed with their field path (or line and column for a syntax error) and
 * the scenario in use stays as it was until the text is valid.
 */
import React, { useId, useState } from 'react';
import type { ZodType } from 'zod';
import { readScenarioText, scenarioToText, type ScenarioTextProblem } from './scenarioText';
import styles from './styles.module.css';

export function JsonScenarioEditor<T>({
  value,
  schema,
  onApply,
  label = 'Scenario as JSON',
}: {
  value: unknown;
  schema: ZodType<T>;
  onApply: (value: T) => void;
  label?: string;
}) {
  const id = useId();
  const current = scenarioToText(value);
  const [base, setBase] = useState(current);
  const [draft, setDraft] = useState(current);
  const [problems, setProblems] = useState<ScenarioTextProblem[]>([]);
  const [applied, setApplied] = useState('');
  // When the scenario changes elsewhere (the tables), show it here unless the reader is mid-edit.
  if (current !== base) {
    setBase(current);
    if (draft === base) setDraft(current);
  }
  const dirty = draft !== current;

  const apply = () => {
    const result = readScenarioText(draft, schema);
    if (!result.ok) {
      setProblems(result.problems);
      setApplied('');
      return;
    }
    setProblems([]);
    setApplied('JSON applied; the results below are updated.');
    onApply(result.value);
  };

  return (
    <div className={styles.jsonEditor}>
      <label htmlFor={`${id}-text`} className={styles.fieldLabel}>
        {label}
      </label>
      <textarea
        id={`${id}-text`}
        className={styles.textarea}
        value={draft}
        rows={16}
        spellCheck={false}
        aria-invalid={problems.length > 0 ? true : undefined}
        aria-describedby={problems.length > 0 ? `${id}-problems` : `${id}-hint`}
        onChange={(event) => {
          setDraft(event.target.value);
          setApplied('');
        }}
      />
      <p id={`${id}-hint`} className={styles.hint}>
        Edit the JSON and choose Apply JSON. Nothing changes until the text is a valid scenario.
      </p>
      <div className={styles.buttonRow}>
        <button type="button" className="button button--sm button--primary" onClick={apply}>
          Apply JSON
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          disabled={!dirty}
          onClick={() => {
            setDraft(current);
            setProblems([]);
          }}
        >
          Discard JSON edits
        </button>
      </div>
      <div id={`${id}-problems`} role="alert" className={styles.problems}>
        {problems.length > 0 && (
          <>
            <p className={styles.problemsTitle}>
              The JSON was not applied ({problems.length}{' '}
              {problems.length === 1 ? 'problem' : 'problems'}):
            </p>
            <ul>
              {problems.map((problem, i) => (
                <li key={i}>{problem.message}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p role="status" className={styles.hint}>
        {applied}
      </p>
    </div>
  );
}
