// @vitest-environment jsdom
import React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type {} from '@testing-library/jest-dom/vitest';
import RatingPreview, {
  URL_KEY,
  URL_VERSION,
} from '@site/src/components/RatingPreview/RatingPreview';
import { sampleState } from '@site/src/components/RatingPreview/model';
import { encodeUrlValue, readHashParam } from '@site/src/hooks/urlState';

beforeEach(() => {
  window.history.replaceState(null, '', '/docs/tools/rating-preview');
});

function loadsTable() {
  return screen.getByRole('table', { name: /Each load, rated from the pooled running total/ });
}

function rowOf(table: HTMLElement, header: string) {
  return within(table).getByRole('rowheader', { name: header }).closest('tr') as HTMLElement;
}

describe('RatingPreview', () => {
  it('shows worked example WE-1: 2.50 + 24.00 + 17.50 + 9.00 = 53.00 with each step', () => {
    render(<RatingPreview />);
    const table = loadsTable();
    const charges = ['load 1', 'load 2', 'load 3', 'load 4'].map(
      (load) => within(rowOf(table, load)).getAllByRole('cell').at(-1)?.textContent,
    );
    expect(charges).toEqual(['2.50', '24.00', '17.50', '9.00']);
    const load3 = rowOf(table, 'load 3');
    // Tier contributions, the rounding step and the factored unit rate of the third load.
    expect(load3).toHaveTextContent('tier 2: 75 × 0.1 = 7.5');
    expect(load3).toHaveTextContent('tier 3: 125 × 0.08 = 10');
    expect(load3).toHaveTextContent('17.5 → 17.50');
    expect(load3).toHaveTextContent('0.0875 → 0.09');
    expect(load3).toHaveTextContent('425 → 625');
    expect(within(table).getByRole('rowheader', { name: 'Total' }).closest('tr')).toHaveTextContent(
      '53.00',
    );
    // The chart has a text alternative naming every bar.
    expect(screen.getByRole('img', { name: /Charge per load/ })).toHaveAccessibleName(
      expect.stringContaining('load 3 (API Calls): 17.50'),
    );
    // Side by side for the comparison quantity (325 units on the API Calls tiers).
    const compare = screen.getByRole('table', { name: '325 units on the tiers of API Calls' });
    expect(
      within(rowOf(compare, 'Standard (progressive)')).getAllByRole('cell').at(-1),
    ).toHaveTextContent('22.50');
    expect(within(rowOf(compare, 'Volume discount')).getAllByRole('cell').at(-1)).toHaveTextContent(
      '32.50',
    );
    expect(
      within(rowOf(compare, 'Flat rate per tier')).getAllByRole('cell').at(-1),
    ).toHaveTextContent('0.10');
  });

  it('announces the result in a live region', () => {
    render(<RatingPreview />);
    const statuses = screen.getAllByRole('status');
    expect(
      statuses.some((s) => s.textContent === 'Rating preview updated: 4 loads, total 53.00.'),
    ).toBe(true);
  });

  it('names the field when a tier rate is not a number, and rates nothing until it is fixed', async () => {
    const user = userEvent.setup();
    render(<RatingPreview />);
    const rate = screen.getByLabelText('API Calls tier 2 Rate');
    await user.clear(rate);
    await user.type(rate, 'abc');
    expect(rate).toHaveAttribute('aria-invalid', 'true');
    expect(rate).toHaveAccessibleDescription(
      'Service "API Calls", tier 2 rate must be a decimal number such as 12.50, not "abc".',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Fix this input to see the rating');
    expect(screen.queryByRole('table', { name: /Each load/ })).toBeNull();
    await user.clear(rate);
    await user.type(rate, '0.10');
    expect(loadsTable()).toBeTruthy();
  });

  it('refuses flat rate per tier with pooling, naming the service', async () => {
    const user = userEvent.setup();
    render(<RatingPreview />);
    await user.selectOptions(
      screen.getAllByLabelText('Tier method')[1] as HTMLElement,
      'flat-per-tier',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Service "Document Downloads" uses flat rate per tier, which core Aria does not allow with usage pooling.',
    );
  });

  it('changes the outcome when pooling is turned off or an assumption is changed', async () => {
    const user = userEvent.setup();
    render(<RatingPreview />);
    await user.click(screen.getByLabelText('Pool usage across services (one running total)'));
    const table = screen.getByRole('table', { name: /rated from the service’s own running total/ });
    // Document Downloads now starts at 0: 100 free units, then 200 × 0.08.
    expect(within(rowOf(table, 'load 2')).getAllByRole('cell').at(-1)).toHaveTextContent('16.00');
    await user.click(screen.getByLabelText('Pool usage across services (one running total)'));

    // Assumption RATE-FACTORED-RATE-SCALE: show the factored rate with 4 decimals.
    await user.selectOptions(screen.getByLabelText('Decimals of the factored unit rate'), '4');
    expect(rowOf(loadsTable(), 'load 3')).toHaveTextContent('0.0875');
    expect(rowOf(loadsTable(), 'load 3')).not.toHaveTextContent('0.0875 → 0.09');
    expect(screen.getByText('RATE-FACTORED-RATE-SCALE').closest('li')).toHaveTextContent(
      '(changed)',
    );
  });

  it('applies a shared allowance in load order', async () => {
    const user = userEvent.setup();
    render(<RatingPreview />);
    const allowance = screen.getByLabelText('Allowance units');
    await user.clear(allowance);
    await user.type(allowance, '200');
    const table = loadsTable();
    expect(within(rowOf(table, 'load 1')).getAllByRole('cell').at(-1)).toHaveTextContent('0.00');
    // 75 units left cover 75 × 0.08 = 6.00 of load 2.
    expect(within(rowOf(table, 'load 2')).getAllByRole('cell').at(-1)).toHaveTextContent('18.00');
    expect(within(table).getByRole('rowheader', { name: 'Total' }).closest('tr')).toHaveTextContent(
      '44.50',
    );
  });

  it('adds and removes loads and tiers with buttons that name their row', async () => {
    const user = userEvent.setup();
    render(<RatingPreview />);
    await user.click(screen.getByRole('button', { name: 'Add load' }));
    expect(screen.getByLabelText('Load 5 Service')).toHaveFocus();
    expect(screen.getByLabelText('Load 5 Units')).toHaveValue('100');
    await user.click(screen.getByRole('button', { name: 'Remove Load 5' }));
    expect(screen.queryByLabelText('Load 5 Units')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add tier to API Calls' }));
    expect(screen.getByLabelText('API Calls tier 5 From')).toHaveValue('');
    // The new open tier makes tier 4 an inner tier without an upper bound.
    expect(screen.getByRole('alert')).toHaveTextContent('only the last tier may be left open');
  });

  it('keeps the input in the address and reads it back', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<RatingPreview />);
    const units = screen.getByLabelText('Load 1 Units');
    await user.clear(units);
    await user.type(units, '150');
    await waitFor(() => expect(readHashParam(window.location.hash, URL_KEY)).not.toBeNull(), {
      timeout: 2000,
    });
    unmount();
    render(<RatingPreview />);
    expect(screen.getByLabelText('Load 1 Units')).toHaveValue('150');
  });

  it('starts from a shared link and shows a notice for a damaged one', () => {
    const state = sampleState();
    state.loads = [{ service: 'API Calls', units: '600' }];
    window.history.replaceState(null, '', `#${URL_KEY}=${encodeUrlValue(URL_VERSION, state)}`);
    const { unmount } = render(<RatingPreview />);
    expect(within(rowOf(loadsTable(), 'load 1')).getAllByRole('cell').at(-1)).toHaveTextContent(
      '48.00',
    );
    unmount();
    window.history.replaceState(null, '', `#${URL_KEY}=${URL_VERSION}.garbage`);
    render(<RatingPreview />);
    expect(screen.getByText(/damaged or incomplete/)).toBeTruthy();
    expect(rowOf(loadsTable(), 'load 4')).toBeTruthy();
  });
});
