/**
 * Links from an issue code to its section of the generated reference page. Kept apart from the
 * registry (codes.ts) so that code which only links to a code, such as a checker running in a
 * browser widget, does not carry every code's title, cause and fix.
 */

/** Base path of the generated error-code reference page. */
export const CODE_REFERENCE_PATH = '/docs/reference/issue-codes';

/** Anchor of a code's section in the reference page: `CFG-REF-001` → `cfg-ref-001`. */
export function codeAnchor(code: string): string {
  return code.toLowerCase();
}

/** Link to the reference section of a code. */
export function docsUrlFor(code: string): string {
  return `${CODE_REFERENCE_PATH}#${codeAnchor(code)}`;
}
