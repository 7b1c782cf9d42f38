/**
 * Sync reprocessing simulator: catalog, account and subscription activity records with their
 * status, error and dependencies; shows the order to reprocess the failed ones in and why the
 * rest stay failed. The logic is planSyncReprocessing in src/allegro/simulate; this file renders
 * it and keeps the scenario in the page address.
 */
import React, { useId, useMemo } from 'react';
import {
  SYNC_ASSUMPTIONS,
  SYNC_ERROR_KINDS,
  SYNC_GROUPS,
  SyncScenarioSchema,
  planSyncReprocessing,
} from '@site/src/allegro/simulate/sync';
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
import {
  GROUP_ORDERS,
  orderText,
  planJson,
  sampleScenario,
  summarize,
  timelineOf,
  type SyncRecordRow,
  type SyncState,
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
  {
    key: 'id',
    label: 'Id',
    kind: 'text',
    size: 5,
    get: (r) => r.id,
    set: (r, v) => ({ ...r, id: String(v) }),
  },
  {
    key: 'group',
    label: 'Group',
    kind: 'select',
    options: SYNC_GROUPS.map((g) => ({ value: g, label: g })),
    get: (r) => r.group,
    set: (r, v) => ({ ...r, group: v as SyncRecordRow['group'] }),
  },
  {
    key: 'lom',
    label: 'LOM',
    kind: 'text',
    size: 11,
    get: (r) => r.lom,
    set: (r, v) => ({ ...r, lom: String(v) }),
  },
  {
    key: 'objectId',
    label: 'Object',
    kind: 'text',
    size: 18,
    get: (r) => r.objectId,
    set: (r, v) => ({ ...r, objectId: String(v) }),
  },
  {
    key: 'dependsOn',
    label: 'Needs objects',
    hint: 'comma-separated',
    kind: 'list',
    size: 24,
    get: (r) => r.dependsOn,
    set: (r, v) => ({ ...r, dependsOn: Array.isArray(v) ? v : [] }),
  },
  {
    key: 'status',
    label: 'Status',
    kind: 'select',
    options: ['ERROR', 'IGNORED', 'COMPLETE'].map((s) => ({ value: s, label: s })),
    get: (r) => r.status,
    set: (r, v) => ({ ...r, status: v as SyncRecordRow['status'] }),
  },
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
  {
    key: 'ignoredBecause',
    label: 'Ignored because',
    kind: 'text',
    size: 18,
    get: (r) => r.ignoredBecause ?? '',
    set: (r, v) => {
      const { ignoredBecause: _drop, ...rest } = r;
      return String(v) === '' ? rest : { ...rest, ignoredBecause: String(v) };
    },
  },
];

const OUTCOME_TONE = {
  reprocess: 'tone-ok',
  'stays-failed': 'tone-error',
  ignored: 'tone-neutral',
  'already-complete': 'tone-neutral',
} as const;

export default function SyncSimulator() {
  const id = useId();
  const url = useUrlState<SyncState>({
    key: URL_KEY,
    version: URL_VERSION,
    schema: SyncScenarioSchema,
    fallback: SAMPLE,
  });
  const scenario = url.value;
  const set = url.setValue;
  const result = useMemo(() => planSyncReprocessing(scenario), [scenario]);
  const inputIssues = result.issues.filter((i) => i.code.startsWith('SIM-INP'));
  const patch = (change: Partial<SyncState>) => set((prev) => ({ ...prev, ...change }));
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
            <div className={simStyles.control}>
              <label htmlFor={`${id}-order`}>Group order when dependencies allow</label>
              <select
                id={`${id}-order`}
                className={simStyles.input}
                value={currentOrder}
                onChange={(e) => {
                  const order = GROUP_ORDERS.find((o) => orderText(o) === e.target.value);
                  if (order) patch({ groupOrder: [...order] });
                }}
              >
                {GROUP_ORDERS.map((o) => (
                  <option key={orderText(o)} value={orderText(o)}>
                    {orderText(o)}
                  </option>
                ))}
              </select>
            </div>
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
            <div className={simStyles.control}>
              <label htmlFor={`${id}-existing`}>
                Objects already in Allegro from earlier syncs (comma-separated)
              </label>
              <ListInput
                id={`${id}-existing`}
                className={simStyles.input}
                size={40}
                placeholder="account:1003, plan:GOLD"
                value={scenario.existingObjects}
                onChange={(existingObjects) => patch({ existingObjects })}
              />
            </div>
          ),
        };
      default:
        return base;
    }
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

      <h3 className={simStyles.sectionTitle}>Reprocessing plan</h3>
      {!result.ok ? (
        <div role="alert">
          <p className={simStyles.problemsTitle}>
            The scenario cannot be planned until these problems are fixed:
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
                      <span
                        className={`${simStyles.badge} ${simStyles[OUTCOME_TONE[record.outcome]]}`}
                      >
                        {record.outcome === 'reprocess'
                          ? `reprocess #${record.order}`
                          : record.outcome}
                      </span>
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
          <h4 className={simStyles.sectionTitle}>Findings</h4>
          <IssueTable
            issues={result.issues}
            caption="Findings of the plan"
            columns={['code', 'severity', 'path', 'message']}
            emptyText="No findings: every failed record can be reprocessed."
          />
          <CopyableCode code={planJson(result)} label="Reprocessing plan (JSON)" language="json" />
        </>
      )}

      <AssumptionsPanel items={assumptionItems} />

      <h3 className={simStyles.sectionTitle}>Scenario</h3>
      <p className={simStyles.hint}>
        Open a part of the scenario to edit it; the plan above follows every change.
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
      <Disclosure label={`Activity records (${scenario.records.length})`}>
        <RowsEditor<SyncRecordRow>
          idPrefix={`${id}-rec`}
          caption="Sync activity records, in the order they arrived"
          rows={scenario.records}
          columns={RECORD_COLUMNS}
          onChange={(records) => patch({ records })}
          newRow={(rows) => {
            const used = new Set(rows.map((r) => r.id));
            let n = rows.length + 1;
            while (used.has(`X${n}`)) n += 1;
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
      <Disclosure label="Edit as JSON">
        <JsonScenarioEditor
          value={scenario}
          schema={SyncScenarioSchema}
          onApply={(next) => set(next)}
          label="Sync scenario as JSON"
        />
      </Disclosure>
    </div>
  );
}
