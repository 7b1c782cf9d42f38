/**
 * The one shape every checker and simulator uses to report a finding.
 * `code` is a key of the registry in `codes.ts`; `docsUrl` is derived from it.
 */
export type Severity = 'error' | 'warning' | 'info';

/** The two error categories of the Allegro FAQ. */
export type ErrorCategory = 'deployment-setup' | 'functional';

export interface Issue {
  /** Stable code such as `CFG-REF-001`; documented in the error-code reference. */
  code: string;
  severity: Severity;
  /** One sentence saying what is wrong, naming the field or value. Plain text, never HTML. */
  message: string;
  /** Dotted path into the checked document, for example `priceOffers[2].tiers[0].from`. */
  path?: string;
  /** 1-based line in the checked text or file, when known. */
  line?: number;
  /** 1-based column (character position, or field position for delimited files). */
  column?: number;
  /** Site-relative link to the reference section that explains the code. */
  docsUrl: string;
}
