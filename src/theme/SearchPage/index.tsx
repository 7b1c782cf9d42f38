/**
 * Wraps the search page of the search theme (local search or Algolia) to give it a meta
 * description: the stock page has none, which search engines and Lighthouse's SEO audit flag.
 * Everything else is the original page.
 */
import React, { type ComponentProps, type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import SearchPage from '@theme-original/SearchPage';

type Props = ComponentProps<typeof SearchPage>;

export default function SearchPageWrapper(props: Props): ReactNode {
  return (
    <>
      <Head>
        <meta
          name="description"
          content="Search the Aria Allegro knowledge base: FAQ answers, error codes, configuration pages and the in-page tools."
        />
      </Head>
      <SearchPage {...props} />
    </>
  );
}
