// @vitest-environment jsdom
import React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// Types of the DOM matchers that tests/setup.ts registers at run time.
import type {} from '@testing-library/jest-dom/vitest';
import HelpfulFeedback, { STORAGE_KEY_PREFIX } from '@site/src/components/HelpfulFeedback';

const page = {
  pageId: '/docs/faq/pooling',
  pageTitle: 'Pooling',
  pageUrl: 'https://kb.example.org/docs/faq/pooling',
  repoUrl: 'https://github.com/aria-allegro-kb/allegro-kb',
};

let fetchSpy: ReturnType<typeof vi.fn>;
let beaconSpy: ReturnType<typeof vi.fn>;
let xhrOpen: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  window.localStorage.clear();
  fetchSpy = vi.fn();
  beaconSpy = vi.fn();
  vi.stubGlobal('fetch', fetchSpy);
  Object.defineProperty(navigator, 'sendBeacon', { value: beaconSpy, configurable: true });
  xhrOpen = vi.spyOn(XMLHttpRequest.prototype, 'open');
});

afterEach(() => {
  vi.unstubAllGlobals();
  xhrOpen.mockRestore();
});

function expectNoNetwork() {
  expect(fetchSpy).not.toHaveBeenCalled();
  expect(beaconSpy).not.toHaveBeenCalled();
  expect(xhrOpen).not.toHaveBeenCalled();
}

describe('HelpfulFeedback', () => {
  it('asks the question with two labelled buttons, nothing chosen yet', () => {
    render(<HelpfulFeedback {...page} />);
    const group = screen.getByRole('group', { name: 'Was this article helpful?' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('thanks politely and remembers "Yes" for this page after a remount', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<HelpfulFeedback {...page} />);
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    expect(screen.getByRole('status')).toHaveTextContent('Thank you for your feedback.');
    expect(window.localStorage.getItem(`${STORAGE_KEY_PREFIX}/docs/faq/pooling`)).toBe('yes');
    unmount();

    render(<HelpfulFeedback {...page} />);
    expect(screen.getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'false');
    expectNoNetwork();
  });

  it('keeps choices per page', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<HelpfulFeedback {...page} />);
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    unmount();
    render(<HelpfulFeedback {...page} pageId="/docs/faq/deployment-model" />);
    expect(screen.getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('opens an optional comment box on "No", works from the keyboard', async () => {
    const user = userEvent.setup();
    render(<HelpfulFeedback {...page} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Yes' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'No' })).toHaveFocus();
    await user.keyboard('{Enter}');

    const textbox = screen.getByRole('textbox', { name: 'What was missing or wrong? (optional)' });
    expect(textbox).toHaveAccessibleDescription(/Nothing is sent from this page\./);
    expect(screen.getByRole('status')).toHaveTextContent(/Thank you\./);
    expect(screen.getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'true');
    expect(window.localStorage.getItem(`${STORAGE_KEY_PREFIX}/docs/faq/pooling`)).toBe('no');
  });

  it('builds the report link from the comment and the page, without sending anything', async () => {
    const user = userEvent.setup();
    render(<HelpfulFeedback {...page} />);
    await user.click(screen.getByRole('button', { name: 'No' }));
    const comment = 'The tier example uses 10 & 20 units; which one is right?';
    await user.type(screen.getByRole('textbox'), comment);

    const link = screen.getByRole('link', { name: /Report the problem on GitHub/ });
    const href = link.getAttribute('href') ?? '';
    expect(href.startsWith('https://github.com/aria-allegro-kb/allegro-kb/issues/new?')).toBe(true);
    expect(href).toContain(encodeURIComponent(comment));
    expect(href).toContain(encodeURIComponent(page.pageUrl));
    const params = new URL(href).searchParams;
    expect(params.get('title')).toBe('Docs feedback: Pooling');
    expect(params.get('body')).toBe(
      `Page: ${page.pageUrl}\n\nWhat was missing or wrong:\n${comment}`,
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expectNoNetwork();
  });

  it('leaves the report link out when no repository is configured', async () => {
    const user = userEvent.setup();
    render(<HelpfulFeedback {...page} repoUrl={undefined} />);
    await user.click(screen.getByRole('button', { name: 'No' }));
    expect(screen.getByRole('textbox')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('still works for the visit when localStorage is blocked', async () => {
    const user = userEvent.setup();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    try {
      render(<HelpfulFeedback {...page} pageId="/docs/blocked" />);
      await user.click(screen.getByRole('button', { name: 'No' }));
      expect(screen.getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'true');
      expect(screen.getByRole('textbox')).toBeInTheDocument();
    } finally {
      setItem.mockRestore();
      getItem.mockRestore();
    }
  });
});
