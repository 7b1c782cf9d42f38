/** The start and end of a simulator's scenario editor: its heading, the title, Edit as JSON. */
import React from 'react';
import type { ZodType } from 'zod';
import { Disclosure } from './Disclosure';
import { TextField } from './FormFields';
import { JsonScenarioEditor } from './JsonScenarioEditor';
import styles from './styles.module.css';

export function ScenarioIntro({ result = 'outcome' }: { result?: string }) {
  return (
    <>
      <h3 className={styles.sectionTitle}>Scenario</h3>
      <p className={styles.hint}>
        {`Open a part of the scenario to edit it; the ${result} above follows every change.`}
      </p>
    </>
  );
}

export function ScenarioTitleField({
  id,
  title,
  onChange,
}: {
  id: string;
  title: string | undefined;
  onChange: (title: string) => void;
}) {
  return (
    <TextField id={id} label="Scenario title" size={50} value={title ?? ''} onChange={onChange} />
  );
}

/** "Edit as JSON": the JSON editor in a section that opens on demand. */
export function EditAsJson<T>({
  value,
  schema,
  onApply,
  label,
}: {
  value: T;
  schema: ZodType<T>;
  onApply: (value: T) => void;
  label: string;
}) {
  return (
    <Disclosure label="Edit as JSON">
      <JsonScenarioEditor value={value} schema={schema} onApply={onApply} label={label} />
    </Disclosure>
  );
}
