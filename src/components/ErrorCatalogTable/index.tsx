/**
 * Error tables on the docs pages, built from the error catalog at build time (see
 * CatalogTable.tsx and plugins/error-catalog-tables). This entry renders links with the site's
 * Link, so the build checks every link in the tables.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { CatalogTable, type ErrorCatalogTableProps } from './CatalogTable';

export type { ErrorCatalogTableProps } from './CatalogTable';

const siteLink = (to: string, children: ReactNode) => <Link to={to}>{children}</Link>;

export default function ErrorCatalogTable(props: Omit<ErrorCatalogTableProps, 'renderLink'>) {
  return <CatalogTable {...props} renderLink={siteLink} />;
}
