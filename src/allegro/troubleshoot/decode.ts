/**
 * Error decoder: finds every known error in a pasted message or a whole log excerpt.
 *
 * How it works, in one pass per kind of pattern over the text (never per line per pattern, so a
 * 1 MB log stays fast):
 * 1. checker codes (CFG-…, USG-…, SIM-…) with one regular expression over the whole text;
 * 2. numeric core Aria API codes next to words such as error_code, with the API decided by the
 *    nearest API name above the code (bulk_record_usage_m when none is named: Allegro's path);
 * 3. message texts and regex patterns, tried only on the lines that contain one of the pattern's
 *    anchor words (found with indexOf), and only in a window around the anchor.
 * Unknown text gets the closest entries by token overlap and a search link.
 *
 * Pure and total: never throws, and stops at a time budget (the result then says `truncated`).
 */
import { API_CONTEXT_WORDS } from './api-entries';
import { ERROR_CATALOG } from './catalog';
import type { Basis, CatalogEntry } from './model';
import type { AriaUsageApi } from '../aria/api-errors';

export type MatchVia = 'code' | 'api-code' | 'text' | 'regex';

export interface Occurrence {
  /** 1-based line of the paste. */
  line: number;
  /** 1-based column where the match starts. */
  column: number;
  /** The text that matched. */
  matched: string;
  /** The line, shortened around the match when long. */
  excerpt: string;
  via: MatchVia;
  /** Whether the wording that matched is documented or this site's expectation. */
  basis: Basis;
}

export interface Finding {
  entry: CatalogEntry;
  /** The first occurrences (at most maxOccurrencesPerEntry). */
  occurrences: Occurrence[];
  /** All occurrences, including those not kept. */
  occurrenceCount: number;
}

export interface Suggestion {
  entry: CatalogEntry;
  /** 0 to 1: share of the text's (weighted) words that the entry also uses. */
  score: number;
}

export interface UnmatchedLine {
  line: number;
  excerpt: string;
  suggestions: Suggestion[];
  searchUrl: string;
}

export interface DecodeResult {
  status: 'empty' | 'recognised' | 'not-recognised';
  findings: Finding[];
  /** Closest entries for the whole text, when nothing was recognised. */
  suggestions: Suggestion[];
  /** Site search for the text (its first words). */
  searchUrl: string;
  /** Lines that look like errors but matched nothing (the first few, with suggestions). */
  unmatchedLines: UnmatchedLine[];
  unmatchedLineCount: number;
  /** The input was cut, or the time budget ran out; later lines were not read. */
  truncated: boolean;
  lineCount: number;
}

export interface DecodeOptions {
  catalog?: readonly CatalogEntry[];
  /** Longer input is cut (default 2,000,000 characters). */
  maxInputChars?: number;
  /** Stop reading after this many milliseconds (default 3,000). */
  timeBudgetMs?: number;
  maxSuggestions?: number;
  maxOccurrencesPerEntry?: number;
  maxUnmatchedLines?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export const SEARCH_PATH = '/search';

/** Site search link for a text: its first words, white space collapsed. */
export function searchUrlFor(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  let query = collapsed.slice(0, 100);
  if (collapsed.length > 100) {
    const lastSpace = query.lastIndexOf(' ');
    if (lastSpace > 40) query = query.slice(0, lastSpace);
  }
  return `${SEARCH_PATH}?q=${encodeURIComponent(query)}`;
}

// --- Compiled catalog --------------------------------------------------------------------------

interface CompiledPattern {
  entryIndex: number;
  regex: RegExp;
  anchors: readonly string[];
  caseSensitive: boolean;
  needsContext?: readonly string[];
  via: 'text' | 'regex';
  basis: Basis;
  /** For API entries: the code, so the API can be chosen from the context. */
  apiCode?: number;
}

interface Matcher {
  entries: readonly CatalogEntry[];
  patterns: CompiledPattern[];
  checkerCodes: Map<string, number>;
  apiCodes: Map<string, number>;
  apisByCode: Map<number, AriaUsageApi[]>;
  unlistedIndex: number | undefined;
  tokens: TokenIndex;
}

const matcherCache = new WeakMap<readonly CatalogEntry[], Matcher>();

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Template → regular expression: `{name}` is a variable part of up to 120 characters. */
export function templateToRegex(template: string): RegExp {
  const parts = template.split(/\{[^{}]*\}/);
  const body = parts
    .map((part) => escapeRegex(part).replace(/\s+/g, '\\s+'))
    .join('[^\\n]{1,120}?');
  const start = /^\w/.test(template) ? '\\b' : '';
  const end = /\w$/.test(template) ? '\\b' : '';
  return new RegExp(`${start}${body}${end}`, 'i');
}

/** The longest word of a template's fixed text, lower-cased: every match contains it. */
export function templateAnchor(template: string): string {
  const words = template
    .split(/\{[^{}]*\}/)
    .flatMap((part) => part.split(/\s+/))
    .filter((word) => word.length > 0);
  let best = '';
  for (const word of words) if (word.length > best.length) best = word;
  return best.toLowerCase();
}

function compile(entries: readonly CatalogEntry[]): Matcher {
  const patterns: CompiledPattern[] = [];
  const checkerCodes = new Map<string, number>();
  const apiCodes = new Map<string, number>();
  const apisByCode = new Map<number, AriaUsageApi[]>();
  const seenApiPhrases = new Set<string>();
  let unlistedIndex: number | undefined;

  entries.forEach((entry, entryIndex) => {
    for (const pattern of entry.patterns) {
      switch (pattern.kind) {
        case 'code':
          checkerCodes.set(pattern.code.toUpperCase(), entryIndex);
          break;
        case 'api-code': {
          apiCodes.set(`${pattern.api}:${pattern.code}`, entryIndex);
          const apis = apisByCode.get(pattern.code) ?? [];
          if (!apis.includes(pattern.api)) apis.push(pattern.api);
          apisByCode.set(pattern.code, apis);
          break;
        }
        case 'api-code-unlisted':
          unlistedIndex = entryIndex;
          break;
        case 'text': {
          const apiCode = entry.api && entry.code ? Number(entry.code) : undefined;
          if (apiCode !== undefined) {
            // The same phrase belongs to one code of several APIs; match it once, then choose the API.
            const key = `${apiCode}:${pattern.template.toLowerCase()}`;
            if (seenApiPhrases.has(key)) break;
            seenApiPhrases.add(key);
          }
          patterns.push({
            entryIndex,
            regex: templateToRegex(pattern.template),
            anchors: [templateAnchor(pattern.template)],
            caseSensitive: false,
            ...(pattern.needsContext
              ? { needsContext: pattern.needsContext.map((w) => w.toLowerCase()) }
              : {}),
            via: 'text',
            basis: pattern.basis,
            ...(apiCode !== undefined ? { apiCode } : {}),
          });
          break;
        }
        case 'regex': {
          let regex: RegExp;
          try {
            regex = new RegExp(pattern.source, pattern.caseSensitive ? '' : 'i');
          } catch {
            break; // a unit test makes sure every pattern compiles
          }
          const caseSensitive = pattern.caseSensitive === true;
          patterns.push({
            entryIndex,
            regex,
            anchors: pattern.anchors.map((a) => (caseSensitive ? a : a.toLowerCase())),
            caseSensitive,
            via: 'regex',
            basis: pattern.basis,
          });
          break;
        }
      }
    }
  });

  return {
    entries,
    patterns,
    checkerCodes,
    apiCodes,
    apisByCode,
    unlistedIndex,
    tokens: buildTokenIndex(entries),
  };
}

function matcherFor(entries: readonly CatalogEntry[]): Matcher {
  let matcher = matcherCache.get(entries);
  if (!matcher) {
    matcher = compile(entries);
    matcherCache.set(entries, matcher);
  }
  return matcher;
}

// --- Token overlap (closest matches) ------------------------------------------------------------

const STOPWORDS = new Set(
  (
    'the and for with not was are this that from has have its into one each but can any all ' +
    'our you your than then when who how why what which their there been being also only more ' +
    'such may per via out off use used over'
  ).split(' '),
);

/** Lower-case words of 3+ letters (and their parts when joined by underscores), light plural folding. */
export function tokenize(text: string, limit = 400): string[] {
  const out = new Set<string>();
  const re = /[a-z0-9]+(?:_[a-z0-9]+)*/g;
  const lower = text.toLowerCase();
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower)) !== null && out.size < limit) {
    const word = m[0];
    const parts = word.includes('_') ? [word, ...word.split('_')] : [word];
    for (let part of parts) {
      if (part.length < 3 || STOPWORDS.has(part)) continue;
      if (/^\d+$/.test(part) && part.length < 4) continue;
      if (part.length > 4 && part.endsWith('s') && !part.endsWith('ss')) part = part.slice(0, -1);
      out.add(part);
    }
  }
  return [...out];
}

interface TokenIndex {
  postings: Map<string, number[]>;
  titleTokens: Set<string>[];
  idf: Map<string, number>;
  maxIdf: number;
}

function entryText(entry: CatalogEntry): string {
  const patternText = entry.patterns
    .map((p) => (p.kind === 'text' ? p.template : p.kind === 'regex' ? p.describes : ''))
    .join(' ');
  return [
    entry.title,
    entry.summary,
    entry.code ?? '',
    entry.api ?? '',
    patternText,
    entry.causes.map((c) => c.text).join(' '),
  ].join(' ');
}

function buildTokenIndex(entries: readonly CatalogEntry[]): TokenIndex {
  const postings = new Map<string, number[]>();
  const titleTokens: Set<string>[] = [];
  entries.forEach((entry, index) => {
    titleTokens.push(new Set(tokenize(`${entry.title} ${entry.code ?? ''}`)));
    for (const token of tokenize(entryText(entry), 2000)) {
      const list = postings.get(token);
      if (list) list.push(index);
      else postings.set(token, [index]);
    }
  });
  const n = Math.max(entries.length, 1);
  const idf = new Map<string, number>();
  for (const [token, list] of postings) idf.set(token, Math.log(1 + n / list.length));
  return { postings, titleTokens, idf, maxIdf: Math.log(1 + n) };
}

function suggest(matcher: Matcher, text: string, limit: number): Suggestion[] {
  const { postings, titleTokens, idf, maxIdf } = matcher.tokens;
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  let total = 0;
  const scores = new Map<number, number>();
  for (const token of tokens) {
    const weight = idf.get(token) ?? maxIdf;
    total += weight;
    for (const index of postings.get(token) ?? []) {
      const boost = titleTokens[index]?.has(token) ? 1.5 : 1;
      scores.set(index, (scores.get(index) ?? 0) + weight * boost);
    }
  }
  return [...scores.entries()]
    .map(([index, sum]) => ({ index, score: Math.min(1, sum / total) }))
    .filter((s) => s.score >= 0.05)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .flatMap(({ index, score }) => {
      const entry = matcher.entries[index];
      return entry ? [{ entry, score: Math.round(score * 100) / 100 }] : [];
    });
}

// --- Lines ---------------------------------------------------------------------------------------

function lineStartsOf(text: string): number[] {
  const starts = [0];
  let at = text.indexOf('\n');
  while (at !== -1) {
    starts.push(at + 1);
    at = text.indexOf('\n', at + 1);
  }
  return starts;
}

/** 0-based line index of an offset (binary search). */
function lineIndexOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const EXCERPT_MAX = 240;

function excerptOf(line: string, column0: number, length: number): string {
  const lineLength = line.endsWith('\r') ? line.length - 1 : line.length;
  if (lineLength <= EXCERPT_MAX) return line.slice(0, lineLength).trim();
  const start = Math.max(0, column0 - 100);
  const end = Math.min(lineLength, column0 + Math.min(length, 200) + 100);
  return `${start > 0 ? '…' : ''}${line.slice(start, end).trim()}${end < lineLength ? '…' : ''}`;
}

// --- Decoding ------------------------------------------------------------------------------------

const VIA_RANK: Readonly<Record<MatchVia, number>> = { code: 4, 'api-code': 3, text: 1, regex: 1 };
const BASIS_RANK: Readonly<Record<Basis, number>> = {
  documented: 0.5,
  inference: 0.2,
  assumption: 0,
};

function rank(o: Pick<Occurrence, 'via' | 'basis'>): number {
  return VIA_RANK[o.via] + BASIS_RANK[o.basis];
}

const CHECKER_CODE = /\b(?:CFG|USG|SIM)-[A-Z]{2,5}-\d{3}\b/gi;
const API_NAME = /\b(bulk_record_usage_m|record_usage_m|discard_usage_m)\b/g;
/** A 4–5 digit number right after an error-code word: `"record_error_code": 1009`, `error 1004`. */
const API_CODE_AFTER_WORD =
  /\b(?:record_error_code|error_code|error[\s_-]*code|err(?:or)?|code)\b["'\s:=#([]{0,4}(\d{4,5})\b(?![-/.:,]\d)/gi;
/** `1009: account does not exist`, `14046 - invalid …` (counted only in an API context). */
const API_CODE_BEFORE_TEXT = /(?:^|[\s"'([>])(\d{4,5})\s*(?::|-|–|—)\s+(?=[A-Za-z])/gm;
const ERRORISH =
  /\b(?:error|errors|errored|failed|failure|fail|exception|fatal|rejected|refused|denied|invalid|suspended|not\s+found|missing)\b/i;

const MAX_LINE_WINDOW = 2000;
const MAX_ANCHOR_HITS = 50_000;

interface Hit {
  entryIndex: number;
  occurrence: Occurrence;
}

function emptyResult(searchUrl = `${SEARCH_PATH}?q=`): DecodeResult {
  return {
    status: 'empty',
    findings: [],
    suggestions: [],
    searchUrl,
    unmatchedLines: [],
    unmatchedLineCount: 0,
    truncated: false,
    lineCount: 0,
  };
}

/**
 * Finds every known error in `text`. Several errors per paste are returned in the order they
 * first appear; unknown text gets "not-recognised" with the closest entries and a search link.
 */
export function decodeErrors(text: unknown, options: DecodeOptions = {}): DecodeResult {
  try {
    return decode(typeof text === 'string' ? text : '', options);
  } catch {
    // Defensive: a bug must not take the page down. Report what can be said.
    const safe = typeof text === 'string' ? text.slice(0, 200) : '';
    return {
      ...emptyResult(searchUrlFor(safe)),
      status: safe.trim() ? 'not-recognised' : 'empty',
      truncated: true,
    };
  }
}

function decode(input: string, options: DecodeOptions): DecodeResult {
  const maxInput = options.maxInputChars ?? 2_000_000;
  const budget = options.timeBudgetMs ?? 3000;
  const maxSuggestions = options.maxSuggestions ?? 5;
  const maxPerEntry = options.maxOccurrencesPerEntry ?? 20;
  const maxUnmatched = options.maxUnmatchedLines ?? 10;
  const now =
    options.now ?? (() => (typeof performance !== 'undefined' ? performance.now() : Date.now()));
  const deadline = now() + budget;

  let truncated = input.length > maxInput;
  const text = truncated ? input.slice(0, maxInput) : input;
  if (text.trim() === '') return emptyResult();

  const matcher = matcherFor(options.catalog ?? ERROR_CATALOG);
  const lines = text.split('\n');
  const starts = lineStartsOf(text);
  const lower = text.toLowerCase();
  // toLowerCase keeps every newline, so the lower-cased text has the same lines.
  const lowerStarts = lower.length === text.length ? starts : lineStartsOf(lower);
  const hits: Hit[] = [];
  let timedOut = false;
  const outOfTime = (): boolean => {
    if (!timedOut && now() > deadline) {
      timedOut = true;
      truncated = true;
    }
    return timedOut;
  };

  const addHit = (
    entryIndex: number,
    lineIndex: number,
    column0: number,
    matched: string,
    via: MatchVia,
    basis: Basis,
  ): void => {
    const line = lines[lineIndex] ?? '';
    hits.push({
      entryIndex,
      occurrence: {
        line: lineIndex + 1,
        column: column0 + 1,
        matched: matched.trim().slice(0, 200),
        excerpt: excerptOf(line, column0, matched.length),
        via,
        basis,
      },
    });
  };

  // API names by line, to choose the API of a bare code.
  const apiMentions: { line: number; api: AriaUsageApi }[] = [];
  for (const m of text.matchAll(API_NAME)) {
    apiMentions.push({ line: lineIndexOf(starts, m.index), api: m[1] as AriaUsageApi });
    if (apiMentions.length > 10_000) break;
  }
  const apiContext = API_CONTEXT_WORDS.some((word) => lower.includes(word));
  const resolveApi = (code: number, lineIndex: number): AriaUsageApi | undefined => {
    const candidates = matcher.apisByCode.get(code);
    if (!candidates || candidates.length === 0) return undefined;
    let named: AriaUsageApi | undefined;
    for (const mention of apiMentions) {
      if (mention.line > lineIndex) break;
      named = mention.api;
    }
    named ??= apiMentions[0]?.api;
    if (named && candidates.includes(named)) return named;
    if (candidates.includes('bulk_record_usage_m')) return 'bulk_record_usage_m';
    return candidates[0];
  };
  const apiEntryIndex = (code: number, lineIndex: number): number | undefined => {
    const api = resolveApi(code, lineIndex);
    return api ? matcher.apiCodes.get(`${api}:${code}`) : undefined;
  };

  // 1. Checker codes.
  const unknownCodeLines = new Set<number>();
  let count = 0;
  for (const m of text.matchAll(CHECKER_CODE)) {
    const lineIndex = lineIndexOf(starts, m.index);
    const entryIndex = matcher.checkerCodes.get(m[0].toUpperCase());
    if (entryIndex === undefined) unknownCodeLines.add(lineIndex);
    else
      addHit(entryIndex, lineIndex, m.index - (starts[lineIndex] ?? 0), m[0], 'code', 'documented');
    if (++count % 512 === 0 && outOfTime()) break;
  }

  // 2. Numeric codes of the core Aria usage APIs.
  const apiCodeHit = (
    code: number,
    index: number,
    matched: string,
    column0: number,
    known: 'any' | 'known',
  ): void => {
    const lineIndex = lineIndexOf(starts, index);
    const col = column0 - (starts[lineIndex] ?? 0);
    const entryIndex = apiEntryIndex(code, lineIndex);
    if (entryIndex !== undefined)
      addHit(entryIndex, lineIndex, col, matched, 'api-code', 'documented');
    else if (known === 'any' && apiContext && matcher.unlistedIndex !== undefined)
      addHit(matcher.unlistedIndex, lineIndex, col, matched, 'api-code', 'inference');
  };
  if (!outOfTime()) {
    count = 0;
    for (const m of text.matchAll(API_CODE_AFTER_WORD)) {
      const code = Number(m[1]);
      apiCodeHit(code, m.index, m[0], m.index, 'any');
      if (++count % 512 === 0 && outOfTime()) break;
    }
    if (apiContext) {
      count = 0;
      for (const m of text.matchAll(API_CODE_BEFORE_TEXT)) {
        const digits = m[1] ?? '';
        const at = m.index + m[0].indexOf(digits);
        apiCodeHit(Number(digits), at, digits, at, 'known');
        if (++count % 512 === 0 && outOfTime()) break;
      }
    }
  }

  // 3. Message texts and regex patterns, on candidate lines found by their anchors.
  const contextMemo = new Map<string, boolean>();
  for (const pattern of matcher.patterns) {
    if (outOfTime()) break;
    if (pattern.needsContext) {
      const key = pattern.needsContext.join('|');
      let present = contextMemo.get(key);
      if (present === undefined) {
        present = pattern.needsContext.some((word) => lower.includes(word));
        contextMemo.set(key, present);
      }
      if (!present) continue;
    }
    const hay = pattern.caseSensitive ? text : lower;
    const hayStarts = pattern.caseSensitive ? starts : lowerStarts;
    const tried = new Set<number>();
    let anchorHits = 0;
    for (const anchor of pattern.anchors) {
      if (!anchor) continue;
      let at = hay.indexOf(anchor);
      while (at !== -1 && anchorHits < MAX_ANCHOR_HITS) {
        anchorHits++;
        const lineIndex = lineIndexOf(hayStarts, at);
        const nextLineStart = hayStarts[lineIndex + 1] ?? hay.length;
        if (!tried.has(lineIndex)) {
          const line = lines[lineIndex] ?? '';
          let windowStart = 0;
          let window = line;
          if (line.length > MAX_LINE_WINDOW) {
            const column = at - (hayStarts[lineIndex] ?? 0);
            windowStart = Math.max(0, column - 600);
            window = line.slice(windowStart, column + MAX_LINE_WINDOW - 600);
          } else {
            tried.add(lineIndex);
          }
          const m = pattern.regex.exec(window);
          if (m) {
            tried.add(lineIndex);
            let entryIndex: number | undefined = pattern.entryIndex;
            if (pattern.apiCode !== undefined)
              entryIndex = apiEntryIndex(pattern.apiCode, lineIndex);
            if (entryIndex !== undefined) {
              addHit(
                entryIndex,
                lineIndex,
                windowStart + m.index,
                m[0],
                pattern.via,
                pattern.basis,
              );
            }
          }
          // On a long line the next window starts where this one ends (with an overlap wide
          // enough for any pattern), so each part of the line is tried about once.
          const windowEnd = (hayStarts[lineIndex] ?? 0) + windowStart + window.length;
          at = tried.has(lineIndex)
            ? hay.indexOf(anchor, nextLineStart)
            : hay.indexOf(anchor, Math.max(at + anchor.length, windowEnd - 300));
        } else {
          at = hay.indexOf(anchor, nextLineStart);
        }
        if (anchorHits % 512 === 0 && outOfTime()) break;
      }
    }
  }

  // 4. One occurrence per entry and line (the strongest); a checker code explains its line.
  const codeLines = new Set<number>();
  for (const hit of hits) if (hit.occurrence.via === 'code') codeLines.add(hit.occurrence.line);
  const best = new Map<string, Hit>();
  for (const hit of hits) {
    const { occurrence } = hit;
    if (
      (occurrence.via === 'text' || occurrence.via === 'regex') &&
      codeLines.has(occurrence.line)
    ) {
      continue;
    }
    const key = `${hit.entryIndex}:${occurrence.line}`;
    const current = best.get(key);
    if (
      !current ||
      rank(occurrence) > rank(current.occurrence) ||
      (rank(occurrence) === rank(current.occurrence) &&
        occurrence.matched.length > current.occurrence.matched.length)
    ) {
      best.set(key, hit);
    }
  }
  const kept = [...best.values()].sort(
    (a, b) =>
      a.occurrence.line - b.occurrence.line ||
      rank(b.occurrence) - rank(a.occurrence) ||
      a.occurrence.column - b.occurrence.column,
  );
  const findingsByEntry = new Map<number, Finding>();
  const matchedLines = new Set<number>();
  for (const { entryIndex, occurrence } of kept) {
    const entry = matcher.entries[entryIndex];
    if (!entry) continue;
    matchedLines.add(occurrence.line);
    let finding = findingsByEntry.get(entryIndex);
    if (!finding) {
      finding = { entry, occurrences: [], occurrenceCount: 0 };
      findingsByEntry.set(entryIndex, finding);
    }
    finding.occurrenceCount++;
    if (finding.occurrences.length < maxPerEntry) finding.occurrences.push(occurrence);
  }
  const findings = [...findingsByEntry.values()];

  // 5. Lines that look like errors but matched nothing.
  const unmatchedLines: UnmatchedLine[] = [];
  let unmatchedLineCount = 0;
  for (let i = 0; i < lines.length; i++) {
    if (i % 2048 === 0 && i > 0 && outOfTime()) break;
    if (matchedLines.has(i + 1)) continue;
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line.trim() === '') continue;
    const window = line.length > MAX_LINE_WINDOW ? line.slice(0, MAX_LINE_WINDOW) : line;
    if (!unknownCodeLines.has(i) && !ERRORISH.test(window)) continue;
    unmatchedLineCount++;
    if (unmatchedLines.length < maxUnmatched) {
      unmatchedLines.push({
        line: i + 1,
        excerpt: excerptOf(line, 0, 0),
        suggestions: suggest(matcher, window, 3),
        searchUrl: searchUrlFor(window),
      });
    }
  }

  const recognised = findings.length > 0;
  return {
    status: recognised ? 'recognised' : 'not-recognised',
    findings,
    suggestions: recognised ? [] : suggest(matcher, text.slice(0, 20_000), maxSuggestions),
    searchUrl: searchUrlFor(text),
    unmatchedLines,
    unmatchedLineCount,
    truncated,
    lineCount: lines.length,
  };
}
