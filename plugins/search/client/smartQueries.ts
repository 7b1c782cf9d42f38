/**
 * Stand-in for the local search plugin's `utils/smartQueries` module inside its web worker
 * (swapped in by `plugins/search/local-search-synonyms.ts`). It builds the plugin's own
 * queries and adds our synonym rewrites and code-only fallback, see `../expand-query.ts`.
 */
import { smartQueries as pluginSmartQueries } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries.js';
import { createSmartQueries } from './synonym-queries';

export const smartQueries = createSmartQueries(pluginSmartQueries);
