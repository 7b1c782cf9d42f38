/**
 * A labelled control in the simulators' forms: the label above the control, the control, and the
 * field's error under it (tied to the control with aria-describedby). The id is the caller's, so
 * several fields of one form share its useId prefix.
 */
import React, { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import { ListInput } from './fields';
import styles from './styles.module.css';

interface FieldProps {
  id: string;
  label: ReactNode;
  /** Shown under the control, which is then marked invalid. */
  error?: string | undefined;
}

/** Props a field passes on to its control, less those the field sets itself. */
type ControlProps<Attributes> = Omit<Attributes, 'id' | 'value' | 'onChange' | 'className'>;

/** The label, the control the caller renders with `id`, and the error if there is one. */
export function Field({ id, label, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={styles.control}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <span id={`${id}-error`} className={styles.fieldError}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * Splits a field's props into the Field's (id, label, error) and the control's: the rest, plus
 * the id, the input class and the aria attributes that tie the control to its error (or, without
 * one, to the caller's aria-describedby).
 */
function splitProps<P extends FieldProps & { 'aria-describedby'?: string | undefined }>(props: P) {
  const { id, label, error, 'aria-describedby': describedBy, ...rest } = props;
  return {
    field: { id, label, error },
    control: {
      ...rest,
      id,
      className: styles.input,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${id}-error` : describedBy,
    } as const,
  };
}

type TextFieldProps = FieldProps & {
  value: string;
  onChange: (value: string) => void;
} & ControlProps<InputHTMLAttributes<HTMLInputElement>>;

export function TextField(props: TextFieldProps) {
  const { field, control } = splitProps(props);
  const { onChange, ...input } = control;
  return (
    <Field {...field}>
      <input {...input} onChange={(event) => onChange(event.target.value)} />
    </Field>
  );
}

type SelectFieldProps = FieldProps & {
  value: string | number;
  onChange: (value: string) => void;
} & ControlProps<SelectHTMLAttributes<HTMLSelectElement>>;

/** A select; its options are the children. */
export function SelectField(props: SelectFieldProps) {
  const { field, control } = splitProps(props);
  const { onChange, ...select } = control;
  return (
    <Field {...field}>
      <select {...select} onChange={(event) => onChange(event.target.value)} />
    </Field>
  );
}

type ListFieldProps = FieldProps & {
  value: readonly (string | number)[] | undefined;
  onChange: (next: string[]) => void;
} & ControlProps<InputHTMLAttributes<HTMLInputElement>>;

/** A comma-separated list (see ListInput). */
export function ListField(props: ListFieldProps) {
  const { field, control } = splitProps(props);
  return (
    <Field {...field}>
      <ListInput {...control} />
    </Field>
  );
}

/** A checkbox with its label after it. */
export function CheckField({
  id,
  label,
  checked,
  onChange,
}: Omit<FieldProps, 'error'> & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className={styles.checkControl}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
