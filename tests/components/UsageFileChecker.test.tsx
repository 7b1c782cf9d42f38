// @vitest-environment jsdom
import React from 'react';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type {} from '@testing-library/jest-dom/vitest';
import UsageFileChecker from '@site/src/components/UsageFileChecker/UsageFileChecker';
import {
  createInProcessRunner,
  type UsageCheckRunner,
} from '@site/src/components/UsageFileChecker/runner';
import {
  SAMPLE_USAGE_COMMA_BAD,
  SAMPLE_USAGE_COMMA_BAD_EXPECTED,
  SAMPLE_USAGE_PIPE_BAD_EXPECTED,
} from '@site/src/allegro/samples/usage';
import { encodeUrlValue } from '@site/src/hooks/urlState';
import { DRAFT_KEY_PREFIX } from '@site/src/hooks/useLocalDraft';

configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  window.history.replaceState(null, '', '/docs/tools/usage-file-checker');
  window.localStorage.clear();
});

/** [line, code] of every listed issue. */
function issueRows(): Array<[string, string]> {
  const table = screen.getByRole('table', { name: /^Issues \(/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = within(row).getAllByRole('cell');
      return [cells[0]!.textContent ?? '', cells[2]!.textContent ?? ''];
    });
}

function expectedRows(expected: readonly { line: number; code: string }[]) {
  return expected.map((row) => [String(row.line), row.code]);
}

describe('UsageFileChecker', () => {
  it('the comma sample file with bad rows shows each known bad line with its code', async () => {
    const user = userEvent.setup();
    render(<UsageFileChecker runner={createInProcessRunner()} />);
    expect(screen.getByRole('radio', { name: /Sample: Comma-delimited/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Use sample file with bad rows' }));
    await screen.findByRole('heading', { name: 'Report for usage-comma-bad.csv' });
    expect(issueRows().sort()).toEqual(expectedRows(SAMPLE_USAGE_COMMA_BAD_EXPECTED).sort());
    expect(
      screen.getByText(/^15 records on 15 lines: 14 issues \(13 errors, 1 warning, 0 notes\)\./),
    ).toBeInTheDocument();
    const byCode = screen.getByRole('table', { name: 'Issues by code' });
    expect(within(byCode).getByRole('link', { name: 'USG-DUP-001' })).toHaveAttribute(
      'href',
      '/docs/reference/issue-codes#usg-dup-001',
    );
    // The sample choice is in the link, so a copied link re-runs it.
    await waitFor(() => expect(window.location.hash).toMatch(/^#usage=1\./));
    // The summary is kept in this browser.
    const stored = JSON.parse(
      window.localStorage.getItem(`${DRAFT_KEY_PREFIX}usage-file-checker:usage`) ?? '{}',
    ) as { fileName?: string; totalIssues?: number };
    expect(stored).toMatchObject({ fileName: 'usage-comma-bad.csv', totalIssues: 14 });
  });

  it('a link with a layout and sample file restores them and checks again', async () => {
    window.history.replaceState(
      null,
      '',
      `#usage=${encodeUrlValue(1, { layout: { kind: 'sample', id: 'pipe' }, sampleFile: 'bad', maxStoredIssues: 1000 })}`,
    );
    render(<UsageFileChecker runner={createInProcessRunner()} />);
    expect(screen.getByRole('radio', { name: /Sample: Pipe-delimited/ })).toBeChecked();
    expect(screen.getByLabelText('Issues to list')).toHaveValue('1000');
    await screen.findByRole('heading', { name: 'Report for usage-pipe-bad.txt' });
    expect(issueRows().sort()).toEqual(expectedRows(SAMPLE_USAGE_PIPE_BAD_EXPECTED).sort());
  });

  it('checks a file picked with the file input and remembers the summary', async () => {
    const user = userEvent.setup();
    const view = render(<UsageFileChecker runner={createInProcessRunner()} />);
    const file = new File([SAMPLE_USAGE_COMMA_BAD], 'march.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Choose a usage file (or drop it here)'), file);
    await screen.findByRole('heading', { name: 'Report for march.csv' });
    expect(issueRows()).toContainEqual(['3', 'USG-DUP-001']);
    expect(screen.getByRole('button', { name: 'Check march.csv again' })).toBeInTheDocument();
    // The file is not in the link.
    view.unmount();
    render(<UsageFileChecker runner={createInProcessRunner()} />);
    const last = screen.getByRole('region', { name: 'Last report in this browser' });
    expect(last).toHaveTextContent('march.csv');
    expect(last).toHaveTextContent('14 issues');
    expect(last).toHaveTextContent('USG-DUP-001 × 1');
    await user.click(within(last).getByRole('button', { name: 'Forget this report' }));
    expect(screen.queryByRole('region', { name: 'Last report in this browser' })).toBeNull();
  });

  it('a layout that is not valid JSON gives the line; a wrong field gives its path', async () => {
    const user = userEvent.setup();
    render(<UsageFileChecker runner={createInProcessRunner()} />);
    await user.click(screen.getByRole('radio', { name: 'My own layout (JSON or YAML)' }));
    const text = screen.getByLabelText('Layout (JSON or YAML)');
    // Starts from the comma sample layout, which is valid.
    expect(screen.getByText(/Layout is valid/)).toBeInTheDocument();
    fireEvent.change(text, { target: { value: '{"name": "x",\n "format": }' } });
    const problems = screen.getByRole('table', { name: 'Problems in the layout (1 problem)' });
    expect(problems).toHaveTextContent(
      'The layout cannot be read: JSON syntax error at line 2, column 12: expected a value but found "}".',
    );
    expect(within(problems).getByRole('link', { name: 'USG-LAY-001' })).toBeInTheDocument();
    fireEvent.change(text, {
      target: {
        value:
          '{"name": "x", "format": {"kind": "delimited", "delimiter": ";"},\n "detail": {"fields": [{"name": "a", "type": "money"}]}}',
      },
    });
    const fieldProblems = screen.getByRole('table', {
      name: 'Problems in the layout (2 problems)',
    });
    const paths = within(fieldProblems)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]!.textContent);
    expect(paths).toEqual(['format.delimiter', 'detail.fields[0].type']);
    // No file can be checked until the layout is fixed.
    expect(screen.getByLabelText('Choose a usage file (or drop it here)')).toBeDisabled();
  });

  it('shows progress and can cancel a running check', async () => {
    let cancelled = 0;
    const stalled: UsageCheckRunner = {
      start(job, onEvent) {
        onEvent({
          type: 'progress',
          id: 1,
          rows: 120_000,
          bytesRead: job.file.size / 2,
          totalBytes: job.file.size,
          rowsPerSecond: 240_000,
        });
        return {
          cancel() {
            cancelled += 1;
            onEvent({ type: 'cancelled', id: 1 });
          },
        };
      },
    };
    const user = userEvent.setup();
    render(<UsageFileChecker runner={stalled} />);
    await user.upload(
      screen.getByLabelText('Choose a usage file (or drop it here)'),
      new File(['x'.repeat(1000)], 'big.csv'),
    );
    const bar = screen.getByRole('progressbar', { name: 'Checking big.csv' });
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    expect(screen.getByText(/240,000 rows\/s/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancelled).toBe(1);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText(/The check of big.csv was cancelled/)).toBeInTheDocument();
  });

  it('a failing check shows its message', async () => {
    const failing: UsageCheckRunner = {
      start(_job, onEvent) {
        onEvent({ type: 'error', id: 1, message: 'The checking worker failed: boom' });
        return { cancel() {} };
      },
    };
    const user = userEvent.setup();
    render(<UsageFileChecker runner={failing} />);
    await user.click(screen.getByRole('button', { name: 'Use clean sample file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The checking worker failed: boom');
  });
});
