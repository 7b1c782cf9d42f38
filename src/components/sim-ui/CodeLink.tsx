/** An issue code linked to its section in the issue-code reference. */
import React from 'react';
import { docsUrlFor } from '@site/src/allegro/code-links';
import styles from './styles.module.css';

export function CodeLink({ code }: { code: string | undefined }) {
  if (!code) return <>—</>;
  return (
    <a href={docsUrlFor(code)} className={styles.codeLink}>
      <code>{code}</code>
    </a>
  );
}
