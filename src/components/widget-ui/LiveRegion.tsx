import React from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/**
 * A polite announcer: screen readers read `message` when it changes, without moving focus.
 * Keep it mounted (even when empty) so the first message is announced too.
 */
export function LiveRegion({
  message,
  visuallyHidden = false,
  className,
}: {
  message: string | null | undefined;
  visuallyHidden?: boolean;
  className?: string;
}) {
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      className={clsx(visuallyHidden ? styles.visuallyHidden : styles.status, className)}
    >
      {message ?? ''}
    </div>
  );
}
