/**
 * The navbar search box, loaded after the page is interactive.
 *
 * The local-search bar (autocomplete, highlighting, its worker client) is about 7 KB gzip of
 * JavaScript that every page would otherwise load before it can hydrate, which alone would put
 * a plain doc page over its weight budget. This wrapper renders a look-alike box on the server and
 * swaps in the real search bar when the browser is idle, or at once when the reader clicks,
 * focuses or presses Ctrl/⌘+K, and then moves focus into it, carrying over anything already
 * typed.
 */
import React, { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import type SearchBarType from '@theme-original/SearchBar';

type Props = React.ComponentProps<typeof SearchBarType>;

const OriginalSearchBar = lazy(() => import('@theme-original/SearchBar'));

/** The real search box (the stand-in carries data-search-placeholder). */
const REAL_INPUT = '.navbar__search input.navbar__search-input:not([data-search-placeholder])';

/** Idle callbacks that wait for the hydration mark before the bar loads without it. */
const IDLE_ROUNDS = 10;

/** What the reader typed into the stand-in box before the real one arrived. */
let typedBeforeLoad = '';

function focusRealInputWhenReady(attemptsLeft = 300): void {
  const input = document.querySelector<HTMLInputElement>(REAL_INPUT);
  if (input) {
    input.focus();
    if (typedBeforeLoad && !input.value) {
      // Hand over the early keystrokes; the input event makes the search bar run the query.
      input.value = typedBeforeLoad;
      input.setSelectionRange(input.value.length, input.value.length);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    typedBeforeLoad = '';
    return;
  }
  if (attemptsLeft > 0) requestAnimationFrame(() => focusRealInputWhenReady(attemptsLeft - 1));
}

function Placeholder({ onActivate }: { onActivate?: () => void }): ReactNode {
  return (
    <div className="navbar__search">
      <input
        className="navbar__search-input"
        data-search-placeholder=""
        type="search"
        placeholder="Search"
        aria-label="Search"
        defaultValue={typedBeforeLoad}
        onInput={(event) => {
          typedBeforeLoad = event.currentTarget.value;
        }}
        onFocus={onActivate}
        onPointerDown={onActivate}
      />
    </div>
  );
}

export default function SearchBarWrapper(props: Props): ReactNode {
  const [active, setActive] = useState(false);
  const activateAndFocus = useCallback(() => {
    setActive(true);
    // Polls frame by frame until the real box has mounted, then focuses it.
    focusRealInputWhenReady();
  }, []);

  // Until the real search bar is on the page, Ctrl/⌘+K is ours: it loads the bar and focuses it.
  // Once the real box exists, its own shortcut handler takes over.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'k') return;
      if (document.querySelector(REAL_INPUT)) return;
      event.preventDefault();
      activateAndFocus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [activateAndFocus]);

  // Loads the real bar once the browser is idle after hydration. Docusaurus marks hydration with
  // <html data-has-hydrated="true">, set a frame or a task after the hydration render; an idle
  // moment can come before that, and the bar's code would then compete with the page becoming
  // interactive (and count as loaded before it). So an idle callback that finds the mark missing
  // waits for the next one; after IDLE_ROUNDS of them the bar loads anyway.
  useEffect(() => {
    if (active) return undefined;
    let rounds = 0;
    let idle = 0;
    const schedule = (): void => {
      idle =
        typeof window.requestIdleCallback === 'function'
          ? window.requestIdleCallback(tryActivate, { timeout: 2000 })
          : window.setTimeout(tryActivate, 1000);
    };
    const tryActivate = (): void => {
      rounds += 1;
      const hydrated = document.documentElement.getAttribute('data-has-hydrated') === 'true';
      if (hydrated || rounds >= IDLE_ROUNDS) setActive(true);
      else schedule();
    };
    schedule();
    return () => {
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, [active]);

  if (!active) return <Placeholder onActivate={activateAndFocus} />;
  return (
    <Suspense fallback={<Placeholder onActivate={activateAndFocus} />}>
      <OriginalSearchBar {...props} />
    </Suspense>
  );
}
