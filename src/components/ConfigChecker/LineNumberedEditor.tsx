/**
 * A plain textarea with a line-number gutter and a highlighted line, kept in step by sharing
 * one fixed line height and the textarea's scroll position. Lines never wrap (`wrap="off"`),
 * so line N of the text is always row N of the gutter.
 */
import React, { forwardRef, useImperativeHandle, useMemo, useRef, useState } from 'react';
import styles from './styles.module.css';

/** Must match `--editor-line-height` in styles.module.css. */
export const EDITOR_LINE_HEIGHT = 20;

export interface EditorHandle {
  /** Put the caret at the start of `line` (1-based) and `column`, scroll it into view, focus. */
  goToLine: (line: number, column?: number) => void;
}

/** Character offset where 1-based `line` starts (CRLF, LF and CR all end a line). */
export function offsetOfLine(text: string, line: number): number {
  let current = 1;
  let index = 0;
  while (current < line && index < text.length) {
    const char = text.charCodeAt(index);
    if (char === 10) current += 1;
    else if (char === 13) {
      if (text.charCodeAt(index + 1) === 10) index += 1;
      current += 1;
    }
    index += 1;
  }
  return index;
}

export function countLines(text: string): number {
  let lines = 1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 10) lines += 1;
    else if (char === 13) {
      if (text.charCodeAt(index + 1) === 10) index += 1;
      lines += 1;
    }
  }
  return lines;
}

interface Props {
  id: string;
  value: string;
  onChange: (text: string) => void;
  /** 1-based line to highlight, or null. */
  highlightLine: number | null;
  /** Visible rows. */
  rows?: number;
  describedBy?: string;
  onDropFile?: (file: File) => void;
}

export const LineNumberedEditor = forwardRef<EditorHandle, Props>(function LineNumberedEditor(
  { id, value, onChange, highlightLine, rows = 22, describedBy, onDropFile },
  ref,
) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const lineCount = useMemo(() => countLines(value), [value]);
  // The gutter is one text node: cheap even for thousands of lines.
  const gutterText = useMemo(
    () => Array.from({ length: lineCount }, (_, index) => index + 1).join('\n'),
    [lineCount],
  );

  useImperativeHandle(
    ref,
    () => ({
      goToLine(line, column = 1) {
        const area = textarea.current;
        if (!area) return;
        const start = offsetOfLine(area.value, line);
        const position = Math.min(start + Math.max(0, column - 1), area.value.length);
        area.focus({ preventScroll: true });
        area.setSelectionRange(position, position);
        // Show the line about a third of the way down, like editors do.
        const target = Math.max(0, (line - 1) * EDITOR_LINE_HEIGHT - area.clientHeight / 3);
        area.scrollTop = target;
        setScrollTop(area.scrollTop);
      },
    }),
    [],
  );

  return (
    <div className={styles.editor} style={{ height: rows * EDITOR_LINE_HEIGHT + 16 }}>
      <div className={styles.gutter} aria-hidden="true">
        <pre className={styles.gutterText} style={{ transform: `translateY(${-scrollTop}px)` }}>
          {gutterText}
        </pre>
      </div>
      <div className={styles.textWrap}>
        {highlightLine !== null && (
          <div
            className={styles.lineHighlight}
            aria-hidden="true"
            data-testid="highlighted-line"
            data-line={highlightLine}
            style={{ top: 8 + (highlightLine - 1) * EDITOR_LINE_HEIGHT - scrollTop }}
          />
        )}
        <textarea
          ref={textarea}
          id={id}
          className={styles.textarea}
          value={value}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
          onDragOver={(event) => {
            if (onDropFile && event.dataTransfer.types.includes('Files')) event.preventDefault();
          }}
          onDrop={(event) => {
            const file = event.dataTransfer.files[0];
            if (onDropFile && file) {
              event.preventDefault();
              onDropFile(file);
            }
          }}
        />
      </div>
    </div>
  );
});
