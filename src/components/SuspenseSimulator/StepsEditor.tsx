/**
 * The fixes and actions of a suspense scenario, in order: one fieldset per step with the fields
 * its kind needs, and buttons to add, move and remove steps.
 */
import React, { useId, useState } from 'react';
import { DISCARD_JUSTIFICATIONS } from '@site/src/allegro/simulate/suspense';
import {
  ListField,
  RowButtons,
  SelectField,
  TextField,
  simStyles,
  textOf as str,
  useFocusAfterRender,
} from '@site/src/components/sim-ui';
import {
  STEP_KINDS,
  STEP_KIND_LABELS,
  newStep,
  type SuspenseState,
  type SuspenseStepKind,
  type SuspenseStepRow,
} from './model';
import styles from './styles.module.css';

type Loose = Record<string, unknown>;

interface StepField {
  /** Last part of the scenario path, so simulator issues find their field. */
  key: string;
  label: string;
  kind: 'text' | 'list' | 'select';
  options?: ReadonlyArray<{ value: string; label: string }>;
  get: (step: Loose) => string | string[];
  set: (step: Loose, value: string | string[]) => Loose;
  hint?: string;
}

const opt = (v: string): string | undefined => (v.trim() === '' ? undefined : v);

function plain(key: string, label: string, hint?: string, optional = false): StepField {
  return {
    key,
    label,
    kind: 'text',
    ...(hint ? { hint } : {}),
    get: (s) => str(s[key]),
    set: (s, v) => ({ ...s, [key]: optional ? opt(String(v)) : String(v) }),
  };
}

function planInstanceField(
  key: string,
  label: string,
  read: (pi: Loose) => string | string[],
  write: (pi: Loose, v: string | string[]) => Loose,
  kind: StepField['kind'] = 'text',
  hint?: string,
  options?: StepField['options'],
): StepField {
  return {
    key,
    label,
    kind,
    ...(hint ? { hint } : {}),
    ...(options ? { options } : {}),
    get: (s) => read((s.planInstance as Loose | undefined) ?? {}),
    set: (s, v) => ({ ...s, planInstance: write((s.planInstance as Loose | undefined) ?? {}, v) }),
  };
}

type Unit = { serviceType: string; serviceIds: string[] };
const firstUnit = (pi: Loose): Unit =>
  ((pi.serviceUnits as Unit[] | undefined)?.[0] ?? { serviceType: '', serviceIds: [] }) as Unit;
const withFirstUnit = (pi: Loose, change: Partial<Unit>): Loose => {
  const units = ((pi.serviceUnits as Unit[] | undefined) ?? []).slice();
  units[0] = { ...firstUnit(pi), ...change };
  return { ...pi, serviceUnits: units };
};

const REASON_OPTIONS = [
  { value: '', label: 'any reason' },
  { value: 'NO_SERVICE_FOUND', label: 'No Service found' },
  { value: 'NO_PRICE_FOUND', label: 'No price found (assumed)' },
];

const FILTER_FIELDS: StepField[] = [
  {
    key: 'recordIds',
    label: 'Record ids',
    kind: 'list',
    hint: 'comma-separated; empty = every suspended record',
    get: (s) => (s.recordIds as string[] | undefined) ?? [],
    set: (s, v) => ({ ...s, recordIds: Array.isArray(v) && v.length ? v : undefined }),
  },
  plain('file', 'Only file', 'optional', true),
  {
    key: 'reason',
    label: 'Only reason',
    kind: 'select',
    options: REASON_OPTIONS,
    get: (s) => str(s.reason),
    set: (s, v) => ({ ...s, reason: opt(String(v)) }),
  },
];

const FIELDS: Readonly<Record<SuspenseStepKind, StepField[]>> = {
  addPlanInstance: [
    planInstanceField(
      'id',
      'Plan instance id',
      (pi) => str(pi.id),
      (pi, v) => ({ ...pi, id: v }),
    ),
    planInstanceField(
      'serviceType',
      'Service type',
      (pi) => firstUnit(pi).serviceType,
      (pi, v) => withFirstUnit(pi, { serviceType: String(v) }),
    ),
    planInstanceField(
      'serviceIds',
      'Service IDs',
      (pi) => firstUnit(pi).serviceIds,
      (pi, v) => withFirstUnit(pi, { serviceIds: Array.isArray(v) ? v : [] }),
      'list',
      'comma-separated',
    ),
    planInstanceField(
      'effectiveFrom',
      'Effective from',
      (pi) => str(pi.effectiveFrom),
      (pi, v) => ({ ...pi, effectiveFrom: v }),
      'text',
      'yyyy-mm-dd',
    ),
    planInstanceField(
      'effectiveTo',
      'Effective to',
      (pi) => str(pi.effectiveTo),
      (pi, v) => ({ ...pi, effectiveTo: opt(String(v)) }),
      'text',
      'empty = open-ended',
    ),
    planInstanceField(
      'sync',
      'Sync state afterwards',
      (pi) => str(pi.sync),
      (pi, v) => ({ ...pi, sync: opt(String(v)) }),
      'select',
      undefined,
      [
        { value: '', label: 'per the sync assumption' },
        { value: 'synced', label: 'synced' },
        { value: 'pending', label: 'pending' },
        { value: 'error', label: 'error' },
      ],
    ),
  ],
  changeEffectiveDates: [
    plain('planInstanceId', 'Plan instance id'),
    plain('effectiveFrom', 'Effective from', 'yyyy-mm-dd'),
    plain('effectiveTo', 'Effective to', 'empty = open-ended', true),
  ],
  completeSync: [plain('planInstanceId', 'Plan instance id')],
  fixSyncError: [plain('planInstanceId', 'Plan instance id')],
  addPrice: [plain('serviceType', 'Service type'), plain('usageType', 'Usage type')],
  reprocess: FILTER_FIELDS,
  discard: [
    plain('role', 'Role of the user'),
    {
      key: 'justification',
      label: 'Justification',
      kind: 'select',
      options: [
        { value: '', label: '(none given)' },
        ...DISCARD_JUSTIFICATIONS.map((j) => ({ value: j, label: j })),
      ],
      get: (s) => str(s.justification),
      set: (s, v) => ({ ...s, justification: opt(String(v)) }),
    },
    ...FILTER_FIELDS,
  ],
  edit: [plain('recordId', 'Record id'), plain('field', 'Field'), plain('value', 'New value')],
};

function KindOptions() {
  return STEP_KINDS.map((kind) => (
    <option key={kind} value={kind}>
      {STEP_KIND_LABELS[kind]}
    </option>
  ));
}

export function StepsEditor({
  scenario,
  steps,
  onChange,
  errors,
}: {
  scenario: SuspenseState;
  steps: readonly SuspenseStepRow[];
  onChange: (steps: SuspenseStepRow[]) => void;
  /** Keyed `${stepIndex}.${fieldKey}`. */
  errors: Readonly<Record<string, string>>;
}) {
  const id = useId();
  const [addKind, setAddKind] = useState<SuspenseStepKind>('reprocess');
  const focusLater = useFocusAfterRender();

  const replace = (index: number, step: SuspenseStepRow) => {
    const next = steps.slice();
    next[index] = step;
    onChange(next);
  };
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= steps.length) return;
    const next = steps.slice();
    const [step] = next.splice(index, 1);
    if (!step) return;
    next.splice(target, 0, step);
    focusLater(`${id}-${target}-kind`);
    onChange(next);
  };
  const remove = (index: number) => {
    focusLater(
      steps.length > 1 ? `${id}-${Math.min(index, steps.length - 2)}-kind` : `${id}-add-kind`,
    );
    onChange(steps.filter((_, i) => i !== index));
  };

  return (
    <div>
      <ol className={styles.steps}>
        {steps.map((step, index) => {
          const name = `Step ${index + 1}`;
          return (
            <li key={index}>
              <fieldset className={styles.step}>
                <legend>
                  {name}: {STEP_KIND_LABELS[step.kind]}
                </legend>
                <div className={simStyles.controls}>
                  <SelectField
                    id={`${id}-${index}-kind`}
                    label={
                      <>
                        <span className={simStyles.visuallyHidden}>{name} </span>Action
                      </>
                    }
                    value={step.kind}
                    onChange={(kind) => replace(index, newStep(kind as SuspenseStepKind, scenario))}
                  >
                    <KindOptions />
                  </SelectField>
                  {FIELDS[step.kind].map((field) => {
                    const value = field.get(step as unknown as Loose);
                    const props = {
                      id: `${id}-${index}-${field.key}`,
                      label: (
                        <>
                          <span className={simStyles.visuallyHidden}>{name} </span>
                          {field.label}
                          {field.hint && (
                            <span className={simStyles.columnHint}> ({field.hint})</span>
                          )}
                        </>
                      ),
                      error: errors[`${index}.${field.key}`],
                    };
                    const write = (v: string | string[]) =>
                      replace(
                        index,
                        field.set(step as unknown as Loose, v) as unknown as SuspenseStepRow,
                      );
                    return field.kind === 'select' ? (
                      <SelectField
                        key={field.key}
                        {...props}
                        value={String(value)}
                        onChange={write}
                      >
                        {(field.options ?? []).map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </SelectField>
                    ) : field.kind === 'list' ? (
                      <ListField
                        key={field.key}
                        {...props}
                        value={Array.isArray(value) ? value : []}
                        onChange={write}
                      />
                    ) : (
                      <TextField
                        key={field.key}
                        {...props}
                        type="text"
                        spellCheck={false}
                        autoComplete="off"
                        value={String(value)}
                        onChange={write}
                      />
                    );
                  })}
                </div>
                <div className={simStyles.buttonRow}>
                  <RowButtons
                    name={name}
                    index={index}
                    count={steps.length}
                    onMove={move}
                    onRemove={remove}
                  />
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className={simStyles.controls}>
        <SelectField
          id={`${id}-add-kind`}
          label="New step"
          value={addKind}
          onChange={(kind) => setAddKind(kind as SuspenseStepKind)}
        >
          <KindOptions />
        </SelectField>
        <button
          type="button"
          className="button button--sm button--secondary"
          disabled={steps.length >= 500}
          onClick={() => {
            focusLater(`${id}-${steps.length}-kind`);
            onChange([...steps, newStep(addKind, scenario)]);
          }}
        >
          Add step
        </button>
      </div>
    </div>
  );
}
