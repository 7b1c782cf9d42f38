/** Ordered steps of a simulation as an ordered list: what happened, in order, and its result. */
import React from 'react';
import { Badge, type Tone } from './Badge';
import styles from './styles.module.css';

export interface TimelineEntry {
  key: string;
  /** Short name of the step ("Step 3: fix sync error"). */
  title: string;
  /** One word result: applied, refused, rated, failed … */
  status: string;
  tone: Tone;
  detail: string;
}

export function Timeline({ entries, label }: { entries: readonly TimelineEntry[]; label: string }) {
  return (
    <ol className={styles.timeline} aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.key} className={styles.timelineItem}>
          <span className={styles.timelineTitle}>{entry.title}</span>{' '}
          <Badge tone={entry.tone}>{entry.status}</Badge>
          <span className={styles.timelineDetail}>{entry.detail}</span>
        </li>
      ))}
    </ol>
  );
}
