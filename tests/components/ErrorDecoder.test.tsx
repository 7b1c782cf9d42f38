// @vitest-environment jsdom
import React from 'react';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type {} from '@testing-library/jest-dom/vitest';
import ErrorDecoder, { summarizeDecode } from '@site/src/components/ErrorDecoder/ErrorDecoder';
import {
  SAMPLE_LOG,
  SAMPLE_LOG_EXPECTED,
  decodeErrors,
  getCatalogEntry,
} from '@site/src/allegro/troubleshoot';
import { encodeUrlValue } from '@site/src/hooks/urlState';

// Decoding runs after a pause in typing, on a shared test machine: allow for both.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  window.history.replaceState(null, '', '/docs/tools/error-decoder');
  window.localStorage.clear();
});

function findingTitles(): string[] {
  return screen
    .queryAllByRole('article')
    .map((article) => within(article).getByRole('heading', { level: 4 }).textContent ?? '');
}

describe('ErrorDecoder', () => {
  it('decodes the sample log: three known errors in order, one unmatched line', async () => {
    render(<ErrorDecoder />);
    expect(screen.getByLabelText('Error message or log excerpt')).toHaveValue(SAMPLE_LOG);
    expect(
      await screen.findByText(
        '3 known errors recognised. 1 line looks like an error but matched nothing.',
        { selector: 'p' },
      ),
    ).toBeInTheDocument();
    expect(findingTitles()).toEqual(
      SAMPLE_LOG_EXPECTED.recognised.map((id, i) => `${i + 1}. ${getCatalogEntry(id)?.title}`),
    );

    const suspense = screen.getByRole('article', {
      name: /No Service found for the service \(provisioning\) id/,
    });
    expect(within(suspense).getByRole('link', { name: 'Functional' })).toHaveAttribute(
      'href',
      '/docs/errors/error-categories#functional-errors',
    );
    expect(within(suspense).getByRole('link', { name: 'Usage processing service' })).toBeVisible();
    expect(suspense).toHaveTextContent('line 2');
    expect(suspense).toHaveTextContent(
      'The account has no plan instance that carries this service ID.',
    );
    expect(suspense).toHaveTextContent('Reprocess after fixing the cause.');
    expect(
      within(suspense).getByRole('link', {
        name: 'See the outcome in the Suspense reprocessing simulator',
      }),
    ).toHaveAttribute('href', '/docs/tools/suspense-simulator');
    expect(
      within(suspense).getByRole('link', { name: 'the documentation section for this error' }),
    ).toHaveAttribute('href', '/docs/errors/usage-suspense#no-service-found');

    const bulk = screen.getByRole('article', { name: /bulk_record_usage_m error 1009/ });
    expect(
      within(bulk).getByRole('link', { name: /Aggregated usage batch simulator/ }),
    ).toHaveAttribute('href', '/docs/tools/aggregated-usage-simulator');

    // The unmatched line is listed with a search link.
    expect(
      screen.getByText(/1 line looks like an error but matched nothing/, { selector: 'summary' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'search for it' })).toHaveAttribute(
      'href',
      '/search?q=2024-05-02%2003%3A05%3A00%20ERROR%20report%20export%20stopped%3A%20disk%20quota%20exceeded',
    );
    // The result is announced.
    expect(
      screen
        .getAllByRole('status')
        .some((s) => s.textContent?.includes('3 known errors recognised')),
    ).toBe(true);
  });

  it('says "not recognised" for unknown text, with closest matches and a search link', async () => {
    const user = userEvent.setup();
    render(<ErrorDecoder startWithSample={false} />);
    expect(
      screen.getByText('Paste an error message or a log excerpt to decode it.', { selector: 'p' }),
    ).toBeInTheDocument();
    const input = screen.getByLabelText('Error message or log excerpt');
    await user.click(input);
    await user.paste('Usage file rejected: wrong number of fields on line 4');
    expect(
      await screen.findByText(/^Not recognised: this text matches no error the site knows\./, {
        selector: 'p',
      }),
    ).toBeInTheDocument();
    expect(findingTitles()).toEqual([]);
    expect(screen.getByRole('link', { name: 'Wrong number of fields' })).toHaveAttribute(
      'href',
      '/docs/faq/file-handling#what-file-formats-are-accepted',
    );
    expect(screen.getByRole('link', { name: 'Search the site for this text' })).toHaveAttribute(
      'href',
      `/search?q=${encodeURIComponent('Usage file rejected: wrong number of fields on line 4')}`,
    );
  });

  it('keeps the text in the address and reads it back from a link', async () => {
    const text = 'CFG-JOB-001 no DAILY job schedule';
    window.history.replaceState(
      null,
      '',
      `/docs/tools/error-decoder#decode=${encodeUrlValue(1, { text })}`,
    );
    render(<ErrorDecoder />);
    expect(screen.getByLabelText('Error message or log excerpt')).toHaveValue(text);
    expect(
      await screen.findByRole('article', { name: /No DAILY job schedule/ }),
    ).toBeInTheDocument();
  });

  it('falls back to the sample with a notice for a damaged link', () => {
    window.history.replaceState(null, '', '/docs/tools/error-decoder#decode=1.%%%broken');
    render(<ErrorDecoder />);
    expect(screen.getByLabelText('Error message or log excerpt')).toHaveValue(SAMPLE_LOG);
    expect(screen.getAllByRole('status').some((s) => /link/i.test(s.textContent ?? ''))).toBe(true);
  });

  it('can be cleared and reloaded with the keyboard', async () => {
    const user = userEvent.setup();
    render(<ErrorDecoder />);
    await user.tab();
    expect(screen.getByLabelText('Error message or log excerpt')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Load the example log' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Clear' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Error message or log excerpt')).toHaveValue('');
    expect(
      await screen.findByText('Paste an error message or a log excerpt to decode it.', {
        selector: 'p',
      }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load the example log' }));
    expect(screen.getByLabelText('Error message or log excerpt')).toHaveValue(SAMPLE_LOG);
  });

  it('shows a message instead of crashing when decoding fails', () => {
    render(
      <ErrorDecoder
        decode={() => {
          throw new Error('boom');
        }}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The decoder failed on this input: boom.');
  });

  it('summarises results in one sentence', () => {
    expect(summarizeDecode(decodeErrors(''))).toBe(
      'Paste an error message or a log excerpt to decode it.',
    );
    expect(summarizeDecode(decodeErrors('CFG-JOB-001\nCFG-JOB-002'))).toBe(
      '2 known errors recognised.',
    );
  });
});
