// @vitest-environment jsdom
import React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type {} from '@testing-library/jest-dom/vitest';
import AggregatedUsageSimulator, {
  URL_KEY,
} from '@site/src/components/AggregatedUsageSimulator/AggregatedUsageSimulator';
import { sampleScenario } from '@site/src/components/AggregatedUsageSimulator/model';
import {
  AUTH_KEY_PLACEHOLDER,
  SAMPLE_AGGREGATION_AUTH_FAILURE_EXPECTED,
  SAMPLE_AGGREGATION_EXPECTED,
} from '@site/src/allegro';
import { readHashParam } from '@site/src/hooks/urlState';

beforeEach(() => {
  window.history.replaceState(null, '', '/docs/tools/aggregated-usage-simulator');
});

async function openSection(user: ReturnType<typeof userEvent.setup>, name: RegExp | string) {
  const button = screen.getByRole('button', { name });
  if (button.getAttribute('aria-expanded') !== 'true') await user.click(button);
  return document.getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;
}

function recordRow(id: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'What happens to each monetized record' });
  return within(table).getByRole('rowheader', { name: id }).closest('tr') as HTMLElement;
}

function outcomeOf(id: string): string {
  return within(recordRow(id)).getAllByRole('cell')[0]?.textContent ?? '';
}

function reconciliationRow(label: string): string[] {
  const table = screen.getByRole('table', { name: /^Reconciliation/ });
  const row = within(table).getByRole('rowheader', { name: label }).closest('tr') as HTMLElement;
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

function batchStatuses(): string[] {
  const list = screen.getByRole('list', { name: 'Batches, in the order they are sent' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => /(complete|errored|in-process)/.exec(item.textContent ?? '')?.[1] ?? '?');
}

describe('AggregatedUsageSimulator', () => {
  it('reproduces the month-end sample: lines, outcomes, codes and reconciliation', () => {
    render(<AggregatedUsageSimulator />);
    for (const line of Object.values(SAMPLE_AGGREGATION_EXPECTED.lines)) {
      for (const source of line.sources) expect(outcomeOf(source)).toBe(line.outcome);
    }
    expect(outcomeOf('M9')).toBe('already-synced');
    const lines = screen.getByRole('table', { name: 'Aggregated lines' });
    const m5 = within(lines).getByRole('rowheader', { name: 'AGG-20240430-01-4' }).closest('tr');
    expect(within(m5 as HTMLElement).getByRole('link', { name: '14046' })).toHaveAttribute(
      'href',
      '/docs/reference/bulk-record-usage-m#error-14046',
    );
    expect(within(recordRow('M6')).getByRole('link', { name: 'SIM-AGG-001' })).toHaveAttribute(
      'href',
      '/docs/reference/issue-codes#sim-agg-001',
    );
    const rec = SAMPLE_AGGREGATION_EXPECTED.reconciliation;
    expect(reconciliationRow('To send')).toEqual([
      String(rec.source.records),
      rec.source.quantity,
      rec.source.amount,
    ]);
    expect(reconciliationRow('Sent')).toEqual(['4', '200.5', '3.61']);
    expect(reconciliationRow('Errored')).toEqual(['3', '355', '1.85']);
    expect(reconciliationRow('Pending')).toEqual(['2', '320', '1.6']);
    expect(batchStatuses()).toEqual(['complete', 'errored', 'errored', 'in-process']);
    const request = screen.getByRole('figure', { name: /Batch 1: bulk_record_usage_m request/ });
    const json = JSON.parse(within(request).getByText(/usage_recs/).textContent ?? '');
    expect(json.auth_key).toBe(AUTH_KEY_PLACEHOLDER);
    expect(json.usage_recs[0]).toMatchObject({ acct_no: 1001, usage_units: 150.5, amt: 3.01 });
    expect(screen.getByText(/Batch 4: no response yet/)).toBeTruthy();
    expect(
      screen
        .getAllByRole('status')
        .some(
          (s) =>
            s.textContent ===
            'Aggregated usage sync updated: 8 lines in 4 batches; 4 records sent, 3 errored, 2 pending.',
        ),
    ).toBe(true);
  });

  it('loads the second sample: a whole call refused with 1004', async () => {
    const user = userEvent.setup();
    render(<AggregatedUsageSimulator />);
    await user.selectOptions(
      screen.getByLabelText('Sample scenario'),
      'Aggregation off, first call refused with 1004',
    );
    await user.click(screen.getByRole('button', { name: 'Load sample' }));
    for (const id of SAMPLE_AGGREGATION_AUTH_FAILURE_EXPECTED.errored) {
      expect(outcomeOf(id)).toBe('errored');
    }
    expect(outcomeOf('N4')).toBe('sent');
    expect(batchStatuses()).toEqual([...SAMPLE_AGGREGATION_AUTH_FAILURE_EXPECTED.batchStatuses]);
    expect(recordRow('N1')).toHaveTextContent('The whole call for batch 1 failed with 1004');
  });

  it('changes the outcome when an assumption is changed', async () => {
    const user = userEvent.setup();
    render(<AggregatedUsageSimulator />);
    await user.click(screen.getByLabelText('Aggregate Usage switch on'));
    // One line per record now: M1 and M2 go separately.
    expect(recordRow('M1')).toHaveTextContent('AGG-20240430-01-1');
    expect(recordRow('M2')).toHaveTextContent('AGG-20240430-01-2');
    expect(screen.getByText('AGG-SWITCH-OFF').closest('li')).toHaveTextContent('(changed)');
    await user.click(screen.getByLabelText('Aggregate Usage switch on'));

    fireEvent.change(screen.getByLabelText('Records per bulk_record_usage_m call (batch size)'), {
      target: { value: '4' },
    });
    expect(batchStatuses()).toEqual(['errored', 'errored']);
    fireEvent.change(screen.getByLabelText('Records per bulk_record_usage_m call (batch size)'), {
      target: { value: 'four' },
    });
    expect(
      screen.getByLabelText('Records per bulk_record_usage_m call (batch size)'),
    ).toHaveAccessibleDescription(/^batchSize: /);
  });

  it('names the field path when the JSON scenario is invalid', async () => {
    const user = userEvent.setup();
    render(<AggregatedUsageSimulator />);
    const panel = await openSection(user, 'Edit as JSON');
    const broken = { ...sampleScenario(), clientNo: 'ACME' };
    fireEvent.change(within(panel).getByLabelText('Aggregated usage scenario as JSON'), {
      target: { value: JSON.stringify(broken) },
    });
    await user.click(within(panel).getByRole('button', { name: 'Apply JSON' }));
    expect(within(panel).getByRole('alert')).toHaveTextContent(/clientNo: /);
    expect(outcomeOf('M1')).toBe('sent');
  });

  it('injects a record error from the errors table', async () => {
    const user = userEvent.setup();
    render(<AggregatedUsageSimulator />);
    const panel = await openSection(user, 'Errors core Aria answers');
    await user.click(within(panel).getByRole('button', { name: 'Add record error' }));
    // Defaults to 1009 for the first record (M1), which is in line 1 with M2.
    expect(outcomeOf('M1')).toBe('errored');
    expect(outcomeOf('M2')).toBe('errored');
  });

  it('keeps the scenario in the address', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<AggregatedUsageSimulator />);
    await user.click(screen.getByLabelText('Send the rated amount in amt'));
    await waitFor(() => expect(readHashParam(window.location.hash, URL_KEY)).not.toBeNull(), {
      timeout: 2000,
    });
    unmount();
    render(<AggregatedUsageSimulator />);
    expect(screen.getByLabelText('Send the rated amount in amt')).not.toBeChecked();
  });
});
