// @vitest-environment jsdom
/**
 * Hostile input in the configuration checker: a 1 MB one-line configuration is checked and kept
 * out of the link without compressing it first (lz-string on a megabyte blocks the page for a
 * noticeable moment); binary and UTF-16 files are refused and the editor keeps its text.
 */
import React from 'react';
import { configure, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type {} from '@testing-library/jest-dom/vitest';
import * as lz from 'lz-string';
import ConfigChecker from '@site/src/components/ConfigChecker/ConfigChecker';
import { fixture } from '../fixtures/hostile/generate';

vi.mock('lz-string', async (importOriginal) => {
  const original = await importOriginal<typeof lz>();
  return {
    ...original,
    compressToEncodedURIComponent: vi.fn(original.compressToEncodedURIComponent),
  };
});

configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  window.history.replaceState(null, '', '/docs/tools/config-checker');
  window.localStorage.clear();
  vi.mocked(lz.compressToEncodedURIComponent).mockClear();
});

const textOf = (name: string) => fixture(name).bytes.toString('utf8');

describe('ConfigChecker with hostile input', () => {
  it('a 1 MB single-line configuration: checked, kept out of the link, never compressed', async () => {
    render(<ConfigChecker />);
    fireEvent.change(screen.getByLabelText('Configuration (JSON or YAML)'), {
      target: { value: textOf('single-line-1mb.json') },
    });
    expect(
      await screen.findByText(/too large to keep in a link, so it is saved as a draft/),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'CFG-SCH-006' })).toBeInTheDocument();
    const compressedLengths = vi
      .mocked(lz.compressToEncodedURIComponent)
      .mock.calls.map(([input]) => input.length);
    expect(compressedLengths.every((length) => length < 300_000)).toBe(true);
    expect(window.location.hash).toBe('');
  });

  it.each(['binary.json', 'utf16le-bom.yaml'])(
    'the file %s is refused and the editor keeps its text',
    async (name) => {
      const user = userEvent.setup();
      render(<ConfigChecker />);
      const editor = screen.getByLabelText('Configuration (JSON or YAML)');
      const before = (editor as HTMLTextAreaElement).value;
      await user.upload(
        screen.getByLabelText('Open a file (JSON or YAML)'),
        new File([new Uint8Array(fixture(name).bytes)], name),
      );
      expect(await screen.findByRole('alert')).toHaveTextContent(
        `"${name}" does not look like a text file (JSON or YAML).`,
      );
      expect(editor).toHaveValue(before);
    },
  );
});
