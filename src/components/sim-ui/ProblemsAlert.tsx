/** An alert that says why there is no result, with the problems listed under its title. */
import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

export function ProblemsAlert({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div role="alert">
      <p className={styles.problemsTitle}>{title}</p>
      {children}
    </div>
  );
}
