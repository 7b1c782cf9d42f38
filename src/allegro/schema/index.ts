/** Zod schemas of the documents the knowledge-base tools read and check. */
export * from './config';
export * from './usage-record';
export * from './bulk-record-usage';
