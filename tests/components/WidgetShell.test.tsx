// @vitest-environment jsdom
import React, { useState } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {} from '@testing-library/jest-dom/vitest';
import { z } from 'zod';
import WidgetShell from '@site/src/components/WidgetShell';
import { useUrlState } from '@site/src/hooks/useUrlState';
import { encodeUrlValue } from '@site/src/hooks/urlState';
import { useLocalDraft, DRAFT_KEY_PREFIX } from '@site/src/hooks/useLocalDraft';

const Schema = z.object({ text: z.string() });
const FALLBACK = { text: 'sample' };

/** A small tool: its input lives in the URL; typing "boom" makes it throw while rendering. */
function Echo({ label }: { label: string }) {
  const state = useUrlState({
    key: 'echo',
    version: 1,
    schema: Schema,
    fallback: FALLBACK,
    debounceMs: 10,
  });
  if (state.value.text === 'boom') throw new Error('the echo broke');
  return (
    <div>
      {state.notice && <p role="status">{state.notice}</p>}
      <label htmlFor="echo-input">{label}</label>
      <input
        id="echo-input"
        value={state.value.text}
        onChange={(event) => state.setValue({ text: event.target.value })}
      />
    </div>
  );
}

const loadEcho = () => Promise.resolve({ default: Echo });

function Page() {
  return (
    <main>
      <h1>A doc page</h1>
      <WidgetShell
        title="Echo tool"
        minHeight={300}
        load={loadEcho}
        props={{ label: 'Echo text' }}
      />
      <p>Text after the tool.</p>
    </main>
  );
}

beforeEach(() => {
  window.history.replaceState(null, '', '/docs/tools/echo');
  window.localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('WidgetShell', () => {
  it('renders only a fixed-height skeleton with the title on the server', () => {
    const html = renderToString(<Page />);
    expect(html).toContain('Echo tool');
    expect(html).toContain('Loading the tool');
    expect(html).toContain('min-height:300px');
    expect(html).not.toContain('Echo text');
  });

  it('loads the tool in the browser inside a region named by its title', async () => {
    render(<Page />);
    const region = screen.getByRole('region', { name: 'Echo tool' });
    expect(region).toBeInTheDocument();
    expect(await screen.findByLabelText('Echo text')).toHaveValue('sample');
  });

  it('a corrupted link gives the sample and a notice', async () => {
    window.history.replaceState(null, '', '/docs/tools/echo#echo=1.@@@broken');
    render(<Page />);
    expect(await screen.findByLabelText('Echo text')).toHaveValue('sample');
    expect(screen.getByRole('status')).toHaveTextContent(/damaged or incomplete/);
  });

  it('an old-version link gives the sample and says why', async () => {
    window.history.replaceState(
      null,
      '',
      `/docs/tools/echo#echo=${encodeUrlValue(0, { text: 'x' })}`,
    );
    render(<Page />);
    expect(await screen.findByLabelText('Echo text')).toHaveValue('sample');
    expect(screen.getByRole('status')).toHaveTextContent(/older version of this tool/);
  });

  it('a valid link restores the input', async () => {
    window.history.replaceState(
      null,
      '',
      `/docs/tools/echo#intro&echo=${encodeUrlValue(1, { text: 'from link' })}`,
    );
    render(<Page />);
    expect(await screen.findByLabelText('Echo text')).toHaveValue('from link');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('writes typed input to the hash, keeping other hash parts', async () => {
    window.history.replaceState(null, '', '/docs/tools/echo#intro');
    const user = userEvent.setup();
    render(<Page />);
    const input = await screen.findByLabelText('Echo text');
    await user.clear(input);
    await user.type(input, 'hello');
    await waitFor(() =>
      expect(window.location.hash).toBe(`#intro&echo=${encodeUrlValue(1, { text: 'hello' })}`),
    );
  });

  it('waits until the frame comes near the viewport before loading the tool', async () => {
    let notify: ((entries: Array<{ isIntersecting: boolean }>) => void) | undefined;
    const observed: Element[] = [];
    class FakeIntersectionObserver {
      constructor(callback: (entries: Array<{ isIntersecting: boolean }>) => void) {
        notify = callback;
      }
      observe(element: Element) {
        observed.push(element);
      }
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const load = vi.fn(loadEcho);
    try {
      render(<WidgetShell title="Far tool" load={load} props={{ label: 'Far text' }} />);
      expect(observed[0]).toBe(screen.getByRole('region', { name: 'Far tool' }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(load).not.toHaveBeenCalled();
      expect(screen.getByText('Loading the tool…')).toBeInTheDocument();
      act(() => notify?.([{ isIntersecting: true }]));
      expect(await screen.findByLabelText('Far text')).toBeInTheDocument();
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('an error inside a tool shows a recoverable message; the page stays and the input is kept', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    render(<Page />);
    const input = await screen.findByLabelText('Echo text');
    await user.clear(input);
    await user.type(input, 'boom');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This tool hit a problem: the echo broke. Your input is kept.');
    // The rest of the page is still there.
    expect(screen.getByRole('heading', { name: 'A doc page' })).toBeInTheDocument();
    expect(screen.getByText('Text after the tool.')).toBeInTheDocument();
    // The input that caused it was written to the link when the tool unmounted.
    expect(window.location.hash).toBe(`#echo=${encodeUrlValue(1, { text: 'boom' })}`);
    // Fix the cause (as a reader would by editing the link), then try again: input comes back.
    window.history.replaceState(null, '', `#echo=${encodeUrlValue(1, { text: 'boo' })}`);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Echo text')).toHaveValue('boo');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a tool whose code fails to load can be retried', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let calls = 0;
    const flaky = () => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new Error('Loading chunk 42 failed'))
        : Promise.resolve({ default: Echo });
    };
    const user = userEvent.setup();
    render(<WidgetShell title="Flaky tool" load={flaky} props={{ label: 'Flaky text' }} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This tool hit a problem: Loading chunk 42 failed. Your input is kept.',
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Flaky text')).toBeInTheDocument();
    expect(calls).toBe(2);
  });
});

describe('useUrlState', () => {
  it('reads a hand-edited hash back, and gives a notice for a broken one', async () => {
    render(<Echo label="Echo text" />);
    expect(screen.getByLabelText('Echo text')).toHaveValue('sample');
    act(() => {
      window.location.hash = `echo=${encodeUrlValue(1, { text: 'edited' })}`;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(screen.getByLabelText('Echo text')).toHaveValue('edited'));
    act(() => {
      window.location.hash = 'echo=1.zzzz';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(screen.getByLabelText('Echo text')).toHaveValue('sample'));
    expect(screen.getByRole('status')).toHaveTextContent(/damaged/);
  });

  it('puts its entry back when a heading link replaces the whole hash', async () => {
    const user = userEvent.setup();
    render(<Echo label="Echo text" />);
    const input = screen.getByLabelText('Echo text');
    await user.clear(input);
    await user.type(input, 'kept');
    const entry = `echo=${encodeUrlValue(1, { text: 'kept' })}`;
    await waitFor(() => expect(window.location.hash).toBe(`#${entry}`));
    act(() => {
      // What a click on a table-of-contents link does.
      window.location.hash = 'rounding-rules';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(window.location.hash).toBe(`#rounding-rules&${entry}`);
    expect(screen.getByLabelText('Echo text')).toHaveValue('kept');
  });

  it('keeps a value that is too large out of the link and says so', async () => {
    function Big() {
      const state = useUrlState({
        key: 'big',
        version: 1,
        schema: Schema,
        fallback: FALLBACK,
        debounceMs: 5,
        maxEncodedLength: 50,
      });
      return (
        <div>
          <button type="button" onClick={() => state.setValue({ text: 'short' })}>
            small
          </button>
          <button
            type="button"
            onClick={() =>
              state.setValue({ text: Array.from({ length: 300 }, (_, i) => i).join(',') })
            }
          >
            large
          </button>
          <p>{state.tooLargeForLink ? 'too large for a link' : 'in the link'}</p>
        </div>
      );
    }
    const user = userEvent.setup();
    render(<Big />);
    await user.click(screen.getByRole('button', { name: 'small' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#big=1\./));
    await user.click(screen.getByRole('button', { name: 'large' }));
    await screen.findByText('too large for a link');
    expect(window.location.hash).toBe('');
  });

  it('flush writes immediately', async () => {
    function Probe() {
      const state = useUrlState({
        key: 'probe',
        version: 2,
        schema: Schema,
        fallback: FALLBACK,
        debounceMs: 10_000,
      });
      return (
        <div>
          <button type="button" onClick={() => state.setValue({ text: 'now' })}>
            set
          </button>
          <button type="button" onClick={state.flush}>
            flush
          </button>
        </div>
      );
    }
    const user = userEvent.setup();
    render(<Probe />);
    await user.click(screen.getByRole('button', { name: 'set' }));
    expect(window.location.hash).toBe('');
    await user.click(screen.getByRole('button', { name: 'flush' }));
    expect(window.location.hash).toBe(`#probe=${encodeUrlValue(2, { text: 'now' })}`);
  });
});

describe('useLocalDraft', () => {
  function Draft({ maxChars }: { maxChars?: number }) {
    const draft = useLocalDraft({ key: 'notes', maxChars, debounceMs: 5 });
    const [text, setText] = useState(draft.initialDraft ?? '');
    return (
      <div>
        <label htmlFor="notes">Notes</label>
        <textarea
          id="notes"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            draft.save(event.target.value);
          }}
        />
        <p>status: {draft.status}</p>
        <button type="button" onClick={draft.clear}>
          clear
        </button>
      </div>
    );
  }

  it('keeps a draft across a remount (reload) and clears it', async () => {
    const user = userEvent.setup();
    const first = render(<Draft />);
    await user.type(screen.getByLabelText('Notes'), 'kept text');
    await screen.findByText('status: saved');
    first.unmount();
    render(<Draft />);
    expect(screen.getByLabelText('Notes')).toHaveValue('kept text');
    await user.click(screen.getByRole('button', { name: 'clear' }));
    expect(window.localStorage.getItem(`${DRAFT_KEY_PREFIX}notes`)).toBeNull();
  });

  it('refuses a draft over the size cap and survives a storage that throws', async () => {
    const user = userEvent.setup();
    render(<Draft maxChars={3} />);
    await user.type(screen.getByLabelText('Notes'), 'four');
    await screen.findByText('status: too-large');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.clear(screen.getByLabelText('Notes'));
    await user.type(screen.getByLabelText('Notes'), 'ab');
    await screen.findByText('status: unavailable');
  });
});
