/**
 * Tables of errors on the docs pages, rendered from the error catalog (see CatalogTable.tsx for
 * the variants). This entry renders links with the site's Link, so the build checks every link.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { CatalogTable, type ErrorCatalogTableProps } from './CatalogTable';

export type { ErrorCatalogTableProps } from './CatalogTable';

const siteLink = (to: string, children: ReactNode) => <Link to={to}>{children}</Link>;

export default function ErrorCatalogTable(props: Omit<ErrorCatalogTableProps, 'renderLink'>) {
  return <CatalogTable {...props} renderLink={siteLink} />;
}
