/**
 * Finds record boundaries in a stream of text chunks.
 *
 * This does not split records into fields (papaparse does that); it only decides where one
 * record ends, which needs to know whether a line break sits inside a quoted value. It is a
 * character-level state machine whose state survives between chunks, so a chunk may end
 * anywhere: inside a quoted value, between a doubled quote, or between the CR and LF of a CRLF
 * pair. That is what makes the checker's result independent of how the input is chunked.
 *
 * Line breaks: LF, CRLF and a lone CR all end a line. A quote opens a quoted value only at the
 * start of a field (the rule papaparse follows); inside one, a doubled quote is a literal quote.
 *
 * Memory: only the text of the record in progress is kept, as the list of chunk pieces it has
 * so far; the pieces are joined once, when the record ends. (Joining them on every push would
 * copy a long record again for every small chunk: quadratic time.) A record longer than
 * `maxRecordLength` (typically a quote that never closes) is reported and dropped up to the next
 * line break, so an unclosed quote cannot make the checker hold the rest of the file.
 */

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

export interface RecordSink {
  /**
   * A complete record, `text.slice(start, end)` (without its line break), that started on
   * `line`. Offsets are passed instead of a slice so that consecutive records can be handed to
   * papaparse as one region without copying; `text` is valid only during the call and until
   * the end of the current push.
   */
  record(text: string, start: number, end: number, line: number): void;
  /** A record that started on `line` exceeded the length limit; it is dropped. */
  overlong(line: number): void;
}

export class RecordSplitter {
  /** The chunk being scanned. */
  private buffer = '';
  /**
   * Offset in `buffer` where the current record starts. Negative while the record began in an
   * earlier chunk: then `-recordStart` characters of it are held in `pending`.
   */
  private recordStart = 0;
  /** Pieces of the record in progress from earlier chunks. */
  private pending: string[] = [];
  private state: State = State.FieldStart;
  /** Line number of the character being scanned. */
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
    this.buffer = chunk;
    this.scan();
    if (this.state === State.Skipping) {
      this.pending = [];
      this.recordStart = 0;
    } else if (this.recordStart < chunk.length) {
      // The record in progress continues in the next chunk.
      const piece = this.recordStart > 0 ? chunk.slice(this.recordStart) : chunk;
      this.pending.push(piece);
      this.recordStart = Math.min(this.recordStart, 0) - piece.length;
    } else {
      this.recordStart = 0;
    }
    this.buffer = '';
  }

  /**
   * Hands out the record in progress (its text so far and the line it started on) and forgets
   * it, so that the caller can carry it into the next chunk itself and read it again from its
   * start. Not possible (undefined) while an over-long record is being skipped or right after a
   * CR, whose LF may open the next chunk: then the splitter must read the next chunk itself.
   */
  takePartialRecord(): { text: string; line: number } | undefined {
    if (this.state === State.Skipping || this.afterCR) return undefined;
    const text = this.pending.join('');
    const line = this.recordLine;
    this.pending = [];
    this.recordStart = 0;
    this.state = State.FieldStart;
    this.line = line;
    return { text, line };
  }

  /**
   * Continues after text the caller read without the splitter: the next input starts a record
   * on `line`, and `lastChar` is the code of the last character read so far (-1 when none),
   * which `lineCount` needs. Only between records (after takePartialRecord, or before any input).
   */
  resumeAt(line: number, lastChar: number): void {
    this.line = line;
    this.recordLine = line;
    this.lastChar = lastChar;
  }

  /** Ends the input: a last record without a line break (even one in an open quote) is emitted. */
  finish(): void {
    if (this.state !== State.Skipping && this.pending.length > 0) {
      const text = this.pending.join('');
      this.sink.record(text, 0, text.length, this.recordLine);
    }
    this.pending = [];
    this.buffer = '';
    this.recordStart = 0;
    this.state = State.FieldStart;
  }

  /** Ends the current record at `end` in the chunk; `this.recordStart` must be up to date. */
  private endRecord(end: number): void {
    if (this.recordStart < 0) {
      const text = this.pending.join('') + this.buffer.slice(0, end);
      this.pending = [];
      this.sink.record(text, 0, text.length, this.recordLine);
    } else {
      this.sink.record(this.buffer, this.recordStart, end, this.recordLine);
    }
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
    let i = 0;
    // Jumps: outside a quoted value, everything up to the next quote or line break is plain
    // text, so indexOf finds the next place where something happens and the characters in
    // between are skipped (only whether the last of them is a delimiter matters). Inside a
    // quoted value, the same holds up to the next quote when no line break comes first. The
    // positions are cached and recomputed only once passed. The character loop below handles
    // the rest: quotes, line breaks inside quotes and CRLF pairs.
    const quoteText = quote === -1 ? '' : String.fromCharCode(quote);
    let nextLF = -2;
    let nextCR = text.indexOf('\r', i) === -1 ? -1 : -2;
    let nextQuote = quote === -1 ? -1 : -2;

    while (i < length) {
      if (!afterCR && state !== State.QuoteInQuoted && state !== State.Skipping) {
        if (nextLF !== -1 && nextLF < i) nextLF = text.indexOf('\n', i);
        if (nextCR !== -1 && nextCR < i) nextCR = text.indexOf('\r', i);
        if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf(quoteText, i);
        const lineBreak = nextCR !== -1 && (nextLF === -1 || nextCR < nextLF) ? nextCR : nextLF;
        const stop = lineBreak === -1 ? length : lineBreak;
        const quoteFirst = nextQuote !== -1 && nextQuote < stop;
        if (state === State.Quoted) {
          if (quoteFirst && nextQuote > i) {
            if (nextQuote - recordStart > limit) {
              this.sink.overlong(this.recordLine);
              state = State.Skipping;
              i = Math.max(i, recordStart + limit);
              continue;
            }
            i = nextQuote;
          }
        } else if (quoteFirst) {
          if (nextQuote > i) {
            if (nextQuote - recordStart > limit) {
              this.sink.overlong(this.recordLine);
              state = State.Skipping;
              i = Math.max(i, recordStart + limit);
              continue;
            }
            state =
              text.charCodeAt(nextQuote - 1) === delimiter ? State.FieldStart : State.Unquoted;
            i = nextQuote;
          }
        } else {
          if (stop - recordStart > limit) {
            this.sink.overlong(this.recordLine);
            state = State.Skipping;
            i = Math.max(i, recordStart + limit);
            continue;
          }
          if (lineBreak === -1) {
            if (length > i) {
              state = text.charCodeAt(length - 1) === delimiter ? State.FieldStart : State.Unquoted;
            }
            i = length;
            break;
          }
          this.recordStart = recordStart;
          this.endRecord(lineBreak);
          line += 1;
          afterCR = text.charCodeAt(lineBreak) === CR;
          state = State.FieldStart;
          recordStart = lineBreak + 1;
          this.recordLine = line;
          i = lineBreak + 1;
          continue;
        }
      }
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
          this.pending = [];
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
  }
}
