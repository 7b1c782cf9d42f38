/**
 * Wraps the site layout only to give the search page a `<main>` landmark: the search theme's
 * page renders its results straight into the layout, so screen-reader users (and axe's
 * landmark rules) would find no main region there. Every other page already has its own.
 */
import React, { type ReactNode } from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type { WrapperProps } from '@docusaurus/types';
import { useLocation } from '@docusaurus/router';

type Props = WrapperProps<typeof LayoutType>;

export default function LayoutWrapper({ children, ...props }: Props): ReactNode {
  const { pathname } = useLocation();
  const isSearchPage = /^\/search\/?$/.test(pathname);
  return <Layout {...props}>{isSearchPage ? <main>{children}</main> : children}</Layout>;
}
