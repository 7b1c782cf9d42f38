/**
 * Web worker that decodes long error pastes off the main thread, so a log of two million
 * characters never freezes the page. Created by the ErrorDecoder widget (decodeRunner.ts) with
 * `new Worker(new URL('../../workers/error-decode.worker.ts', import.meta.url))`; the bundler
 * makes it a chunk of this site, so nothing is fetched from anywhere else.
 */
import { handleDecodeRequest, type DecodeRequest } from './error-decode-protocol';

// The worker global scope; typed loosely because the project's TS lib is the DOM one.
const scope = self as unknown as {
  postMessage: (message: unknown) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
};

scope.addEventListener('message', (event: MessageEvent) => {
  scope.postMessage(handleDecodeRequest(event.data as DecodeRequest));
});
