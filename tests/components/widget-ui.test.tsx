// @vitest-environment jsdom
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {} from '@testing-library/jest-dom/vitest';
import {
  CopyLinkButton,
  CopyableCode,
  IssueTable,
  LiveRegion,
  VIRTUALIZE_ABOVE,
  countByCode,
  type IssueRow,
} from '@site/src/components/widget-ui';

const issues: IssueRow[] = [
  {
    code: 'CFG-B',
    severity: 'warning',
    message: 'second <b>not html</b>',
    line: 9,
    docsUrl: '/r#b',
  },
  { code: 'CFG-A', severity: 'error', message: 'first', line: 2, path: 'a.b', docsUrl: '/r#a' },
  { code: 'CFG-C', severity: 'info', message: 'whole file', docsUrl: '/r#c' },
];

function columnText(table: HTMLElement, index: number): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[index]?.textContent ?? '');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('IssueTable', () => {
  it('links each code to its docs, shows plain text, and sorts by a column', async () => {
    const user = userEvent.setup();
    render(<IssueTable issues={issues} caption="Findings" />);
    const table = screen.getByRole('table', { name: 'Findings' });
    expect(screen.getByRole('link', { name: 'CFG-A' })).toHaveAttribute('href', '/r#a');
    // A message is text, never markup.
    expect(screen.getByText('second <b>not html</b>')).toBeInTheDocument();
    expect(table.querySelector('b')).toBeNull();
    expect(columnText(table, 0)).toEqual(['CFG-B', 'CFG-A', 'CFG-C']);

    const lineHeader = screen.getByRole('columnheader', { name: /Line/ });
    await user.click(within(lineHeader).getByRole('button'));
    expect(lineHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(columnText(table, 3)).toEqual(['—', '2', '9']);
    await user.click(within(lineHeader).getByRole('button'));
    expect(lineHeader).toHaveAttribute('aria-sort', 'descending');
    expect(columnText(table, 3)).toEqual(['9', '2', '—']);
    await user.click(within(lineHeader).getByRole('button'));
    expect(lineHeader).not.toHaveAttribute('aria-sort');
    expect(columnText(table, 0)).toEqual(['CFG-B', 'CFG-A', 'CFG-C']);

    await user.click(
      within(screen.getByRole('columnheader', { name: /Severity/ })).getByRole('button'),
    );
    expect(columnText(table, 1)).toEqual(['error', 'warning', 'info']);
  });

  it('selects a finding from the keyboard through its line button', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    render(<IssueTable issues={issues} caption="Findings" onSelect={onSelect} />);
    screen.getByRole('button', { name: 'Go to line 2 (CFG-A)' }).focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(issues[1]);
  });

  it('says so when there is nothing to list', () => {
    render(<IssueTable issues={[]} caption="Findings" emptyText="All clear." />);
    expect(screen.getByText('All clear.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('renders only some rows of a long list, with the real row count for assistive technology', () => {
    // jsdom has no layout: give the scroll area the size a browser would. Rows measure 0 px,
    // as in a hidden container, which must not make the table re-render without end.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
    const many: IssueRow[] = Array.from({ length: 5000 }, (_, index) => ({
      code: 'USG-DUP-001',
      severity: 'error',
      message: `duplicate ${index}`,
      line: index + 1,
      docsUrl: '/r#d',
    }));
    render(<IssueTable issues={many} caption="Issues" maxHeight={400} />);
    const table = screen.getByRole('table', { name: 'Issues' });
    expect(table).toHaveAttribute('aria-rowcount', '5001');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(VIRTUALIZE_ABOVE);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(screen.getByRole('region', { name: 'Issues (scrollable)' })).toHaveAttribute(
      'tabindex',
      '0',
    );
  });

  it('counts issues per code in first-seen order', () => {
    expect(countByCode([...issues, issues[0]!])).toEqual([
      { code: 'CFG-B', count: 2 },
      { code: 'CFG-A', count: 1 },
      { code: 'CFG-C', count: 1 },
    ]);
  });
});

describe('CopyLinkButton', () => {
  it('writes pending state first, copies the address and announces it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    const onBeforeCopy = vi.fn(() => window.history.replaceState(null, '', '#tool=1.abc'));
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    render(<CopyLinkButton onBeforeCopy={onBeforeCopy} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(onBeforeCopy).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/#tool=1\.abc$/));
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it('shows the link selected for manual copying when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText: vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')),
    } as unknown as Clipboard);
    render(<CopyLinkButton />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent(/copy it by hand/);
    expect(screen.getByRole('textbox', { name: 'Link to this input' })).toHaveValue(
      window.location.href,
    );
  });
});

describe('CopyableCode and LiveRegion', () => {
  it('labels the code block and copies its text', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    render(<CopyableCode code={'{\n  "a": 1\n}\n'} label="Normalized configuration" />);
    const figure = screen.getByRole('figure', { name: 'Normalized configuration' });
    expect(figure.querySelector('pre')).toHaveAttribute('tabindex', '0');
    await user.click(within(figure).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('{\n  "a": 1\n}\n');
    expect(within(figure).getByRole('status')).toHaveTextContent('Copied');
  });

  it('is a polite, atomic status region', () => {
    render(<LiveRegion message="Checked. No findings." />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveAttribute('aria-atomic', 'true');
    expect(region).toHaveTextContent('Checked. No findings.');
  });
});
