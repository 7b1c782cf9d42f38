/**
 * Aggregated usage simulator: monetized records, the aggregation and batching settings, what core
 * Aria knows and which errors it answers; shows the aggregated lines, each batch's
 * bulk_record_usage_m request and response, each record's outcome, what can be reprocessed, and
 * whether the totals reconcile. The logic is simulateAggregatedUsageSync in src/allegro/simulate.
 */
import React, { useId, useMemo, useState } from 'react';
import {
  AGGREGATION_ASSUMPTIONS,
  AggregationScenarioSchema,
  simulateAggregatedUsageSync,
  type AggregatedLine,
} from '@site/src/allegro/simulate/aggregation';
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
  numberOrText,
  optionalNumberOrText,
  simStyles,
  type AssumptionItem,
  type RowColumn,
} from '@site/src/components/sim-ui';
import {
  MATCH_FIELDS,
  MATCH_FIELD_LABELS,
  SAMPLES,
  matchField,
  matchValue,
  parsePlanInstancePairs,
  planInstancePairs,
  sampleScenario,
  summarize,
  timelineOf,
  withMatch,
  type AggregationState,
  type BatchErrorRow,
  type InjectedErrorRow,
  type MatchField,
  type MonetizedRow,
  type SampleId,
} from './model';
import styles from './styles.module.css';

export const URL_KEY = 'aggregation';
export const URL_VERSION = 1;
const SAMPLE = sampleScenario();

const show = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

const RECORD_COLUMNS: ReadonlyArray<RowColumn<MonetizedRow>> = [
  {
    key: 'id',
    label: 'Id',
    kind: 'text',
    size: 5,
    get: (r) => r.id,
    set: (r, v) => ({ ...r, id: String(v) }),
  },
  {
    key: 'accountNo',
    label: 'Account no.',
    kind: 'text',
    size: 8,
    inputMode: 'numeric',
    get: (r) => show(r.accountNo),
    set: (r, v) => ({
      ...r,
      accountNo: optionalNumberOrText(String(v)) as MonetizedRow['accountNo'],
    }),
  },
  {
    key: 'planInstanceNo',
    label: 'Plan instance no.',
    kind: 'text',
    size: 8,
    inputMode: 'numeric',
    get: (r) => show(r.planInstanceNo),
    set: (r, v) => ({
      ...r,
      planInstanceNo: optionalNumberOrText(String(v)) as MonetizedRow['planInstanceNo'],
    }),
  },
  {
    key: 'usageTypeCode',
    label: 'Usage type code',
    kind: 'text',
    size: 10,
    get: (r) => show(r.usageTypeCode),
    set: (r, v) => ({ ...r, usageTypeCode: String(v) === '' ? undefined : String(v) }),
  },
  {
    key: 'usageDate',
    label: 'Usage date',
    kind: 'text',
    size: 19,
    placeholder: 'yyyy-mm-dd hh:mm:ss',
    get: (r) => r.usageDate,
    set: (r, v) => ({ ...r, usageDate: String(v) }),
  },
  {
    key: 'quantity',
    label: 'Quantity',
    kind: 'text',
    size: 7,
    inputMode: 'decimal',
    get: (r) => show(r.quantity),
    set: (r, v) => ({ ...r, quantity: String(v) }),
  },
  {
    key: 'amount',
    label: 'Amount',
    kind: 'text',
    size: 7,
    inputMode: 'decimal',
    get: (r) => show(r.amount),
    set: (r, v) => ({ ...r, amount: String(v) }),
  },
  {
    key: 'synced',
    label: 'Already synced',
    kind: 'checkbox',
    get: (r) => r.synced,
    set: (r, v) => ({ ...r, synced: v === true }),
  },
];

const INJECT_COLUMNS: ReadonlyArray<RowColumn<InjectedErrorRow>> = [
  {
    key: 'code',
    label: 'Error code',
    kind: 'text',
    size: 6,
    inputMode: 'numeric',
    get: (r) => show(r.code),
    set: (r, v) => ({ ...r, code: numberOrText(String(v)) as number }),
  },
  {
    key: 'field',
    label: 'For the line with',
    kind: 'select',
    options: MATCH_FIELDS.map((f) => ({ value: f, label: MATCH_FIELD_LABELS[f] })),
    get: (r) => matchField(r),
    set: (r, v) => withMatch(r, v as MatchField, matchValue(r)),
  },
  {
    key: 'value',
    label: 'Value',
    kind: 'text',
    size: 16,
    get: (r) => matchValue(r),
    set: (r, v) => withMatch(r, matchField(r), String(v)),
  },
  {
    key: 'message',
    label: 'Error text (optional)',
    kind: 'text',
    size: 22,
    get: (r) => r.message ?? '',
    set: (r, v) => ({ ...r, message: String(v) === '' ? undefined : String(v) }),
  },
];

const BATCH_ERROR_COLUMNS: ReadonlyArray<RowColumn<BatchErrorRow>> = [
  {
    key: 'batch',
    label: 'Batch',
    kind: 'text',
    size: 4,
    inputMode: 'numeric',
    get: (r) => show(r.batch),
    set: (r, v) => ({ ...r, batch: numberOrText(String(v)) as number }),
  },
  {
    key: 'code',
    label: 'Error code',
    kind: 'text',
    size: 6,
    inputMode: 'numeric',
    get: (r) => show(r.code),
    set: (r, v) => ({ ...r, code: numberOrText(String(v)) as number }),
  },
  {
    key: 'message',
    label: 'Error text (optional)',
    kind: 'text',
    size: 22,
    get: (r) => r.message ?? '',
    set: (r, v) => ({ ...r, message: String(v) === '' ? undefined : String(v) }),
  },
];

const OUTCOME_TONE = {
  sent: 'tone-ok',
  errored: 'tone-error',
  pending: 'tone-warning',
  'already-synced': 'tone-neutral',
} as const;

function ErrorCode({ line }: { line: AggregatedLine }) {
  if (!line.error) return <>—</>;
  const text = `${line.error.code}${line.error.level === 'call' ? ' (whole call)' : ''}`;
  return line.error.definition ? <a href={line.error.definition.docsUrl}>{text}</a> : <>{text}</>;
}

export default function AggregatedUsageSimulator() {
  const id = useId();
  const url = useUrlState<AggregationState>({
    key: URL_KEY,
    version: URL_VERSION,
    schema: AggregationScenarioSchema,
    fallback: SAMPLE,
  });
  const [sampleId, setSampleId] = useState<SampleId>('month-end');
  const scenario = url.value;
  const set = url.setValue;
  const result = useMemo(() => simulateAggregatedUsageSync(scenario), [scenario]);
  const inputIssues = result.issues.filter((i) => i.code.startsWith('SIM-INP'));
  const patch = (change: Partial<AggregationState>) => set((prev) => ({ ...prev, ...change }));
  const applied = new Map(result.assumptions.map((a) => [a.id, a]));
  const batchSizeIssue = inputIssues.find((i) => i.path === 'batchSize')?.message;

  const check = (key: string, label: string, checked: boolean, onChange: (v: boolean) => void) => (
    <div className={simStyles.checkControl}>
      <input
        id={`${id}-${key}`}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={`${id}-${key}`}>{label}</label>
    </div>
  );
  const groupPart = (part: 'planInstance' | 'period', on: boolean) =>
    patch({
      groupBy: on
        ? [...new Set([...scenario.groupBy, part])]
        : scenario.groupBy.filter((p) => p !== part),
    });

  const controls: Record<string, React.ReactNode> = {
    'AGG-GROUP-KEY': (
      <>
        {check('gb-pi', 'Group by plan instance', scenario.groupBy.includes('planInstance'), (v) =>
          groupPart('planInstance', v),
        )}
        {check('gb-period', 'Group by period', scenario.groupBy.includes('period'), (v) =>
          groupPart('period', v),
        )}
        <div className={simStyles.control}>
          <label htmlFor={`${id}-period`}>Period</label>
          <select
            id={`${id}-period`}
            className={simStyles.input}
            value={scenario.period}
            onChange={(e) => patch({ period: e.target.value as AggregationState['period'] })}
          >
            <option value="month">calendar month</option>
            <option value="day">day</option>
          </select>
        </div>
      </>
    ),
    'AGG-LINE-DATE': (
      <div className={simStyles.control}>
        <label htmlFor={`${id}-linedate`}>Usage date of an aggregated line</label>
        <select
          id={`${id}-linedate`}
          className={simStyles.input}
          value={scenario.lineDate}
          onChange={(e) => patch({ lineDate: e.target.value as AggregationState['lineDate'] })}
        >
          <option value="last">latest date of its records</option>
          <option value="first">earliest date of its records</option>
        </select>
      </div>
    ),
    'AGG-BATCH-SIZE': (
      <div className={simStyles.control}>
        <label htmlFor={`${id}-batch`}>Records per bulk_record_usage_m call (batch size)</label>
        <input
          id={`${id}-batch`}
          className={simStyles.input}
          inputMode="numeric"
          size={6}
          value={show(scenario.batchSize)}
          aria-invalid={batchSizeIssue ? true : undefined}
          aria-describedby={batchSizeIssue ? `${id}-batch-error` : undefined}
          onChange={(e) => patch({ batchSize: numberOrText(e.target.value) as number })}
        />
        {batchSizeIssue && (
          <span id={`${id}-batch-error`} className={simStyles.fieldError}>
            {batchSizeIssue}
          </span>
        )}
      </div>
    ),
    'AGG-AMOUNT': check('amount', 'Send the rated amount in amt', scenario.sendAmount, (v) =>
      patch({ sendAmount: v }),
    ),
    'AGG-SWITCH-OFF': check('aggregate', 'Aggregate Usage switch on', scenario.aggregate, (v) =>
      patch({ aggregate: v }),
    ),
  };
  const hints: Record<string, string> = {
    'AGG-RESPONSE-SHAPE':
      'Choose the answers of core Aria under “Errors core Aria answers” in the scenario.',
    'AGG-PREDICTED-ERRORS': 'List what core Aria has under “What core Aria knows” in the scenario.',
    'AGG-ERROR-SCOPE': 'Turn the Aggregate Usage switch off (above) to see one line per record.',
  };
  const assumptionItems: AssumptionItem[] = AGGREGATION_ASSUMPTIONS.map((a) => {
    const use = applied.get(a.id);
    return {
      id: a.id,
      text: a.text,
      value: use?.value ?? a.default,
      isDefault: use?.isDefault ?? true,
      ...(controls[a.id] ? { control: controls[a.id] } : {}),
      ...(hints[a.id] ? { changeHint: hints[a.id] } : {}),
    };
  });

  const r = result.reconciliation;
  return (
    <div className={styles.simulator}>
      <div className={simStyles.toolbar}>
        <label htmlFor={`${id}-sample`} className={simStyles.visuallyHidden}>
          Sample scenario
        </label>
        <select
          id={`${id}-sample`}
          className={simStyles.input}
          value={sampleId}
          onChange={(e) => setSampleId(e.target.value as SampleId)}
        >
          {(Object.keys(SAMPLES) as SampleId[]).map((key) => (
            <option key={key} value={key}>
              {SAMPLES[key].label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => set(sampleScenario(sampleId))}
        >
          Load sample
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
            label="Sync counts"
            items={[
              { label: 'Aggregated lines', value: result.lines.length },
              { label: 'Batches', value: result.batches.length },
              { label: 'Records sent', value: r.sent.records },
              { label: 'Records errored', value: r.errored.records },
              { label: 'Records pending', value: r.pending.records },
              { label: 'Already synced', value: r.alreadySynced.records },
            ]}
          />
          <h4 className={simStyles.sectionTitle}>Batches, in order</h4>
          <Timeline entries={timelineOf(result)} label="Batches, in the order they are sent" />
          <ScrollTable label="Outcome per monetized record">
            <table className={simStyles.resultTable}>
              <caption className={simStyles.caption}>What happens to each monetized record</caption>
              <thead>
                <tr>
                  <th scope="col">Record</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Line</th>
                  <th scope="col">Batch</th>
                  <th scope="col">Quantity</th>
                  <th scope="col">Amount</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Code</th>
                </tr>
              </thead>
              <tbody>
                {result.sources.map((source) => (
                  <tr key={source.id}>
                    <th scope="row">{source.id}</th>
                    <td>
                      <span
                        className={`${simStyles.badge} ${simStyles[OUTCOME_TONE[source.outcome]]}`}
                      >
                        {source.outcome}
                      </span>
                    </td>
                    <td>{source.lineId ?? '—'}</td>
                    <td className={simStyles.num}>{source.batch ?? '—'}</td>
                    <td className={simStyles.num}>{source.quantity}</td>
                    <td className={simStyles.num}>{source.amount}</td>
                    <td>{source.reason}</td>
                    <td>
                      <CodeLink code={source.code} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <ScrollTable label="Aggregated lines table">
            <table className={simStyles.resultTable}>
              <caption className={simStyles.caption}>Aggregated lines</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Records</th>
                  <th scope="col">Batch</th>
                  <th scope="col">Account / plan instance</th>
                  <th scope="col">Usage type</th>
                  <th scope="col">Usage date</th>
                  <th scope="col">Quantity</th>
                  <th scope="col">Amount</th>
                  <th scope="col">Blended rate</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Core Aria error</th>
                </tr>
              </thead>
              <tbody>
                {result.lines.map((line) => (
                  <tr key={line.lineId}>
                    <th scope="row">{line.lineId}</th>
                    <td>{line.sourceRecordIds.join(', ')}</td>
                    <td className={simStyles.num}>{line.batch}</td>
                    <td>
                      {line.accountNo ?? line.clientAcctId ?? '—'} /{' '}
                      {line.planInstanceNo ?? line.clientPlanInstanceId ?? '—'}
                    </td>
                    <td>{line.usageTypeCode ?? '—'}</td>
                    <td>{line.usageDate}</td>
                    <td className={simStyles.num}>{line.quantity}</td>
                    <td className={simStyles.num}>{line.amount}</td>
                    <td className={simStyles.num}>{line.blendedRate ?? '—'}</td>
                    <td>{line.outcome}</td>
                    <td>
                      <ErrorCode line={line} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <ScrollTable label="Reconciliation table">
            <table className={simStyles.resultTable}>
              <caption className={simStyles.caption}>
                Reconciliation:{' '}
                {r.balanced ? 'source = sent + errored + pending' : 'totals do not match'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Part</th>
                  <th scope="col">Records</th>
                  <th scope="col">Quantity</th>
                  <th scope="col">Amount</th>
                </tr>
              </thead>
              <tbody>
                {(
                  [
                    ['To send', r.source],
                    ['Sent', r.sent],
                    ['Errored', r.errored],
                    ['Pending', r.pending],
                    ['Already synced (not sent again)', r.alreadySynced],
                  ] as const
                ).map(([label, totals]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    <td className={simStyles.num}>{totals.records}</td>
                    <td className={simStyles.num}>{totals.quantity}</td>
                    <td className={simStyles.num}>{totals.amount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <h4 className={simStyles.sectionTitle}>Reprocessing</h4>
          {result.reprocessable.length === 0 && result.notReprocessable.length === 0 ? (
            <p>No errored line: nothing to reprocess.</p>
          ) : (
            <ul>
              {result.reprocessable.map((item) => (
                <li key={item.lineId}>
                  Reprocess <strong>{item.lineId}</strong> (records{' '}
                  {item.sourceRecordIds.join(', ')}) after the fix for {item.code}: {item.fix}
                </li>
              ))}
              {result.notReprocessable.map((item) => (
                <li key={item.lineId}>
                  <strong>{item.lineId}</strong> (records {item.sourceRecordIds.join(', ')}), error{' '}
                  {item.code}: {item.why}
                </li>
              ))}
            </ul>
          )}
          <h4 className={simStyles.sectionTitle}>Findings</h4>
          <IssueTable
            issues={result.issues}
            caption="Findings of the simulation"
            columns={['code', 'severity', 'path', 'message']}
            emptyText="No findings: every line was accepted."
          />
          <h4 className={simStyles.sectionTitle}>Requests and responses</h4>
          <p className={simStyles.hint}>
            The auth_key is never shown; every request carries a placeholder instead.
          </p>
          {result.batches.map((batch) => (
            <div key={batch.batchId}>
              <CopyableCode
                code={batch.requestJson}
                label={`Batch ${batch.batch}: bulk_record_usage_m request`}
                language="json"
                maxHeight={300}
              />
              {batch.responseJson ? (
                <CopyableCode
                  code={batch.responseJson}
                  label={`Batch ${batch.batch}: response`}
                  language="json"
                  maxHeight={220}
                />
              ) : (
                <p className={simStyles.hint}>Batch {batch.batch}: no response yet (in process).</p>
              )}
            </div>
          ))}
        </>
      )}

      <AssumptionsPanel items={assumptionItems} />

      <h3 className={simStyles.sectionTitle}>Scenario</h3>
      <p className={simStyles.hint}>
        Open a part of the scenario to edit it; the outcome above follows every change.
      </p>
      <div className={simStyles.controls}>
        <div className={simStyles.control}>
          <label htmlFor={`${id}-client`}>Client number</label>
          <input
            id={`${id}-client`}
            className={simStyles.input}
            inputMode="numeric"
            size={10}
            value={show(scenario.clientNo)}
            onChange={(e) => patch({ clientNo: numberOrText(e.target.value) as number })}
          />
        </div>
        <div className={simStyles.control}>
          <label htmlFor={`${id}-aggid`}>Aggregated ID</label>
          <input
            id={`${id}-aggid`}
            className={simStyles.input}
            size={18}
            value={scenario.aggregatedId}
            onChange={(e) => patch({ aggregatedId: e.target.value })}
          />
        </div>
      </div>
      <Disclosure label={`Monetized records (${scenario.records.length})`}>
        <RowsEditor<MonetizedRow>
          idPrefix={`${id}-rec`}
          caption="Monetized records waiting for the sync"
          rows={scenario.records}
          columns={RECORD_COLUMNS}
          onChange={(records) => patch({ records })}
          newRow={(rows) => {
            const used = new Set(rows.map((row) => row.id));
            let n = rows.length + 1;
            while (used.has(`M${n}`)) n += 1;
            const last = rows[rows.length - 1];
            return {
              id: `M${n}`,
              ...(last?.accountNo !== undefined
                ? { accountNo: last.accountNo }
                : { accountNo: 1001 }),
              ...(last?.planInstanceNo !== undefined
                ? { planInstanceNo: last.planInstanceNo }
                : {}),
              usageTypeCode: last?.usageTypeCode ?? 'VOICE_MIN',
              usageDate: last?.usageDate ?? '2024-04-30 10:00:00',
              quantity: '10',
              amount: '0.20',
              synced: false,
            };
          }}
          rowName={(row, i) => `Record ${row.id || i + 1}`}
          addLabel="Add monetized record"
          errors={issuesByCell(inputIssues, 'records')}
          maxRows={500}
        />
      </Disclosure>
      <Disclosure label="What core Aria knows">
        <div className={simStyles.controls}>
          <div className={simStyles.control}>
            <label htmlFor={`${id}-core-acct`}>
              Accounts in core Aria (comma-separated; empty = not checked)
            </label>
            <ListInput
              id={`${id}-core-acct`}
              className={simStyles.input}
              size={40}
              value={scenario.core.accounts ?? []}
              onChange={(accounts) =>
                patch({
                  core: {
                    ...scenario.core,
                    accounts: accounts.length ? accounts.map((a) => numberOrText(a)) : undefined,
                  },
                })
              }
            />
          </div>
          <div className={simStyles.control}>
            <label htmlFor={`${id}-core-pi`}>
              Plan instances in core Aria as plan instance:account (empty = not checked)
            </label>
            <ListInput
              id={`${id}-core-pi`}
              className={simStyles.input}
              size={40}
              placeholder="5001:1001, 5002:1002"
              value={planInstancePairs(scenario.core.planInstances)}
              onChange={(pairs) =>
                patch({
                  core: {
                    ...scenario.core,
                    planInstances: pairs.length ? parsePlanInstancePairs(pairs) : undefined,
                  },
                })
              }
            />
          </div>
        </div>
      </Disclosure>
      <Disclosure label="Errors core Aria answers">
        <RowsEditor<InjectedErrorRow>
          idPrefix={`${id}-inject`}
          caption="Errors for single records (error_records in the response)"
          rows={scenario.injectErrors}
          columns={INJECT_COLUMNS}
          onChange={(injectErrors) => patch({ injectErrors })}
          newRow={() => ({ code: 1009, match: { recordId: scenario.records[0]?.id ?? 'M1' } })}
          rowName={(_, i) => `Record error ${i + 1}`}
          addLabel="Add record error"
          errors={issuesByCell(inputIssues, 'injectErrors')}
          maxRows={200}
        />
        <RowsEditor<BatchErrorRow>
          idPrefix={`${id}-batcherr`}
          caption="Errors for whole calls (every record of the batch fails)"
          rows={scenario.batchErrors}
          columns={BATCH_ERROR_COLUMNS}
          onChange={(batchErrors) => patch({ batchErrors })}
          newRow={() => ({ batch: 1, code: 1004 })}
          rowName={(_, i) => `Call error ${i + 1}`}
          addLabel="Add call error"
          errors={issuesByCell(inputIssues, 'batchErrors')}
          maxRows={200}
        />
        <div className={simStyles.control}>
          <label htmlFor={`${id}-inproc`}>Batches still in process (comma-separated numbers)</label>
          <ListInput
            id={`${id}-inproc`}
            className={simStyles.input}
            size={20}
            value={scenario.inProcessBatches.map(String)}
            onChange={(list) =>
              patch({ inProcessBatches: list.map((b) => numberOrText(b) as number) })
            }
          />
        </div>
      </Disclosure>
      <Disclosure label="Edit as JSON">
        <JsonScenarioEditor
          value={scenario}
          schema={AggregationScenarioSchema}
          onApply={(next) => set(next)}
          label="Aggregated usage scenario as JSON"
        />
      </Disclosure>
    </div>
  );
}
