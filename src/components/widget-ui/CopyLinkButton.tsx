import React, { useEffect, useRef, useState } from 'react';
import styles from './styles.module.css';

/** Copy text with the Clipboard API; false when the browser refuses (no permission, old browser). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through: the caller shows the text for manual copying.
  }
  return false;
}

/**
 * Copies the page address (which holds the tool's input) and says so. `onBeforeCopy` lets the
 * tool write a pending change into the address first (useUrlState's `flush`).
 */
export function CopyLinkButton({
  onBeforeCopy,
  label = 'Copy link',
  disabled = false,
  disabledReason,
}: {
  onBeforeCopy?: () => void;
  label?: string;
  disabled?: boolean;
  /** Said next to the button when it is disabled (for example "input too large for a link"). */
  disabledReason?: string;
}) {
  const [status, setStatus] = useState('');
  const [manualUrl, setManualUrl] = useState<string | null>(null);
  const manualInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (manualUrl !== null) manualInput.current?.select();
  }, [manualUrl]);

  const onClick = async () => {
    onBeforeCopy?.();
    const url = window.location.href;
    if (await copyText(url)) {
      setManualUrl(null);
      setStatus('Link copied');
    } else {
      setManualUrl(url);
      setStatus('Copying is blocked in this browser; the link is selected below, copy it by hand.');
    }
  };

  return (
    <span className={styles.copyLink}>
      <button
        type="button"
        className="button button--sm button--secondary"
        onClick={() => void onClick()}
        disabled={disabled}
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className={styles.inlineStatus}>
        {disabled && disabledReason ? disabledReason : status}
      </span>
      {manualUrl !== null && (
        <input
          ref={manualInput}
          className={styles.manualUrl}
          readOnly
          value={manualUrl}
          aria-label="Link to this input"
        />
      )}
    </span>
  );
}
