/**
 * Public API of the Allegro domain core. Widgets, the web worker, the CLI and the tests import
 * from here (or from a sub-module's own index.ts), never from React or Docusaurus.
 */
export type { Issue, Severity, ErrorCategory } from './issue';
export { docsUrlFor, codeAnchor, CODE_REFERENCE_PATH, CODES, CODE_INDEX, getCode } from './codes';
export type { CodeDefinition } from './codes';
