// @vitest-environment jsdom
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type {} from '@testing-library/jest-dom/vitest';
import ReadinessChecklist, {
  STORAGE_PREFIX,
} from '@site/src/components/ReadinessChecklist/ReadinessChecklist';
import {
  DEPLOYMENT_CHECKLIST,
  GO_LIVE_CHECKLIST,
  checklistItems,
} from '@site/src/allegro/troubleshoot';

const today = () => '2024-06-01';

beforeEach(() => {
  window.localStorage.clear();
});

function itemBox(text: string) {
  return screen.getByRole('checkbox', { name: text });
}

function itemOf(id: string): HTMLElement {
  const element = document.querySelector(`[data-item-id="${id}"]`);
  if (!(element instanceof HTMLElement)) throw new Error(`no item ${id}`);
  return element;
}

describe('ReadinessChecklist', () => {
  it('lists every item with a labelled checkbox, its reason and docs link, grouped by section', () => {
    render(<ReadinessChecklist checklist="deployment" today={today} />);
    for (const section of DEPLOYMENT_CHECKLIST.sections) {
      const group = screen.getByRole('group', { name: section.title });
      expect(within(group).getAllByRole('checkbox')).toHaveLength(section.items.length);
    }
    const dataFeed = checklistItems(DEPLOYMENT_CHECKLIST)[0]!;
    const box = itemBox(dataFeed.text);
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Why it matters:'));
    expect(
      within(itemOf('dep-data-feed')).getByRole('link', { name: 'Data Feed' }),
    ).toHaveAttribute('href', '/docs/configuration/core-aria-prerequisites#data-feed');
    expect(itemOf('dep-data-feed')).toHaveTextContent(
      'Checked from a configuration by CFG-CORE-001.',
    );
    expect(screen.getByText('0 of 17 items done')).toBeInTheDocument();
  });

  it('saves ticks in localStorage and restores them on the next visit', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<ReadinessChecklist checklist="go-live" today={today} />);
    const item = checklistItems(GO_LIVE_CHECKLIST)[0]!;
    await user.click(itemBox(item.text));
    expect(itemBox(item.text)).toBeChecked();
    expect(screen.getByText('1 of 14 items done')).toBeInTheDocument();
    expect(
      screen.getAllByRole('status').some((s) => s.textContent === 'Ticked. 1 of 14 items done.'),
    ).toBe(true);
    const stored = JSON.parse(window.localStorage.getItem(`${STORAGE_PREFIX}go-live`) ?? '{}');
    expect(stored.ticked).toEqual({ [item.id]: true });
    unmount();

    render(<ReadinessChecklist checklist="go-live" today={today} />);
    expect(itemBox(item.text)).toBeChecked();
  });

  it('works with the keyboard: Tab to a checkbox, Space ticks it', async () => {
    const user = userEvent.setup();
    render(<ReadinessChecklist checklist="go-live" today={today} />);
    const first = itemBox(checklistItems(GO_LIVE_CHECKLIST)[0]!.text);
    first.focus();
    await user.keyboard('[Space]');
    expect(first).toBeChecked();
    await user.tab();
    // The next focusable element is the docs link of the same item.
    expect(document.activeElement?.tagName).toBe('A');
  });

  it('verifies from the sample with mistakes: ticks passing items, unticks failing ones with codes', async () => {
    const user = userEvent.setup();
    render(<ReadinessChecklist checklist="deployment" today={today} />);
    // A manual tick on a failing item is removed; one on a manual item is kept.
    await user.click(
      itemBox(checklistItems(DEPLOYMENT_CHECKLIST).find((i) => i.id === 'dep-base-url')!.text),
    );
    await user.click(
      itemBox(checklistItems(DEPLOYMENT_CHECKLIST).find((i) => i.id === 'dep-kafka')!.text),
    );

    await user.click(screen.getByRole('button', { name: 'Use the sample with mistakes' }));
    expect(
      (screen.getByLabelText('Configuration (JSON or YAML)') as HTMLTextAreaElement).value,
    ).toContain('Acme Telco');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const summary =
      'Checked 10 items against the configuration: 5 passed and are ticked, 5 failed and are unticked, 0 could not be checked.';
    expect(screen.getByText(summary, { selector: 'p' })).toBeInTheDocument();
    expect(screen.getAllByRole('status').some((s) => s.textContent === summary)).toBe(true);

    const baseUrl = itemOf('dep-base-url');
    expect(within(baseUrl).getByRole('checkbox')).not.toBeChecked();
    expect(within(baseUrl).getByRole('link', { name: 'CFG-CORE-003' })).toHaveAttribute(
      'href',
      '/docs/reference/issue-codes#cfg-core-003',
    );
    expect(baseUrl).toHaveTextContent('The configuration fails this check:');
    expect(within(itemOf('dep-data-feed')).getByRole('checkbox')).toBeChecked();
    expect(itemOf('dep-data-feed')).toHaveTextContent(
      'Verified: the configuration passes this check.',
    );
    expect(within(itemOf('dep-kafka')).getByRole('checkbox')).toBeChecked();
    expect(screen.getByText('6 of 17 items done')).toBeInTheDocument();
  });

  it('says why nothing was judged when the configuration cannot be read', async () => {
    const user = userEvent.setup();
    render(<ReadinessChecklist checklist="go-live" today={today} />);
    await user.click(screen.getByLabelText('Configuration (JSON or YAML)'));
    await user.paste('{"client": ');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(
      screen.getByText(/^The configuration could not be read: CFG-SYN-001/, { selector: 'p' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox').filter((b) => (b as HTMLInputElement).checked)).toEqual(
      [],
    );
  });

  it('exports Markdown by download and by copy', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:checklist';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    render(<ReadinessChecklist checklist="go-live" today={today} />);
    await user.click(itemBox(checklistItems(GO_LIVE_CHECKLIST)[1]!.text));
    await user.click(screen.getByRole('button', { name: 'Download as Markdown' }));
    expect(clicked).toHaveBeenCalled();
    expect(created[0]?.type).toBe('text/markdown');
    const downloaded = await created[0]!.text();
    expect(downloaded.split('\n').slice(0, 3)).toEqual([
      '# Go-live readiness in Stage Current',
      '',
      'Exported 2024-06-01: 1 of 14 items done.',
    ]);
    expect(downloaded).toContain('- [x] Every price offer has pricing');

    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(writeText).toHaveBeenCalledWith(downloaded);
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Markdown copied.')).toBe(
      true,
    );
    clicked.mockRestore();
  });

  it('shows the Markdown for manual copying when the clipboard is blocked', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
      configurable: true,
    });
    render(<ReadinessChecklist checklist="go-live" today={today} />);
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect((screen.getByLabelText('Checklist as Markdown') as HTMLTextAreaElement).value).toContain(
      '# Go-live readiness in Stage Current',
    );
  });

  it('unticks everything on request', async () => {
    const user = userEvent.setup();
    render(<ReadinessChecklist checklist="go-live" today={today} />);
    await user.click(itemBox(checklistItems(GO_LIVE_CHECKLIST)[0]!.text));
    await user.click(screen.getByRole('button', { name: 'Untick all' }));
    expect(screen.getByText('0 of 14 items done')).toBeInTheDocument();
  });

  it('ignores damaged saved progress', () => {
    window.localStorage.setItem(`${STORAGE_PREFIX}go-live`, '{"version": 1, "ticked": 5}');
    render(<ReadinessChecklist checklist="go-live" today={today} />);
    expect(screen.getByText('0 of 14 items done')).toBeInTheDocument();
  });
});
