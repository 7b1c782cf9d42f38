/**
 * The local search's query builder with our synonyms, given the plugin's own builder, and the
 * lunr helpers our ranking needs. Kept apart from the modules that import the plugin's code,
 * so the search-quality test can assemble exactly the same search in Node.
 */
import lunr from 'lunr';
import { withSynonyms, type SmartQueriesFn } from '../expand-query';
import type { RankingOptions } from './search-engine';

/** lunr's English stop words: the index leaves them out, so queries skip them too. */
export function isStopWord(word: string): boolean {
  return lunr.stopWordFilter(word) === undefined;
}

/** lunr's Porter stemmer, as applied to the index. */
export function stem(word: string): string {
  return lunr.stemmer(new lunr.Token(word)).toString();
}

/** Pages for looking codes up; they rank low unless the query names a code. */
export const CODE_LOOKUP_PAGES = ['/docs/reference/issue-codes'];

export const RANKING: RankingOptions = { stem, isStopWord, codeLookupPages: CODE_LOOKUP_PAGES };

export function createSmartQueries(pluginSmartQueries: SmartQueriesFn): SmartQueriesFn {
  return withSynonyms(pluginSmartQueries, { isStopWord });
}
