/**
 * Sync reprocessing simulator: catalog, account and subscription activity records with their
 * status, error and dependencies; shows the order to reprocess the failed ones in and why the
 * rest stay failed. The logic is planSyncReprocessing in src/allegro/simulate; this file renders
 * it and keeps the scenario in the page address.
 */
import React, { useId } from 'react';
import {
  SYNC_ASSUMPTIONS,
  SYNC_ERROR_KINDS,
  SYNC_GROUPS,
  SyncScenarioSchema,
  planSyncReprocessing,
} from '@site/src/allegro/simulate/sync';
import { CopyableCode, LiveRegion } from '@site/src/components/widget-ui';
import {
  AssumptionsPanel,
  Badge,
  CodeLink,
  Counts,
  Disclosure,
  EditAsJson,
  Findings,
  freeIdNumber,
  ListField,
  RowsEditor,
  ScenarioIntro,
  ScenarioProblems,
  ScenarioTitleField,
  ScenarioToolbar,
  ScrollTable,
  SelectField,
  Timeline,
  UrlNotice,
  inputIssuesOf,
  issuesByCell,
  optionalTextColumn,
  selectColumn,
  simStyles,
  textColumn,
  useScenario,
  type AssumptionItem,
  type RowColumn,
} from '@site/src/components/sim-ui';
import {
  GROUP_ORDERS,
  orderText,
  planJson,
  sampleScenario,
  summarize,
  timelineOf,
  type SyncRecordRow,
} from './model';
import styles from './styles.module.css';

export const URL_KEY = 'sync';
export const URL_VERSION = 1;
const SAMPLE = sampleScenario();

type ErrorInfo = NonNullable<SyncRecordRow['error']>;
const withError = (r: SyncRecordRow, change: Partial<ErrorInfo>): SyncRecordRow => ({
  ...r,
  error: { kind: 'other', fixed: false, ...r.error, ...change },
});

const RECORD_COLUMNS: ReadonlyArray<RowColumn<SyncRecordRow>> = [
  textColumn('id', 'Id', { size: 5 }),
  selectColumn('group', 'Group', SYNC_GROUPS),
  textColumn('lom', 'LOM', { size: 11 }),
  textColumn('objectId', 'Object', { size: 18 }),
  {
    key: 'dependsOn',
    label: 'Needs objects',
    hint: 'comma-separated',
    kind: 'list',
    size: 24,
    get: (r) => r.dependsOn,
    set: (r, v) => ({ ...r, dependsOn: Array.isArray(v) ? v : [] }),
  },
  selectColumn('status', 'Status', ['ERROR', 'IGNORED', 'COMPLETE']),
  {
    key: 'kind',
    label: 'Error kind',
    kind: 'select',
    options: [
      { value: '', label: '(none)' },
      ...SYNC_ERROR_KINDS.map((k) => ({ value: k, label: k })),
    ],
    get: (r) => r.error?.kind ?? '',
    set: (r, v) => {
      if (v === '') {
        const { error: _drop, ...rest } = r;
        return rest;
      }
      return withError(r, { kind: v as ErrorInfo['kind'] });
    },
  },
  {
    key: 'message',
    label: 'Error text',
    kind: 'text',
    size: 22,
    get: (r) => r.error?.message ?? '',
    set: (r, v) => withError(r, { message: String(v) === '' ? undefined : String(v) }),
  },
  {
    key: 'fixed',
    label: 'Cause fixed',
    kind: 'checkbox',
    get: (r) => r.error?.fixed ?? false,
    set: (r, v) => withError(r, { fixed: v === true }),
  },
  optionalTextColumn('ignoredBecause', 'Ignored because', { size: 18 }),
];

const OUTCOME_TONE = {
  reprocess: 'ok',
  'stays-failed': 'error',
  ignored: 'neutral',
  'already-complete': 'neutral',
} as const;

export default function SyncSimulator() {
  const id = useId();
  const { url, scenario, set, patch, result } = useScenario(
    { key: URL_KEY, version: URL_VERSION, schema: SyncScenarioSchema, fallback: SAMPLE },
    planSyncReprocessing,
  );
  const inputIssues = inputIssuesOf(result.issues);
  const currentOrder = orderText(scenario.groupOrder);

  const assumptionItems: AssumptionItem[] = SYNC_ASSUMPTIONS.map((a) => {
    const base = { id: a.id, text: a.text, value: a.default, isDefault: true };
    switch (a.id) {
      case 'SYNC-GROUP-ORDER':
        return {
          ...base,
          value: currentOrder,
          isDefault: currentOrder === a.default,
          control: (
            <SelectField
              id={`${id}-order`}
              label="Group order when dependencies allow"
              value={currentOrder}
              onChange={(text) => {
                const order = GROUP_ORDERS.find((o) => orderText(o) === text);
                if (order) patch({ groupOrder: [...order] });
              }}
            >
              {GROUP_ORDERS.map((o) => (
                <option key={orderText(o)} value={orderText(o)}>
                  {orderText(o)}
                </option>
              ))}
            </SelectField>
          ),
        };
      case 'SYNC-OUT-OF-ORDER':
        return {
          ...base,
          changeHint:
            'Set each record’s error kind and “Cause fixed” in the activity records table.',
        };
      case 'SYNC-SAME-OBJECT':
        return {
          ...base,
          changeHint: 'Change the order of the activity records with the move buttons.',
        };
      case 'SYNC-IGNORED-PROVIDES-NOTHING':
        return {
          ...base,
          value: scenario.existingObjects.length
            ? `already in Allegro: ${scenario.existingObjects.join(', ')}`
            : 'nothing in Allegro before these records',
          isDefault: scenario.existingObjects.length === 0,
          control: (
            <ListField
              id={`${id}-existing`}
              label="Objects already in Allegro from earlier syncs (comma-separated)"
              size={40}
              placeholder="account:1003, plan:GOLD"
              value={scenario.existingObjects}
              onChange={(existingObjects) => patch({ existingObjects })}
            />
          ),
        };
      default:
        return base;
    }
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

      <h3 className={simStyles.sectionTitle}>Reprocessing plan</h3>
      {!result.ok ? (
        <ScenarioProblems issues={result.issues} action="planned" />
      ) : (
        <>
          <Counts
            label="Activity record counts"
            items={[
              { label: 'Activity records', value: result.counts.total },
              { label: 'Reprocess', value: result.counts.reprocess },
              { label: 'Stay failed', value: result.counts['stays-failed'] },
              { label: 'Ignored', value: result.counts.ignored },
              { label: 'Already complete', value: result.counts['already-complete'] },
            ]}
          />
          {result.plan.length > 0 ? (
            <Timeline entries={timelineOf(result)} label="Reprocess in this order" />
          ) : (
            <p>No failed record can be reprocessed yet; see the reasons below.</p>
          )}
          <ScrollTable label="Outcome per activity record">
            <table className={simStyles.resultTable}>
              <caption className={simStyles.caption}>What happens to each activity record</caption>
              <thead>
                <tr>
                  <th scope="col">Record</th>
                  <th scope="col">LOM and object</th>
                  <th scope="col">Status</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Code</th>
                  <th scope="col">Waits for</th>
                </tr>
              </thead>
              <tbody>
                {result.records.map((record) => (
                  <tr key={record.id}>
                    <th scope="row">{record.id}</th>
                    <td>
                      {record.lom} <code>{record.objectId}</code>
                    </td>
                    <td>{record.status}</td>
                    <td>
                      <Badge tone={OUTCOME_TONE[record.outcome]}>
                        {record.outcome === 'reprocess'
                          ? `reprocess #${record.order}`
                          : record.outcome}
                      </Badge>
                    </td>
                    <td>{record.reason}</td>
                    <td>
                      <CodeLink code={record.code} />
                    </td>
                    <td>{record.waitsFor.length ? record.waitsFor.join(', ') : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <Findings
            issues={result.issues}
            caption="Findings of the plan"
            emptyText="No findings: every failed record can be reprocessed."
          />
          <CopyableCode code={planJson(result)} label="Reprocessing plan (JSON)" language="json" />
        </>
      )}

      <AssumptionsPanel items={assumptionItems} />

      <ScenarioIntro result="plan" />
      <ScenarioTitleField
        id={`${id}-title`}
        title={scenario.title}
        onChange={(title) => patch({ title })}
      />
      <Disclosure label={`Activity records (${scenario.records.length})`}>
        <RowsEditor<SyncRecordRow>
          idPrefix={`${id}-rec`}
          caption="Sync activity records, in the order they arrived"
          rows={scenario.records}
          columns={RECORD_COLUMNS}
          onChange={(records) => patch({ records })}
          newRow={(rows) => {
            const n = freeIdNumber(
              'X',
              rows.map((r) => r.id),
            );
            return {
              id: `X${n}`,
              group: 'account',
              lom: 'Account',
              objectId: `account:${2000 + n}`,
              dependsOn: [],
              status: 'ERROR',
              error: { kind: 'out-of-order', fixed: false },
            };
          }}
          rowName={(r, i) => `Record ${r.id || i + 1}`}
          addLabel="Add activity record"
          errors={issuesByCell(inputIssues, 'records')}
          maxRows={300}
          movable
        />
      </Disclosure>
      <EditAsJson
        value={scenario}
        schema={SyncScenarioSchema}
        onApply={set}
        label="Sync scenario as JSON"
      />
    </div>
  );
}
