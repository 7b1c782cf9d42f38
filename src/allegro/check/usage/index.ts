/**
 * Usage-file checker: public API.
 *
 *   createUsageChecker(layout, options)  push-mode checker for a web worker or a stream
 *   checkUsageText(text, layout, options)  whole text at once (tests, small files)
 *   checkUsageFile(chunks, layout, options)  any AsyncIterable of text chunks, with abort and progress
 *
 * Memory stays flat as files grow, apart from the duplicate-key table (16-32 bytes per distinct
 * key, capped by `maxTrackedKeys`); see key-set.ts.
 */
import type { FileLayout, FileLayoutInput } from '../../schema/file-layout';
import { createUsageChecker, type UsageCheckOptions, type UsageCheckReport } from './checker';

export {
  createUsageChecker,
  InvalidLayoutError,
  type UsageChecker,
  type UsageCheckOptions,
  type UsageCheckReport,
  type UsageIssue,
  type RecordKind,
} from './checker';
export { DEFAULT_MAX_TRACKED_KEYS } from './key-set';
export {
  compileDateFormat,
  DEFAULT_DATE_FORMAT,
  DEFAULT_DATETIME_FORMAT,
  type CompiledDateFormat,
} from './date-format';

/** Checks a whole text. Never throws for any text (an invalid layout throws InvalidLayoutError). */
export function checkUsageText(
  text: string,
  layout: FileLayout | FileLayoutInput,
  options?: UsageCheckOptions,
): UsageCheckReport {
  const checker = createUsageChecker(layout, options);
  checker.push(text);
  return checker.finish();
}

export interface UsageFileCheckOptions extends UsageCheckOptions {
  /** Stops the check; the promise then rejects with the signal's reason (an AbortError). */
  signal?: AbortSignal;
  /** Called after each chunk with the records and UTF-8 bytes checked so far. */
  onProgress?: (progress: { rows: number; bytes: number }) => void;
}

function abortReason(signal: AbortSignal): unknown {
  if (signal.reason !== undefined) return signal.reason;
  const error = new Error('The usage check was aborted.');
  error.name = 'AbortError';
  return error;
}

/**
 * Checks a file delivered as text chunks, for example a Node read stream with an encoding set,
 * or a browser File's stream piped through TextDecoderStream.
 */
export async function checkUsageFile(
  chunks: AsyncIterable<string>,
  layout: FileLayout | FileLayoutInput,
  options: UsageFileCheckOptions = {},
): Promise<UsageCheckReport> {
  const { signal, onProgress, ...checkOptions } = options;
  if (signal?.aborted) throw abortReason(signal);
  const checker = createUsageChecker(layout, checkOptions);
  for await (const chunk of chunks) {
    if (signal?.aborted) throw abortReason(signal);
    checker.push(chunk);
    onProgress?.(checker.progress());
  }
  if (signal?.aborted) throw abortReason(signal);
  return checker.finish();
}
