// @vitest-environment jsdom
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type {} from '@testing-library/jest-dom/vitest';
import { CatalogTable } from '@site/src/components/ErrorCatalogTable/CatalogTable';
import {
  buildCatalogTable,
  type CatalogTableSpec,
} from '@site/src/allegro/troubleshoot/catalog-tables';

/** What a page gets: the table the remark plugin builds from the attributes, rendered. */
function ErrorCatalogTable(spec: CatalogTableSpec) {
  const result = buildCatalogTable(spec);
  return result.ok ? (
    <CatalogTable table={result.table} />
  ) : (
    <CatalogTable tableError={result.error} />
  );
}
import { API_ERRORS } from '@site/src/allegro/aria/api-errors';
import { PRODUCT_ENTRIES } from '@site/src/allegro/troubleshoot/product-entries';

function bodyRows(table: HTMLElement): HTMLElement[] {
  return within(table).getAllByRole('row').slice(1);
}

describe('ErrorCatalogTable', () => {
  it('lists every product error with its category, component and reprocessing, setup errors first', () => {
    render(<ErrorCatalogTable source="product" caption="Errors by category" />);
    const table = screen.getByRole('table', { name: 'Errors by category' });
    const rows = bodyRows(table);
    expect(rows).toHaveLength(PRODUCT_ENTRIES.length);
    const categories = rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    const firstFunctional = categories.indexOf('Functional');
    expect(categories.slice(0, firstFunctional).every((c) => c === 'Deployment and setup')).toBe(
      true,
    );
    expect(categories.slice(firstFunctional).every((c) => c === 'Functional')).toBe(true);

    const kafka = within(table).getByRole('rowheader', { name: /Kafka topic producer/ });
    const kafkaRow = kafka.closest('tr') as HTMLElement;
    expect(within(kafka).getByRole('link')).toHaveAttribute(
      'href',
      '/docs/architecture/components#kafka-topics',
    );
    expect(within(kafkaRow).getByRole('link', { name: 'Kafka topics' })).toHaveAttribute(
      'href',
      '/docs/architecture/components#kafka-topics',
    );
    expect(kafkaRow).toHaveTextContent('Reprocess after fixing the cause');
  });

  it('filters by category and component', () => {
    render(<ErrorCatalogTable category="deployment-setup" component="core-aria" />);
    const names = bodyRows(screen.getByRole('table')).map(
      (row) => within(row).getByRole('rowheader').textContent,
    );
    expect(names).toContain('Data Feed not enabled, or the object is not subscribed');
    expect(names).toContain('Section 33 not enabled: advanced pricing options missing');
    expect(names).not.toContain('Kafka topic producer or consumer not set up');
  });

  it('renders the bulk_record_usage_m codes from the API error table, each linked to its section', () => {
    render(<ErrorCatalogTable variant="api-codes" api="bulk_record_usage_m" caption="Codes" />);
    const rows = bodyRows(screen.getByRole('table', { name: 'Codes' }));
    const bulk = API_ERRORS.filter((e) => e.api === 'bulk_record_usage_m');
    expect(rows).toHaveLength(bulk.length);
    for (const [i, definition] of bulk.entries()) {
      const row = rows[i] as HTMLElement;
      expect(within(row).getByRole('link', { name: String(definition.code) })).toHaveAttribute(
        'href',
        `/docs/reference/bulk-record-usage-m#error-${definition.code}`,
      );
      expect(row).toHaveTextContent(definition.summary);
      expect(row).toHaveTextContent(definition.cause);
    }
  });

  it('renders the documented causes of one error with their fixes and links', () => {
    render(
      <ErrorCatalogTable variant="causes" id="suspense-no-service-found" basis="documented" />,
    );
    const rows = bodyRows(screen.getByRole('table'));
    expect(rows).toHaveLength(3);
    expect(rows[2]).toHaveTextContent('failed to sync');
    expect(
      within(rows[2] as HTMLElement).getByRole('link', { name: 'reprocess account sync' }),
    ).toHaveAttribute('href', '/docs/errors/sync-reprocessing/account-sync#reprocess-account-sync');
    expect(screen.queryByText(/dated before the plan instance/)).toBeNull();
  });

  it('renders the summary variant for chosen entries in the given order', () => {
    render(
      <ErrorCatalogTable
        variant="summary"
        ids="aggregated-batch-in-process aggregated-batch-errored"
      />,
    );
    const rows = bodyRows(screen.getByRole('table'));
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Aggregated usage batch still in process',
      'Errored aggregated usage batch',
    ]);
    expect(rows[0]).toHaveTextContent('Wait, and look again before acting.');
  });

  it('says the plugin is missing when the page was built without it', () => {
    render(<CatalogTable />);
    expect(screen.getByRole('alert')).toHaveTextContent('remark plugin is not configured');
  });

  it('says what is wrong instead of rendering an empty table', () => {
    render(<ErrorCatalogTable variant="causes" id="no-such-entry" />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'No catalog entry with the id “no-such-entry”.',
    );
  });
});
