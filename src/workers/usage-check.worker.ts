/**
 * Web worker that checks usage files off the main thread, so a file of a million rows never
 * freezes the page. Created by the UsageFileChecker widget with
 * `new Worker(new URL('../../workers/usage-check.worker.ts', import.meta.url))`, which the
 * bundler turns into its own chunk (no network besides loading that chunk from this site).
 */
import { createUsageCheckHandler, type UsageCheckCommand } from './usage-check-protocol';

// The worker global scope; typed loosely because the project's TS lib is the DOM one.
const scope = self as unknown as {
  postMessage: (message: unknown) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
};

const handle = createUsageCheckHandler((event) => scope.postMessage(event));

scope.addEventListener('message', (event: MessageEvent) => {
  void handle(event.data as UsageCheckCommand);
});
