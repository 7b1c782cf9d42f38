/**
 * Error decoder: paste an error message or a log excerpt and see every known error in it, with
 * its category, where it arises, likely causes, fix steps, whether the stopped records can be
 * reprocessed and the simulator that shows it. Unknown text gets an honest "not recognised" with
 * the closest matches and a site search link.
 *
 * Decodes after typing pauses: short text on the main thread, long text (up to two million
 * characters) in a web worker so the page stays responsive (see decodeRunner.ts). Small input
 * lives in the page address (copyable link), large input in a local draft.
 */
import React, { useEffect, useId, useMemo, useState } from 'react';
import { z } from 'zod';
import {
  BASIS_LABELS,
  CATEGORY_DOCS,
  CATEGORY_LABELS,
  COMPONENTS,
  DATA_FLOWS,
  REPROCESS_LABELS,
  SAMPLE_LOG,
  SIMULATORS,
  decodeErrors,
  entryDocsUrl,
  getCatalogEntry,
  type DecodeResult,
  type Finding,
  type Suggestion,
} from '@site/src/allegro/troubleshoot';
import { useUrlState } from '@site/src/hooks/useUrlState';
import { useLocalDraft } from '@site/src/hooks/useLocalDraft';
import { CopyLinkButton, LiveRegion } from '@site/src/components/widget-ui';
import styles from './styles.module.css';
import {
  WORKER_THRESHOLD_CHARS,
  decodeInWorker,
  workersAvailable,
  type DecodeOutcome,
} from './decodeRunner';

/** Largest paste the tool reads; longer text is cut (and the result says so). */
export const MAX_INPUT_CHARS = 2_000_000;
const DECODE_DELAY_MS = 250;

const InputSchema = z.object({ text: z.string().max(MAX_INPUT_CHARS) });
type DecoderInput = z.infer<typeof InputSchema>;

export type Decoder = (text: string) => DecodeResult;

export interface ErrorDecoderProps {
  /** Hash key for the input; change it only when two decoders share a page. */
  urlKey?: string;
  /** Start with the sample log (true) or an empty box (false). */
  startWithSample?: boolean;
  /** The decoding function; tests may pass a failing one. */
  decode?: Decoder;
}

/** Short pastes decode on the main thread; the component catches and shows any failure. */
const defaultDecode: Decoder = (text) => decodeErrors(text);

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** One sentence for the live region and the summary line. */
export function summarizeDecode(result: DecodeResult): string {
  if (result.status === 'empty') return 'Paste an error message or a log excerpt to decode it.';
  const unmatched =
    result.unmatchedLineCount > 0
      ? ` ${plural(result.unmatchedLineCount, 'line looks', 'lines look')} like an error but matched nothing.`
      : '';
  const cut = result.truncated ? ' The text was too long to read completely.' : '';
  if (result.status === 'not-recognised') {
    return `Not recognised: this text matches no error the site knows.${unmatched}${cut}`;
  }
  return `${plural(result.findings.length, 'known error')} recognised.${unmatched}${cut}`;
}

function lineList(finding: Finding): string {
  const lines = finding.occurrences.map((o) => o.line);
  const more = finding.occurrenceCount - finding.occurrences.length;
  const shown = lines.join(', ');
  return `${lines.length === 1 ? 'line' : 'lines'} ${shown}${more > 0 ? ` and ${plural(more, 'more occurrence')}` : ''}`;
}

function SuggestionList({ suggestions }: { suggestions: readonly Suggestion[] }) {
  if (suggestions.length === 0) {
    return <p className={styles.note}>No entry shares enough words with it to suggest one.</p>;
  }
  return (
    <ul className={styles.suggestions}>
      {suggestions.map(({ entry, score }) => (
        <li key={entry.id}>
          <a href={entryDocsUrl(entry)}>{entry.title}</a>{' '}
          <span className={styles.muted}>
            ({CATEGORY_LABELS[entry.category].toLowerCase()}, {Math.round(score * 100)}% of the
            words match)
          </span>
        </li>
      ))}
    </ul>
  );
}

function FindingCard({ finding, index }: { finding: Finding; index: number }) {
  const { entry } = finding;
  const headingId = `${useId()}-finding`;
  const first = finding.occurrences[0];
  const simulator = entry.reprocess.simulator ? SIMULATORS[entry.reprocess.simulator] : undefined;
  const related = (entry.related ?? []).flatMap((id) => {
    const other = getCatalogEntry(id);
    return other ? [other] : [];
  });
  return (
    <li className={styles.finding} data-entry-id={entry.id}>
      <article aria-labelledby={headingId}>
        <h4 id={headingId} className={styles.findingTitle}>
          <span className={styles.findingNumber}>{index + 1}.</span> {entry.title}
        </h4>
        <p className={styles.summaryText}>{entry.summary}</p>
        <dl className={styles.facts}>
          <dt>Category</dt>
          <dd>
            <a href={CATEGORY_DOCS[entry.category]}>{CATEGORY_LABELS[entry.category]}</a>
          </dd>
          <dt>Where it arises</dt>
          <dd>
            <a href={COMPONENTS[entry.component].docsUrl}>{COMPONENTS[entry.component].name}</a>
            {' · '}
            <a href={DATA_FLOWS[entry.flow].docsUrl}>{DATA_FLOWS[entry.flow].name}</a>
          </dd>
          <dt>Found on</dt>
          <dd>
            {lineList(finding)}
            {first ? (
              <>
                {': '}
                <code className={styles.excerpt}>{first.excerpt}</code>
                {first.basis !== 'documented' ? (
                  <span className={styles.muted}>
                    {' '}
                    (matched on wording the public documentation does not give; this site’s{' '}
                    {first.basis === 'assumption' ? 'assumption' : 'reading'})
                  </span>
                ) : null}
              </>
            ) : null}
          </dd>
        </dl>

        <h5 className={styles.subheading}>Likely causes, most likely first</h5>
        <ol className={styles.list}>
          {entry.causes.map((cause) => (
            <li key={cause.text}>
              {cause.text} <span className={styles.basis}>{BASIS_LABELS[cause.basis]}</span>
              {cause.fix ? <span className={styles.causeFix}> Fix: {cause.fix}</span> : null}
            </li>
          ))}
        </ol>

        <h5 className={styles.subheading}>Fix steps</h5>
        <ol className={styles.list}>
          {entry.fix.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>

        <h5 className={styles.subheading}>Reprocessing</h5>
        <p className={styles.paragraph}>
          <strong>{REPROCESS_LABELS[entry.reprocess.outcome]}.</strong> {entry.reprocess.how}
          {entry.reprocess.where ? (
            <>
              {' '}
              Where: <span className={styles.screen}>{entry.reprocess.where}</span>.
            </>
          ) : null}
        </p>
        {simulator ? (
          <p className={styles.paragraph}>
            <a href={simulator.path}>See the outcome in the {simulator.name}</a>
          </p>
        ) : null}

        <p className={styles.paragraph}>
          Explained in <a href={entryDocsUrl(entry)}>the documentation section for this error</a>
          {entry.referenceUrl ? (
            <>
              {' '}
              and in the <a href={entry.referenceUrl}>reference of code {entry.code}</a>
            </>
          ) : null}
          .
        </p>
        {related.length > 0 ? (
          <p className={styles.paragraph}>
            Related:{' '}
            {related.map((other, i) => (
              <React.Fragment key={other.id}>
                {i > 0 ? '; ' : ''}
                <a href={entryDocsUrl(other)}>{other.title}</a>
              </React.Fragment>
            ))}
          </p>
        ) : null}
      </article>
    </li>
  );
}

export default function ErrorDecoderWidget({
  urlKey = 'decode',
  startWithSample = true,
  decode = defaultDecode,
}: ErrorDecoderProps) {
  const ids = useId();
  const inputId = `${ids}-input`;
  const hintId = `${ids}-hint`;
  const resultHeadingId = `${ids}-result`;
  const fallback = useMemo<DecoderInput>(
    () => ({ text: startWithSample ? SAMPLE_LOG : '' }),
    [startWithSample],
  );

  const url = useUrlState({ key: urlKey, version: 1, schema: InputSchema, fallback });
  const draft = useLocalDraft({ key: `error-decoder:${urlKey}` });
  const { value: input, setValue: setInput } = url;

  // A large paste lives in a local draft, not the link: restore it when the link has none.
  const [restored] = useState((): string | null =>
    url.source === 'link' || url.notice ? null : draft.initialDraft,
  );
  useEffect(() => {
    if (restored !== null) setInput({ text: restored });
  }, [restored, setInput]);
  useEffect(() => {
    if (url.tooLargeForLink) draft.save(input.text);
    else draft.clear();
    // Only the link status decides whether a draft is needed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url.tooLargeForLink, input.text]);

  // Decode after typing pauses.
  const [decodedText, setDecodedText] = useState<string>(restored ?? input.text);
  useEffect(() => {
    if (decodedText === input.text) return undefined;
    const timer = setTimeout(() => setDecodedText(input.text), DECODE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input.text, decodedText]);

  // Long text goes to a worker (when the page has workers and uses the standard decoder).
  const inWorker =
    decode === defaultDecode && workersAvailable() && decodedText.length > WORKER_THRESHOLD_CHARS;
  const hereOutcome = useMemo((): DecodeOutcome | null => {
    if (inWorker) return null;
    try {
      return { result: decode(decodedText), failure: null };
    } catch (error) {
      // The core decoder never throws; a replacement might. Say so rather than crash.
      return { result: null, failure: error instanceof Error ? error.message : String(error) };
    }
  }, [inWorker, decode, decodedText]);
  const [workerOutcome, setWorkerOutcome] = useState<(DecodeOutcome & { text: string }) | null>(
    null,
  );
  useEffect(() => {
    if (!inWorker) return undefined;
    const job = decodeInWorker(decodedText, (done) =>
      setWorkerOutcome({ ...done, text: decodedText }),
    );
    return job.cancel;
  }, [inWorker, decodedText]);
  // While the worker reads a new paste, the previous result stays on screen, marked busy.
  const outcome: DecodeOutcome = hereOutcome ?? workerOutcome ?? { result: null, failure: null };
  const pending = decodedText !== input.text || (inWorker && workerOutcome?.text !== decodedText);
  const result = outcome.result;
  const summary = result ? summarizeDecode(result) : 'The decoder failed on this input.';

  // Announced once decoding has caught up with the typing (empty while it has not).
  const announcement = pending ? '' : summary;

  const setText = (text: string) => setInput({ text });

  return (
    <div className={styles.decoder}>
      {url.notice ? (
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
      ) : null}

      <label htmlFor={inputId} className={styles.label}>
        Error message or log excerpt
      </label>
      <p id={hintId} className={styles.hint}>
        Paste one message or many lines of a log; every known error in it is listed. The text is
        decoded in your browser and never sent anywhere.{' '}
        {url.tooLargeForLink
          ? 'It is too large to keep in a link, so it is saved as a draft in this browser instead.'
          : 'The page address keeps your text, so a copied link shows the same result.'}
      </p>
      <textarea
        id={inputId}
        className={styles.input}
        value={input.text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={hintId}
        rows={8}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        maxLength={MAX_INPUT_CHARS}
      />
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => setText(SAMPLE_LOG)}
        >
          Load the example log
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => setText('')}
          disabled={input.text === ''}
        >
          Clear
        </button>
        <CopyLinkButton
          onBeforeCopy={url.flush}
          disabled={url.tooLargeForLink}
          disabledReason="Too large for a link: kept as a draft in this browser."
        />
      </div>

      <LiveRegion message={announcement} visuallyHidden />

      <section aria-labelledby={resultHeadingId} className={styles.result}>
        <h3 id={resultHeadingId} className={styles.heading}>
          What the text contains
        </h3>
        {outcome.failure !== null && !pending ? (
          <p role="alert" className={styles.problem}>
            The decoder failed on this input: {outcome.failure}. Your text is kept.
          </p>
        ) : result ? (
          <>
            <p className={styles.summary} aria-busy={pending}>
              {pending ? 'Decoding…' : summary}
            </p>

            {result.status === 'recognised' ? (
              <ol className={styles.findings}>
                {result.findings.map((finding, index) => (
                  <FindingCard key={finding.entry.id} finding={finding} index={index} />
                ))}
              </ol>
            ) : null}

            {result.status === 'not-recognised' ? (
              <div className={styles.unknown}>
                <p className={styles.paragraph}>
                  The catalog behind this tool has no pattern for this text. That does not mean the
                  error is harmless: it may be a message whose wording the public documentation does
                  not give. The closest entries by shared words are:
                </p>
                <SuggestionList suggestions={result.suggestions} />
                <p className={styles.paragraph}>
                  <a href={result.searchUrl}>Search the site for this text</a>
                </p>
              </div>
            ) : null}

            {/* For a one-line paste that is not recognised, the suggestions above already cover it. */}
            {result.unmatchedLines.length > 0 &&
            (result.status === 'recognised' || result.unmatchedLineCount > 1) ? (
              <details className={styles.unmatched}>
                <summary>
                  {plural(result.unmatchedLineCount, 'line looks', 'lines look')} like an error but
                  matched nothing
                </summary>
                <ul className={styles.unmatchedList}>
                  {result.unmatchedLines.map((line) => (
                    <li key={line.line}>
                      Line {line.line}: <code className={styles.excerpt}>{line.excerpt}</code>{' '}
                      <a href={line.searchUrl}>search for it</a>
                      {line.suggestions.length > 0 ? (
                        <>
                          {'; closest: '}
                          {line.suggestions.map((s, i) => (
                            <React.Fragment key={s.entry.id}>
                              {i > 0 ? ', ' : ''}
                              <a href={entryDocsUrl(s.entry)}>{s.entry.title}</a>
                            </React.Fragment>
                          ))}
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </>
        ) : pending ? (
          <p className={styles.summary} aria-busy="true">
            Decoding…
          </p>
        ) : null}
      </section>
    </div>
  );
}
