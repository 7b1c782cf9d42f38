/**
 * Where a paste is decoded. Short text decodes on the main thread in a few milliseconds, which
 * keeps typing feedback immediate; long text (a log of up to two million characters needs about
 * half a second) goes to a web worker, so the page never freezes. If no worker can be started,
 * the main thread reads for a short time budget only and the result says the rest was not read.
 */
import { decodeErrors, type DecodeResult } from '@site/src/allegro/troubleshoot';
import type { DecodeResponse } from '@site/src/workers/error-decode-protocol';

/** Pastes longer than this are decoded in the worker. */
export const WORKER_THRESHOLD_CHARS = 50_000;
/** Main-thread reading time when no worker can be started (stays under a 200 ms task). */
export const FALLBACK_TIME_BUDGET_MS = 120;

export interface DecodeOutcome {
  result: DecodeResult | null;
  /** Why decoding failed, in words; null when it worked. */
  failure: string | null;
}

export type WorkerFactory = () => Worker;

const defaultWorkerFactory: WorkerFactory = () =>
  new Worker(new URL('../../workers/error-decode.worker.ts', import.meta.url));

export function workersAvailable(): boolean {
  return typeof Worker !== 'undefined';
}

/** Decodes on the main thread, within a time budget when one is given. */
export function decodeHere(text: string, timeBudgetMs?: number): DecodeOutcome {
  try {
    const result =
      timeBudgetMs === undefined ? decodeErrors(text) : decodeErrors(text, { timeBudgetMs });
    return { result, failure: null };
  } catch (error) {
    return { result: null, failure: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Decodes `text` in a fresh worker and calls `onDone` once. `cancel()` stops the worker at once
 * (a newer paste replaces an older one) and `onDone` is then never called.
 */
export function decodeInWorker(
  text: string,
  onDone: (outcome: DecodeOutcome) => void,
  createWorker: WorkerFactory = defaultWorkerFactory,
): { cancel: () => void } {
  let worker: Worker | null = null;
  let settled = false;
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  const finish = (outcome: DecodeOutcome) => {
    if (settled) return;
    settled = true;
    stop();
    onDone(outcome);
  };
  const fallBack = () => finish(decodeHere(text, FALLBACK_TIME_BUDGET_MS));

  try {
    worker = createWorker();
  } catch {
    fallBack();
    return { cancel: () => undefined };
  }
  worker.addEventListener('message', (event: MessageEvent<DecodeResponse>) => {
    const response = event.data;
    finish(
      response.ok
        ? { result: response.result, failure: null }
        : { result: null, failure: response.message },
    );
  });
  worker.addEventListener('error', (event: ErrorEvent) => {
    event.preventDefault();
    fallBack();
  });
  worker.postMessage({ id: 1, text });
  return {
    cancel() {
      settled = true;
      stop();
    },
  };
}
