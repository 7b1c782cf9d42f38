/**
 * The assumptions a simulator makes where the public documentation is silent, each with its text,
 * the value in use and, where the simulator lets it be changed, the control that changes it.
 */
import React, { useId, type ReactNode } from 'react';
import styles from './styles.module.css';

export interface AssumptionItem {
  id: string;
  text: string;
  /** The value in use, in words. */
  value: string;
  /** False when the reader changed it from the documented default. */
  isDefault?: boolean;
  /** The control that changes it; omitted = fixed in this tool. */
  control?: ReactNode;
  /** Where it is changed when that is not a single control (e.g. "in the records table"). */
  changeHint?: string;
}

export function AssumptionsPanel({
  items,
  headingLevel = 3,
  intro,
}: {
  items: readonly AssumptionItem[];
  headingLevel?: 3 | 4;
  intro?: ReactNode;
}) {
  const id = useId();
  const Heading = `h${headingLevel}` as 'h3' | 'h4';
  return (
    <section className={styles.assumptions} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className={styles.sectionTitle}>
        Assumptions
      </Heading>
      <p className={styles.hint}>
        {intro ??
          'The public documentation does not state these rules. The simulator uses the value shown; change it to match what you see in your own environment.'}
      </p>
      <ul className={styles.assumptionList}>
        {items.map((item) => (
          <li key={item.id} className={styles.assumption}>
            <p className={styles.assumptionText}>
              <code>{item.id}</code> {item.text}
            </p>
            <p className={styles.assumptionValue}>
              In use: <strong>{item.value}</strong>
              {item.isDefault === false && <span className={styles.changed}> (changed)</span>}
            </p>
            {item.control ? (
              <div className={styles.assumptionControl}>{item.control}</div>
            ) : (
              <p className={styles.hint}>{item.changeHint ?? 'Fixed in this tool.'}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
