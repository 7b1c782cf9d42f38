/**
 * An editable table of rows (records, tiers, steps …): one labelled control per cell, and buttons
 * to add, remove and move rows. Every control has a <label for> (visually hidden, because the
 * column header says the same to sighted readers), so the table works from the keyboard and with
 * a screen reader. Focus follows the row a button acted on.
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import { ListInput } from './fields';
import { RowButtons, useFocusAfterRender } from './RowButtons';
import styles from './styles.module.css';

export interface RowColumn<Row> {
  key: string;
  /** Column header; also the end of each cell's label ("Record 2 id"). */
  label: string;
  /** 'list' = comma-separated values kept as a string array. */
  kind: 'text' | 'select' | 'checkbox' | 'list';
  get: (row: Row) => string | boolean | readonly string[];
  set: (row: Row, value: string | boolean | string[]) => Row;
  options?: ReadonlyArray<{ value: string; label: string }>;
  inputMode?: 'decimal' | 'numeric' | 'text';
  placeholder?: string;
  /** Width hint in characters for text inputs. */
  size?: number;
  /** Shown under the header, e.g. "empty = open". */
  hint?: string;
}

export interface RowsEditorProps<Row> {
  /** Unique prefix for element ids. */
  idPrefix: string;
  caption: ReactNode;
  rows: readonly Row[];
  columns: ReadonlyArray<RowColumn<Row>>;
  onChange: (rows: Row[]) => void;
  /** A new row to append (may look at the existing rows for a fresh id). */
  newRow: (rows: readonly Row[]) => Row;
  /** How a row is named in labels and buttons ("Record R2", "Tier 3"). */
  rowName: (row: Row, index: number) => string;
  /** Noun for the add button: "Add record". */
  addLabel: string;
  /** Errors keyed `${rowIndex}.${columnKey}`. */
  errors?: Readonly<Record<string, string>>;
  minRows?: number;
  maxRows?: number;
  movable?: boolean;
  /** Extra cell content at the end of a row (before the buttons). */
  extra?: (row: Row, index: number) => ReactNode;
  extraHeader?: string;
}

export function cellId(idPrefix: string, index: number, key: string): string {
  return `${idPrefix}-${index}-${key}`;
}

export function RowsEditor<Row>({
  idPrefix,
  caption,
  rows,
  columns,
  onChange,
  newRow,
  rowName,
  addLabel,
  errors = {},
  minRows = 0,
  maxRows = 200,
  movable = false,
  extra,
  extraHeader,
}: RowsEditorProps<Row>) {
  // After add/remove/move, where focus should go (an element id); applied after render.
  const focusLater = useFocusAfterRender();

  const firstKey = columns[0]?.key ?? 'row';
  const update = (index: number, column: RowColumn<Row>, value: string | boolean | string[]) => {
    const next = rows.slice();
    const row = next[index];
    if (row === undefined) return;
    next[index] = column.set(row, value);
    onChange(next);
  };
  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    focusLater(
      next.length === 0
        ? `${idPrefix}-add`
        : cellId(idPrefix, Math.min(index, next.length - 1), firstKey),
    );
    onChange(next);
  };
  const add = () => {
    focusLater(cellId(idPrefix, rows.length, firstKey));
    onChange([...rows, newRow(rows)]);
  };
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= rows.length) return;
    const next = rows.slice();
    const [row] = next.splice(index, 1);
    if (row === undefined) return;
    next.splice(target, 0, row);
    focusLater(`${idPrefix}-${target}-${by < 0 ? 'up' : 'down'}`);
    if (by < 0 && target === 0) focusLater(`${idPrefix}-${target}-down`);
    if (by > 0 && target === rows.length - 1) focusLater(`${idPrefix}-${target}-up`);
    onChange(next);
  };

  return (
    <div className={styles.rowsEditor}>
      <div className={styles.tableScroll}>
        <table className={styles.editTable}>
          <caption className={styles.caption}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              {columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.label}
                  {column.hint && <span className={styles.columnHint}> ({column.hint})</span>}
                </th>
              ))}
              {extra && <th scope="col">{extraHeader ?? ''}</th>}
              <th scope="col">
                <span className={styles.visuallyHidden}>Row actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const name = rowName(row, index);
              return (
                <tr key={index}>
                  <td className={styles.rowNumber}>{index + 1}</td>
                  {columns.map((column) => {
                    const id = cellId(idPrefix, index, column.key);
                    const error = errors[`${index}.${column.key}`];
                    const value = column.get(row);
                    return (
                      <td key={column.key}>
                        <label htmlFor={id} className={styles.visuallyHidden}>
                          {`${name} ${column.label}`}
                        </label>
                        {column.kind === 'checkbox' ? (
                          <input
                            id={id}
                            type="checkbox"
                            checked={value === true}
                            onChange={(event) => update(index, column, event.target.checked)}
                          />
                        ) : column.kind === 'list' ? (
                          <ListInput
                            id={id}
                            className={clsx(styles.input, error && styles.invalid)}
                            value={Array.isArray(value) ? value : []}
                            size={column.size ?? 14}
                            placeholder={column.placeholder}
                            aria-invalid={error ? true : undefined}
                            aria-describedby={error ? `${id}-error` : undefined}
                            onChange={(next) => update(index, column, next)}
                          />
                        ) : column.kind === 'select' ? (
                          <select
                            id={id}
                            className={styles.input}
                            value={String(value)}
                            aria-invalid={error ? true : undefined}
                            aria-describedby={error ? `${id}-error` : undefined}
                            onChange={(event) => update(index, column, event.target.value)}
                          >
                            {(column.options ?? []).map((option) => (
                              <option key={option.value} value={option.value}>
                                {option.label}
                              </option>
                            ))}
                          </select>
                        ) : (
                          <input
                            id={id}
                            type="text"
                            className={clsx(styles.input, error && styles.invalid)}
                            value={String(value)}
                            size={column.size ?? 10}
                            inputMode={column.inputMode}
                            placeholder={column.placeholder}
                            spellCheck={false}
                            autoComplete="off"
                            aria-invalid={error ? true : undefined}
                            aria-describedby={error ? `${id}-error` : undefined}
                            onChange={(event) => update(index, column, event.target.value)}
                          />
                        )}
                        {error && (
                          <span id={`${id}-error`} className={styles.fieldError}>
                            {error}
                          </span>
                        )}
                      </td>
                    );
                  })}
                  {extra && <td>{extra(row, index)}</td>}
                  <td className={styles.rowActions}>
                    <RowButtons
                      name={name}
                      index={index}
                      count={rows.length}
                      onMove={move}
                      onRemove={remove}
                      movable={movable}
                      removeDisabled={rows.length <= minRows}
                      idPrefix={idPrefix}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        id={`${idPrefix}-add`}
        className="button button--sm button--secondary"
        disabled={rows.length >= maxRows}
        onClick={add}
      >
        {addLabel}
      </button>
    </div>
  );
}
