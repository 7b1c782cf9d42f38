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
