/**
 * Usage suspense simulator: records, plan instances, prices and an ordered list of fixes and
 * actions; shows what each record ends as (rated, suspended, discarded) and why, step by step.
 * The logic is simulateSuspenseReprocessing in src/allegro/simulate; this file renders it and
 * keeps the scenario in the page address.
 */
import React, { useId } from 'react';
import {
  SUSPENSE_ASSUMPTIONS,
  SuspenseScenarioSchema,
  simulateSuspenseReprocessing,
} from '@site/src/allegro/simulate/suspense';
import { CopyableCode, LiveRegion } from '@site/src/components/widget-ui';
import {
  AssumptionsPanel,
  Badge,
  CheckField,
  CodeLink,
  Counts,
  Disclosure,
  EditAsJson,
  Findings,
  ListField,
  RowsEditor,
  ScenarioIntro,
  ScenarioProblems,
  ScenarioTitleField,
  ScenarioToolbar,
  ScrollTable,
  Timeline,
  UrlNotice,
  inputIssuesOf,
  issuesByCell,
  nextId,
  optionalTextColumn,
  selectColumn,
  simStyles,
  textColumn as text,
  useScenario,
  type AssumptionItem,
  type RowColumn,
} from '@site/src/components/sim-ui';
import { StepsEditor } from './StepsEditor';
import {
  firstDiagnosis,
  runSheet,
  sampleScenario,
  summarize,
  timelineOf,
  type PlanInstanceRow,
  type PriceRow,
  type SuspenseRecordRow,
} from './model';
import styles from './styles.module.css';

export const URL_KEY = 'suspense';
export const URL_VERSION = 1;
const SAMPLE = sampleScenario();

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
  selectColumn('sync', 'Sync state', ['synced', 'pending', 'error']),
  optionalTextColumn('syncError', 'Sync error text', { size: 18 }),
];

const PRICE_COLUMNS: ReadonlyArray<RowColumn<PriceRow>> = [
  text('serviceType', 'Service type', { size: 10 }),
  text('usageType', 'Usage type', { size: 12 }),
];

const OUTCOME_TONE = { rated: 'ok', suspended: 'warning', discarded: 'neutral' } as const;

export default function SuspenseSimulator() {
  const id = useId();
  const { url, scenario, set, patch, result } = useScenario(
    { key: URL_KEY, version: URL_VERSION, schema: SuspenseScenarioSchema, fallback: SAMPLE },
    simulateSuspenseReprocessing,
  );
  const inputIssues = inputIssuesOf(result.issues);

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
          <CheckField
            id={`${id}-syncafter`}
            label="A change in core Aria reaches Allegro before the next step"
            checked={scenario.syncAfterCoreChange}
            onChange={(syncAfterCoreChange) => patch({ syncAfterCoreChange })}
          />
        ),
      };
    }
    if (a.id === 'SUS-DISCARD-ROLES') {
      return {
        ...base,
        control: (
          <ListField
            id={`${id}-roles`}
            label="Roles allowed to discard (comma-separated)"
            size={30}
            value={scenario.discardRoles}
            onChange={(discardRoles) => patch({ discardRoles })}
          />
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
      <ScenarioToolbar
        url={url}
        resetLabel="Reset to the sample scenario"
        onReset={() => set(sampleScenario())}
      />
      <UrlNotice url={url} />
      <LiveRegion message={summarize(result)} visuallyHidden />

      <h3 className={simStyles.sectionTitle}>Outcome</h3>
      {!result.ok ? (
        <ScenarioProblems issues={result.issues} />
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
                      <Badge tone={OUTCOME_TONE[record.outcome]}>{record.outcome}</Badge>
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
          <Findings
            issues={result.issues}
            caption="Findings of the simulation"
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

      <ScenarioIntro />
      <ScenarioTitleField
        id={`${id}-title`}
        title={scenario.title}
        onChange={(title) => patch({ title })}
      />
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
      <EditAsJson
        value={scenario}
        schema={SuspenseScenarioSchema}
        onApply={set}
        label="Suspense scenario as JSON"
      />
    </div>
  );
}
