// @vitest-environment jsdom
import React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type {} from '@testing-library/jest-dom/vitest';
import SuspenseSimulator, {
  URL_KEY,
  URL_VERSION,
} from '@site/src/components/SuspenseSimulator/SuspenseSimulator';
import { sampleScenario } from '@site/src/components/SuspenseSimulator/model';
import { SAMPLE_SUSPENSE_EXPECTED } from '@site/src/allegro';
import { encodeUrlValue, readHashParam } from '@site/src/hooks/urlState';

beforeEach(() => {
  window.history.replaceState(null, '', '/docs/tools/suspense-simulator');
});

function outcomeTable() {
  return screen.getByRole('table', { name: 'What happens to each record' });
}

function outcomeOf(record: string): string {
  const row = within(outcomeTable()).getByRole('rowheader', { name: record }).closest('tr');
  return within(row as HTMLElement).getAllByRole('cell')[0]?.textContent ?? '';
}

/** Opens a scenario section and returns its panel, so queries stay inside it (and fast). */
async function openSection(user: ReturnType<typeof userEvent.setup>, name: RegExp | string) {
  const button = screen.getByRole('button', { name });
  if (button.getAttribute('aria-expanded') !== 'true') await user.click(button);
  return document.getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;
}

function rowOf(record: string): HTMLElement {
  return within(outcomeTable())
    .getByRole('rowheader', { name: record })
    .closest('tr') as HTMLElement;
}

describe('SuspenseSimulator', () => {
  it('reproduces the documented outcome of the sample scenario', () => {
    render(<SuspenseSimulator />);
    for (const id of SAMPLE_SUSPENSE_EXPECTED.rated) expect(outcomeOf(id)).toMatch(/^rated/);
    expect(outcomeOf('R3')).toBe('suspended');
    expect(outcomeOf('R7')).toBe('discarded');
    // The code links to its section of the issue-code reference.
    expect(within(rowOf('R3')).getByRole('link', { name: 'SIM-SUS-002' })).toHaveAttribute(
      'href',
      '/docs/reference/issue-codes#sim-sus-002',
    );
    expect(rowOf('R3')).toHaveTextContent('Add pricing for the usage type');
    const timeline = screen.getByRole('list', { name: 'Suspense timeline, in order' });
    const steps = within(timeline).getAllByRole('listitem');
    expect(steps).toHaveLength(10);
    expect(steps[0]).toHaveTextContent('1 rated, 6 suspended');
    for (const refused of SAMPLE_SUSPENSE_EXPECTED.refusedSteps) {
      expect(steps[refused]).toHaveTextContent(`Step ${refused}:`);
      expect(steps[refused]).toHaveTextContent('refused');
    }
    expect(screen.getByRole('figure', { name: /Run sheet/ })).toHaveTextContent(
      'Result: 5 rated, 1 suspended, 1 discarded.',
    );
    expect(
      screen
        .getAllByRole('status')
        .some(
          (s) =>
            s.textContent ===
            'Suspense simulation updated: 5 rated, 1 suspended, 1 discarded of 7 records.',
        ),
    ).toBe(true);
  });

  it('rates R3 once its price is added in the prices table', async () => {
    const user = userEvent.setup();
    render(<SuspenseSimulator />);
    const prices = await openSection(user, 'Prices (3)');
    await user.click(within(prices).getByRole('button', { name: 'Add price' }));
    // The new row defaults to VOICE / VOICE_INTL, the price R3 was missing.
    expect(within(prices).getByLabelText('Price 4 Usage type')).toHaveValue('VOICE_INTL');
    expect(outcomeOf('R3')).toMatch(/^rated/);
  });

  it('changes the outcome when an assumption is changed', async () => {
    const user = userEvent.setup();
    render(<SuspenseSimulator />);
    await user.click(
      screen.getByLabelText('A change in core Aria reaches Allegro before the next step'),
    );
    // The date change and the new plan instance now wait for sync: R2 and R6 stay suspended.
    expect(outcomeOf('R2')).toBe('suspended');
    expect(outcomeOf('R6')).toBe('suspended');
    expect(screen.getByText('SUS-SYNC-AFTER-CORE-CHANGE').closest('li')).toHaveTextContent(
      '(changed)',
    );

    const roles = screen.getByLabelText('Roles allowed to discard (comma-separated)');
    fireEvent.change(roles, { target: { value: 'Usage Supervisor, Billing Clerk' } });
    const timeline = screen.getByRole('list', { name: 'Suspense timeline, in order' });
    expect(within(timeline).getAllByRole('listitem')[7]).toHaveTextContent('applied');
  });

  it('names the field path when the JSON scenario is invalid, and keeps the last good scenario', async () => {
    const user = userEvent.setup();
    render(<SuspenseSimulator />);
    const panel = await openSection(user, 'Edit as JSON');
    const textarea = within(panel).getByLabelText('Suspense scenario as JSON');
    const broken = sampleScenario() as unknown as { records: Array<Record<string, unknown>> };
    (broken.records[2] as Record<string, unknown>).start = 'yesterday';
    fireEvent.change(textarea, { target: { value: JSON.stringify(broken, null, 2) } });
    await user.click(within(panel).getByRole('button', { name: 'Apply JSON' }));
    const alert = screen.getAllByRole('alert').find((a) => a.textContent?.includes('not applied'));
    expect(alert).toHaveTextContent(
      'records[2].start: must be a date yyyy-mm-dd or a date-time yyyy-mm-dd hh:mm:ss',
    );
    expect(textarea).toHaveAttribute('aria-invalid', 'true');
    expect(outcomeOf('R3')).toBe('suspended');

    fireEvent.change(textarea, {
      target: { value: '{\n  "records": [\n    {"id": "R1",,}\n  ]\n}' },
    });
    await user.click(within(panel).getByRole('button', { name: 'Apply JSON' }));
    expect(
      within(panel)
        .getAllByRole('alert')
        .find((a) => a.textContent?.includes('not applied')),
    ).toHaveTextContent(/JSON syntax error at line 3, column \d+/);
  });

  it('shows table edits that break the scenario next to the cell, with the field path', async () => {
    const user = userEvent.setup();
    render(<SuspenseSimulator />);
    const records = await openSection(user, 'Usage records (7)');
    const start = within(records).getByLabelText('Record R2 Start');
    await user.clear(start);
    await user.type(start, '05/04/2024');
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(start).toHaveAccessibleDescription(/^records\[1\]\.start: must be a date/);
    expect(screen.getByRole('table', { name: 'Scenario problems' })).toHaveTextContent(
      'SIM-INP-001',
    );
  });

  it('adds, moves and removes steps from the keyboard-usable steps editor', async () => {
    const user = userEvent.setup();
    render(<SuspenseSimulator />);
    const steps = await openSection(user, /^Fixes and actions/);
    await user.selectOptions(within(steps).getByLabelText('New step'), 'addPrice');
    await user.click(within(steps).getByRole('button', { name: 'Add step' }));
    expect(within(steps).getByLabelText('Step 10 Action')).toHaveFocus();
    const usage = within(steps).getByLabelText('Step 10 Usage type');
    fireEvent.change(usage, { target: { value: 'VOICE_INTL' } });
    // A price added after the last reprocess rates nothing yet.
    expect(outcomeOf('R3')).toBe('suspended');
    await user.click(within(steps).getByRole('button', { name: 'Move Step 10 up' }));
    expect(outcomeOf('R3')).toMatch(/^rated/);
    await user.click(within(steps).getByRole('button', { name: 'Remove Step 9' }));
    expect(within(steps).queryByLabelText('Step 10 Action')).toBeNull();
  }, 60_000);

  it('keeps the scenario in the address and reads a shared link', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<SuspenseSimulator />);
    const prices = await openSection(user, 'Prices (3)');
    await user.click(within(prices).getByRole('button', { name: 'Add price' }));
    await waitFor(() => expect(readHashParam(window.location.hash, URL_KEY)).not.toBeNull(), {
      timeout: 2000,
    });
    unmount();
    render(<SuspenseSimulator />);
    expect(outcomeOf('R3')).toMatch(/^rated/);
  });

  it('falls back to the sample with a notice when the link holds an invalid scenario', () => {
    const scenario = { ...sampleScenario(), records: 'none' };
    window.history.replaceState(null, '', `#${URL_KEY}=${encodeUrlValue(URL_VERSION, scenario)}`);
    render(<SuspenseSimulator />);
    expect(screen.getByText(/The input stored in this link is not valid \(records:/)).toBeTruthy();
    expect(outcomeOf('R7')).toBe('discarded');
  });
});
