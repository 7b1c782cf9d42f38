/**
 * Makes the local search understand our domain synonyms.
 *
 * The search plugin's worker imports `../utils/smartQueries` by a relative path, so it cannot be
 * swizzled; instead we ask the bundler (Rspack or webpack, both ship this plugin) to resolve that
 * one request, from that one folder, to `client/smartQueries.ts`, which wraps the original.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/** Folder of the plugin's worker, the only importer we redirect. */
const WORKER_FOLDER = /docusaurus-search-local[\\/]dist[\\/]client[\\/]client[\\/]theme$/;
const SMART_QUERIES_REQUEST = /^\.\.\/utils\/smartQueries(\.js)?$/;

export const REPLACEMENT_MODULE = path.join(__dirname, 'client', 'smartQueries.ts');

/** True for the worker's own import of `smartQueries` (and not for our re-import of it). */
export function isPluginSmartQueriesImport(request: string, context: string): boolean {
  return SMART_QUERIES_REQUEST.test(request) && WORKER_FOLDER.test(context);
}

export default function localSearchSynonyms(_context: LoadContext): Plugin<void> {
  return {
    name: 'allegro-local-search-synonyms',
    configureWebpack(_config, _isServer, { currentBundler }) {
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      return {
        plugins: [
          new NormalModuleReplacementPlugin(/smartQueries/, (resolveData) => {
            const data = resolveData as { request?: string; context?: string };
            if (
              data.request &&
              data.context &&
              isPluginSmartQueriesImport(data.request, data.context)
            ) {
              data.request = REPLACEMENT_MODULE;
            }
          }),
        ],
      };
    },
  };
}
