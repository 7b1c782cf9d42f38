// @vitest-environment jsdom
import React from 'react';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {} from '@testing-library/jest-dom/vitest';

// '@theme-original/SearchBar' is tests/components/stubs/OriginalSearchBar.tsx (vitest.config.mts).
import SearchBar from '@site/src/theme/SearchBar';

beforeEach(() => {
  vi.useFakeTimers();
  document.documentElement.removeAttribute('data-has-hydrated');
});

afterEach(() => {
  vi.useRealTimers();
  document.documentElement.removeAttribute('data-has-hydrated');
});

/** jsdom has no requestIdleCallback, so the wrapper's fallback timer (1 s) stands for it. */
async function idle(): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(1000);
  });
}

/** Lets a started import of the real bar (React.lazy) finish and React render the outcome. */
async function settled(): Promise<void> {
  await act(async () => {
    await vi.dynamicImportSettled();
  });
}

describe('SearchBar wrapper', () => {
  it('loads the real bar at the first idle moment after the hydration mark, not before', async () => {
    render(<SearchBar />);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveAttribute(
      'data-search-placeholder',
    );
    await idle();
    await idle();
    await settled();
    expect(screen.queryByRole('searchbox', { name: 'Real search' })).toBeNull();

    document.documentElement.setAttribute('data-has-hydrated', 'true');
    await idle();
    await settled();
    expect(screen.getByRole('searchbox', { name: 'Real search' })).toBeInTheDocument();
  });

  it('loads it anyway after ten idle moments without the mark', async () => {
    render(<SearchBar />);
    for (let round = 0; round < 9; round += 1) await idle();
    await settled();
    expect(screen.queryByRole('searchbox', { name: 'Real search' })).toBeNull();
    await idle();
    await settled();
    expect(screen.getByRole('searchbox', { name: 'Real search' })).toBeInTheDocument();
  });
});
