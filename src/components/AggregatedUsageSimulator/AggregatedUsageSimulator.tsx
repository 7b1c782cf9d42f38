/**
 * Aggregated usage simulator: monetized records, the aggregation and batching settings, what core
 * Aria knows and which errors it answers; shows the aggregated lines, each batch's
 * bulk_record_usage_m request and response, each record's outcome, what can be reprocessed, and
 * whether the totals reconcile. The logic is simulateAggregatedUsageSync in src/allegro/simulate.
 */
import React, { useId, useState } from 'react';
import {
  AGGREGATION_ASSUMPTIONS,
  AggregationScenarioSchema,
  simulateAggregatedUsageSync,
  type AggregatedLine,
} from '@site/src/allegro/simulate/aggregation';
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
  ScenarioToolbar,
  ScrollTable,
  SelectField,
  TextField,
  Timeline,
  UrlNotice,
  inputIssuesOf,
  issuesByCell,
  nextId,
  numberColumn,
  numberOrText,
  optionalTextColumn,
  simStyles,
  textColumn,
  textOf as show,
  useScenario,
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

const RECORD_COLUMNS: ReadonlyArray<RowColumn<MonetizedRow>> = [
  textColumn('id', 'Id', { size: 5 }),
  numberColumn('accountNo', 'Account no.', { size: 8 }, true),
  numberColumn('planInstanceNo', 'Plan instance no.', { size: 8 }, true),
  optionalTextColumn('usageTypeCode', 'Usage type code', { size: 10 }, 'undefined'),
  textColumn('usageDate', 'Usage date', { size: 19, placeholder: 'yyyy-mm-dd hh:mm:ss' }),
  textColumn('quantity', 'Quantity', { size: 7, inputMode: 'decimal' }),
  textColumn('amount', 'Amount', { size: 7, inputMode: 'decimal' }),
  {
    key: 'synced',
    label: 'Already synced',
    kind: 'checkbox',
    get: (r) => r.synced,
    set: (r, v) => ({ ...r, synced: v === true }),
  },
];

const INJECT_COLUMNS: ReadonlyArray<RowColumn<InjectedErrorRow>> = [
  numberColumn('code', 'Error code', { size: 6 }),
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
  optionalTextColumn('message', 'Error text (optional)', { size: 22 }, 'undefined'),
];

const BATCH_ERROR_COLUMNS: ReadonlyArray<RowColumn<BatchErrorRow>> = [
  numberColumn('batch', 'Batch', { size: 4 }),
  numberColumn('code', 'Error code', { size: 6 }),
  optionalTextColumn('message', 'Error text (optional)', { size: 22 }, 'undefined'),
];

const OUTCOME_TONE = {
  sent: 'ok',
  errored: 'error',
  pending: 'warning',
  'already-synced': 'neutral',
} as const;

function ErrorCode({ line }: { line: AggregatedLine }) {
  if (!line.error) return <>—</>;
  const text = `${line.error.code}${line.error.level === 'call' ? ' (whole call)' : ''}`;
  return line.error.definition ? <a href={line.error.definition.docsUrl}>{text}</a> : <>{text}</>;
}

export default function AggregatedUsageSimulator() {
  const id = useId();
  const { url, scenario, set, patch, result } = useScenario(
    { key: URL_KEY, version: URL_VERSION, schema: AggregationScenarioSchema, fallback: SAMPLE },
    simulateAggregatedUsageSync,
  );
  const [sampleId, setSampleId] = useState<SampleId>('month-end');
  const inputIssues = inputIssuesOf(result.issues);
  const applied = new Map(result.assumptions.map((a) => [a.id, a]));
  const batchSizeIssue = inputIssues.find((i) => i.path === 'batchSize')?.message;

  const check = (key: string, label: string, checked: boolean, onChange: (v: boolean) => void) => (
    <CheckField id={`${id}-${key}`} label={label} checked={checked} onChange={onChange} />
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
        <SelectField
          id={`${id}-period`}
          label="Period"
          value={scenario.period}
          onChange={(period) => patch({ period: period as AggregationState['period'] })}
        >
          <option value="month">calendar month</option>
          <option value="day">day</option>
        </SelectField>
      </>
    ),
    'AGG-LINE-DATE': (
      <SelectField
        id={`${id}-linedate`}
        label="Usage date of an aggregated line"
        value={scenario.lineDate}
        onChange={(lineDate) => patch({ lineDate: lineDate as AggregationState['lineDate'] })}
      >
        <option value="last">latest date of its records</option>
        <option value="first">earliest date of its records</option>
      </SelectField>
    ),
    'AGG-BATCH-SIZE': (
      <TextField
        id={`${id}-batch`}
        label="Records per bulk_record_usage_m call (batch size)"
        inputMode="numeric"
        size={6}
        value={show(scenario.batchSize)}
        error={batchSizeIssue}
        onChange={(batchSize) => patch({ batchSize: numberOrText(batchSize) as number })}
      />
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
      <ScenarioToolbar
        url={url}
        resetLabel="Load sample"
        onReset={() => set(sampleScenario(sampleId))}
      >
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
      </ScenarioToolbar>
      <UrlNotice url={url} />
      <LiveRegion message={summarize(result)} visuallyHidden />

      <h3 className={simStyles.sectionTitle}>Outcome</h3>
      {!result.ok ? (
        <ScenarioProblems issues={result.issues} />
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
                      <Badge tone={OUTCOME_TONE[source.outcome]}>{source.outcome}</Badge>
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
          <Findings
            issues={result.issues}
            caption="Findings of the simulation"
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

      <ScenarioIntro />
      <div className={simStyles.controls}>
        <TextField
          id={`${id}-client`}
          label="Client number"
          inputMode="numeric"
          size={10}
          value={show(scenario.clientNo)}
          onChange={(clientNo) => patch({ clientNo: numberOrText(clientNo) as number })}
        />
        <TextField
          id={`${id}-aggid`}
          label="Aggregated ID"
          size={18}
          value={scenario.aggregatedId}
          onChange={(aggregatedId) => patch({ aggregatedId })}
        />
      </div>
      <Disclosure label={`Monetized records (${scenario.records.length})`}>
        <RowsEditor<MonetizedRow>
          idPrefix={`${id}-rec`}
          caption="Monetized records waiting for the sync"
          rows={scenario.records}
          columns={RECORD_COLUMNS}
          onChange={(records) => patch({ records })}
          newRow={(rows) => {
            const last = rows[rows.length - 1];
            return {
              id: nextId(
                'M',
                rows.map((row) => row.id),
              ),
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
          <ListField
            id={`${id}-core-acct`}
            label="Accounts in core Aria (comma-separated; empty = not checked)"
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
          <ListField
            id={`${id}-core-pi`}
            label="Plan instances in core Aria as plan instance:account (empty = not checked)"
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
        <ListField
          id={`${id}-inproc`}
          label="Batches still in process (comma-separated numbers)"
          size={20}
          value={scenario.inProcessBatches.map(String)}
          onChange={(list) =>
            patch({ inProcessBatches: list.map((b) => numberOrText(b) as number) })
          }
        />
      </Disclosure>
      <EditAsJson
        value={scenario}
        schema={AggregationScenarioSchema}
        onApply={set}
        label="Aggregated usage scenario as JSON"
      />
    </div>
  );
}
