/**
 * The bar at the top of a simulator (reset to a sample, copy a link to the input) and the notice
 * shown when the link the page was opened with could not be used. Both read useUrlState.
 */
import React, { type ReactNode } from 'react';
import type { UrlState } from '@site/src/hooks/useUrlState';
import { CopyLinkButton } from '@site/src/components/widget-ui/CopyLinkButton';
import styles from './styles.module.css';

export const TOO_LARGE_FOR_LINK =
  'This scenario is too large to keep in a link; use Edit as JSON to copy it.';

export function ScenarioToolbar({
  url,
  resetLabel,
  onReset,
  tooLargeReason = TOO_LARGE_FOR_LINK,
  children,
}: {
  url: Pick<UrlState<unknown>, 'flush' | 'tooLargeForLink'>;
  /** Text of the button that puts the sample back. */
  resetLabel: string;
  onReset: () => void;
  /** Said beside Copy link while the input is too large for a link. */
  tooLargeReason?: string;
  /** Controls placed before the reset button (for example a choice of sample). */
  children?: ReactNode;
}) {
  return (
    <div className={styles.toolbar}>
      {children}
      <button type="button" className="button button--sm button--secondary" onClick={onReset}>
        {resetLabel}
      </button>
      <CopyLinkButton
        onBeforeCopy={url.flush}
        disabled={url.tooLargeForLink}
        disabledReason={tooLargeReason}
      />
    </div>
  );
}

/** Why the link could not be used, with a Dismiss button; nothing when the link was fine. */
export function UrlNotice({ url }: { url: Pick<UrlState<unknown>, 'notice' | 'dismissNotice'> }) {
  if (!url.notice) return null;
  return (
    <p role="status" className={styles.notice}>
      {url.notice}{' '}
      <button type="button" className="button button--sm button--link" onClick={url.dismissNotice}>
        Dismiss
      </button>
    </p>
  );
}
