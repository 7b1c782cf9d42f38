/**
 * Usage-file checker: choose a file layout (a sample, or your own JSON/YAML), then drop or pick
 * a usage file. The check runs in a web worker, reading the file in slices, so a file of a
 * million rows keeps the page responsive; it can be cancelled at any time.
 *
 * The chosen layout (and whether a sample file was used) is kept in the page address. A file of
 * your own is not: it may be large and private. The summary of the last report is kept in this
 * browser instead.
 */
import React, { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { z } from 'zod';
// Direct module paths, not the core's index: the index would bring the whole core into this chunk.
import {
  DEFAULT_MAX_STORED_ISSUES,
  parseFileLayout,
  type FileLayout,
} from '@site/src/allegro/schema/file-layout';
import { docsUrlFor } from '@site/src/allegro/code-links';
import type { Issue } from '@site/src/allegro/issue';
import type { UsageCheckReport } from '@site/src/allegro/check/usage';
import { USAGE_SAMPLES, type UsageSample } from '@site/src/allegro/samples/usage';
import { useUrlState } from '@site/src/hooks/useUrlState';
import { useLocalDraft } from '@site/src/hooks/useLocalDraft';
import {
  CopyLinkButton,
  IssueTable,
  LiveRegion,
  downloadText,
} from '@site/src/components/widget-ui';
import type { UsageCheckEvent } from '@site/src/workers/usage-check-protocol';
import { createDefaultRunner, type UsageCheckRunner } from './runner';
import {
  describeCounts,
  plural,
  reportFileName,
  reportToCsv,
  reportToJson,
  summarizeReport,
  type ReportSummary,
} from './report';
import styles from './styles.module.css';

const SAMPLE_IDS = ['comma', 'pipe', 'fixed'] as const;
type SampleId = (typeof SAMPLE_IDS)[number];
/** Longest layout text kept (layouts are a few kilobytes). */
const MAX_LAYOUT_TEXT = 100_000;
const ISSUE_CAPS = [1_000, 10_000, 50_000] as const;

const UsageInputSchema = z.object({
  layout: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('sample'), id: z.enum(SAMPLE_IDS) }),
    z.object({ kind: z.literal('custom'), text: z.string().max(MAX_LAYOUT_TEXT) }),
  ]),
  /** A sample file is reproducible from the link; a file of the reader's own is not kept. */
  sampleFile: z.enum(['bad', 'clean']).nullable(),
  maxStoredIssues: z
    .number()
    .int()
    .refine((n) => (ISSUE_CAPS as readonly number[]).includes(n)),
});
type UsageInput = z.infer<typeof UsageInputSchema>;

const FALLBACK: UsageInput = {
  layout: { kind: 'sample', id: 'comma' },
  sampleFile: null,
  maxStoredIssues: 10_000,
};

const ReportSummarySchema = z.object({
  fileName: z.string(),
  layoutName: z.string(),
  rows: z.number(),
  lines: z.number(),
  bytes: z.number(),
  totalIssues: z.number(),
  counts: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
  issueCountsByCode: z.record(z.string(), z.number()),
  truncated: z.boolean(),
  checkedAt: z.string(),
});

function sampleById(id: SampleId): UsageSample {
  return USAGE_SAMPLES.find((sample) => sample.id === id) ?? (USAGE_SAMPLES[0] as UsageSample);
}

type Run =
  | { status: 'idle' }
  | {
      status: 'running';
      fileName: string;
      rows: number;
      bytesRead: number;
      totalBytes: number;
      rowsPerSecond: number;
    }
  | { status: 'done'; fileName: string; report: UsageCheckReport; elapsedMs: number }
  | { status: 'cancelled'; fileName: string }
  | { status: 'error'; fileName: string; message: string };

export interface UsageFileCheckerProps {
  urlKey?: string;
  samplesBaseUrl?: string;
  /** How checks run; the default is the web worker. Tests pass an in-process runner. */
  runner?: UsageCheckRunner;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte');
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export default function UsageFileChecker({
  urlKey = 'usage',
  samplesBaseUrl = '/samples/',
  runner: injectedRunner,
}: UsageFileCheckerProps) {
  const ids = useId();
  const url = useUrlState({
    key: urlKey,
    version: 1,
    schema: UsageInputSchema,
    fallback: FALLBACK,
  });
  const { value: input, setValue: setInput } = url;
  const {
    initialDraft,
    saveNow: saveDraft,
    clear: clearDraft,
  } = useLocalDraft({ key: `usage-file-checker:${urlKey}` });
  const [lastSummary, setLastSummary] = useState<ReportSummary | null>(() => {
    try {
      const parsed = ReportSummarySchema.safeParse(JSON.parse(initialDraft ?? 'null'));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  });

  const [runner] = useState<UsageCheckRunner>(() => injectedRunner ?? createDefaultRunner());
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const cancelRef = useRef<(() => void) | null>(null);
  // The reader's own file, kept only in memory so "Check again" works after a layout change.
  const [ownFile, setOwnFile] = useState<File | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // A layout file that is not text (binary, UTF-16) is refused; the layout typed so far stays.
  const [layoutFileProblem, setLayoutFileProblem] = useState<string | null>(null);

  // ---- layout ---------------------------------------------------------------------------------
  const [customText, setCustomText] = useState(() =>
    input.layout.kind === 'custom'
      ? input.layout.text
      : `${JSON.stringify(sampleById('comma').layout, null, 2)}\n`,
  );
  const parsedLayout = useMemo((): { layout?: FileLayout; issues: Issue[] } => {
    if (input.layout.kind === 'sample') return parseFileLayout(sampleById(input.layout.id).layout);
    return parseFileLayout(input.layout.text);
  }, [input.layout]);
  const layout = parsedLayout.layout;
  const sample = input.layout.kind === 'sample' ? sampleById(input.layout.id) : null;

  const chooseLayout = (choice: SampleId | 'custom') => {
    if (choice === 'custom') {
      setInput((previous) => ({
        ...previous,
        layout: { kind: 'custom', text: customText },
        sampleFile: null,
      }));
    } else {
      setInput((previous) => ({
        ...previous,
        layout: { kind: 'sample', id: choice },
        // The sample file belongs to its layout; keep the choice of variant.
        sampleFile: previous.sampleFile,
      }));
    }
  };

  const editCustomLayout = (text: string) => {
    setCustomText(text);
    setInput((previous) => ({ ...previous, layout: { kind: 'custom', text } }));
  };

  const openLayoutFile = async (file: File) => {
    setLayoutFileProblem(null);
    try {
      const text = await file.text();
      if (text.includes('\u0000')) {
        const problem = `"${file.name}" is not a text file (binary or UTF-16, not UTF-8 JSON or YAML); the layout was not changed.`;
        setLayoutFileProblem(problem);
        setAnnouncement(problem);
        return;
      }
      editCustomLayout(text);
      setAnnouncement(`Loaded the layout from "${file.name}".`);
    } catch (error) {
      const problem = `Could not read "${file.name}": ${error instanceof Error ? error.message : String(error)}`;
      setLayoutFileProblem(problem);
      setAnnouncement(problem);
    }
  };

  // ---- running checks -------------------------------------------------------------------------
  const onEvent = useCallback(
    (fileName: string) => (event: UsageCheckEvent) => {
      switch (event.type) {
        case 'progress':
          if (event.bytesRead === 0) setAnnouncement(`Checking "${fileName}"…`);
          setRun({
            status: 'running',
            fileName,
            rows: event.rows,
            bytesRead: event.bytesRead,
            totalBytes: event.totalBytes,
            rowsPerSecond: event.rowsPerSecond,
          });
          break;
        case 'done': {
          cancelRef.current = null;
          setRun({ status: 'done', fileName, report: event.report, elapsedMs: event.elapsedMs });
          const summary = summarizeReport(event.report, fileName, new Date());
          setLastSummary(summary);
          saveDraft(JSON.stringify(summary));
          setAnnouncement(
            `Checked "${fileName}" in ${(event.elapsedMs / 1000).toFixed(1)} s. ${describeCounts(event.report)}`,
          );
          break;
        }
        case 'cancelled':
          cancelRef.current = null;
          setRun({ status: 'cancelled', fileName });
          setAnnouncement(`Check of "${fileName}" cancelled.`);
          break;
        case 'error':
          cancelRef.current = null;
          setRun({ status: 'error', fileName, message: event.message });
          setAnnouncement(event.message);
          break;
      }
    },
    [saveDraft],
  );

  const startCheck = useCallback(
    (file: Blob, fileName: string) => {
      if (!layout) return;
      cancelRef.current?.();
      // The runner reports progress at once (0 rows), which shows the progress bar.
      const job = runner.start(
        { layout, file, fileName, maxStoredIssues: input.maxStoredIssues },
        onEvent(fileName),
      );
      cancelRef.current = job.cancel;
    },
    [layout, runner, onEvent, input.maxStoredIssues],
  );

  const cancel = () => cancelRef.current?.();

  // Stop a running check when the widget goes away.
  useEffect(() => () => cancelRef.current?.(), []);

  const checkSampleFile = (variant: 'bad' | 'clean') => {
    setOwnFile(null);
    setInput((previous) => ({ ...previous, sampleFile: variant }));
  };

  const checkOwnFile = (file: File) => {
    setOwnFile(file);
    setInput((previous) => ({ ...previous, sampleFile: null }));
    startCheck(file, file.name);
  };

  // A sample file is checked from the link state (on load, and whenever layout or cap change).
  const sampleFileName = sample && input.sampleFile ? sample[`${input.sampleFile}File`] : null;
  const sampleText = sample && input.sampleFile ? sample[input.sampleFile] : null;
  useEffect(() => {
    if (sampleFileName === null || sampleText === null) return;
    startCheck(new Blob([sampleText], { type: 'text/plain' }), sampleFileName);
  }, [sampleFileName, sampleText, startCheck]);

  const report = run.status === 'done' ? run.report : null;
  const codeRows = useMemo(
    () =>
      report
        ? Object.entries(report.issueCountsByCode).sort(
            (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
          )
        : [],
    [report],
  );

  const layoutChoice = input.layout.kind === 'sample' ? input.layout.id : 'custom';
  const running = run.status === 'running';
  const percent =
    run.status === 'running' && run.totalBytes > 0
      ? Math.min(100, Math.round((run.bytesRead / run.totalBytes) * 100))
      : 0;

  return (
    <div className={styles.checker}>
      {url.notice && (
        <p role="status" className={styles.notice}>
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

      <fieldset className={styles.fieldset}>
        <legend>1. File layout</legend>
        <div className={styles.choices}>
          {USAGE_SAMPLES.map((option) => (
            <label key={option.id} className={styles.choice}>
              <input
                type="radio"
                name={`${ids}-layout`}
                value={option.id}
                checked={layoutChoice === option.id}
                onChange={() => chooseLayout(option.id)}
              />{' '}
              Sample: {option.title}
            </label>
          ))}
          <label className={styles.choice}>
            <input
              type="radio"
              name={`${ids}-layout`}
              value="custom"
              checked={layoutChoice === 'custom'}
              onChange={() => chooseLayout('custom')}
            />{' '}
            My own layout (JSON or YAML)
          </label>
        </div>

        {sample && (
          <p className={styles.note}>
            {sample.layout.description ?? sample.layout.name}{' '}
            <a href={`${samplesBaseUrl}${sample.layoutFile}`} download>
              Download {sample.layoutFile}
            </a>
          </p>
        )}

        {input.layout.kind === 'custom' && (
          <div className={styles.customLayout}>
            <label htmlFor={`${ids}-layout-text`} className={styles.label}>
              Layout (JSON or YAML)
            </label>
            <textarea
              id={`${ids}-layout-text`}
              className={styles.layoutText}
              value={customText}
              rows={14}
              spellCheck={false}
              wrap="off"
              aria-describedby={`${ids}-layout-status`}
              aria-invalid={parsedLayout.issues.length > 0}
              onChange={(event) => editCustomLayout(event.target.value)}
            />
            <span className={styles.inline}>
              <label htmlFor={`${ids}-layout-file`} className={styles.label}>
                Open a layout file
              </label>
              <input
                id={`${ids}-layout-file`}
                type="file"
                accept=".json,.yaml,.yml,application/json,text/yaml,text/plain"
                onChange={(event) => {
                  const file = event.currentTarget.files?.[0];
                  event.currentTarget.value = '';
                  if (file) void openLayoutFile(file);
                }}
              />
            </span>
            {layoutFileProblem && (
              <p role="alert" className={styles.problem}>
                {layoutFileProblem}
              </p>
            )}
            <div id={`${ids}-layout-status`}>
              {layout ? (
                <p className={styles.ok}>Layout is valid: {layout.name}.</p>
              ) : (
                <IssueTable
                  issues={parsedLayout.issues}
                  caption={`Problems in the layout (${plural(parsedLayout.issues.length, 'problem')})`}
                  columns={['code', 'path', 'line', 'message']}
                />
              )}
            </div>
          </div>
        )}
      </fieldset>

      <fieldset className={styles.fieldset} disabled={!layout}>
        <legend>2. Usage file</legend>
        <div
          className={styles.dropZone}
          onDragOver={(event) => {
            if (event.dataTransfer.types.includes('Files')) event.preventDefault();
          }}
          onDrop={(event) => {
            const file = event.dataTransfer.files[0];
            if (file && layout) {
              event.preventDefault();
              checkOwnFile(file);
            }
          }}
        >
          <label htmlFor={`${ids}-usage-file`} className={styles.label}>
            Choose a usage file (or drop it here)
          </label>
          <input
            id={`${ids}-usage-file`}
            type="file"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) checkOwnFile(file);
            }}
          />
          {sample && (
            <span className={styles.inline}>
              <button
                type="button"
                className="button button--sm button--secondary"
                onClick={() => checkSampleFile('bad')}
              >
                Use sample file with bad rows
              </button>
              <button
                type="button"
                className="button button--sm button--secondary"
                onClick={() => checkSampleFile('clean')}
              >
                Use clean sample file
              </button>
              <span className={styles.note}>
                Download:{' '}
                <a href={`${samplesBaseUrl}${sample.badFile}`} download>
                  {sample.badFile}
                </a>
                ,{' '}
                <a href={`${samplesBaseUrl}${sample.cleanFile}`} download>
                  {sample.cleanFile}
                </a>
              </span>
            </span>
          )}
        </div>
        <span className={styles.inline}>
          <label htmlFor={`${ids}-cap`} className={styles.label}>
            Issues to list
          </label>
          <select
            id={`${ids}-cap`}
            value={input.maxStoredIssues}
            onChange={(event) =>
              setInput((previous) => ({ ...previous, maxStoredIssues: Number(event.target.value) }))
            }
          >
            {ISSUE_CAPS.map((cap) => (
              <option key={cap} value={cap}>
                up to {cap.toLocaleString('en-US')}
              </option>
            ))}
          </select>
          <span className={styles.note}>
            (every issue is counted; the default of the checker is{' '}
            {DEFAULT_MAX_STORED_ISSUES.toLocaleString('en-US')})
          </span>
        </span>
        <p className={styles.note}>
          Your file is read in your browser and never uploaded. It is not kept in the page address
          (it may be large or private): a copied link keeps the layout
          {input.sampleFile ? ' and the sample file choice' : ''}, and this browser keeps the
          summary of your last report.
        </p>
      </fieldset>

      <div className={styles.actions}>
        <CopyLinkButton onBeforeCopy={url.flush} />
        {ownFile && layout && !running && (
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => startCheck(ownFile, ownFile.name)}
          >
            Check {ownFile.name} again
          </button>
        )}
      </div>

      <LiveRegion message={announcement} visuallyHidden />

      {run.status === 'running' && (
        <div className={styles.progress}>
          <div
            role="progressbar"
            aria-label={`Checking ${run.fileName}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={`${percent}%: ${plural(run.rows, 'record')} checked`}
            className={styles.progressTrack}
          >
            <div className={styles.progressBar} style={{ width: `${percent}%` }} />
          </div>
          <p className={styles.progressText}>
            {percent}% of {formatBytes(run.totalBytes)}: {plural(run.rows, 'record')} checked
            {run.rowsPerSecond > 0 ? `, ${run.rowsPerSecond.toLocaleString('en-US')} rows/s` : ''}
          </p>
          <button type="button" className="button button--sm button--danger" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
      {run.status === 'cancelled' && (
        <p role="status" className={styles.note}>
          The check of {run.fileName} was cancelled. Choose the file again to restart it.
        </p>
      )}
      {run.status === 'error' && (
        <p role="alert" className={styles.problem}>
          {run.message}
        </p>
      )}

      {report && run.status === 'done' && (
        <section aria-label="Report" className={styles.report}>
          <h3 className={styles.heading}>Report for {run.fileName}</h3>
          <p className={styles.summary}>
            {describeCounts(report)} Checked in {(run.elapsedMs / 1000).toFixed(1)} s with the
            layout “{report.layoutName}”.
          </p>
          {report.truncated && (
            <p className={styles.note}>
              The first {plural(report.issues.length, 'issue')} are listed; all{' '}
              {plural(report.totalIssues, 'issue')} are counted below. Raise “Issues to list” to see
              more.
            </p>
          )}
          {codeRows.length > 0 && (
            <table className={styles.codeTable}>
              <caption>Issues by code</caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Count</th>
                </tr>
              </thead>
              <tbody>
                {codeRows.map(([code, count]) => (
                  <tr key={code}>
                    <td>
                      <a href={docsUrlFor(code)}>
                        <code>{code}</code>
                      </a>
                    </td>
                    <td>{count.toLocaleString('en-US')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <IssueTable
            issues={report.issues}
            caption={`Issues (${plural(report.issues.length, 'issue')} listed)`}
            columns={['line', 'column', 'code', 'severity', 'field', 'message']}
            emptyText="No issues: every record matches the layout."
          />
          <div className={styles.actions}>
            <button
              type="button"
              className="button button--sm button--secondary"
              onClick={() =>
                downloadText(reportFileName(run.fileName, 'csv'), reportToCsv(report), 'text/csv')
              }
            >
              Download report as CSV
            </button>
            <button
              type="button"
              className="button button--sm button--secondary"
              onClick={() =>
                downloadText(
                  reportFileName(run.fileName, 'json'),
                  reportToJson(report, run.fileName),
                  'application/json',
                )
              }
            >
              Download report as JSON
            </button>
          </div>
        </section>
      )}

      {run.status !== 'done' && !running && lastSummary && (
        <section aria-label="Last report in this browser" className={styles.report}>
          <h3 className={styles.heading}>Last report in this browser</h3>
          <p className={styles.summary}>
            {lastSummary.fileName} ({formatBytes(lastSummary.bytes)}), checked{' '}
            {new Date(lastSummary.checkedAt).toLocaleString('en-GB')} with “{lastSummary.layoutName}
            ”: {describeCounts(lastSummary)}
          </p>
          {Object.keys(lastSummary.issueCountsByCode).length > 0 && (
            <p className={styles.note}>
              By code:{' '}
              {Object.entries(lastSummary.issueCountsByCode)
                .map(([code, count]) => `${code} × ${count.toLocaleString('en-US')}`)
                .join(', ')}
              .
            </p>
          )}
          <button
            type="button"
            className="button button--sm button--link"
            onClick={() => {
              clearDraft();
              setLastSummary(null);
            }}
          >
            Forget this report
          </button>
        </section>
      )}
    </div>
  );
}
