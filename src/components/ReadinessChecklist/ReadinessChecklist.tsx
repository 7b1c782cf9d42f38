/**
 * Interactive readiness checklist: tick items by hand, or paste a configuration and let the
 * configuration checker tick the items it can decide (and untick those it finds failing, naming
 * the codes). Progress is kept in this browser (localStorage); the list exports as Markdown and
 * prints without its controls.
 */
import React, { useCallback, useId, useMemo, useState } from 'react';
import { z } from 'zod';
import {
  CHECKLISTS,
  checklistItems,
  checklistToMarkdown,
  type ChecklistId,
  type ChecklistItem,
  type ChecklistVerificationResult,
  type ItemVerdict,
} from '@site/src/allegro/troubleshoot/checklists';
import { verifyChecklistFromText } from '@site/src/allegro/troubleshoot/checklist-verify';
import {
  SAMPLE_CONFIG_CLEAN_JSON,
  SAMPLE_CONFIG_WITH_MISTAKES,
} from '@site/src/allegro/samples/config';
import { useLocalDraft } from '@site/src/hooks/useLocalDraft';
import { LiveRegion, copyText, downloadText } from '@site/src/components/widget-ui';
import styles from './styles.module.css';

export const STORAGE_PREFIX = 'allegro-kb:checklist:';

const VerdictSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pass') }),
  z.object({
    status: z.literal('fail'),
    issues: z.array(
      z.object({
        code: z.string(),
        message: z.string(),
        line: z.number().optional(),
        docsUrl: z.string(),
      }),
    ),
  }),
  z.object({ status: z.literal('unknown'), reason: z.string() }),
]);

const StoredSchema = z.object({
  version: z.literal(1),
  ticked: z.record(z.string(), z.boolean()),
  verdicts: z.record(z.string(), VerdictSchema).default({}),
});
type Stored = z.infer<typeof StoredSchema>;

const EMPTY: Stored = { version: 1, ticked: {}, verdicts: {} };

// Used when localStorage is unavailable (privacy settings): progress then lasts for this visit.
const memory = new Map<string, Stored>();

function load(key: string): Stored {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(key);
  } catch {
    return memory.get(key) ?? EMPTY;
  }
  if (raw === null) return EMPTY;
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

function save(key: string, value: Stored): boolean {
  memory.set(key, value);
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export interface ReadinessChecklistProps {
  checklist: ChecklistId;
  /** Date used in the exported Markdown (tests pin it); today by default. */
  today?: () => string;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function summarizeVerification(result: ChecklistVerificationResult): string {
  if (!result.readable) return `The configuration could not be read: ${result.problem ?? ''}`;
  const verdicts = Object.values(result.verdicts);
  const pass = verdicts.filter((v) => v.status === 'pass').length;
  const fail = verdicts.filter((v) => v.status === 'fail').length;
  const unknown = verdicts.filter((v) => v.status === 'unknown').length;
  return `Checked ${plural(verdicts.length, 'item')} against the configuration: ${pass} passed and ${pass === 1 ? 'is' : 'are'} ticked, ${fail} failed and ${fail === 1 ? 'is' : 'are'} unticked, ${unknown} could not be checked.`;
}

function Verdict({ verdict }: { verdict: ItemVerdict }) {
  if (verdict.status === 'pass') {
    return <p className={styles.pass}>Verified: the configuration passes this check.</p>;
  }
  if (verdict.status === 'unknown') {
    return <p className={styles.unknown}>Not verified: {verdict.reason}</p>;
  }
  return (
    <div className={styles.fail}>
      <p className={styles.failTitle}>The configuration fails this check:</p>
      <ul className={styles.failList}>
        {verdict.issues.map((issue, i) => (
          <li key={`${issue.code}-${i}`}>
            <a href={issue.docsUrl}>{issue.code}</a>
            {issue.line !== undefined ? ` (line ${issue.line})` : ''}: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Item({
  item,
  ticked,
  verdict,
  onToggle,
}: {
  item: ChecklistItem;
  ticked: boolean;
  verdict: ItemVerdict | undefined;
  onToggle: (id: string, value: boolean) => void;
}) {
  const ids = useId();
  const boxId = `${ids}-box`;
  const whyId = `${ids}-why`;
  return (
    <li className={styles.item} data-item-id={item.id}>
      <div className={styles.itemLine}>
        <input
          id={boxId}
          type="checkbox"
          className={styles.checkbox}
          checked={ticked}
          onChange={(event) => onToggle(item.id, event.target.checked)}
          aria-describedby={whyId}
        />
        <span className={styles.printMark} aria-hidden="true">
          {ticked ? '☑' : '☐'}
        </span>
        <label htmlFor={boxId} className={styles.itemText}>
          {item.text}
        </label>
      </div>
      <div className={styles.itemDetails}>
        <p id={whyId} className={styles.why}>
          Why it matters: {item.why} <a href={item.docs.url}>{item.docs.label}</a>
        </p>
        {item.verify ? (
          <p className={styles.auto}>
            Checked from a configuration by{' '}
            {item.verify.failOn.length > 4
              ? `${plural(item.verify.failOn.length, 'code')} (${item.verify.failOn
                  .slice(0, 3)
                  .map((c) => c.code)
                  .join(', ')} …)`
              : item.verify.failOn.map((c) => c.code).join(', ')}
            .
          </p>
        ) : null}
        {verdict ? <Verdict verdict={verdict} /> : null}
      </div>
    </li>
  );
}

export default function ReadinessChecklistWidget({
  checklist: checklistId,
  today = () => new Date().toISOString().slice(0, 10),
}: ReadinessChecklistProps) {
  const checklist = CHECKLISTS[checklistId];
  const storageKey = `${STORAGE_PREFIX}${checklistId}`;
  const ids = useId();
  const progressId = `${ids}-progress`;
  const configId = `${ids}-config`;
  const configHintId = `${ids}-config-hint`;
  const verifyHeadingId = `${ids}-verify`;

  const [stored, setStored] = useState<Stored>(() => load(storageKey));
  const [storageWorks, setStorageWorks] = useState(true);
  const [announcement, setAnnouncement] = useState('');
  const [verification, setVerification] = useState<string | null>(null);
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const draft = useLocalDraft({ key: `checklist:${checklistId}`, maxChars: 500_000 });
  const [configText, setConfigText] = useState(() => draft.initialDraft ?? '');

  const items = useMemo(() => checklistItems(checklist), [checklist]);
  const done = items.filter((item) => stored.ticked[item.id]).length;
  const progressText = `${done} of ${items.length} items done`;

  const update = useCallback(
    (next: Stored, message: string) => {
      setStored(next);
      setStorageWorks(save(storageKey, next));
      setAnnouncement(message);
    },
    [storageKey],
  );

  const onToggle = (id: string, value: boolean) => {
    const ticked = { ...stored.ticked, [id]: value };
    const count = items.filter((item) => ticked[item.id]).length;
    update(
      { ...stored, ticked },
      `${value ? 'Ticked' : 'Unticked'}. ${count} of ${items.length} items done.`,
    );
  };

  const onVerify = () => {
    const result = verifyChecklistFromText(checklist, configText);
    const summary = summarizeVerification(result);
    setVerification(summary);
    if (!result.readable) {
      setAnnouncement(summary);
      return;
    }
    const ticked = { ...stored.ticked };
    for (const [id, verdict] of Object.entries(result.verdicts)) {
      if (verdict.status === 'pass') ticked[id] = true;
      if (verdict.status === 'fail') ticked[id] = false;
    }
    update({ ...stored, ticked, verdicts: result.verdicts }, summary);
  };

  const onConfigChange = (text: string) => {
    setConfigText(text);
    draft.save(text);
  };

  const markdown = () => checklistToMarkdown(checklist, stored, today());

  const onDownload = () => {
    downloadText(`${checklistId}-readiness.md`, markdown(), 'text/markdown');
    setAnnouncement('Markdown file downloaded.');
  };

  const onCopy = async () => {
    const text = markdown();
    if (await copyText(text)) {
      setManualCopy(null);
      setAnnouncement('Markdown copied.');
    } else {
      setManualCopy(text);
      setAnnouncement(
        'Copying is blocked in this browser; the Markdown is shown below to copy by hand.',
      );
    }
  };

  const onReset = () => {
    update(EMPTY, `Cleared. 0 of ${items.length} items done.`);
    setVerification(null);
  };

  return (
    <div className={styles.checklist}>
      <div className={styles.header}>
        <label htmlFor={progressId} className={styles.progressLabel}>
          Progress
        </label>
        <progress
          id={progressId}
          max={items.length}
          value={done}
          className={styles.progress}
          aria-valuetext={progressText}
        />
        <span className={styles.progressText}>{progressText}</span>
      </div>
      {!storageWorks ? (
        <p role="status" className={styles.notice}>
          This browser does not let the page save progress; ticks last until the page is closed.
        </p>
      ) : null}

      <div className={`${styles.actions} ${styles.controls}`}>
        <button type="button" className="button button--sm button--secondary" onClick={onDownload}>
          Download as Markdown
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => void onCopy()}
        >
          Copy as Markdown
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => window.print()}
        >
          Print
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={onReset}>
          Untick all
        </button>
      </div>
      {manualCopy !== null ? (
        <div className={styles.controls}>
          <label htmlFor={`${ids}-manual`} className={styles.label}>
            Checklist as Markdown
          </label>
          <textarea
            id={`${ids}-manual`}
            className={styles.manual}
            readOnly
            value={manualCopy}
            rows={8}
          />
        </div>
      ) : null}

      <section aria-labelledby={verifyHeadingId} className={`${styles.verify} ${styles.controls}`}>
        <h3 id={verifyHeadingId} className={styles.heading}>
          Verify from a configuration
        </h3>
        <label htmlFor={configId} className={styles.label}>
          Configuration (JSON or YAML)
        </label>
        <p id={configHintId} className={styles.hint}>
          The configuration checker runs in your browser on what you paste. Items it can decide are
          ticked when they pass and unticked when they fail; the other items keep your own ticks.
        </p>
        <textarea
          id={configId}
          className={styles.config}
          value={configText}
          onChange={(event) => onConfigChange(event.target.value)}
          aria-describedby={configHintId}
          rows={8}
          spellCheck={false}
        />
        <div className={styles.actions}>
          <button type="button" className="button button--sm button--primary" onClick={onVerify}>
            Verify
          </button>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => onConfigChange(SAMPLE_CONFIG_CLEAN_JSON)}
          >
            Use the clean sample configuration
          </button>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => onConfigChange(SAMPLE_CONFIG_WITH_MISTAKES)}
          >
            Use the sample with mistakes
          </button>
        </div>
        {verification ? <p className={styles.verifySummary}>{verification}</p> : null}
      </section>

      {checklist.sections.map((section) => (
        <fieldset key={section.id} className={styles.section}>
          <legend className={styles.legend}>{section.title}</legend>
          <ul className={styles.items}>
            {section.items.map((item) => (
              <Item
                key={item.id}
                item={item}
                ticked={stored.ticked[item.id] === true}
                verdict={stored.verdicts[item.id]}
                onToggle={onToggle}
              />
            ))}
          </ul>
        </fieldset>
      ))}

      <LiveRegion message={announcement} visuallyHidden />
    </div>
  );
}
