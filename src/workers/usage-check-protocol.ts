/**
 * The usage-file check as a message handler, shared by the web worker
 * (usage-check.worker.ts) and by tests and fallbacks that run it in-process. Pure TypeScript:
 * no DOM, no React; a `Blob`/`File` and `TextDecoder` are all it needs.
 *
 * The file is read in slices and decoded with a streaming TextDecoder, so memory stays flat
 * whatever the file size (the checker keeps no per-record state except its duplicate-key table).
 * Progress is posted at most every PROGRESS_INTERVAL_MS, so a million-row file does not flood
 * the page with messages.
 */
// Direct module paths, not the core's index: the worker needs the usage checker only.
import {
  createUsageChecker,
  InvalidLayoutError,
  type UsageCheckReport,
} from '@site/src/allegro/check/usage';
import type { FileLayoutInput } from '@site/src/allegro/schema/file-layout';

/** Bytes read per step; small enough that a cancel message is seen within a few milliseconds. */
export const SLICE_BYTES = 256 * 1024;
/** At most ten progress messages a second. */
export const PROGRESS_INTERVAL_MS = 100;

export interface UsageCheckRequest {
  type: 'check';
  id: number;
  layout: FileLayoutInput;
  /** The file to check (a File from an input or a drop, or a Blob built from sample text). */
  file: Blob;
  fileName: string;
  maxStoredIssues?: number;
}

export type UsageCheckCommand = UsageCheckRequest | { type: 'cancel'; id: number };

export interface UsageCheckProgress {
  type: 'progress';
  id: number;
  rows: number;
  bytesRead: number;
  totalBytes: number;
  /** Records checked per second since the start. */
  rowsPerSecond: number;
}

export type UsageCheckEvent =
  | UsageCheckProgress
  | { type: 'done'; id: number; report: UsageCheckReport; elapsedMs: number }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

export interface HandlerOptions {
  now?: () => number;
  sliceBytes?: number;
  progressIntervalMs?: number;
}

/**
 * Returns the function that handles one command. Checks run one at a time per handler; a new
 * `check` cancels the one in progress.
 */
export function createUsageCheckHandler(
  post: (event: UsageCheckEvent) => void,
  options: HandlerOptions = {},
): (command: UsageCheckCommand) => Promise<void> {
  const now = options.now ?? (() => performance.now());
  const sliceBytes = options.sliceBytes ?? SLICE_BYTES;
  const interval = options.progressIntervalMs ?? PROGRESS_INTERVAL_MS;
  const cancelled = new Set<number>();
  let current: number | null = null;

  return async (command) => {
    if (command.type === 'cancel') {
      cancelled.add(command.id);
      return;
    }
    const { id, file, layout } = command;
    if (current !== null) cancelled.add(current);
    current = id;
    const started = now();
    let lastPost = Number.NEGATIVE_INFINITY;
    try {
      const checker = createUsageChecker(
        layout,
        command.maxStoredIssues !== undefined ? { maxStoredIssues: command.maxStoredIssues } : {},
      );
      // ignoreBOM keeps a byte-order mark in the text, so the checker can report it.
      const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
      const progress = (bytesRead: number, force: boolean) => {
        const time = now();
        if (!force && time - lastPost < interval) return;
        lastPost = time;
        const { rows } = checker.progress();
        const seconds = (time - started) / 1000;
        post({
          type: 'progress',
          id,
          rows,
          bytesRead,
          totalBytes: file.size,
          rowsPerSecond: seconds > 0 ? Math.round(rows / seconds) : 0,
        });
      };
      progress(0, true);
      for (let offset = 0; offset < file.size; offset += sliceBytes) {
        // Reading the next slice awaits, which lets a cancel message in.
        const bytes = await file.slice(offset, offset + sliceBytes).arrayBuffer();
        if (cancelled.has(id)) {
          post({ type: 'cancelled', id });
          return;
        }
        checker.push(decoder.decode(bytes, { stream: true }));
        progress(Math.min(offset + sliceBytes, file.size), false);
      }
      const tail = decoder.decode();
      if (tail) checker.push(tail);
      progress(file.size, true);
      const report = checker.finish();
      post({ type: 'done', id, report, elapsedMs: Math.round(now() - started) });
    } catch (error) {
      const message =
        error instanceof InvalidLayoutError
          ? error.message
          : `The check stopped: ${error instanceof Error ? error.message : String(error)}`;
      post({ type: 'error', id, message });
    } finally {
      cancelled.delete(id);
      if (current === id) current = null;
    }
  };
}
