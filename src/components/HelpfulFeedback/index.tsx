/**
 * "Was this article helpful?" at the end of every doc page.
 *
 * The choice is kept in this browser only (localStorage, one entry per page). Render it with
 * `key={pageId}` so that moving to another page starts with an empty comment box. Saying "No" opens an
 * optional comment box and a link to a prefilled GitHub issue; nothing is sent from the page.
 */
import React, { useId, useState, useSyncExternalStore, type ReactNode } from 'react';
import clsx from 'clsx';
import { buildReportIssueUrl } from './issueUrl';
import styles from './styles.module.css';

export { buildReportIssueUrl } from './issueUrl';

export type HelpfulVote = 'yes' | 'no';

export type HelpfulFeedbackProps = {
  /** Stable id of the page (its route); the stored choice is keyed by it. */
  pageId: string;
  pageTitle: string;
  /** Absolute address of the page, quoted in the issue body. */
  pageUrl: string;
  /** Repository web address; without it the reporting link is left out. */
  repoUrl?: string;
};

export const STORAGE_KEY_PREFIX = 'allegro-kb:helpful:';

// Used when localStorage is unavailable (privacy settings): the choice then lasts for this visit.
const memoryFallback = new Map<string, HelpfulVote>();
const listeners = new Set<() => void>();

function readVote(key: string): HelpfulVote | null {
  try {
    const value = window.localStorage.getItem(key);
    return value === 'yes' || value === 'no' ? value : null;
  } catch {
    return memoryFallback.get(key) ?? null;
  }
}

function storeVote(key: string, vote: HelpfulVote): void {
  try {
    window.localStorage.setItem(key, vote);
  } catch {
    memoryFallback.set(key, vote);
  }
  listeners.forEach((listener) => listener());
}

/** Re-reads the stored choice when it changes here or in another tab. */
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

const THANKS: Record<HelpfulVote, string> = {
  yes: 'Thank you for your feedback.',
  no: 'Thank you. If you like, tell us below what was missing or wrong.',
};

export default function HelpfulFeedback({
  pageId,
  pageTitle,
  pageUrl,
  repoUrl,
}: HelpfulFeedbackProps): ReactNode {
  const storageKey = `${STORAGE_KEY_PREFIX}${pageId}`;
  // The server snapshot is "no choice", so the static HTML and the first client render match.
  const vote = useSyncExternalStore(
    subscribe,
    () => readVote(storageKey),
    () => null,
  );
  const [announcement, setAnnouncement] = useState('');
  const [comment, setComment] = useState('');
  const questionId = useId();
  const commentId = useId();
  const hintId = useId();

  function choose(next: HelpfulVote): void {
    storeVote(storageKey, next);
    setAnnouncement(THANKS[next]);
  }

  return (
    <section className={styles.feedback} aria-labelledby={questionId}>
      <p id={questionId} className={styles.question}>
        Was this article helpful?
      </p>
      <div role="group" aria-labelledby={questionId} className={styles.choices}>
        {(['yes', 'no'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className={clsx(
              'button button--sm button--outline button--primary',
              vote === option && 'button--active',
            )}
            aria-pressed={vote === option}
            onClick={() => choose(option)}
          >
            {option === 'yes' ? 'Yes' : 'No'}
          </button>
        ))}
      </div>
      <p role="status" className={styles.status}>
        {announcement}
      </p>
      {vote === 'no' && (
        <div className={styles.comment}>
          <label htmlFor={commentId} className={styles.label}>
            What was missing or wrong? (optional)
          </label>
          <textarea
            id={commentId}
            className={styles.textarea}
            rows={3}
            maxLength={2000}
            value={comment}
            aria-describedby={hintId}
            onChange={(event) => setComment(event.target.value)}
          />
          <p id={hintId} className={styles.hint}>
            Nothing is sent from this page.
            {repoUrl
              ? ' The link opens a new GitHub issue with your comment and this page’s address filled in; you can edit it before submitting.'
              : ''}
          </p>
          {repoUrl && (
            <a
              className={styles.report}
              href={buildReportIssueUrl({ repoUrl, pageTitle, pageUrl, comment })}
              target="_blank"
              rel="noopener noreferrer"
            >
              Report the problem on GitHub
              <span className={styles.visuallyHidden}> (opens in a new tab)</span>
            </a>
          )}
        </div>
      )}
    </section>
  );
}
