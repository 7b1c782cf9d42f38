/**
 * The buttons that move a row (or step) up and down and remove it, named after the row, and the
 * hook that puts focus where a button's action left it once the list has re-rendered.
 */
import React, { useCallback, useEffect, useRef } from 'react';
import styles from './styles.module.css';

/** Returns `focusLater(id)`: the element with that id gets focus after the next render. */
export function useFocusAfterRender(): (id: string) => void {
  const target = useRef<string | null>(null);
  useEffect(() => {
    if (target.current === null) return;
    const element = document.getElementById(target.current);
    target.current = null;
    element?.focus();
  });
  return useCallback((id: string) => {
    target.current = id;
  }, []);
}

export function RowButtons({
  name,
  index,
  count,
  onMove,
  onRemove,
  movable = true,
  removeDisabled = false,
  idPrefix,
}: {
  /** How the row is named in the buttons' labels ("Step 2"). */
  name: string;
  index: number;
  /** How many rows there are. */
  count: number;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
  movable?: boolean;
  removeDisabled?: boolean;
  /** When given, the move buttons get ids `${idPrefix}-${index}-up` and `-down` for focus. */
  idPrefix?: string;
}) {
  return (
    <>
      {movable && (
        <>
          <button
            type="button"
            id={idPrefix && `${idPrefix}-${index}-up`}
            className={styles.iconButton}
            aria-label={`Move ${name} up`}
            disabled={index === 0}
            onClick={() => onMove(index, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            id={idPrefix && `${idPrefix}-${index}-down`}
            className={styles.iconButton}
            aria-label={`Move ${name} down`}
            disabled={index === count - 1}
            onClick={() => onMove(index, 1)}
          >
            ↓
          </button>
        </>
      )}
      <button
        type="button"
        className={styles.iconButton}
        aria-label={`Remove ${name}`}
        disabled={removeDisabled}
        onClick={() => onRemove(index)}
      >
        Remove
      </button>
    </>
  );
}
