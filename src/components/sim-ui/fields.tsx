/**
 * Small inputs and helpers the scenario editors share: a comma-separated list input that keeps
 * what the reader is typing (a trailing comma included), and the mapping from a simulator issue
 * path (`records[2].start`) to the table cell that caused it.
 */
import React, { useState, type InputHTMLAttributes } from 'react';
import type { Issue } from '@site/src/allegro/issue';

/** "R1, R2,,R3 " → ['R1', 'R2', 'R3']. */
export function parseList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function formatList(values: readonly (string | number)[] | undefined): string {
  return (values ?? []).map(String).join(', ');
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** A text input for a list; the parent holds the array, this input holds the text being typed. */
export function ListInput({
  value,
  onChange,
  ...rest
}: {
  value: readonly (string | number)[] | undefined;
  onChange: (next: string[]) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const external = (value ?? []).map(String);
  const [text, setText] = useState(formatList(external));
  // Resync when the list changed elsewhere (JSON editor, sample reset), not while typing.
  if (!sameList(parseList(text), external)) setText(formatList(external));
  return (
    <input
      type="text"
      spellCheck={false}
      autoComplete="off"
      {...rest}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseList(event.target.value));
      }}
    />
  );
}

/**
 * The number for a new row's id that no row uses yet (`${prefix}${number}`): the row count plus
 * one, times `step`, or the next free multiple of `step` after it.
 */
export function freeIdNumber(prefix: string, used: readonly string[], step = 1): number {
  let n = used.length + 1;
  const taken = new Set(used);
  while (taken.has(`${prefix}${n * step}`)) n += 1;
  return n * step;
}

/** A fresh id not used by any row: R8, PI-500 … */
export function nextId(prefix: string, used: readonly string[], step = 1): string {
  return `${prefix}${freeIdNumber(prefix, used, step)}`;
}

/** Whole numbers become numbers; anything else stays text so the schema can name the problem. */
export function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  if (/^-?\d{1,15}$/.test(trimmed)) return Number(trimmed);
  return text;
}

/** Like numberOrText, but an empty field means "not given". */
export function optionalNumberOrText(text: string): number | string | undefined {
  return text.trim() === '' ? undefined : numberOrText(text);
}

/**
 * Issues whose path starts with `${collection}[i]`, keyed `${i}.${field}` where field is the last
 * named part of the path (`planInstances[0].serviceUnits[0].serviceIds[1]` → `0.serviceIds`).
 */
export function issuesByCell(issues: readonly Issue[], collection: string): Record<string, string> {
  const out: Record<string, string> = {};
  const prefix = new RegExp(`^${collection.replace(/[.[\]]/g, '\\$&')}\\[(\\d+)\\](.*)$`);
  for (const issue of issues) {
    const match = prefix.exec(issue.path ?? '');
    if (!match) continue;
    const names = (match[2] ?? '').match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
    const field = names[names.length - 1];
    if (!field) continue;
    const key = `${match[1]}.${field}`;
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
