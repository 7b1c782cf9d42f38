// @vitest-environment jsdom
import React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type {} from '@testing-library/jest-dom/vitest';
import SyncSimulator, { URL_KEY } from '@site/src/components/SyncSimulator/SyncSimulator';
import { sampleScenario } from '@site/src/components/SyncSimulator/model';
import { SAMPLE_SYNC_EXPECTED } from '@site/src/allegro';
import { readHashParam } from '@site/src/hooks/urlState';

beforeEach(() => {
  window.history.replaceState(null, '', '/docs/tools/sync-simulator');
});

async function openSection(user: ReturnType<typeof userEvent.setup>, name: RegExp | string) {
  const button = screen.getByRole('button', { name });
  if (button.getAttribute('aria-expanded') !== 'true') await user.click(button);
  return document.getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;
}

function planOrder(): string[] {
  const list = screen.getByRole('list', { name: 'Reprocess in this order' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => /Reprocess (\S+):/.exec(item.textContent ?? '')?.[1] ?? '?');
}

function rowOf(record: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'What happens to each activity record' });
  return within(table).getByRole('rowheader', { name: record }).closest('tr') as HTMLElement;
}

describe('SyncSimulator', () => {
  it('plans the sample go-live as documented', () => {
    render(<SyncSimulator />);
    expect(planOrder()).toEqual([...SAMPLE_SYNC_EXPECTED.plan]);
    for (const [record, code] of Object.entries(SAMPLE_SYNC_EXPECTED.staysFailed)) {
      expect(rowOf(record)).toHaveTextContent('stays-failed');
      expect(within(rowOf(record)).getByRole('link', { name: code })).toHaveAttribute(
        'href',
        `/docs/reference/issue-codes#${code.toLowerCase()}`,
      );
    }
    expect(rowOf('A3')).toHaveTextContent('ignored');
    expect(rowOf('A3')).toHaveTextContent('Allegro does not use statement objects');
    expect(rowOf('C1')).toHaveTextContent('already-complete');
    expect(rowOf('S4')).toHaveTextContent('reprocess #6');
    const plan = screen.getByRole('figure', { name: /Reprocessing plan \(JSON\)/ });
    expect(JSON.parse(within(plan).getByText(/reprocessInOrder/).textContent ?? '')).toMatchObject({
      reprocessInOrder: [
        { order: 1, recordId: 'C2' },
        {},
        {},
        {},
        {},
        { order: 6, recordId: 'S4' },
      ],
    });
    expect(
      screen
        .getAllByRole('status')
        .some(
          (s) =>
            s.textContent ===
            'Sync plan updated: 6 to reprocess, 4 stay failed, 1 ignored, 1 already complete.',
        ),
    ).toBe(true);
  });

  it('changes the plan when an assumption is changed', async () => {
    const user = userEvent.setup();
    render(<SyncSimulator />);
    await user.selectOptions(
      screen.getByLabelText('Group order when dependencies allow'),
      'account → catalog → subscription',
    );
    expect(planOrder()).toEqual(['A1', 'A2', 'C2', 'C4', 'S1', 'S4']);
    expect(screen.getByText('SYNC-GROUP-ORDER').closest('li')).toHaveTextContent('(changed)');

    fireEvent.change(
      screen.getByLabelText('Objects already in Allegro from earlier syncs (comma-separated)'),
      { target: { value: 'account:1003' } },
    );
    expect(rowOf('S3')).toHaveTextContent('reprocess');
  });

  it('reprocesses the service and its dependants once its service type is linked', async () => {
    const user = userEvent.setup();
    render(<SyncSimulator />);
    const records = await openSection(user, 'Activity records (12)');
    await user.click(within(records).getByRole('checkbox', { name: 'Record C3 Cause fixed' }));
    expect(planOrder()).toEqual(['C2', 'C3', 'C4', 'C5', 'A1', 'A2', 'S1', 'S2', 'S4']);
  }, 60_000);

  it('names the field path when the JSON scenario is invalid', async () => {
    const user = userEvent.setup();
    render(<SyncSimulator />);
    const panel = await openSection(user, 'Edit as JSON');
    const broken = sampleScenario() as unknown as { records: Array<Record<string, unknown>> };
    (broken.records[1] as Record<string, unknown>).group = 'billing';
    fireEvent.change(within(panel).getByLabelText('Sync scenario as JSON'), {
      target: { value: JSON.stringify(broken) },
    });
    await user.click(within(panel).getByRole('button', { name: 'Apply JSON' }));
    expect(within(panel).getByRole('alert')).toHaveTextContent(/records\[1\]\.group: /);
    expect(planOrder()).toEqual([...SAMPLE_SYNC_EXPECTED.plan]);
  });

  it('explains a duplicate id instead of planning', async () => {
    const user = userEvent.setup();
    render(<SyncSimulator />);
    const records = await openSection(user, 'Activity records (12)');
    fireEvent.change(within(records).getByRole('textbox', { name: 'Record C2 Id' }), {
      target: { value: 'C1' },
    });
    expect(screen.getByRole('table', { name: 'Scenario problems' })).toHaveTextContent(
      'Activity record id "C1" is used more than once.',
    );
  }, 60_000);

  it('keeps the scenario in the address', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<SyncSimulator />);
    await user.selectOptions(
      screen.getByLabelText('Group order when dependencies allow'),
      'account → catalog → subscription',
    );
    await waitFor(() => expect(readHashParam(window.location.hash, URL_KEY)).not.toBeNull(), {
      timeout: 2000,
    });
    unmount();
    render(<SyncSimulator />);
    expect(planOrder()[0]).toBe('A1');
  });
});
