/**
 * Messages between the ErrorDecoder widget and its web worker, and the handler the worker runs.
 * Pure TypeScript over the domain core, so tests run the handler directly.
 */
import { decodeErrors, type DecodeResult } from '@site/src/allegro/troubleshoot';

export interface DecodeRequest {
  id: number;
  text: string;
}

export type DecodeResponse =
  { id: number; ok: true; result: DecodeResult } | { id: number; ok: false; message: string };

export function handleDecodeRequest(request: DecodeRequest): DecodeResponse {
  try {
    if (typeof request?.text !== 'string') {
      return { id: request?.id ?? -1, ok: false, message: 'the worker was sent no text' };
    }
    return { id: request.id, ok: true, result: decodeErrors(request.text) };
  } catch (error) {
    // decodeErrors does not throw; this guards the page against a future change that does.
    return {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
