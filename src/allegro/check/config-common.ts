/**
 * Small shared pieces of the configuration checker: paths, issue construction, suggestions.
 */
import { docsUrlFor } from '../code-links';
import type { Issue, Severity } from '../issue';
import { CONFIG_CODES, type ConfigCode } from './config-codes';

/** One step into the document: an object key or an array index. */
export type PathSegment = string | number;
export type DocPath = readonly PathSegment[];

/** An issue before it is tied to text positions: the path is still a list of segments. */
export interface PendingIssue {
  code: ConfigCode;
  severity: Severity;
  message: string;
  path?: DocPath;
  line?: number;
  column?: number;
}

const SEVERITY_BY_CODE: ReadonlyMap<string, Severity> = new Map(
  CONFIG_CODES.map((definition) => [definition.code, definition.severity]),
);

export function pendingIssue(code: ConfigCode, message: string, path?: DocPath): PendingIssue {
  return { code, severity: SEVERITY_BY_CODE.get(code) ?? 'error', message, path };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['priceOffers', 2, 'tiers', 0, 'from']` → `priceOffers[2].tiers[0].from`. */
export function formatPath(path: DocPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** A stable map key for a path (distinguishes the key "0" from the index 0). */
export function pathKey(path: DocPath): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : `.${JSON.stringify(segment)}`;
  }
  return out;
}

export function toIssue(pending: PendingIssue): Issue {
  const issue: Issue = {
    code: pending.code,
    severity: pending.severity,
    message: pending.message,
    docsUrl: docsUrlFor(pending.code),
  };
  if (pending.path !== undefined && pending.path.length > 0) issue.path = formatPath(pending.path);
  if (pending.line !== undefined) issue.line = pending.line;
  if (pending.column !== undefined) issue.column = pending.column;
  return issue;
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j] ?? 0;
      const left = previous[j - 1] ?? 0;
      previous[j] = Math.min(above + 1, left + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

function squash(value: string): string {
  return value.toLowerCase().replace(/[\s_-]/g, '');
}

/**
 * The candidate most like `value`, when it is close enough to be a likely typo: same letters
 * ignoring case, `_` and `-` (so `adv_usage_pricing_system_base_url` finds
 * `advUsagePricingSystemBaseUrl`), or a small edit distance.
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  const squashed = squash(value);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const other = squash(candidate);
    if (other === squashed) return candidate;
    if (Math.abs(other.length - squashed.length) > 3 || squashed.length > 200) continue;
    const distance = editDistance(squashed, other);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(squashed.length / 3)));
  return bestDistance <= limit ? best : undefined;
}

/** ` Did you mean "X"?` or an empty string. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const match = closestMatch(value, candidates);
  return match === undefined ? '' : ` Did you mean "${match}"?`;
}

/** Quote a value for a message, shortening very long ones. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = typeof value;
  }
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `"${short}"`;
}
