/**
 * A section that opens on demand: a toggle button (aria-expanded) and content that is only
 * rendered while open, so a long scenario editor costs nothing until the reader wants it.
 */
import React, { useId, useState, type ReactNode } from 'react';
import styles from './styles.module.css';

export function Disclosure({
  label,
  children,
  defaultOpen = false,
}: {
  label: string;
  children: ReactNode;
  defaultOpen?: boolean;
}) {
  const id = useId();
  const [open, setOpen] = useState(defaultOpen);
  return (
    <div className={styles.disclosure}>
      <button
        type="button"
        className={styles.disclosureButton}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className={styles.disclosureMark}>
          {open ? '▾' : '▸'}
        </span>
        {label}
      </button>
      <div id={`${id}-panel`} hidden={!open} className={styles.disclosurePanel}>
        {open && children}
      </div>
    </div>
  );
}
