/**
 * A results table that may be wider than the page column. The scrolling box is a named region
 * that takes keyboard focus, so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.tableScroll} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
