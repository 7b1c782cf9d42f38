/**
 * Column definitions for RowsEditor that many tables repeat: a field shown as text, an optional
 * text field (emptied = left out of the row), a whole number kept as typed until it is one, and a
 * choice among fixed values.
 */
import type { RowColumn } from './RowsEditor';
import { numberOrText, optionalNumberOrText } from './fields';

/** A value as an input shows it: undefined and null as an empty field. */
export function textOf(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

type Extra<Row> = Partial<RowColumn<Row>>;

/** A field edited as text and stored as the text typed. */
export function textColumn<Row>(
  key: keyof Row & string,
  label: string,
  extra: Extra<Row> = {},
): RowColumn<Row> {
  return {
    key,
    label,
    kind: 'text',
    get: (row) => textOf(row[key]),
    set: (row, value) => ({ ...row, [key]: String(value) }),
    ...extra,
  };
}

/**
 * An optional text field. Emptying it removes the field from the row (and a value typed later is
 * stored as the row's last field), or with `emptyAs: 'undefined'` sets it to undefined in place.
 */
export function optionalTextColumn<Row>(
  key: keyof Row & string,
  label: string,
  extra: Extra<Row> = {},
  emptyAs: 'absent' | 'undefined' = 'absent',
): RowColumn<Row> {
  return {
    ...textColumn(key, label, extra),
    set: (row, value) => {
      const text = String(value);
      if (emptyAs === 'undefined') return { ...row, [key]: text === '' ? undefined : text };
      const { [key]: _drop, ...rest } = row;
      return (text === '' ? rest : { ...rest, [key]: text }) as Row;
    },
  };
}

/**
 * A whole number: digits are stored as a number, anything else as the text typed so that the
 * scenario schema names the problem. With `optional`, an empty field stores undefined.
 */
export function numberColumn<Row>(
  key: keyof Row & string,
  label: string,
  extra: Extra<Row> = {},
  optional = false,
): RowColumn<Row> {
  const read = optional ? optionalNumberOrText : numberOrText;
  return {
    ...textColumn(key, label, { inputMode: 'numeric', ...extra }),
    set: (row, value) => ({ ...row, [key]: read(String(value)) }),
  };
}

/** A choice among fixed values, each shown as itself. */
export function selectColumn<Row>(
  key: keyof Row & string,
  label: string,
  values: readonly string[],
): RowColumn<Row> {
  return {
    ...textColumn(key, label),
    kind: 'select',
    options: values.map((value) => ({ value, label: value })),
  };
}
