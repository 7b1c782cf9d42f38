import React, { useId, useState } from 'react';
import { copyText } from './CopyLinkButton';
import styles from './styles.module.css';

/**
 * A block of generated text (normalized configuration, a report) with a copy button. A plain
 * <pre> rather than the theme's CodeBlock: outputs can be large and need no highlighting, and
 * the text is never interpreted as HTML.
 */
export function CopyableCode({
  code,
  label,
  language,
  maxHeight = 420,
}: {
  code: string;
  /** Caption and accessible name of the block. */
  label: string;
  language?: string;
  maxHeight?: number;
}) {
  const id = useId();
  const [status, setStatus] = useState('');
  const copy = async () => {
    setStatus(
      (await copyText(code)) ? 'Copied' : 'Copying is blocked; select the text to copy it.',
    );
  };
  return (
    <figure className={styles.codeFigure} aria-labelledby={id}>
      <figcaption className={styles.codeCaption}>
        <span id={id}>{label}</span>
        <span className={styles.codeActions}>
          <span role="status" aria-live="polite" className={styles.inlineStatus}>
            {status}
          </span>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => void copy()}
          >
            Copy
          </button>
        </span>
      </figcaption>
      {/* Focusable so keyboard users can scroll it. */}
      <pre className={styles.code} style={{ maxHeight }} tabIndex={0} data-language={language}>
        <code>{code}</code>
      </pre>
    </figure>
  );
}
