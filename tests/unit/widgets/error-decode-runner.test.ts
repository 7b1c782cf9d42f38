import { describe, expect, it } from 'vitest';
import {
  FALLBACK_TIME_BUDGET_MS,
  decodeInWorker,
  type DecodeOutcome,
} from '@site/src/components/ErrorDecoder/decodeRunner';
import { handleDecodeRequest } from '@site/src/workers/error-decode-protocol';

const LOG = 'bulk_record_usage_m failed: error_code 14046 for record 7';

/**
 * A stand-in for the browser's Worker that runs the real message handler when asked, or fails
 * to start, or reports a script error, the three things a worker can do.
 */
class FakeWorker {
  static mode: 'work' | 'error' = 'work';
  static created = 0;
  terminated = false;
  private listeners: Record<string, Array<(event: unknown) => void>> = {};

  constructor() {
    FakeWorker.created += 1;
  }

  addEventListener(type: string, listener: (event: unknown) => void) {
    (this.listeners[type] ??= []).push(listener);
  }

  postMessage(message: { id: number; text: string }) {
    queueMicrotask(() => {
      if (this.terminated) return;
      if (FakeWorker.mode === 'error') {
        for (const l of this.listeners.error ?? [])
          l({ message: 'boom', preventDefault: () => undefined });
        return;
      }
      const data = handleDecodeRequest(message);
      for (const l of this.listeners.message ?? []) l({ data });
    });
  }

  terminate() {
    this.terminated = true;
  }
}

function run(text: string, factory: () => Worker): Promise<DecodeOutcome> {
  return new Promise((resolve) => decodeInWorker(text, resolve, factory));
}

describe('error decoder worker protocol', () => {
  it('answers a request with the core decoder’s result', () => {
    const response = handleDecodeRequest({ id: 4, text: LOG });
    expect(response.ok).toBe(true);
    expect(response.id).toBe(4);
    if (response.ok) {
      expect(response.result.status).toBe('recognised');
      expect(response.result.findings.map((f) => f.entry.id)).toContain(
        'bulk_record_usage_m-14046',
      );
    }
  });

  it('answers a message without text with a failure, not an exception', () => {
    expect(handleDecodeRequest({ id: 2 } as never)).toEqual({
      id: 2,
      ok: false,
      message: 'the worker was sent no text',
    });
  });
});

describe('decodeInWorker', () => {
  it('returns the worker’s result and stops the worker', async () => {
    FakeWorker.mode = 'work';
    let worker: FakeWorker | undefined;
    const outcome = await run(LOG, () => {
      worker = new FakeWorker();
      return worker as unknown as Worker;
    });
    expect(outcome.failure).toBeNull();
    expect(outcome.result?.findings.map((f) => f.entry.id)).toContain('bulk_record_usage_m-14046');
    expect(worker?.terminated).toBe(true);
  });

  it('decodes on the main thread, within a short budget, when the worker fails', async () => {
    FakeWorker.mode = 'error';
    const outcome = await run(LOG, () => new FakeWorker() as unknown as Worker);
    expect(outcome.result?.status).toBe('recognised');
    expect(FALLBACK_TIME_BUDGET_MS).toBeLessThan(200);
  });

  it('decodes on the main thread when no worker can be created', async () => {
    const outcome = await run(LOG, () => {
      throw new Error('workers are blocked here');
    });
    expect(outcome.result?.status).toBe('recognised');
  });

  it('never reports a cancelled job', async () => {
    FakeWorker.mode = 'work';
    const calls: DecodeOutcome[] = [];
    const job = decodeInWorker(
      LOG,
      (o) => calls.push(o),
      () => new FakeWorker() as never,
    );
    job.cancel();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toEqual([]);
  });
});
