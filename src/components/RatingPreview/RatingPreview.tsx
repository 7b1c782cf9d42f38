/**
 * Rating preview: edit tier tables, a pricing method per service, pooling, a tier multiplier,
 * currency rounding and an allowance, and see each load rated step by step (tier contributions,
 * the rounding step, the factored unit rate), plus standard, volume and flat rate per tier side by
 * side for one quantity. Starts from worked example WE-1. The arithmetic is the decimal.js rating
 * core (src/allegro/rating); this file only renders and keeps the input in the page address.
 */
import React, { useId } from 'react';
import { ROUNDING_MODES, ROUNDING_MODE_INFO, type RatingBreakdown } from '@site/src/allegro/rating';
import { LiveRegion } from '@site/src/components/widget-ui';
import {
  AssumptionsPanel,
  type AssumptionItem,
} from '@site/src/components/sim-ui/AssumptionsPanel';
import { textColumn } from '@site/src/components/sim-ui/columns';
import { Counts } from '@site/src/components/sim-ui/Counts';
import { CheckField, Field, SelectField, TextField } from '@site/src/components/sim-ui/FormFields';
import { ProblemsAlert } from '@site/src/components/sim-ui/ProblemsAlert';
import { RowsEditor, type RowColumn } from '@site/src/components/sim-ui/RowsEditor';
import { ScenarioToolbar, UrlNotice } from '@site/src/components/sim-ui/ScenarioToolbar';
import { ScrollTable } from '@site/src/components/sim-ui/ScrollTable';
import { useScenario } from '@site/src/components/sim-ui/useScenario';
import simStyles from '@site/src/components/sim-ui/styles.module.css';
import { BarChart } from './BarChart';
import {
  PRICING_RULES,
  PRICING_RULE_LABELS,
  RatingPreviewStateSchema,
  computePreview,
  previewAssumptions,
  sampleState,
  summarize,
  type FieldError,
  type LoadRow,
  type RatingPreviewState,
  type ServiceRow,
  type TierRow,
} from './model';
import styles from './styles.module.css';

export const URL_KEY = 'rating';
export const URL_VERSION = 1;
const SAMPLE = sampleState();

const DECIMAL = { inputMode: 'decimal', size: 8 } as const;
const TIER_COLUMNS: ReadonlyArray<RowColumn<TierRow>> = [
  textColumn('from', 'From', DECIMAL),
  textColumn('to', 'To', { ...DECIMAL, hint: 'empty = no limit' }),
  textColumn('rate', 'Rate', DECIMAL),
];

function nextTier(rows: readonly TierRow[]): TierRow {
  const last = rows[rows.length - 1];
  const lastTo = last?.to.trim() ?? '';
  const from = /^\d+$/.test(lastTo) ? String(Number(lastTo) + 1) : '';
  return { from, to: '', rate: last?.rate ?? '0' };
}

/** Errors of one editor, keyed `${row}.${column}` as RowsEditor expects. */
function rowErrors(errors: readonly FieldError[], prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) {
    if (!error.field.startsWith(`${prefix}.`)) continue;
    const rest = error.field.slice(prefix.length + 1);
    if (/^\d+\.[a-z]+$/i.test(rest)) out[rest] = error.message;
  }
  return out;
}

function fieldError(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

function ErrorList({ errors }: { errors: readonly FieldError[] }) {
  return (
    <ul className={simStyles.errorList}>
      {errors.map((e, i) => (
        <li key={i}>{e.message}</li>
      ))}
    </ul>
  );
}

/** Options 0 to `max`, for a choice of decimals. */
function NumberOptions({ max }: { max: number }) {
  return Array.from({ length: max + 1 }, (_, n) => (
    <option key={n} value={n}>
      {n}
    </option>
  ));
}

function Contributions({ breakdown }: { breakdown: RatingBreakdown }) {
  if (breakdown.contributions.length === 0) return <>no units</>;
  return (
    <ul className={styles.formulaList}>
      {breakdown.contributions.map((c, i) => (
        <li key={i}>
          tier {c.tier.tier}: {c.formula}
        </li>
      ))}
    </ul>
  );
}

function RoundingCell({ breakdown }: { breakdown: RatingBreakdown }) {
  const r = breakdown.rounding;
  return (
    <>
      {r.before} → <strong>{r.after}</strong>
      <span className={styles.small}>
        {' '}
        ({r.mode}, {r.scale} {r.scale === 1 ? 'decimal' : 'decimals'}
        {r.modeDocumented ? '' : ', assumed mode'})
      </span>
    </>
  );
}

function FactoredCell({ breakdown }: { breakdown: RatingBreakdown }) {
  const f = breakdown.factoredUnitRate;
  if (f.unrounded === null) return <>—</>;
  return f.unrounded === f.rounded ? (
    <>{f.rounded}</>
  ) : (
    <>
      {f.unrounded} → {f.rounded}
    </>
  );
}

export default function RatingPreview() {
  const id = useId();
  const {
    url,
    scenario: state,
    set,
    patch,
    result,
  } = useScenario(
    { key: URL_KEY, version: URL_VERSION, schema: RatingPreviewStateSchema, fallback: SAMPLE },
    computePreview,
  );
  const serviceNames = state.services.map((s) => s.name);

  const updateService = (index: number, change: (s: ServiceRow) => ServiceRow) =>
    set((prev) => {
      const services = prev.services.slice();
      const before = services[index];
      if (!before) return prev;
      const after = change(before);
      services[index] = after;
      if (after.name === before.name) return { ...prev, services };
      // A rename carries the loads and the comparison along.
      return {
        ...prev,
        services,
        loads: prev.loads.map((l) =>
          l.service === before.name ? { ...l, service: after.name } : l,
        ),
        compare:
          prev.compare.service === before.name
            ? { ...prev.compare, service: after.name }
            : prev.compare,
      };
    });

  const addService = () =>
    set((prev) => {
      let n = prev.services.length + 1;
      while (prev.services.some((s) => s.name === `Service ${n}`)) n += 1;
      return {
        ...prev,
        services: [
          ...prev.services,
          {
            name: `Service ${n}`,
            rule: 'standard',
            tiers: [
              { from: '1', to: '100', rate: '0' },
              { from: '101', to: '', rate: '0.10' },
            ],
          },
        ],
      };
    });

  const removeService = (index: number) =>
    set((prev) => {
      const removed = prev.services[index];
      const services = prev.services.filter((_, i) => i !== index);
      const first = services[0]?.name ?? '';
      return {
        ...prev,
        services,
        loads: prev.loads.filter((l) => l.service !== removed?.name),
        compare:
          prev.compare.service === removed?.name
            ? { ...prev.compare, service: first }
            : prev.compare,
      };
    });

  const loadColumns: ReadonlyArray<RowColumn<LoadRow>> = [
    {
      key: 'service',
      label: 'Service',
      kind: 'select',
      options: serviceNames.map((name) => ({ value: name, label: name || '(unnamed)' })),
      get: (r) => r.service,
      set: (r, v) => ({ ...r, service: String(v) }),
    },
    textColumn('units', 'Units', { inputMode: 'decimal', size: 10 }),
  ];

  const assumptionValues: Record<string, Omit<AssumptionItem, 'id' | 'text'>> = {
    'RATE-ROUNDING-MODES': {
      value: `${state.rounding.mode}${ROUNDING_MODE_INFO[state.rounding.mode].documented ? ' (documented)' : ' (not shown in the public documentation)'}`,
      changeHint: 'Change it with Rounding mode under Settings.',
    },
    'RATE-ROUNDING-DEFAULT': {
      value: `${state.rounding.mode}, ${state.rounding.scale} decimals`,
      changeHint:
        'The worked example uses HALF_UP with 2 decimals; set your currency’s rounding method and decimals under Settings.',
    },
    'RATE-ROUNDING-POINT': { value: 'round each load’s total', changeHint: 'Fixed in this tool.' },
    'RATE-FACTORED-RATE-SCALE': {
      value: `${state.rateScale} decimals`,
      isDefault: state.rateScale === state.rounding.scale,
      control: (
        <SelectField
          id={`${id}-ratescale`}
          label="Decimals of the factored unit rate"
          value={state.rateScale}
          onChange={(n) => patch({ rateScale: Number(n) })}
        >
          <NumberOptions max={8} />
        </SelectField>
      ),
    },
    'RATE-FLAT-PER-TIER': {
      value: state.flatCumulative
        ? 'a flat amount for every tier reached'
        : 'the flat amount of the tier reached',
      isDefault: !state.flatCumulative,
      control: (
        <CheckField
          id={`${id}-flatcum`}
          label="Charge the flat amount of every tier entered"
          checked={state.flatCumulative}
          onChange={(flatCumulative) => patch({ flatCumulative })}
        />
      ),
    },
    'RATE-VOLUME-SETTLEMENT': {
      value: state.settleVolume ? 'settle held units at period end' : 'leave held units unsettled',
      isDefault: state.settleVolume,
      control: (
        <CheckField
          id={`${id}-settle`}
          label="Charge held volume-discount units at period end"
          checked={state.settleVolume}
          onChange={(settleVolume) => patch({ settleVolume })}
        />
      ),
    },
    'RATE-ALLOWANCE-ORDER': {
      value: 'lowest tier first, every tier',
      changeHint: 'Fixed in this tool; set Allowance units to 0 to rate without an allowance.',
    },
    'PREVIEW-SHARED-ALLOWANCE': {
      value:
        state.allowanceUnits.trim() === '' || state.allowanceUnits.trim() === '0'
          ? 'no allowance'
          : `${state.allowanceUnits.trim()} units shared by all loads`,
      changeHint: 'Change Allowance units under Settings.',
    },
  };
  const assumptionItems: AssumptionItem[] = previewAssumptions().map((a) => ({
    id: a.id,
    text: a.text,
    ...(assumptionValues[a.id] ?? { value: a.default }),
  }));

  const chartBars = [
    ...result.loads.map((l) => ({
      label: `${l.id} (${l.service})`,
      value: l.net ?? '0',
    })),
    ...result.settlements.map((s) => ({ label: `${s.service} at period end`, value: s.net })),
  ];

  return (
    <div className={styles.preview}>
      <ScenarioToolbar
        url={url}
        resetLabel="Reset to worked example WE-1"
        onReset={() => set(sampleState())}
        tooLargeReason="This input is too large to keep in a link."
      />
      <UrlNotice url={url} />
      <LiveRegion message={summarize(result)} visuallyHidden />

      <h3 className={simStyles.sectionTitle}>Services and tiers</h3>
      {state.services.map((service, s) => {
        const nameError = fieldError(result.errors, `services.${s}.name`);
        const ruleError = fieldError(result.errors, `services.${s}.rule`);
        const tiersError = fieldError(result.errors, `services.${s}.tiers`);
        const label = service.name || `Service ${s + 1}`;
        return (
          <fieldset key={s} className={styles.service}>
            <legend>
              Service {s + 1}: {label}
            </legend>
            <div className={simStyles.controls}>
              <TextField
                id={`${id}-s${s}-name`}
                label="Service name"
                value={service.name}
                error={nameError}
                onChange={(name) => updateService(s, (x) => ({ ...x, name }))}
              />
              <SelectField
                id={`${id}-s${s}-rule`}
                label="Tier method"
                value={service.rule}
                error={ruleError}
                onChange={(rule) =>
                  updateService(s, (x) => ({ ...x, rule: rule as ServiceRow['rule'] }))
                }
              >
                {PRICING_RULES.map((rule) => (
                  <option key={rule} value={rule}>
                    {PRICING_RULE_LABELS[rule]}
                  </option>
                ))}
              </SelectField>
              <button
                type="button"
                className="button button--sm button--secondary"
                disabled={state.services.length <= 1}
                onClick={() => removeService(s)}
              >
                Remove service {label}
              </button>
            </div>
            <RowsEditor<TierRow>
              idPrefix={`${id}-s${s}-tier`}
              caption={`Tiers of ${label} (${service.rule === 'flat-per-tier' ? 'rate = flat amount for the tier' : 'rate per unit'})`}
              rows={service.tiers}
              columns={TIER_COLUMNS}
              onChange={(tiers) => updateService(s, (x) => ({ ...x, tiers }))}
              newRow={nextTier}
              rowName={(_, i) => `${label} tier ${i + 1}`}
              addLabel={`Add tier to ${label}`}
              errors={rowErrors(result.errors, `services.${s}.tiers`)}
              minRows={1}
              maxRows={20}
            />
            {tiersError && <p className={simStyles.fieldError}>{tiersError}</p>}
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button--sm button--secondary"
        disabled={state.services.length >= 6}
        onClick={addService}
      >
        Add service
      </button>

      <h3 className={simStyles.sectionTitle}>Settings</h3>
      <div className={simStyles.controls}>
        <CheckField
          id={`${id}-pooled`}
          label="Pool usage across services (one running total)"
          checked={state.pooled}
          onChange={(pooled) => patch({ pooled })}
        />
        <TextField
          id={`${id}-mult`}
          label="Tier multiplier (plan units)"
          inputMode="decimal"
          size={6}
          value={state.planUnits}
          error={fieldError(result.errors, 'planUnits')}
          onChange={(planUnits) => patch({ planUnits })}
        />
        <Field id={`${id}-mode`} label="Rounding mode">
          <select
            id={`${id}-mode`}
            className={simStyles.input}
            value={state.rounding.mode}
            aria-describedby={`${id}-mode-hint`}
            onChange={(e) =>
              set((p) => ({
                ...p,
                rounding: {
                  ...p.rounding,
                  mode: e.target.value as RatingPreviewState['rounding']['mode'],
                },
              }))
            }
          >
            {ROUNDING_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {mode}
                {ROUNDING_MODE_INFO[mode].documented ? '' : ' (assumed)'}
              </option>
            ))}
          </select>
          <span id={`${id}-mode-hint`} className={styles.small}>
            {ROUNDING_MODE_INFO[state.rounding.mode].description}
          </span>
        </Field>
        <SelectField
          id={`${id}-scale`}
          label="Decimals (currency scale)"
          value={state.rounding.scale}
          onChange={(n) => set((p) => ({ ...p, rounding: { ...p.rounding, scale: Number(n) } }))}
        >
          <NumberOptions max={6} />
        </SelectField>
        <TextField
          id={`${id}-allow`}
          label="Allowance units"
          inputMode="decimal"
          size={8}
          value={state.allowanceUnits}
          error={fieldError(result.errors, 'allowanceUnits')}
          onChange={(allowanceUnits) => patch({ allowanceUnits })}
        />
      </div>

      <h3 className={simStyles.sectionTitle}>Loads</h3>
      <RowsEditor<LoadRow>
        idPrefix={`${id}-load`}
        caption="Loads, rated in this order"
        rows={state.loads}
        columns={loadColumns}
        onChange={(loads) => patch({ loads })}
        newRow={(rows) => ({
          service: rows[rows.length - 1]?.service ?? serviceNames[0] ?? '',
          units: '100',
        })}
        rowName={(_, i) => `Load ${i + 1}`}
        addLabel="Add load"
        errors={rowErrors(result.errors, 'loads')}
        maxRows={50}
        movable
      />

      <h3 className={simStyles.sectionTitle}>Result</h3>
      {result.errors.length > 0 ? (
        <ProblemsAlert
          title={
            <>
              Fix{' '}
              {result.errors.length === 1 ? 'this input' : `these ${result.errors.length} inputs`}{' '}
              to see the rating:
            </>
          }
        >
          <ErrorList errors={result.errors} />
        </ProblemsAlert>
      ) : (
        result.totals && (
          <>
            <Counts
              label="Totals"
              items={[
                { label: 'Units', value: result.totals.units },
                { label: 'Charges before allowance', value: result.totals.gross },
                ...(result.totals.allowanceLeft !== null
                  ? [
                      { label: 'Allowance offset', value: `−${result.totals.allowanceOffset}` },
                      { label: 'Allowance units left', value: result.totals.allowanceLeft },
                    ]
                  : []),
                { label: 'Total', value: result.totals.net },
              ]}
            />
            <ScrollTable label="Charges per load">
              <table className={simStyles.resultTable}>
                <caption className={simStyles.caption}>
                  Each load, rated from the {state.pooled ? 'pooled' : 'service’s own'} running
                  total
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Load</th>
                    <th scope="col">Service</th>
                    <th scope="col">Units</th>
                    <th scope="col">Running total</th>
                    <th scope="col">Tier contributions</th>
                    <th scope="col">Rounding (exact → charged)</th>
                    <th scope="col">Factored unit rate</th>
                    {result.totals.allowanceLeft !== null && <th scope="col">Allowance used</th>}
                    <th scope="col">Charge</th>
                  </tr>
                </thead>
                <tbody>
                  {result.loads.map((load) => (
                    <tr key={load.id}>
                      <th scope="row">{load.id}</th>
                      <td>{load.service}</td>
                      <td className={simStyles.num}>{load.units}</td>
                      <td className={simStyles.num}>
                        {load.positionBefore} → {load.positionAfter}
                      </td>
                      <td>
                        {load.breakdown ? (
                          <Contributions breakdown={load.breakdown} />
                        ) : (
                          load.reason
                        )}
                      </td>
                      <td>
                        {load.breakdown ? <RoundingCell breakdown={load.breakdown} /> : 'held'}
                      </td>
                      <td className={simStyles.num}>
                        {load.breakdown ? <FactoredCell breakdown={load.breakdown} /> : '—'}
                      </td>
                      {result.totals?.allowanceLeft !== null && (
                        <td className={simStyles.num}>
                          {load.allowance
                            ? (load.allowance.note ??
                              `${load.allowance.used} (${load.allowance.after} left)`)
                            : '—'}
                        </td>
                      )}
                      <td className={simStyles.num}>
                        <strong>{load.net ?? 'held'}</strong>
                      </td>
                    </tr>
                  ))}
                  {result.settlements.map((s) => (
                    <tr key={`settle-${s.service}`}>
                      <th scope="row">period end</th>
                      <td>{s.service}</td>
                      <td className={simStyles.num}>{s.units}</td>
                      <td className={simStyles.num}>total {s.tierBasis}</td>
                      <td>
                        <Contributions breakdown={s.breakdown} />
                        <span className={styles.small}>
                          Held {s.heldLoads.join(', ')}; assumption RATE-VOLUME-SETTLEMENT.
                        </span>
                      </td>
                      <td>
                        <RoundingCell breakdown={s.breakdown} />
                      </td>
                      <td className={simStyles.num}>
                        <FactoredCell breakdown={s.breakdown} />
                      </td>
                      {result.totals?.allowanceLeft !== null && (
                        <td className={simStyles.num}>
                          {s.allowance
                            ? (s.allowance.note ??
                              `${s.allowance.used} (${s.allowance.after} left)`)
                            : '—'}
                        </td>
                      )}
                      <td className={simStyles.num}>
                        <strong>{s.net}</strong>
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={result.totals.allowanceLeft !== null ? 8 : 7}>
                      Total
                    </th>
                    <td className={simStyles.num}>
                      <strong>{result.totals.net}</strong>
                    </td>
                  </tr>
                </tfoot>
              </table>
            </ScrollTable>
            {chartBars.length > 0 && (
              <BarChart
                bars={chartBars}
                title="Charge per load"
                description={chartBars.map((b) => `${b.label}: ${b.value}`).join('; ')}
              />
            )}
          </>
        )
      )}

      {result.multiplier && (
        <ScrollTable label="Tier bounds after the multiplier">
          <table className={simStyles.resultTable}>
            <caption className={simStyles.caption}>
              Tier bounds after the multiplier ({state.planUnits.trim()} plan units)
            </caption>
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">Tier</th>
                <th scope="col">Upper bound as entered</th>
                <th scope="col">Upper bound used</th>
              </tr>
            </thead>
            <tbody>
              {result.multiplier.map((row) => (
                <tr key={`${row.service}-${row.tier}`}>
                  <td>{row.service}</td>
                  <td className={simStyles.num}>{row.tier}</td>
                  <td className={simStyles.num}>{row.baseUpTo ?? 'no limit'}</td>
                  <td className={simStyles.num}>{row.scaledUpTo ?? 'no limit'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}

      <h3 className={simStyles.sectionTitle}>One quantity, three pricing methods</h3>
      <p className={simStyles.hint}>
        The same tiers and the same quantity rated as standard (progressive) tiers, as a volume
        discount, and as flat rate per tier, starting from zero.
      </p>
      <div className={simStyles.controls}>
        <SelectField
          id={`${id}-cmp-service`}
          label="Tiers of service"
          value={state.compare.service}
          onChange={(service) => set((p) => ({ ...p, compare: { ...p.compare, service } }))}
        >
          {!serviceNames.includes(state.compare.service) && (
            <option value={state.compare.service}>(choose)</option>
          )}
          {serviceNames.map((name) => (
            <option key={name} value={name}>
              {name || '(unnamed)'}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${id}-cmp-qty`}
          label="Quantity to compare"
          inputMode="decimal"
          size={10}
          value={state.compare.quantity}
          error={fieldError(result.comparisonErrors, 'compare.quantity')}
          onChange={(quantity) => set((p) => ({ ...p, compare: { ...p.compare, quantity } }))}
        />
      </div>
      {result.comparison ? (
        <ScrollTable label="Three pricing methods compared">
          <table className={simStyles.resultTable}>
            <caption className={simStyles.caption}>
              {result.comparison.quantity} units on the tiers of {result.comparison.service}
            </caption>
            <thead>
              <tr>
                <th scope="col">Method</th>
                <th scope="col">How it is computed</th>
                <th scope="col">Rounding (exact → charged)</th>
                <th scope="col">Factored unit rate</th>
                <th scope="col">Charge</th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ['standard', result.comparison.standard],
                  ['volume', result.comparison.volume],
                  ['flat-per-tier', result.comparison.flat],
                ] as const
              ).map(([rule, breakdown]) => (
                <tr key={rule}>
                  <th scope="row">{PRICING_RULE_LABELS[rule]}</th>
                  <td>
                    <Contributions breakdown={breakdown} />
                  </td>
                  <td>
                    <RoundingCell breakdown={breakdown} />
                  </td>
                  <td className={simStyles.num}>
                    <FactoredCell breakdown={breakdown} />
                  </td>
                  <td className={simStyles.num}>
                    <strong>{breakdown.charge}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : (
        result.errors.length === 0 &&
        result.comparisonErrors.length > 0 && <ErrorList errors={result.comparisonErrors} />
      )}

      <AssumptionsPanel items={assumptionItems} />
    </div>
  );
}
