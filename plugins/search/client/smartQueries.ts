/**
 * The plugin's query builder (`utils/smartQueries`) wrapped with our synonym rewrites, code-only
 * fallback and query tiers; used by our search worker (`worker.ts`).
 */
import { smartQueries as pluginSmartQueries } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries.js';
import { createSmartQueries } from './synonym-queries';

export const smartQueries = createSmartQueries(pluginSmartQueries);
