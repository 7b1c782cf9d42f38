/** A short coloured label for an outcome or a step result ("rated", "stays-failed" …). */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export type Tone = 'ok' | 'warning' | 'error' | 'neutral';

export function Badge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <span className={clsx(styles.badge, styles[`tone-${tone}`])}>{children}</span>;
}
