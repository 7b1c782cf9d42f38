/**
 * Starting and cancelling usage-file checks. The default runner uses the web worker; tests
 * (jsdom has no workers) and browsers without module workers use the in-process runner, which
 * runs the very same handler on the main thread.
 */
import {
  createUsageCheckHandler,
  type UsageCheckEvent,
  type UsageCheckRequest,
} from '@site/src/workers/usage-check-protocol';

export type UsageCheckJob = Omit<UsageCheckRequest, 'type' | 'id'>;

export interface UsageCheckRunner {
  /** Start a check; events for it arrive through `onEvent`. Returns how to cancel it. */
  start(job: UsageCheckJob, onEvent: (event: UsageCheckEvent) => void): { cancel: () => void };
}

let nextId = 1;

export function createInProcessRunner(): UsageCheckRunner {
  return {
    start(job, onEvent) {
      const id = nextId++;
      let stopped = false;
      const handle = createUsageCheckHandler((event) => {
        if (!stopped || event.type === 'cancelled') onEvent(event);
      });
      void handle({ type: 'check', id, ...job });
      return {
        cancel() {
          if (stopped) return;
          stopped = true;
          void handle({ type: 'cancel', id });
        },
      };
    },
  };
}

/**
 * One worker at a time. Cancel terminates it (the check stops at once, even inside a slice),
 * and the next check starts a fresh worker.
 */
export function createWorkerRunner(): UsageCheckRunner {
  let worker: Worker | null = null;
  let listener: ((event: UsageCheckEvent) => void) | null = null;

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const created = new Worker(new URL('../../workers/usage-check.worker.ts', import.meta.url));
    created.addEventListener('message', (event: MessageEvent<UsageCheckEvent>) => {
      listener?.(event.data);
    });
    created.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      listener?.({
        type: 'error',
        id: -1,
        message: `The checking worker failed: ${event.message || 'it could not be started'}`,
      });
    });
    worker = created;
    return created;
  };

  const stop = () => {
    worker?.terminate();
    worker = null;
  };

  return {
    start(job, onEvent) {
      // A new check replaces any running one.
      stop();
      const id = nextId++;
      listener = (event) => {
        if (event.id === id || event.id === -1) onEvent(event);
      };
      ensureWorker().postMessage({ type: 'check', id, ...job });
      return {
        cancel() {
          if (listener === null) return;
          stop();
          listener = null;
          onEvent({ type: 'cancelled', id });
        },
      };
    },
  };
}

export function createDefaultRunner(): UsageCheckRunner {
  return typeof Worker === 'undefined' ? createInProcessRunner() : createWorkerRunner();
}
