/**
 * Configuration checker: paste, open or start from a sample client configuration (JSON or
 * YAML) and see every finding with its code, line and explanation link, plus the normalized
 * document. Runs on the main thread: configurations are small and a check takes a few tens of
 * milliseconds, and it only runs after typing pauses.
 */
import React, { useEffect, useId, useMemo, useRef, useState } from 'react';
import { z } from 'zod';
import {
  SAMPLE_CONFIG_CLEAN_JSON,
  SAMPLE_CONFIG_WITH_MISTAKES,
} from '@site/src/allegro/samples/config';
// Direct module paths, not the core's index: the index would bring the whole core into this chunk.
import { checkConfigText, type ConfigCheckResult } from '@site/src/allegro/check/config';
import type { Issue } from '@site/src/allegro/issue';
import { useUrlState } from '@site/src/hooks/useUrlState';
import { useLocalDraft } from '@site/src/hooks/useLocalDraft';
import {
  CopyLinkButton,
  CopyableCode,
  IssueTable,
  LiveRegion,
  countByCode,
  type IssueRow,
} from '@site/src/components/widget-ui';
import { LineNumberedEditor, type EditorHandle } from './LineNumberedEditor';
import styles from './styles.module.css';

const FORMATS = ['auto', 'json', 'yaml'] as const;
type FormatChoice = (typeof FORMATS)[number];

/** Largest file the tool opens; the checker itself reads up to 5,000,000 characters. */
export const MAX_CONFIG_FILE_BYTES = 5_000_000;
const CHECK_DELAY_MS = 300;

const ConfigInputSchema = z.object({
  text: z.string().max(MAX_CONFIG_FILE_BYTES),
  format: z.enum(FORMATS),
});
type ConfigInput = z.infer<typeof ConfigInputSchema>;

const SAMPLE_INPUT: ConfigInput = { text: SAMPLE_CONFIG_WITH_MISTAKES, format: 'auto' };

export type ConfigChecker = (text: string, format: FormatChoice) => ConfigCheckResult;

export interface ConfigCheckerProps {
  /** Hash key for the input; change it only when two checkers share a page. */
  urlKey?: string;
  /** Where the sample files are served (the site's base URL + `samples/`). */
  samplesBaseUrl?: string;
  /** Checking function; the default is the core checker (tests may pass a slow or failing one). */
  check?: ConfigChecker;
}

const defaultCheck: ConfigChecker = (text, format) => checkConfigText(text, { format });

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

export function summarize(result: ConfigCheckResult): string {
  const total = result.issues.length;
  if (total === 0) return 'No findings: the configuration passes every check.';
  const { error, warning, info } = result.counts;
  return `${plural(total, 'finding')}: ${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(info, 'note')}.`;
}

function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}

export default function ConfigCheckerWidget({
  urlKey = 'cfg',
  samplesBaseUrl = '/samples/',
  check = defaultCheck,
}: ConfigCheckerProps) {
  const ids = useId();
  const editorId = `${ids}-editor`;
  const hintId = `${ids}-hint`;
  const fileId = `${ids}-file`;
  const formatId = `${ids}-format`;
  const editor = useRef<EditorHandle>(null);

  const url = useUrlState({
    key: urlKey,
    version: 1,
    schema: ConfigInputSchema,
    fallback: SAMPLE_INPUT,
  });
  const draft = useLocalDraft({ key: `config-checker:${urlKey}` });
  const { value: input, setValue: setInput } = url;

  // A large input lives in a local draft, not the link: restore it when the link has none.
  const [restoredDraft] = useState((): ConfigInput | null => {
    if (url.source === 'link' || url.notice || !draft.initialDraft) return null;
    const parsed = ConfigInputSchema.safeParse(safeJson(draft.initialDraft));
    return parsed.success ? parsed.data : null;
  });
  useEffect(() => {
    if (restoredDraft) setInput(restoredDraft);
  }, [restoredDraft, setInput]);

  useEffect(() => {
    if (url.tooLargeForLink) draft.save(JSON.stringify(input));
    else draft.clear();
    // Only the link status decides whether a draft is needed; `draft` is stable enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url.tooLargeForLink, input]);

  // Check after typing pauses.
  const [checked, setChecked] = useState<ConfigInput>(restoredDraft ?? input);
  useEffect(() => {
    if (checked.text === input.text && checked.format === input.format) return undefined;
    const timer = setTimeout(() => setChecked(input), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input, checked]);
  const pending = checked.text !== input.text || checked.format !== input.format;

  const outcome = useMemo(() => {
    try {
      return { result: check(checked.text, checked.format), failure: null };
    } catch (error) {
      // The core checker never throws; a replacement might. Say so rather than crash.
      return { result: null, failure: error instanceof Error ? error.message : String(error) };
    }
  }, [check, checked]);
  const result = outcome.result;

  const [selection, setSelection] = useState<{ result: ConfigCheckResult; issue: Issue } | null>(
    null,
  );
  const selected = selection && selection.result === result ? selection.issue : null;

  // What the live region says after a reader's action, tied to the result it was about.
  const [action, setAction] = useState<{ text: string; result: ConfigCheckResult } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  // Which sample or file the editor was last loaded from (shown next to the editor label).
  const [loaded, setLoaded] = useState<string | null>(null);

  const summary = result ? summarize(result) : null;
  const announcement = pending
    ? 'Checking…'
    : action && action.result === result
      ? action.text
      : summary && `Checked. ${summary}`;

  const codeCounts = useMemo(() => (result ? countByCode(result.issues) : []), [result]);

  const load = (text: string, what: string) => {
    setFileProblem(null);
    setInput({ text, format: 'auto' });
    setAction(null);
    setLoaded(what);
  };

  const openFile = async (file: File) => {
    setFileProblem(null);
    if (file.size > MAX_CONFIG_FILE_BYTES) {
      setFileProblem(
        `"${file.name}" is ${plural(file.size, 'byte')}; this tool opens configuration files up to ${plural(MAX_CONFIG_FILE_BYTES, 'byte')}.`,
      );
      return;
    }
    try {
      const text = await file.text();
      if (looksBinary(text)) {
        setFileProblem(`"${file.name}" does not look like a text file (JSON or YAML).`);
        return;
      }
      load(text, `"${file.name}"`);
    } catch (error) {
      setFileProblem(
        `Could not read "${file.name}": ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  const selectIssue = (issue: IssueRow) => {
    if (!result) return;
    setSelection({ result, issue });
    if (issue.line !== undefined) {
      editor.current?.goToLine(issue.line, issue.column);
      setAction({ result, text: `Line ${issue.line}: ${issue.code}. ${issue.message}` });
    } else {
      setAction({ result, text: `${issue.code} applies to the whole document: ${issue.message}` });
    }
  };

  const normalizedText = useMemo(
    () => (result?.normalized ? `${JSON.stringify(result.normalized, null, 2)}\n` : null),
    [result],
  );

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
      {restoredDraft && (
        <p className={styles.note}>Your last configuration was restored from this browser.</p>
      )}

      <div className={styles.toolbar}>
        <span className={styles.toolbarGroup} role="group" aria-label="Start from a sample">
          <span className={styles.groupLabel}>Start from a sample:</span>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => load(SAMPLE_CONFIG_CLEAN_JSON, 'the clean sample')}
          >
            Clean sample
          </button>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => load(SAMPLE_CONFIG_WITH_MISTAKES, 'the sample with mistakes')}
          >
            Sample with mistakes
          </button>
        </span>
        <span className={styles.toolbarGroup}>
          <label htmlFor={fileId} className={styles.groupLabel}>
            Open a file (JSON or YAML)
          </label>
          <input
            id={fileId}
            type="file"
            accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml,text/plain"
            className={styles.fileInput}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void openFile(file);
            }}
          />
        </span>
        <span className={styles.toolbarGroup}>
          <label htmlFor={formatId} className={styles.groupLabel}>
            Format
          </label>
          <select
            id={formatId}
            value={input.format}
            onChange={(event) =>
              setInput((previous) => ({
                ...previous,
                format: event.target.value as FormatChoice,
              }))
            }
          >
            <option value="auto">Detect</option>
            <option value="json">JSON</option>
            <option value="yaml">YAML</option>
          </select>
        </span>
      </div>
      {fileProblem && (
        <p role="alert" className={styles.problem}>
          {fileProblem}
        </p>
      )}

      <label htmlFor={editorId} className={styles.editorLabel}>
        Configuration (JSON or YAML)
      </label>
      {loaded && <p className={styles.note}>Loaded {loaded}; edits are checked as you type.</p>}
      <p id={hintId} className={styles.hint}>
        Paste a configuration, drop a file here or open one above. It is checked in your browser and
        never sent anywhere.{' '}
        {url.tooLargeForLink
          ? 'It is too large to keep in a link, so it is saved as a draft in this browser instead.'
          : 'The page address keeps your input, so a copied link shows the same result.'}
      </p>
      <LineNumberedEditor
        ref={editor}
        id={editorId}
        value={input.text}
        describedBy={hintId}
        highlightLine={selected?.line ?? null}
        onChange={(text) => setInput((previous) => ({ ...previous, text }))}
        onDropFile={(file) => void openFile(file)}
      />

      <div className={styles.actions}>
        <CopyLinkButton
          onBeforeCopy={url.flush}
          disabled={url.tooLargeForLink}
          disabledReason="Too large for a link: kept as a draft in this browser."
        />
        <span className={styles.downloads}>
          Sample files:{' '}
          <a href={`${samplesBaseUrl}config-clean.json`} download>
            config-clean.json
          </a>
          ,{' '}
          <a href={`${samplesBaseUrl}config-with-mistakes.yaml`} download>
            config-with-mistakes.yaml
          </a>
        </span>
      </div>

      <LiveRegion message={announcement} visuallyHidden />

      <h3 className={styles.heading}>Findings</h3>
      {outcome.failure !== null ? (
        <p role="alert" className={styles.problem}>
          The checker failed on this input: {outcome.failure}
        </p>
      ) : result ? (
        <>
          <p className={styles.summary} aria-busy={pending}>
            {pending ? 'Checking…' : summary}
          </p>
          {codeCounts.length > 0 && (
            <ul className={styles.codeCounts} aria-label="Findings by code">
              {codeCounts.map(({ code, count }) => (
                <li key={code}>
                  <code>{code}</code> × {count}
                </li>
              ))}
            </ul>
          )}
          <IssueTable
            issues={result.issues}
            caption="Findings (select a line number to jump to it in the editor)"
            onSelect={selectIssue}
            selected={selected}
            emptyText="No findings: the configuration passes every check."
          />
          {normalizedText !== null ? (
            <CopyableCode
              code={normalizedText}
              label="Normalized configuration (defaults applied)"
              language="json"
            />
          ) : (
            <p className={styles.note}>
              The normalized configuration appears once the document reads without syntax errors and
              every record passes the schema checks. Fix those findings first; the cross-record
              findings do not hide it.
            </p>
          )}
        </>
      ) : null}
    </div>
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
