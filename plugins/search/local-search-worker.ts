/**
 * The local search theme as we ship it: @easyops-cn/docusaurus-search-local (search bar, search
 * page, index built from the production HTML) with two changes.
 *
 * 1. Its web worker is swapped for ours (`client/worker.ts`): same interface and index, plus
 *    domain synonyms and heading-aware ranking. The plugin starts its worker with
 *    `new Worker(new URL('./worker.js', import.meta.url))` from its theme folder, so the worker
 *    cannot be swizzled; the bundler (Rspack or webpack, both ship
 *    NormalModuleReplacementPlugin) resolves that one request, from that one folder, to ours.
 * 2. After the plugin wrote the index, the stored match positions are dropped
 *    (`compact-index.ts`); our worker computes them for the suggestions it shows.
 * 3. A small style sheet fixes the suggestion list's contrast and the clear button's size, and a
 *    client module repairs the widget's ARIA roles (`client/search-a11y.ts`).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import type { PluginOptions } from '@easyops-cn/docusaurus-search-local';
import { searchIndexFiles } from '../../bench/search-index-size';
import { compactSearchIndexFile } from './compact-index';

/** Folder of the plugin's `searchByWorker.js`, the only importer we redirect. */
const PLUGIN_THEME_FOLDER = /docusaurus-search-local[\\/]dist[\\/]client[\\/]client[\\/]theme$/;
const WORKER_REQUEST = /^\.\/worker(\.js)?$/;

export const WORKER_MODULE = path.join(__dirname, 'client', 'worker.ts');

/** Contrast and target-size fixes for the suggestion list, and its ARIA repairs. */
const SEARCH_STYLES = path.join(__dirname, 'client', 'search-a11y.css');
const SEARCH_ARIA = path.join(__dirname, 'client', 'search-a11y.ts');

/** True for the plugin's own worker request (and nothing else named "worker"). */
export function isPluginWorkerRequest(request: string, context: string): boolean {
  return WORKER_REQUEST.test(request) && PLUGIN_THEME_FOLDER.test(context);
}

/** The worker replacement, for the bundler's configuration. */
function workerReplacement(
  currentBundler: Parameters<NonNullable<Plugin['configureWebpack']>>[2]['currentBundler'],
) {
  const { NormalModuleReplacementPlugin } = currentBundler.instance;
  return new NormalModuleReplacementPlugin(/worker/, (resolveData) => {
    const data = resolveData as { request?: string; context?: string };
    if (data.request && data.context && isPluginWorkerRequest(data.request, data.context)) {
      data.request = WORKER_MODULE;
    }
  });
}

// The package's typings describe its options only, so its entry point is loaded untyped.
const searchLocal = createRequire(__filename)('@easyops-cn/docusaurus-search-local') as {
  default: (context: LoadContext, options: PluginOptions) => Plugin;
  validateOptions: NonNullable<PluginModule['validateOptions']>;
};

const localSearchTheme: PluginModule = (context, options) => {
  // Docusaurus has validated the options with the package's own schema (validateOptions).
  const plugin = searchLocal.default(context, options as PluginOptions);
  return {
    ...plugin,
    configureWebpack(config, isServer, utils, content) {
      const own = plugin.configureWebpack?.(config, isServer, utils, content) ?? {};
      return { ...own, plugins: [...(own.plugins ?? []), workerReplacement(utils.currentBundler)] };
    },
    getClientModules() {
      return [...(plugin.getClientModules?.() ?? []), SEARCH_STYLES, SEARCH_ARIA];
    },
    async postBuild(props) {
      await plugin.postBuild?.(props);
      for (const file of searchIndexFiles(props.outDir)) compactSearchIndexFile(file);
    },
  };
};
localSearchTheme.validateOptions = searchLocal.validateOptions;

export default localSearchTheme;
