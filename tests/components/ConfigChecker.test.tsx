// @vitest-environment jsdom
import React from 'react';
import {
  cleanup,
  configure,
  render,
  screen,
  waitFor,
  within,
  fireEvent,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type {} from '@testing-library/jest-dom/vitest';
import ConfigChecker from '@site/src/components/ConfigChecker/ConfigChecker';
import { offsetOfLine } from '@site/src/components/ConfigChecker/LineNumberedEditor';
import {
  SAMPLE_CONFIG_CLEAN_JSON,
  SAMPLE_CONFIG_MISTAKES,
  SAMPLE_CONFIG_WITH_MISTAKES,
} from '@site/src/allegro';
import { encodeUrlValue } from '@site/src/hooks/urlState';
import { DRAFT_KEY_PREFIX } from '@site/src/hooks/useLocalDraft';

// Checks run after a pause in typing, on a shared test machine: allow for both.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  window.history.replaceState(null, '', '/docs/tools/config-checker');
  window.localStorage.clear();
});

function findingsTable() {
  return screen.getByRole('table', { name: /Findings/ });
}

function rowCodes(): string[] {
  return within(findingsTable())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent ?? '');
}

describe('ConfigChecker', () => {
  it('shows every finding of the sample with mistakes, with its code link and line', async () => {
    render(<ConfigChecker />);
    expect(screen.getByLabelText('Configuration (JSON or YAML)')).toHaveValue(
      SAMPLE_CONFIG_WITH_MISTAKES,
    );
    expect(
      await screen.findByText('22 findings: 21 errors, 1 warning, 0 notes.'),
    ).toBeInTheDocument();
    expect([...rowCodes()].sort()).toEqual(SAMPLE_CONFIG_MISTAKES.map((m) => m.code).sort());
    for (const mistake of SAMPLE_CONFIG_MISTAKES) {
      expect(
        screen.getByRole('button', { name: `Go to line ${mistake.line} (${mistake.code})` }),
      ).toBeInTheDocument();
    }
    const link = screen.getByRole('link', { name: 'CFG-TIER-003' });
    expect(link).toHaveAttribute('href', '/docs/reference/issue-codes#cfg-tier-003');
    // Counts by code.
    const counts = screen.getByRole('list', { name: 'Findings by code' });
    expect(within(counts).getByText('CFG-DUP-001').parentElement).toHaveTextContent(
      'CFG-DUP-001 × 1',
    );
    // No normalized document while records fail the schema.
    expect(screen.getByText(/normalized configuration appears once/)).toBeInTheDocument();
  });

  it('selecting a finding puts the caret on its line and highlights it', async () => {
    const user = userEvent.setup();
    render(<ConfigChecker />);
    await user.click(await screen.findByRole('button', { name: 'Go to line 28 (CFG-FLD-001)' }));
    const editor = screen.getByLabelText<HTMLTextAreaElement>('Configuration (JSON or YAML)');
    expect(editor).toHaveFocus();
    // Column 3 of line 28 ("  name: Acme Telco").
    expect(editor.selectionStart).toBe(offsetOfLine(SAMPLE_CONFIG_WITH_MISTAKES, 28) + 2);
    expect(screen.getByTestId('highlighted-line')).toHaveAttribute('data-line', '28');
    const row = screen.getByRole('button', { name: 'Go to line 28 (CFG-FLD-001)' }).closest('tr');
    expect(row).toHaveAttribute('aria-selected', 'true');
    // Clicking anywhere on a row works too.
    const tierRow = screen
      .getByRole('button', { name: 'Go to line 94 (CFG-TIER-003)' })
      .closest('tr')!;
    await user.click(within(tierRow).getAllByRole('cell')[4]!);
    expect(screen.getByTestId('highlighted-line')).toHaveAttribute('data-line', '94');
    expect(tierRow).toHaveAttribute('aria-selected', 'true');
  });

  it('the clean sample has no findings and shows the normalized configuration', async () => {
    const user = userEvent.setup();
    render(<ConfigChecker />);
    await user.click(screen.getByRole('button', { name: 'Clean sample' }));
    expect(
      await screen.findByText('No findings: the configuration passes every check.', {
        selector: 'p[aria-busy]',
      }),
    ).toBeInTheDocument();
    const normalized = screen.getByRole('figure', {
      name: 'Normalized configuration (defaults applied)',
    });
    expect(normalized).toHaveTextContent('"roundingMethod": "HALF_DOWN"');
    expect(normalized).toHaveTextContent('"name": "AcmeTelco"');
    expect(screen.getByLabelText('Configuration (JSON or YAML)')).toHaveValue(
      SAMPLE_CONFIG_CLEAN_JSON,
    );
  });

  it('invalid YAML gives a syntax finding with its line', async () => {
    const user = userEvent.setup();
    render(<ConfigChecker />);
    const editor = screen.getByLabelText('Configuration (JSON or YAML)');
    fireEvent.change(editor, { target: { value: 'client:\n  id: 1\n  name: [Acme\n' } });
    expect(
      await screen.findByText(
        'YAML syntax error at line 4, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ),
    ).toBeInTheDocument();
    expect(rowCodes()).toEqual(['CFG-SYN-002']);
    expect(screen.getByText('1 finding: 1 error, 0 warnings, 0 notes.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to line 4 (CFG-SYN-002)' }));
    expect(screen.getByTestId('highlighted-line')).toHaveAttribute('data-line', '4');
  });

  it('invalid JSON points at the line and column', async () => {
    render(<ConfigChecker />);
    fireEvent.change(screen.getByLabelText('Configuration (JSON or YAML)'), {
      target: { value: '{\n  "client": {"id": 1,\n  "name": }\n}' },
    });
    expect(
      await screen.findByText(
        'JSON syntax error at line 3, column 11: expected a value but found "}".',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to line 3 (CFG-SYN-001)' })).toBeInTheDocument();
  });

  it('opens a file chosen with the file input', async () => {
    const user = userEvent.setup();
    render(<ConfigChecker />);
    await user.click(screen.getByRole('button', { name: 'Clean sample' }));
    const file = new File([SAMPLE_CONFIG_WITH_MISTAKES], 'mine.yaml', { type: 'text/yaml' });
    await user.upload(screen.getByLabelText('Open a file (JSON or YAML)'), file);
    await waitFor(() =>
      expect(screen.getByLabelText('Configuration (JSON or YAML)')).toHaveValue(
        SAMPLE_CONFIG_WITH_MISTAKES,
      ),
    );
    expect(
      await screen.findByText('22 findings: 21 errors, 1 warning, 0 notes.'),
    ).toBeInTheDocument();
  });

  it('refuses a binary file with a message', async () => {
    // The file input's accept list would hide this file from the picker; a drop does not.
    const user = userEvent.setup({ applyAccept: false });
    render(<ConfigChecker />);
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])], 'logo.png');
    await user.upload(screen.getByLabelText('Open a file (JSON or YAML)'), file);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '"logo.png" does not look like a text file (JSON or YAML).',
    );
  });

  it('restores the input from a link', async () => {
    const text = '{"schemaVersion": 1, "client": {"id": 5, "name": "Acme Telco"}}';
    window.history.replaceState(null, '', `#cfg=${encodeUrlValue(1, { text, format: 'json' })}`);
    render(<ConfigChecker />);
    expect(screen.getByLabelText('Configuration (JSON or YAML)')).toHaveValue(text);
    expect(screen.getByLabelText('Format')).toHaveValue('json');
    await waitFor(() => expect(rowCodes()).toContain('CFG-FLD-001'));
  });

  it('a damaged link shows the sample and a notice', async () => {
    window.history.replaceState(null, '', '#cfg=1.NotLzString');
    render(<ConfigChecker />);
    expect(screen.getByLabelText('Configuration (JSON or YAML)')).toHaveValue(
      SAMPLE_CONFIG_WITH_MISTAKES,
    );
    expect(screen.getByText(/damaged or incomplete/)).toBeInTheDocument();
  });

  it('keeps a large input out of the link, in a local draft, and says so', async () => {
    // Random-looking text compresses badly, so it is over the link limit.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647).toString(36).slice(2);
    const big = `# ${Array.from({ length: 900 }, random).join('\n# ')}\nschemaVersion: 1\n`;
    render(<ConfigChecker />);
    fireEvent.change(screen.getByLabelText('Configuration (JSON or YAML)'), {
      target: { value: big },
    });
    expect(
      await screen.findByText(/too large to keep in a link, so it is saved as a draft/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeDisabled();
    await waitFor(() =>
      expect(window.localStorage.getItem(`${DRAFT_KEY_PREFIX}config-checker:cfg`)).toContain(
        'schemaVersion',
      ),
    );
    expect(window.location.hash).toBe('');

    // A reload (remount) without a link brings the draft back and says where it came from.
    cleanup();
    render(<ConfigChecker />);
    expect(screen.getByLabelText('Configuration (JSON or YAML)')).toHaveValue(big);
    expect(
      screen.getByText('Your last configuration was restored from this browser.'),
    ).toBeInTheDocument();
  });

  it('a checker that throws gives a message, not a crash', async () => {
    const check = vi.fn(() => {
      throw new Error('boom');
    });
    render(<ConfigChecker check={check} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The checker failed on this input: boom',
    );
  });
});
