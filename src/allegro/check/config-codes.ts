/**
 * Issue codes emitted by the client configuration checker (`check/config.ts`). Work in progress:
 * the full table is filled in by helper core-config.
 */
import type { CodeDefinition } from '../codes';

export const CONFIG_CODES = [
  {
    code: 'CFG-INT-001',
    severity: 'error',
    category: 'deployment-setup',
    title: 'The checker failed on this input',
    cause: 'An unexpected internal error stopped the configuration check.',
    fix: 'Report the input that caused it; the rest of the document was not checked.',
    docs: { page: '/docs/configuration/build-order', anchor: 'build-order' },
  },
] as const satisfies readonly CodeDefinition[];
