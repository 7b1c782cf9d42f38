/**
 * Stands in for the search plugin's own bar (`@theme-original/SearchBar`, which only exists in a
 * Docusaurus build) in component tests of the wrapper in src/theme/SearchBar.
 */
import React, { type ReactNode } from 'react';

export default function OriginalSearchBar(): ReactNode {
  return <input type="search" className="navbar__search-input" aria-label="Real search" />;
}
