/**
 * Usage suspense simulator: records, plan instances, prices and an ordered list of fixes and
 * actions; shows what each record ends as (rated, suspended, discarded) and why, step by step.
 * The logic is simulateSuspenseReprocessing in src/allegro/simulate; this file renders it and
 * keeps the scenario in the page address.
 */
import React, { useId, useMemo } from 'react';
import {
  SUSPENSE_ASSUMPTIONS,
  SuspenseScenarioSchema,
  simulateSuspenseReprocessing,
} from '@site/src/allegro/simulate/suspense';
import { useUrlState } from '@site/src/hooks/useUrlState';
import {
  CopyLinkButton,
  CopyableCode,
  IssueTable,
  LiveRegion,
} from '@site/src/components/widget-ui';
import {
  AssumptionsPanel,
  CodeLink,
  Counts,
  Disclosure,
  JsonScenarioEditor,
  ListInput,
  RowsEditor,
  ScrollTable,
  Timeline,
  issuesByCell,
  simStyles,
  type AssumptionItem,
  type RowColumn,
} from '@site/src/components/sim-ui';
import { StepsEditor } from './StepsEditor';
import {
  firstDiagnosis,
  nextId,
  runSheet,
  sampleScenario,
  summarize,
  timelineOf,
  type PlanInstanceRow,
  type PriceRow,
  type SuspenseRecordRow,
  type SuspenseState,
} from './model';
import styles from './styles.module.css';

export const URL_KEY = 'suspense';
export const URL_VERSION = 1;
const SAMPLE = sampleScenario();

const text = <Row,>(
  key: keyof Row & string,
  label: string,
  extra: Partial<RowColumn<Row>> = {},
): RowColumn<Row> => ({
  key,
  label,
  kind: 'text',
  get: (r) => (r[key] === undefined || r[key] === null ? '' : String(r[key])),
  set: (r, v) => ({ ...r, [key]: v }),
  ...extra,
});

const RECORD_COLUMNS: ReadonlyArray<RowColumn<SuspenseRecordRow>> = [
  text('id', 'Id', { size: 5 }),
  text('file', 'File', { size: 14 }),
  text('serviceType', 'Service type', { size: 8 }),
  text('serviceId', 'Service ID', { size: 11 }),
  text('usageType', 'Usage type', { size: 10 }),
  text('start', 'Start', { size: 19, placeholder: 'yyyy-mm-dd hh:mm:ss' }),
  text('end', 'End', { size: 19, placeholder: 'yyyy-mm-dd hh:mm:ss' }),
  text('quantity', 'Quantity', { size: 6, inputMode: 'decimal' }),
];

type Unit = PlanInstanceRow['serviceUnits'][number];
const unit0 = (p: PlanInstanceRow): Unit =>
  p.serviceUnits[0] ?? { serviceType: '', serviceIds: [] };
const withUnit0 = (p: PlanInstanceRow, change: Partial<Unit>): PlanInstanceRow => {
  const units = p.serviceUnits.slice();
  units[0] = { ...unit0(p), ...change };
  return { ...p, serviceUnits: units };
};

const PLAN_COLUMNS: ReadonlyArray<RowColumn<PlanInstanceRow>> = [
  text('id', 'Id', { size: 7 }),
  {
    key: 'serviceType',
    label: 'Service type',
    kind: 'text',
    size: 8,
    get: (p) => unit0(p).serviceType,
    set: (p, v) => withUnit0(p, { serviceType: String(v) }),
  },
  {
    key: 'serviceIds',
    label: 'Service IDs',
    hint: 'comma-separated',
    kind: 'list',
    size: 14,
    get: (p) => unit0(p).serviceIds,
    set: (p, v) => withUnit0(p, { serviceIds: Array.isArray(v) ? v : [] }),
  },
  text('effectiveFrom', 'Effective from', { size: 10, placeholder: 'yyyy-mm-dd' }),
  {
    key: 'effectiveTo',
    label: 'Effective to',
    hint: 'empty = open-ended',
    kind: 'text',
    size: 10,
    placeholder: 'yyyy-mm-dd',
    get: (p) => p.effectiveTo ?? '',
    set: (p, v) => ({ ...p, effectiveTo: String(v).trim() === '' ? null : String(v) }),
  },
  {
    key: 'sync',
    label: 'Sync state',
    kind: 'select',
    options: [
      { value: 'synced', label: 'synced' },
      { value: 'pending', label: 'pending' },
      { value: 'error', label: 'error' },
    ],
    get: (p) => p.sync,
    set: (p, v) => ({ ...p, sync: v as PlanInstanceRow['sync'] }),
  },
  {
    key: 'syncError',
    label: 'Sync error text',
    kind: 'text',
    size: 18,
    get: (p) => p.syncError ?? '',
    set: (p, v) => {
      const { syncError: _drop, ...rest } = p;
      return String(v) === '' ? rest : { ...rest, syncError: String(v) };
    },
  },
];

const PRICE_COLUMNS: ReadonlyArray<RowColumn<PriceRow>> = [
  text('serviceType', 'Service type', { size: 10 }),
  text('usageType', 'Usage type', { size: 12 }),
];

const OUTCOME_TONE = {
  rated: 'tone-ok',
  suspended: 'tone-warning',
  discarded: 'tone-neutral',
} as const;

export default function SuspenseSimulator() {
  const id = useId();
  const url = useUrlState<SuspenseState>({
    key: URL_KEY,
    version: URL_VERSION,
    schema: SuspenseScenarioSchema,
    fallback: SAMPLE,
  });
  const scenario = url.value;
  const set = url.setValue;
  const result = useMemo(() => simulateSuspenseReprocessing(scenario), [scenario]);
  const inputIssues = result.issues.filter((i) => i.code.startsWith('SIM-INP'));
  const patch = (change: Partial<SuspenseState>) => set((prev) => ({ ...prev, ...change }));

  const applied = new Map(result.assumptions.map((a) => [a.id, a]));
  const assumptionItems: AssumptionItem[] = SUSPENSE_ASSUMPTIONS.map((a) => {
    const use = applied.get(a.id);
    const base = {
      id: a.id,
      text: a.text,
      value: use?.value ?? a.default,
      isDefault: use?.isDefault ?? true,
    };
    if (a.id === 'SUS-SYNC-AFTER-CORE-CHANGE') {
      return {
        ...base,
        value: scenario.syncAfterCoreChange
          ? 'changes reach Allegro before the next step'
          : 'changes wait for a sync step',
        control: (
          <div className={simStyles.checkControl}>
            <input
              id={`${id}-syncafter`}
              type="checkbox"
              checked={scenario.syncAfterCoreChange}
              onChange={(e) => patch({ syncAfterCoreChange: e.target.checked })}
            />
            <label htmlFor={`${id}-syncafter`}>
              A change in core Aria reaches Allegro before the next step
            </label>
          </div>
        ),
      };
    }
    if (a.id === 'SUS-DISCARD-ROLES') {
      return {
        ...base,
        control: (
          <div className={simStyles.control}>
            <label htmlFor={`${id}-roles`}>Roles allowed to discard (comma-separated)</label>
            <ListInput
              id={`${id}-roles`}
              className={simStyles.input}
              size={30}
              value={scenario.discardRoles}
              onChange={(discardRoles) => patch({ discardRoles })}
            />
          </div>
        ),
      };
    }
    if (a.id === 'SUS-ACTIVE-DATES') {
      return { ...base, changeHint: 'Change the effective dates in the plan instances table.' };
    }
    return base;
  });

  return (
    <div className={styles.simulator}>
      <div className={simStyles.toolbar}>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => set(sampleScenario())}
        >
          Reset to the sample scenario
        </button>
        <CopyLinkButton
          onBeforeCopy={url.flush}
          disabled={url.tooLargeForLink}
          disabledReason="This scenario is too large to keep in a link; use Edit as JSON to copy it."
        />
      </div>
      {url.notice && (
        <p role="status" className={simStyles.notice}>
          {url.notice}{' '}
          <button
            type="button"
            className="button button--sm button--link"
            onClick={url.dismissNotice}
          >
            Dismiss
          </button>
        </p>
      )}
      <LiveRegion message={summarize(result)} visuallyHidden />

      <h3 className={simStyles.sectionTitle}>Outcome</h3>
      {!result.ok ? (
        <div role="alert">
          <p className={simStyles.problemsTitle}>
            The scenario cannot be simulated until these problems are fixed:
          </p>
          <IssueTable
            issues={result.issues}
            caption="Scenario problems"
            columns={['code', 'path', 'message']}
          />
        </div>
      ) : (
        <>
          <Counts
            label="Record counts"
            items={[
              { label: 'Records', value: result.counts.total },
              { label: 'Rated on arrival', value: result.counts.ratedOnArrival },
              { label: 'Rated in the end', value: result.counts.rated },
              { label: 'Still suspended', value: result.counts.suspended },
              { label: 'Discarded', value: result.counts.discarded },
            ]}
          />
          <ScrollTable label="Outcome per record">
            <table className={simStyles.resultTable}>
              <caption className={simStyles.caption}>What happens to each record</caption>
              <thead>
                <tr>
                  <th scope="col">Record</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Code</th>
                  <th scope="col">First rating</th>
                  <th scope="col">Fix</th>
                </tr>
              </thead>
              <tbody>
                {result.records.map((record) => (
                  <tr key={record.id}>
                    <th scope="row">{record.id}</th>
                    <td>
                      <span
                        className={`${simStyles.badge} ${simStyles[OUTCOME_TONE[record.outcome]]}`}
                      >
                        {record.outcome}
                      </span>
                      {record.ratedOn && <span className={styles.small}> on {record.ratedOn}</span>}
                    </td>
                    <td>
                      {record.reason}
                      {!record.documented && record.outcome === 'suspended' && (
                        <span className={styles.small}> (assumed reason, see SUS-REASONS)</span>
                      )}
                    </td>
                    <td>
                      <CodeLink code={record.code} />
                    </td>
                    <td>
                      {record.firstPass}
                      {firstDiagnosis(record) && (
                        <span className={styles.small}> ({firstDiagnosis(record)})</span>
                      )}
                    </td>
                    <td>{record.fix ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <h4 className={simStyles.sectionTitle}>Timeline</h4>
          <Timeline entries={timelineOf(result)} label="Suspense timeline, in order" />
          <h4 className={simStyles.sectionTitle}>Findings</h4>
          <IssueTable
            issues={result.issues}
            caption="Findings of the simulation"
            columns={['code', 'severity', 'path', 'message']}
            emptyText="No findings: every record rated."
          />
          <CopyableCode
            code={runSheet(scenario, result)}
            label="Run sheet (plain text)"
            language="text"
          />
        </>
      )}

      <AssumptionsPanel items={assumptionItems} />

      <h3 className={simStyles.sectionTitle}>Scenario</h3>
      <p className={simStyles.hint}>
        Open a part of the scenario to edit it; the outcome above follows every change.
      </p>
      <div className={simStyles.control}>
        <label htmlFor={`${id}-title`}>Scenario title</label>
        <input
          id={`${id}-title`}
          className={simStyles.input}
          size={50}
          value={scenario.title ?? ''}
          onChange={(e) => patch({ title: e.target.value })}
        />
      </div>
      <Disclosure label={`Usage records (${scenario.records.length})`}>
        <RowsEditor<SuspenseRecordRow>
          idPrefix={`${id}-rec`}
          caption="Usage records (as they arrive)"
          rows={scenario.records}
          columns={RECORD_COLUMNS}
          onChange={(records) => patch({ records })}
          newRow={(rows) => {
            const last = rows[rows.length - 1];
            return {
              id: nextId(
                'R',
                rows.map((r) => r.id),
              ),
              file: last?.file ?? 'usage-file.csv',
              serviceType: last?.serviceType ?? 'VOICE',
              serviceId: last?.serviceId ?? '+15550100',
              usageType: last?.usageType ?? 'VOICE_MIN',
              start: last?.start ?? '2024-04-12 10:00:00',
              end: last?.end ?? '2024-04-12 10:05:00',
              quantity: 1,
            };
          }}
          rowName={(r, i) => `Record ${r.id || i + 1}`}
          addLabel="Add record"
          errors={issuesByCell(inputIssues, 'records')}
          maxRows={200}
        />
      </Disclosure>
      <Disclosure label={`Plan instances (${scenario.planInstances.length})`}>
        <RowsEditor<PlanInstanceRow>
          idPrefix={`${id}-pi`}
          caption="Plan instances on the account (first service unit of each; more in Edit as JSON)"
          rows={scenario.planInstances}
          columns={PLAN_COLUMNS}
          onChange={(planInstances) => patch({ planInstances })}
          newRow={(rows) => ({
            id: nextId(
              'PI-',
              rows.map((r) => r.id),
              100,
            ),
            serviceUnits: [{ serviceType: 'VOICE', serviceIds: ['+15550100'] }],
            effectiveFrom: '2024-04-01',
            sync: 'synced',
          })}
          rowName={(r, i) => `Plan instance ${r.id || i + 1}`}
          addLabel="Add plan instance"
          errors={issuesByCell(inputIssues, 'planInstances')}
          maxRows={100}
        />
      </Disclosure>
      <Disclosure label={`Prices (${scenario.prices.length})`}>
        <RowsEditor<PriceRow>
          idPrefix={`${id}-price`}
          caption="Prices (service type and usage type pairs that have pricing)"
          rows={scenario.prices}
          columns={PRICE_COLUMNS}
          onChange={(prices) => patch({ prices })}
          newRow={() => ({ serviceType: 'VOICE', usageType: 'VOICE_INTL' })}
          rowName={(_, i) => `Price ${i + 1}`}
          addLabel="Add price"
          errors={issuesByCell(inputIssues, 'prices')}
          maxRows={100}
        />
      </Disclosure>
      <Disclosure label={`Fixes and actions, in order (${scenario.steps.length})`}>
        <StepsEditor
          scenario={scenario}
          steps={scenario.steps}
          onChange={(steps) => patch({ steps })}
          errors={issuesByCell(inputIssues, 'steps')}
        />
      </Disclosure>
      <Disclosure label="Edit as JSON">
        <JsonScenarioEditor
          value={scenario}
          schema={SuspenseScenarioSchema}
          onApply={(next) => set(next)}
          label="Suspense scenario as JSON"
        />
      </Disclosure>
    </div>
  );
}
