/**
 * Aggregated usage sync simulator (Allegro → core Aria). Unsynced monetized records are
 * aggregated (when the Aggregate Usage switch is on), stamped with an aggregated ID, split into
 * batches of the configured size, and each batch is sent in one bulk_record_usage_m call. The
 * simulator predicts the per-record outcome, lists what can be reprocessed after a fix, writes
 * the request of each call, and checks that no quantity or amount is lost or counted twice.
 */
import { z } from 'zod';
import { type ApiErrorDefinition, getApiError } from '../aria/api-errors';
import type { Issue } from '../issue';
import { Dec, fmt, fmtRatio, sum, toDec } from '../rating/decimal';
import type { Assumption } from '../rating/assumptions';
import type { SimulationCode } from './codes';
import {
  type AppliedAssumption,
  guard,
  normalizeDateTime,
  parseScenario,
  plural,
  simIssue,
} from './common';
import { JsonNumber, type JsonValue, writeJson } from './json-text';
import { DecimalValueSchema, IdSchema } from './scenario-values';

// --- Scenario --------------------------------------------------------------------------------

const AriaLong = z.union([
  z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  z
    .string()
    .trim()
    .regex(/^\d{1,22}$/, { error: 'must be a whole number of at most 22 digits' }),
]);

const MonetizedRecordSchema = z.object({
  id: IdSchema,
  accountNo: AriaLong.optional(),
  clientAcctId: z.string().trim().min(1).max(50).optional(),
  planInstanceNo: AriaLong.optional(),
  clientPlanInstanceId: z.string().trim().min(1).max(100).optional(),
  usageTypeCode: z.string().trim().min(1).max(30).optional(),
  /** As the monetized record has it; anything other than yyyy-mm-dd [hh:mm:ss] is refused with 1024. */
  usageDate: z.string().max(40),
  quantity: DecimalValueSchema,
  amount: DecimalValueSchema.default(0),
  /** Already sent in an earlier run (has an aggregated ID). */
  synced: z.boolean().default(false),
});

export const GROUP_KEY_PARTS = ['account', 'usageType', 'planInstance', 'period'] as const;
export type GroupKeyPart = (typeof GROUP_KEY_PARTS)[number];

const ErrorMatchSchema = z.object({
  recordId: IdSchema.optional(),
  lineId: IdSchema.optional(),
  accountNo: AriaLong.optional(),
  planInstanceNo: AriaLong.optional(),
  usageTypeCode: z.string().optional(),
});

export const AggregationScenarioSchema = z.object({
  title: z.string().max(200).optional(),
  clientNo: AriaLong,
  /** The Aggregate Usage switch. */
  aggregate: z.boolean().default(true),
  /** Grouping key (assumption AGG-GROUP-KEY); account and usage type are always part of it. */
  groupBy: z
    .array(z.enum(GROUP_KEY_PARTS))
    .default(['account', 'usageType', 'planInstance', 'period']),
  period: z.enum(['day', 'month']).default('month'),
  /** usage_date of an aggregated line (assumption AGG-LINE-DATE). */
  lineDate: z.enum(['first', 'last']).default('last'),
  /** Records per bulk_record_usage_m call (a system property; assumption AGG-BATCH-SIZE). */
  batchSize: z.number().int().min(1).max(100_000).default(100),
  aggregatedId: IdSchema.default('AGG-0001'),
  /** Send the rated amount as amt (assumption AGG-AMOUNT). */
  sendAmount: z.boolean().default(true),
  /** What core Aria has; when given, unknown accounts answer 1009 and foreign plan instances 14046. */
  core: z
    .object({
      accounts: z.array(z.union([AriaLong, z.string()])).optional(),
      planInstances: z
        .array(z.object({ planInstanceNo: AriaLong, accountNo: AriaLong }))
        .optional(),
    })
    .default({}),
  /** Errors to inject for matching lines (checked before the predicted ones). */
  injectErrors: z
    .array(
      z.object({
        code: z.number().int(),
        message: z.string().max(300).optional(),
        match: ErrorMatchSchema,
      }),
    )
    .max(200)
    .default([]),
  /** Whole calls that fail (e.g. 1004 authentication). Batch numbers are 1-based. */
  batchErrors: z
    .array(
      z.object({
        batch: z.number().int().min(1),
        code: z.number().int(),
        message: z.string().max(300).optional(),
      }),
    )
    .max(200)
    .default([]),
  /** Batches that have not answered yet. */
  inProcessBatches: z.array(z.number().int().min(1)).max(200).default([]),
  records: z.array(MonetizedRecordSchema).max(20_000),
});

export type AggregationScenario = z.input<typeof AggregationScenarioSchema>;
type ParsedScenario = z.output<typeof AggregationScenarioSchema>;
type MonetizedRecord = ParsedScenario['records'][number];

export const AGGREGATION_ASSUMPTIONS: readonly Assumption[] = [
  {
    id: 'AGG-GROUP-KEY',
    text: 'With aggregation on, records are summed per account, usage type, plan instance and calendar month of the usage date. The real grouping is set in Aggregate Monetized Usage and is not public. Account and usage type are always part of the key, because each bulk_record_usage_m record carries one of each.',
    default: 'account + usageType + planInstance + period (month)',
    change: 'groupBy, period',
  },
  {
    id: 'AGG-LINE-DATE',
    text: 'An aggregated line is sent with the latest usage date of its records.',
    default: 'last',
    change: 'lineDate',
  },
  {
    id: 'AGG-BATCH-SIZE',
    text: 'Batch size is a system property whose default is not public; 100 is used here.',
    default: '100',
    change: 'batchSize',
  },
  {
    id: 'AGG-AMOUNT',
    text: 'Allegro sends the rated amount in amt (so core Aria does not re-rate) together with the units; the exact payload mapping is set per client and not public.',
    default: 'true',
    change: 'sendAmount',
  },
  {
    id: 'AGG-SWITCH-OFF',
    text: 'With the Aggregate Usage switch off, every monetized record is sent as its own line, still under one aggregated ID.',
    default: 'one line per record',
    change: 'aggregate',
  },
  {
    id: 'AGG-RESPONSE-SHAPE',
    text: 'A call in which only some records fail answers error_code 0 with the failed ones in error_records (sent only because client_record_id is filled); a call-level error such as 1004 fails every record of the batch.',
    default: 'partial failures per record, call errors per batch',
    change: 'injectErrors (per record), batchErrors (per call)',
  },
  {
    id: 'AGG-PREDICTED-ERRORS',
    text: 'Besides injected errors, the simulator predicts 1010 for a line without account or usage type, 1024 for a usage date not written yyyy-mm-dd [hh:mm:ss], and, when the scenario lists what core Aria has, 1009 for an unknown account and 14046 for a plan instance of another account. Injected errors win.',
    default: 'predict these five',
    change: 'core, injectErrors',
  },
  {
    id: 'AGG-ERROR-SCOPE',
    text: 'When an aggregated line is refused, all monetized records summed into it are errored with it and are reprocessed together.',
    default: 'line-level',
    change: 'aggregate: false to see record-level outcomes',
  },
];

// --- Result ----------------------------------------------------------------------------------

export type LineOutcome = 'sent' | 'errored' | 'pending';
export type SourceOutcome = LineOutcome | 'already-synced';

export interface LineError {
  code: number;
  message: string;
  /** Documented definition of the code, when there is one. */
  definition?: ApiErrorDefinition;
  level: 'call' | 'record';
  /** true / false from the error table; 'unknown' for an undocumented code. */
  reprocessableAfterFix: boolean | 'unknown';
  fix: string;
  /** Where the error came from: injected by the scenario or predicted by the simulator. */
  origin: 'injected' | 'predicted';
}

export interface AggregatedLine {
  lineId: string;
  aggregatedId: string;
  batch: number;
  sourceRecordIds: string[];
  accountNo?: string;
  clientAcctId?: string;
  planInstanceNo?: string;
  clientPlanInstanceId?: string;
  usageTypeCode?: string;
  usageDate: string;
  quantity: string;
  amount: string;
  /** amount ÷ quantity: the blended unit price shown on an aggregated line. */
  blendedRate: string | null;
  /** Why these records were (or were not) summed together. */
  grouping: string;
  outcome: LineOutcome;
  reason: string;
  error?: LineError;
  code?: SimulationCode;
}

export interface SourceRecordResult {
  id: string;
  outcome: SourceOutcome;
  aggregatedId?: string;
  lineId?: string;
  batch?: number;
  quantity: string;
  amount: string;
  reason: string;
  code?: SimulationCode;
}

export interface BatchResult {
  batch: number;
  batchId: string;
  lineIds: string[];
  status: 'complete' | 'errored' | 'in-process';
  /** The bulk_record_usage_m request, with the auth key redacted. */
  requestJson: string;
  /** The simulated response; null while the batch is in process. */
  responseJson: string | null;
}

export interface Totals {
  records: number;
  quantity: string;
  amount: string;
}

export interface AggregationResult {
  ok: boolean;
  issues: Issue[];
  aggregatedId: string;
  lines: AggregatedLine[];
  batches: BatchResult[];
  sources: SourceRecordResult[];
  /** Errored lines that can be reprocessed once the fix is applied. */
  reprocessable: Array<{ lineId: string; sourceRecordIds: string[]; code: number; fix: string }>;
  /** Errored lines for which reprocessing is not expected to help, or unknown. */
  notReprocessable: Array<{ lineId: string; sourceRecordIds: string[]; code: number; why: string }>;
  reconciliation: {
    source: Totals;
    sent: Totals;
    errored: Totals;
    pending: Totals;
    alreadySynced: Totals;
    /** source = sent + errored + pending, for records, quantity and amount. */
    balanced: boolean;
  };
  assumptions: AppliedAssumption[];
}

export const AUTH_KEY_PLACEHOLDER = '<redacted: auth_key>';

// --- Simulator -------------------------------------------------------------------------------

function emptyTotals(): Totals {
  return { records: 0, quantity: '0', amount: '0' };
}

function emptyResult(issues: Issue[]): AggregationResult {
  return {
    ok: false,
    issues,
    aggregatedId: '',
    lines: [],
    batches: [],
    sources: [],
    reprocessable: [],
    notReprocessable: [],
    reconciliation: {
      source: emptyTotals(),
      sent: emptyTotals(),
      errored: emptyTotals(),
      pending: emptyTotals(),
      alreadySynced: emptyTotals(),
      balanced: true,
    },
    assumptions: [],
  };
}

/** Simulates one aggregated usage sync run. Never throws. */
export function simulateAggregatedUsageSync(scenario: unknown): AggregationResult {
  const parsed = parseScenario(AggregationScenarioSchema, scenario);
  if (!parsed.ok) return emptyResult(parsed.issues);
  return guard(() => run(parsed.value), emptyResult);
}

const asText = (v: string | number | undefined): string | undefined =>
  v === undefined ? undefined : String(v).trim();

interface Group {
  key: string;
  records: MonetizedRecord[];
  grouping: string;
}

function periodOf(date: string, period: 'day' | 'month'): string {
  return period === 'day' ? date.slice(0, 10) : date.slice(0, 7);
}

/**
 * The usage date as core Aria would read it: yyyy-mm-dd or yyyy-mm-dd hh:mm:ss and a real
 * calendar date, else null (error 1024).
 */
function apiDate(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?$/.test(text)) return null;
  return normalizeDateTime(text);
}

function decimals(text: string): number {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

function run(scenario: ParsedScenario): AggregationResult {
  const issues: Issue[] = [];
  const ids = scenario.records.map((r) => r.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup !== undefined) {
    return emptyResult([
      simIssue('SIM-INP-002', `Monetized record id "${dup}" is used more than once.`, 'records'),
    ]);
  }

  const key = new Set<GroupKeyPart>(['account', 'usageType', ...scenario.groupBy]);
  const toSend = scenario.records.filter((r) => !r.synced);

  // 1. Aggregation: group, or one line per record when the switch is off.
  const groups: Group[] = [];
  const groupIndex = new Map<string, Group>();
  for (const record of toSend) {
    const date = apiDate(record.usageDate);
    const account =
      asText(record.accountNo) ??
      (record.clientAcctId ? `client:${record.clientAcctId}` : undefined);
    if (!scenario.aggregate) {
      groups.push({
        key: record.id,
        records: [record],
        grouping: 'Aggregation is off: sent as its own line.',
      });
      continue;
    }
    const cannot: string[] = [];
    if (!account) cannot.push('it has no account');
    if (!record.usageTypeCode) cannot.push('it has no usage type');
    if (!date) cannot.push(`its usage date "${record.usageDate}" cannot be read`);
    if (cannot.length > 0 || !date || !account) {
      groups.push({
        key: `alone:${record.id}`,
        records: [record],
        grouping: `Sent alone: ${cannot.join(' and ')}.`,
      });
      continue;
    }
    const parts: string[] = [
      `account ${account.replace(/^client:/, '')}`,
      `usage type ${record.usageTypeCode}`,
    ];
    const keyParts = [account, record.usageTypeCode ?? ''];
    if (key.has('planInstance')) {
      const pi =
        asText(record.planInstanceNo) ??
        (record.clientPlanInstanceId ? `client:${record.clientPlanInstanceId}` : '');
      keyParts.push(pi);
      parts.push(pi ? `plan instance ${pi.replace(/^client:/, '')}` : 'no plan instance');
    }
    if (key.has('period')) {
      const p = periodOf(date, scenario.period);
      keyParts.push(p);
      parts.push(`${scenario.period} ${p}`);
    }
    const groupKey = keyParts.join('\u0000');
    const existing = groupIndex.get(groupKey);
    if (existing) existing.records.push(record);
    else {
      const group = {
        key: groupKey,
        records: [record],
        grouping: `Summed by ${parts.join(', ')}.`,
      };
      groupIndex.set(groupKey, group);
      groups.push(group);
    }
  }

  // 2. Lines and batches.
  const injected = scenario.injectErrors;
  const batchErrors = new Map(scenario.batchErrors.map((b) => [b.batch, b]));
  const inProcess = new Set(scenario.inProcessBatches);
  const coreAccounts = scenario.core.accounts
    ? new Set(scenario.core.accounts.map((a) => String(a).trim()))
    : null;
  const corePlanInstances = scenario.core.planInstances
    ? new Map(
        scenario.core.planInstances.map((p) => [
          String(p.planInstanceNo).trim(),
          String(p.accountNo).trim(),
        ]),
      )
    : null;

  const lines: AggregatedLine[] = groups.map((group, i) => {
    const lineId = `${scenario.aggregatedId}-${i + 1}`;
    const batch = Math.floor(i / scenario.batchSize) + 1;
    const first = group.records[0] as MonetizedRecord;
    const uniform = <T>(pick: (r: MonetizedRecord) => T): T | undefined => {
      const values = new Set(group.records.map(pick));
      return values.size === 1 ? pick(first) : undefined;
    };
    const dates = group.records
      .map((r) => apiDate(r.usageDate))
      .filter((d): d is string => d !== null);
    dates.sort();
    const usageDate =
      dates.length === group.records.length && dates.length > 0
        ? ((scenario.lineDate === 'first' ? dates[0] : dates[dates.length - 1]) as string)
        : first.usageDate;
    const quantity = sum(group.records.map((r) => toDec(r.quantity, `record ${r.id} quantity`)));
    const amount = sum(group.records.map((r) => toDec(r.amount, `record ${r.id} amount`)));
    const accountNo = asText(uniform((r) => asText(r.accountNo)));
    const clientAcctId = uniform((r) => r.clientAcctId);
    const planInstanceNo = asText(uniform((r) => asText(r.planInstanceNo)));
    const clientPlanInstanceId = uniform((r) => r.clientPlanInstanceId);
    const usageTypeCode = uniform((r) => r.usageTypeCode);
    return {
      lineId,
      aggregatedId: scenario.aggregatedId,
      batch,
      sourceRecordIds: group.records.map((r) => r.id),
      ...(accountNo ? { accountNo } : {}),
      ...(clientAcctId ? { clientAcctId } : {}),
      ...(planInstanceNo ? { planInstanceNo } : {}),
      ...(clientPlanInstanceId ? { clientPlanInstanceId } : {}),
      ...(usageTypeCode ? { usageTypeCode } : {}),
      usageDate,
      quantity: fmt(quantity),
      amount: fmt(amount),
      blendedRate: quantity.isZero() ? null : fmtRatio(amount.dividedBy(quantity)),
      grouping: group.grouping,
      outcome: 'sent',
      reason: '',
    };
  });

  const describe = (
    code: number,
    origin: LineError['origin'],
    level: LineError['level'],
    message?: string,
  ): LineError => {
    const definition = getApiError('bulk_record_usage_m', code);
    return {
      code,
      message: message ?? definition?.summary ?? 'Error not in the documented list.',
      ...(definition ? { definition } : {}),
      level,
      reprocessableAfterFix: definition ? definition.reprocessableAfterFix : 'unknown',
      fix:
        definition?.fix ??
        'Read the error text from core Aria; the code is not documented publicly.',
      origin,
    };
  };

  const matches = (line: AggregatedLine, m: z.output<typeof ErrorMatchSchema>): boolean =>
    (m.recordId === undefined || line.sourceRecordIds.includes(m.recordId)) &&
    (m.lineId === undefined || line.lineId === m.lineId) &&
    (m.accountNo === undefined || line.accountNo === String(m.accountNo).trim()) &&
    (m.planInstanceNo === undefined || line.planInstanceNo === String(m.planInstanceNo).trim()) &&
    (m.usageTypeCode === undefined || line.usageTypeCode === m.usageTypeCode) &&
    Object.values(m).some((v) => v !== undefined);

  const predict = (line: AggregatedLine): LineError | null => {
    const hasLocator =
      line.accountNo || line.clientAcctId || line.planInstanceNo || line.clientPlanInstanceId;
    if (!hasLocator)
      return describe(
        1010,
        'predicted',
        'record',
        'No account or plan-instance locator on the record.',
      );
    if (!line.usageTypeCode)
      return describe(1010, 'predicted', 'record', 'No usage type on the record.');
    if (!apiDate(line.usageDate)) {
      return describe(
        1024,
        'predicted',
        'record',
        `usage_date "${line.usageDate}" is not written yyyy-mm-dd [hh24:mi:ss].`,
      );
    }
    if (coreAccounts) {
      const known =
        (line.accountNo !== undefined && coreAccounts.has(line.accountNo)) ||
        (line.clientAcctId !== undefined && coreAccounts.has(line.clientAcctId));
      if (!known && (line.accountNo !== undefined || line.clientAcctId !== undefined)) {
        return describe(
          1009,
          'predicted',
          'record',
          `Account ${line.accountNo ?? line.clientAcctId} does not exist in core Aria.`,
        );
      }
    }
    if (corePlanInstances && line.planInstanceNo !== undefined) {
      const owner = corePlanInstances.get(line.planInstanceNo);
      if (owner === undefined || (line.accountNo !== undefined && owner !== line.accountNo)) {
        return describe(
          14046,
          'predicted',
          'record',
          owner === undefined
            ? `Plan instance ${line.planInstanceNo} does not exist in core Aria.`
            : `Plan instance ${line.planInstanceNo} belongs to account ${owner}, not ${line.accountNo}.`,
        );
      }
    }
    return null;
  };

  for (const line of lines) {
    if (inProcess.has(line.batch)) {
      line.outcome = 'pending';
      line.reason = `Batch ${line.batch} is still in process; no answer yet.`;
      line.code = 'SIM-AGG-003';
      continue;
    }
    const callError = batchErrors.get(line.batch);
    let error: LineError | null = null;
    if (callError) {
      error = describe(callError.code, 'injected', 'call', callError.message);
    } else {
      const hit = injected.find((e) => matches(line, e.match));
      error = hit ? describe(hit.code, 'injected', 'record', hit.message) : predict(line);
    }
    if (error) {
      line.outcome = 'errored';
      line.error = error;
      line.code = callError ? 'SIM-AGG-005' : error.definition ? 'SIM-AGG-001' : 'SIM-AGG-002';
      line.reason = `${callError ? `The whole call for batch ${line.batch} failed` : 'Core Aria refused the record'} with ${error.code}: ${error.message}`;
    } else {
      line.reason = `Accepted by core Aria in batch ${line.batch}.`;
    }
    if (decimals(line.amount) > 2 && scenario.sendAmount) {
      issues.push(
        simIssue(
          'SIM-AGG-004',
          `Line ${line.lineId} sends amt ${line.amount}, which has more than 2 decimals.`,
          `lines.${line.lineId}`,
        ),
      );
    }
  }

  // Issues: one per errored line, one per failed or in-process batch.
  const batchNumbers = [...new Set(lines.map((l) => l.batch))];
  for (const b of batchNumbers) {
    if (inProcess.has(b))
      issues.push(simIssue('SIM-AGG-003', `Batch ${b} is still in process.`, `batches[${b - 1}]`));
    const callError = batchErrors.get(b);
    if (callError && !inProcess.has(b)) {
      issues.push(
        simIssue(
          'SIM-AGG-005',
          `Batch ${b} failed as a whole with ${callError.code}; all its records are errored.`,
          `batches[${b - 1}]`,
        ),
      );
    }
  }
  for (const line of lines) {
    if (line.outcome === 'errored' && line.error && line.error.level === 'record') {
      issues.push(
        simIssue(
          line.error.definition ? 'SIM-AGG-001' : 'SIM-AGG-002',
          `Line ${line.lineId} (records ${line.sourceRecordIds.join(', ')}) refused with ${line.error.code}: ${line.error.message}`,
          `lines.${line.lineId}`,
        ),
      );
    }
  }
  for (const b of scenario.inProcessBatches.filter((n) => !batchNumbers.includes(n))) {
    issues.push(
      simIssue(
        'SIM-INP-002',
        `inProcessBatches names batch ${b}, but there are only ${batchNumbers.length} batches.`,
        'inProcessBatches',
      ),
    );
  }
  for (const b of scenario.batchErrors.filter((e) => !batchNumbers.includes(e.batch))) {
    issues.push(
      simIssue(
        'SIM-INP-002',
        `batchErrors names batch ${b.batch}, but there are only ${batchNumbers.length} batches.`,
        'batchErrors',
      ),
    );
  }

  // 3. Requests and responses.
  const batches: BatchResult[] = batchNumbers.map((b) => {
    const batchLines = lines.filter((l) => l.batch === b);
    const request: JsonValue = {
      client_no: new JsonNumber(String(scenario.clientNo).trim()),
      auth_key: AUTH_KEY_PLACEHOLDER,
      usage_recs: batchLines.map((l) => ({
        acct_no: l.accountNo !== undefined ? new JsonNumber(l.accountNo) : undefined,
        client_acct_id: l.accountNo === undefined ? l.clientAcctId : undefined,
        plan_instance_no:
          l.planInstanceNo !== undefined ? new JsonNumber(l.planInstanceNo) : undefined,
        client_plan_instance_id:
          l.planInstanceNo === undefined ? l.clientPlanInstanceId : undefined,
        usage_type_code: l.usageTypeCode,
        usage_units: new JsonNumber(l.quantity),
        usage_date: l.usageDate,
        amt: scenario.sendAmount ? new JsonNumber(l.amount) : undefined,
        client_record_id: l.lineId,
      })),
    };
    const callError = batchErrors.get(b);
    const pending = inProcess.has(b);
    let response: JsonValue | null = null;
    if (!pending) {
      if (callError) {
        const e = describe(callError.code, 'injected', 'call', callError.message);
        response = { error_code: new JsonNumber(String(e.code)), error_msg: e.message };
      } else {
        const failed = batchLines.filter((l) => l.outcome === 'errored');
        response = {
          error_code: new JsonNumber('0'),
          error_msg: 'OK',
          error_records: failed.length
            ? failed.map((l) => ({
                out_client_record_id: l.lineId,
                acct_no: l.accountNo !== undefined ? new JsonNumber(l.accountNo) : undefined,
                record_error_code: new JsonNumber(String(l.error?.code ?? 0)),
                record_error_msg: l.error?.message ?? '',
              }))
            : undefined,
        };
      }
    }
    return {
      batch: b,
      batchId: `${scenario.aggregatedId}-B${b}`,
      lineIds: batchLines.map((l) => l.lineId),
      status: pending
        ? 'in-process'
        : batchLines.some((l) => l.outcome === 'errored')
          ? 'errored'
          : 'complete',
      requestJson: writeJson(request),
      responseJson: response === null ? null : writeJson(response),
    };
  });

  // 4. Back to the source records.
  const lineOf = new Map<string, AggregatedLine>();
  for (const line of lines) for (const id of line.sourceRecordIds) lineOf.set(id, line);
  const sources: SourceRecordResult[] = scenario.records.map((r) => {
    const quantity = fmt(toDec(r.quantity, 'quantity'));
    const amount = fmt(toDec(r.amount, 'amount'));
    if (r.synced) {
      return {
        id: r.id,
        outcome: 'already-synced',
        quantity,
        amount,
        reason: 'Sent in an earlier run; not picked up again.',
      };
    }
    const line = lineOf.get(r.id) as AggregatedLine;
    return {
      id: r.id,
      outcome: line.outcome,
      aggregatedId: line.aggregatedId,
      lineId: line.lineId,
      batch: line.batch,
      quantity,
      amount,
      reason:
        (line.sourceRecordIds.length > 1
          ? `Summed into ${line.lineId} with ${plural(line.sourceRecordIds.length - 1, 'other record')}. `
          : `Sent as ${line.lineId}. `) + line.reason,
      ...(line.code ? { code: line.code } : {}),
    };
  });

  // 5. Reconciliation: nothing lost, nothing counted twice.
  const totalsOf = (records: MonetizedRecord[]): Totals => ({
    records: records.length,
    quantity: fmt(sum(records.map((r) => toDec(r.quantity, 'quantity')))),
    amount: fmt(sum(records.map((r) => toDec(r.amount, 'amount')))),
  });
  const linesTotals = (outcome: LineOutcome): Totals => {
    const selected = lines.filter((l) => l.outcome === outcome);
    return {
      records: selected.reduce((n, l) => n + l.sourceRecordIds.length, 0),
      quantity: fmt(sum(selected.map((l) => new Dec(l.quantity)))),
      amount: fmt(sum(selected.map((l) => new Dec(l.amount)))),
    };
  };
  const source = totalsOf(toSend);
  const sent = linesTotals('sent');
  const errored = linesTotals('errored');
  const pendingTotals = linesTotals('pending');
  const balanced =
    source.records === sent.records + errored.records + pendingTotals.records &&
    new Dec(source.quantity).equals(
      new Dec(sent.quantity).plus(errored.quantity).plus(pendingTotals.quantity),
    ) &&
    new Dec(source.amount).equals(
      new Dec(sent.amount).plus(errored.amount).plus(pendingTotals.amount),
    );
  if (!balanced) {
    issues.push(
      simIssue(
        'SIM-AGG-006',
        'Source totals differ from sent + errored + pending.',
        'reconciliation',
      ),
    );
  }

  const reprocessable: AggregationResult['reprocessable'] = [];
  const notReprocessable: AggregationResult['notReprocessable'] = [];
  for (const line of lines) {
    if (line.outcome !== 'errored' || !line.error) continue;
    if (line.error.reprocessableAfterFix === true) {
      reprocessable.push({
        lineId: line.lineId,
        sourceRecordIds: line.sourceRecordIds,
        code: line.error.code,
        fix: line.error.fix,
      });
    } else {
      notReprocessable.push({
        lineId: line.lineId,
        sourceRecordIds: line.sourceRecordIds,
        code: line.error.code,
        why:
          line.error.reprocessableAfterFix === 'unknown'
            ? 'The code is not documented, so whether reprocessing helps is unknown.'
            : 'The error table says reprocessing will not help for this code.',
      });
    }
  }

  const defaults: Record<string, string> = {
    'AGG-GROUP-KEY': scenario.aggregate
      ? `${[...key].join(' + ')} (${scenario.period})`
      : 'aggregation off',
    'AGG-LINE-DATE': scenario.lineDate,
    'AGG-BATCH-SIZE': String(scenario.batchSize),
    'AGG-AMOUNT': String(scenario.sendAmount),
    'AGG-SWITCH-OFF': scenario.aggregate ? 'not used (aggregation on)' : 'one line per record',
  };
  const assumptions: AppliedAssumption[] = AGGREGATION_ASSUMPTIONS.map((a) => {
    const value = defaults[a.id] ?? a.default;
    const isDefault =
      a.id === 'AGG-GROUP-KEY'
        ? scenario.aggregate && key.size === 4 && scenario.period === 'month'
        : a.id === 'AGG-SWITCH-OFF'
          ? scenario.aggregate
          : value === a.default;
    return { id: a.id, text: a.text, change: a.change, value, isDefault };
  });

  return {
    ok: true,
    issues,
    aggregatedId: scenario.aggregatedId,
    lines,
    batches,
    sources,
    reprocessable,
    notReprocessable,
    reconciliation: {
      source,
      sent,
      errored,
      pending: pendingTotals,
      alreadySynced: totalsOf(scenario.records.filter((r) => r.synced)),
      balanced,
    },
    assumptions,
  };
}
