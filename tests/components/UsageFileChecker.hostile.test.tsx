// @vitest-environment jsdom
/**
 * Hostile files in the usage file checker's own-layout mode: a layout file that is not text
 * (binary; UTF-16 where the reader decodes it as UTF-8, as jsdom does; Chromium honours its
 * byte order mark) is refused with a visible message and the layout typed so far is kept; a
 * binary usage file gives one clear finding and the layout is still kept.
 */
import React from 'react';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type {} from '@testing-library/jest-dom/vitest';
import UsageFileChecker from '@site/src/components/UsageFileChecker/UsageFileChecker';
import { createInProcessRunner } from '@site/src/components/UsageFileChecker/runner';
import { fixture } from '../fixtures/hostile/generate';

configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  window.history.replaceState(null, '', '/docs/tools/usage-file-checker');
  window.localStorage.clear();
});

const fileOf = (name: string) => new File([new Uint8Array(fixture(name).bytes)], name);

describe('UsageFileChecker with hostile files', () => {
  it.each(['binary.json', 'utf16le-bom.yaml'])(
    'a layout file %s is refused and the typed layout is kept',
    async (name) => {
      const user = userEvent.setup();
      render(<UsageFileChecker runner={createInProcessRunner()} />);
      await user.click(screen.getByRole('radio', { name: 'My own layout (JSON or YAML)' }));
      const layoutText = screen.getByLabelText('Layout (JSON or YAML)');
      const before = (layoutText as HTMLTextAreaElement).value;
      expect(before).toContain('"delimiter"');
      await user.upload(screen.getByLabelText('Open a layout file'), fileOf(name));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        `"${name}" is not a text file (binary or UTF-16, not UTF-8 JSON or YAML); the layout was not changed.`,
      );
      expect(layoutText).toHaveValue(before);
      expect(screen.getByText(/^Layout is valid:/)).toBeInTheDocument();
    },
  );

  it('a binary usage file: one USG-FIL-003 finding on line 1, the layout kept', async () => {
    const user = userEvent.setup();
    render(<UsageFileChecker runner={createInProcessRunner()} />);
    await user.click(screen.getByRole('radio', { name: 'My own layout (JSON or YAML)' }));
    const layoutText = screen.getByLabelText('Layout (JSON or YAML)');
    const before = (layoutText as HTMLTextAreaElement).value;
    await user.upload(
      screen.getByLabelText('Choose a usage file (or drop it here)'),
      fileOf('binary.csv'),
    );
    await screen.findByRole('heading', { name: 'Report for binary.csv' });
    const byCode = screen.getByRole('table', { name: 'Issues by code' });
    expect(
      within(byCode)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['USG-FIL-003']);
    expect(layoutText).toHaveValue(before);
  });
});
