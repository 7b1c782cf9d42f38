/**
 * The local search's query builder with our synonyms, given the plugin's own builder.
 * Kept apart from `smartQueries.ts` so the search-quality test can build exactly the same
 * function around the plugin's original module.
 */
import lunr from 'lunr';
import { withSynonyms, type SmartQueriesFn } from '../expand-query';

export function createSmartQueries(pluginSmartQueries: SmartQueriesFn): SmartQueriesFn {
  return withSynonyms(pluginSmartQueries, {
    // The same stop-word list the index was built with (lunr's English list).
    isStopWord: (word) => lunr.stopWordFilter(word) === undefined,
  });
}
