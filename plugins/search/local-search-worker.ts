/**
 * Swaps the local search plugin's web worker for ours (`client/worker.ts`): same interface
 * and index, plus domain synonyms and heading-aware ranking.
 *
 * The plugin starts its worker with `new Worker(new URL('./worker.js', import.meta.url))` from
 * its theme folder, so the worker cannot be swizzled; instead we ask the bundler (Rspack or
 * webpack, both ship NormalModuleReplacementPlugin) to resolve that one request, from that one
 * folder, to our module.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/** Folder of the plugin's `searchByWorker.js`, the only importer we redirect. */
const PLUGIN_THEME_FOLDER = /docusaurus-search-local[\\/]dist[\\/]client[\\/]client[\\/]theme$/;
const WORKER_REQUEST = /^\.\/worker(\.js)?$/;

export const WORKER_MODULE = path.join(__dirname, 'client', 'worker.ts');

/** True for the plugin's own worker request (and nothing else named "worker"). */
export function isPluginWorkerRequest(request: string, context: string): boolean {
  return WORKER_REQUEST.test(request) && PLUGIN_THEME_FOLDER.test(context);
}

export default function localSearchWorker(_context: LoadContext): Plugin {
  return {
    name: 'allegro-local-search-worker',
    configureWebpack(_config, _isServer, { currentBundler }) {
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      return {
        plugins: [
          new NormalModuleReplacementPlugin(/worker/, (resolveData) => {
            const data = resolveData as { request?: string; context?: string };
            if (data.request && data.context && isPluginWorkerRequest(data.request, data.context)) {
              data.request = WORKER_MODULE;
            }
          }),
        ],
      };
    },
  };
}
