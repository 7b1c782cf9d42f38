/**
 * Types for the parts of @easyops-cn/docusaurus-search-local's client code that our search
 * code and the search-quality test import directly (the package types only its options).
 */
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries.js' {
  export function smartQueries(
    tokens: string[],
    zhDictionary: string[],
  ): {
    tokens: string[];
    term: { value: string; presence: number; wildcard: number; editDistance?: number }[];
  }[];
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/tokenize.js' {
  /** Lower-cases and splits typed text on spaces and hyphens (for English). */
  export function tokenize(text: string, language: string[]): string[];
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants.js' {
  /** e.g. "search-index{dir}-<hash>.json"; {dir} is the search context, empty for us. */
  export const searchIndexUrl: string;
  export const language: string[];
  export const searchResultLimits: number;
  export const fuzzyMatchingDistance: number;
  export const removeDefaultStopWordFilter: string[];
}
