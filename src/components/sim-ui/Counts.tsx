/** A row of headline numbers (rated 5, suspended 1 …) as a description list. */
import React from 'react';
import styles from './styles.module.css';

export function Counts({
  items,
  label,
}: {
  items: ReadonlyArray<{ label: string; value: string | number }>;
  label: string;
}) {
  return (
    <dl className={styles.counts} aria-label={label}>
      {items.map((item) => (
        <div key={item.label} className={styles.count}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
