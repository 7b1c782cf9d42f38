/**
 * Test reference: the record splitter as a plain character-by-character state machine, without
 * the indexOf jumps of the real one. The property test checks that both report the same records
 * and lines for any text and any chunking.
 */
import type { RecordSink } from '../../../../src/allegro/check/usage/record-splitter';

const LF = 10;
const CR = 13;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
  /** Dropping an over-long record up to the next line break. */
  Skipping,
}

export class ReferenceRecordSplitter {
  private buffer = '';
  /** Offset in `buffer` where the next unscanned character is. */
  private pos = 0;
  /** Offset in `buffer` where the current record starts. */
  private recordStart = 0;
  private state: State = State.FieldStart;
  /** Line number of the character at `pos`. */
  private line = 1;
  private recordLine = 1;
  /** The previous character was a CR; an LF right after it belongs to the same line break. */
  private afterCR = false;
  private readonly quote: number;
  private readonly delimiter: number;

  constructor(
    private readonly sink: RecordSink,
    options: { quoteChar?: string; delimiter?: string; maxRecordLength: number },
  ) {
    this.quote = options.quoteChar ? options.quoteChar.charCodeAt(0) : -1;
    this.delimiter = options.delimiter ? options.delimiter.charCodeAt(0) : -1;
    this.maxRecordLength = options.maxRecordLength;
  }

  private readonly maxRecordLength: number;

  private lastChar = -1;

  /** Physical lines seen so far; a final line break does not start another line. */
  get lineCount(): number {
    if (this.lastChar === -1) return 0;
    return this.lastChar === LF || this.lastChar === CR ? this.line - 1 : this.line;
  }

  push(chunk: string): void {
    if (chunk.length === 0) return;
    this.lastChar = chunk.charCodeAt(chunk.length - 1);
    const text =
      this.recordStart < this.buffer.length ? this.buffer.slice(this.recordStart) + chunk : chunk;
    this.pos -= this.recordStart;
    this.recordStart = 0;
    this.buffer = text;
    this.scan();
    if (this.state === State.Skipping) {
      this.buffer = '';
      this.pos = 0;
      this.recordStart = 0;
    }
  }

  /** Ends the input: a last record without a line break (even one in an open quote) is emitted. */
  finish(): void {
    if (this.state !== State.Skipping && this.recordStart < this.buffer.length) {
      this.sink.record(this.buffer, this.recordStart, this.buffer.length, this.recordLine);
    }
    this.buffer = '';
    this.pos = 0;
    this.recordStart = 0;
    this.state = State.FieldStart;
  }

  private endRecord(end: number): void {
    this.sink.record(this.buffer, this.recordStart, end, this.recordLine);
  }

  private scan(): void {
    const text = this.buffer;
    const length = text.length;
    const quote = this.quote;
    const delimiter = this.delimiter;
    const limit = this.maxRecordLength;
    let state = this.state;
    let line = this.line;
    let afterCR = this.afterCR;
    let recordStart = this.recordStart;
    let i = this.pos;
    while (i < length) {
      const ch = text.charCodeAt(i);
      if (ch === LF && afterCR) {
        // Second half of a CRLF pair: the line (and record, if outside quotes) already ended.
        afterCR = false;
        if (recordStart === i) recordStart = i + 1;
        i += 1;
        continue;
      }
      afterCR = false;
      const isBreak = ch === LF || ch === CR;

      if (state === State.Skipping) {
        if (isBreak) {
          line += 1;
          afterCR = ch === CR;
          state = State.FieldStart;
          recordStart = i + 1;
          this.recordLine = line;
        }
        i += 1;
        continue;
      }

      if (isBreak && state !== State.Quoted) {
        this.recordStart = recordStart;
        this.endRecord(i);
        line += 1;
        afterCR = ch === CR;
        state = State.FieldStart;
        recordStart = i + 1;
        this.recordLine = line;
        i += 1;
        continue;
      }

      if (i - recordStart + 1 > limit) {
        this.sink.overlong(this.recordLine);
        state = State.Skipping;
        continue; // re-read this character in the skipping state
      }

      switch (state) {
        case State.FieldStart:
          state =
            ch === quote ? State.Quoted : ch === delimiter ? State.FieldStart : State.Unquoted;
          break;
        case State.Unquoted:
          if (ch === delimiter) state = State.FieldStart;
          break;
        case State.Quoted:
          if (ch === quote) state = State.QuoteInQuoted;
          else if (isBreak) {
            line += 1;
            afterCR = ch === CR;
          }
          break;
        case State.QuoteInQuoted:
          state =
            ch === quote ? State.Quoted : ch === delimiter ? State.FieldStart : State.Unquoted;
          break;
        default:
          break;
      }
      i += 1;
    }

    this.state = state;
    this.line = line;
    this.afterCR = afterCR;
    this.recordStart = recordStart;
    this.pos = i;
  }
}
