/**
 * The troubleshooting tools in Chromium: the error decoder on its tool page and on the errors
 * landing page (the sample's errors in order, typing with the keyboard, copy link → open → same
 * result, not-recognised text), the error tables built from the catalog, and both readiness
 * checklists (keyboard ticking, progress kept after a reload, verification from the sample
 * configuration, Markdown download and copy, print view). Axe in light and dark mode, and no
 * request leaves the machine.
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  SAMPLE_LOG_EXPECTED,
  getCatalogEntry,
  DEPLOYMENT_CHECKLIST,
  checklistItems,
} from '../../src/allegro/troubleshoot';
import { API_ERRORS } from '../../src/allegro/aria/api-errors';
import { PRODUCT_ENTRIES } from '../../src/allegro/troubleshoot/product-entries';
import { setUpBrowser } from './support/browser';
import { watchPage } from './support/chromium';
import { auditTool, openTool, readClipboard } from './support/widgets';

const baseUrl = inject('baseUrl');
const DECODER = 'Error decoder';
const DEPLOYMENT = 'Deployment and set-up checklist';
const GO_LIVE = 'Go-live checklist';

const { context, withPage } = setUpBrowser({ clipboard: true });

/** Clears this origin's saved progress from a plain file of the site (no app, no prefetches). */
async function clearStorage(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/samples/error-log-sample.txt`, { waitUntil: 'load' });
  await page.evaluate(() => window.localStorage.clear());
}

const region = (page: Page, title: string) => page.locator(`section[aria-label="${title}"]`);
const decoderSummary = (page: Page) => region(page, DECODER).locator('p[aria-busy]');
const findingTitles = (page: Page) => region(page, DECODER).locator('article h4').allTextContents();

describe('error decoder', () => {
  it('lists the errors of the sample log in order, with reprocessing and simulator links', async () => {
    await withPage(async (page) => {
      await openTool(page, `${baseUrl}/docs/tools/error-decoder`, DECODER);
      await expect
        .poll(() => decoderSummary(page).textContent())
        .toBe('3 known errors recognised. 1 line looks like an error but matched nothing.');
      expect(await findingTitles(page)).toEqual(
        SAMPLE_LOG_EXPECTED.recognised.map((id, i) => `${i + 1}. ${getCatalogEntry(id)?.title}`),
      );
      const suspense = page.getByRole('article', { name: /No Service found/ });
      expect(await suspense.getByText('Reprocess after fixing the cause.').count()).toBe(1);
      expect(
        await suspense
          .getByRole('link', { name: 'See the outcome in the Suspense reprocessing simulator' })
          .getAttribute('href'),
      ).toBe('/docs/tools/suspense-simulator');

      // The simulator link leads to a real page.
      await suspense
        .getByRole('link', { name: 'See the outcome in the Suspense reprocessing simulator' })
        .click();
      await page.waitForURL(/\/docs\/tools\/suspense-simulator$/);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/suspense/i);
    });
  });

  it('decodes what is typed with the keyboard, and a copied link reproduces the result', async () => {
    await withPage(async (page) => {
      await openTool(page, `${baseUrl}/docs/tools/error-decoder`, DECODER);
      const input = page.getByLabel('Error message or log excerpt');
      await input.focus();
      // Tab order: text box, example, clear.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(
        await page
          .getByRole('button', { name: 'Clear' })
          .evaluate((el) => el === document.activeElement),
      ).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => input.inputValue()).toBe('');
      await input.focus();
      await page.keyboard.type(
        'bulk_record_usage_m record_error_code 14046\nCatalog sync: billable service INTL_VOICE has no service type',
      );
      await expect
        .poll(() => decoderSummary(page).textContent())
        .toBe('2 known errors recognised.');
      expect(await findingTitles(page)).toEqual([
        `1. ${getCatalogEntry('bulk_record_usage_m-14046')?.title}`,
        `2. ${getCatalogEntry('sync-missing-service-type')?.title}`,
      ]);
      // The result is announced.
      await expect
        .poll(() =>
          region(page, DECODER)
            .locator('[role="status"]')
            .filter({ hasText: '2 known errors recognised.' })
            .count(),
        )
        .toBeGreaterThan(0);

      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect.poll(() => page.getByText('Link copied').count()).toBe(1);
      const link = await readClipboard(page);
      expect(link).toContain('#decode=');

      const other = await context().newPage();
      const otherProblems = await watchPage(other);
      try {
        await openTool(other, link, DECODER);
        await expect
          .poll(() => other.getByLabel('Error message or log excerpt').inputValue())
          .toContain('record_error_code 14046');
        await expect.poll(() => findingTitles(other)).toHaveLength(2);
        expect(otherProblems.foreignRequests).toEqual([]);
      } finally {
        await other.close();
      }
    });
  });

  it('says "not recognised" on the errors landing page, with closest matches and search', async () => {
    await withPage(async (page) => {
      await openTool(page, `${baseUrl}/docs/errors`, DECODER);
      await expect
        .poll(() => decoderSummary(page).textContent())
        .toBe('Paste an error message or a log excerpt to decode it.');
      const input = page.getByLabel('Error message or log excerpt');
      await input.fill('Usage file rejected by the gateway: wrong number of fields on line 4');
      await expect
        .poll(() => decoderSummary(page).textContent())
        .toMatch(/^Not recognised: this text matches no error the site knows\./);
      expect(
        await region(page, DECODER).getByRole('link', { name: 'Wrong number of fields' }).count(),
      ).toBe(1);
      expect(
        await page
          .getByRole('link', { name: 'Search the site for this text' })
          .getAttribute('href'),
      ).toBe(
        `/search?q=${encodeURIComponent('Usage file rejected by the gateway: wrong number of fields on line 4')}`,
      );
    });
  });

  it('passes axe in light and dark mode with results shown', async () => {
    await withPage(async (page) => {
      await openTool(page, `${baseUrl}/docs/tools/error-decoder`, DECODER);
      await expect.poll(() => findingTitles(page)).toHaveLength(3);
      await region(page, DECODER).locator('details summary').click();
      expect(await auditTool(page, DECODER, 'error decoder')).toEqual([]);
    });
  });
});

describe('error tables built from the catalog', () => {
  it('shows every product error on the error categories page, with working links', async () => {
    await withPage(async (page) => {
      await page.goto(`${baseUrl}/docs/errors/error-categories`, { waitUntil: 'load' });
      const table = page.locator('table[data-error-catalog="overview"]');
      expect(await table.locator('tbody tr').count()).toBe(PRODUCT_ENTRIES.length);
      expect(await table.locator('caption').textContent()).toContain('Errors by category');
      const link = table.getByRole('link', { name: 'Kafka topic producer or consumer not set up' });
      expect(await link.getAttribute('href')).toBe('/docs/architecture/components#kafka-topics');
    });
  });

  it('lists the bulk_record_usage_m codes on the aggregated usage page, linked to their sections', async () => {
    await withPage(async (page) => {
      await page.goto(`${baseUrl}/docs/errors/sync-reprocessing/aggregated-usage`, {
        waitUntil: 'load',
      });
      const table = page.locator('table[data-error-catalog="api-codes"]');
      const codes = API_ERRORS.filter((e) => e.api === 'bulk_record_usage_m');
      expect(await table.locator('tbody tr').count()).toBe(codes.length);
      for (const { code } of codes) {
        expect(
          await table.getByRole('link', { name: String(code), exact: true }).getAttribute('href'),
        ).toBe(`/docs/reference/bulk-record-usage-m#error-${code}`);
      }
      // The anchor other pages link to is still there.
      expect(await page.locator('#bulk-record-usage-m-errors').count()).toBe(1);
    });
  });
});

describe('readiness checklists', () => {
  const deploymentUrl = `${baseUrl}/docs/tools/deployment-readiness`;
  const firstItem = checklistItems(DEPLOYMENT_CHECKLIST)[0]!;

  it('ticks with the keyboard and keeps progress after a reload', async () => {
    await withPage(async (page, problems) => {
      await clearStorage(page);
      await openTool(page, deploymentUrl, DEPLOYMENT);
      const box = page.getByRole('checkbox', { name: firstItem.text });
      await box.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => box.isChecked()).toBe(true);
      expect(
        await region(page, DEPLOYMENT).getByText('1 of 17 items done', { exact: true }).count(),
      ).toBe(1);
      // Tab moves on to the item's docs link, then to the next item's checkbox.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      const second = page.getByRole('checkbox', {
        name: checklistItems(DEPLOYMENT_CHECKLIST)[1]!.text,
      });
      await expect.poll(() => second.isChecked()).toBe(true);

      await page.waitForLoadState('networkidle');
      await page.reload({ waitUntil: 'load' });
      await openTool(page, deploymentUrl, DEPLOYMENT);
      await expect
        .poll(() => page.getByRole('checkbox', { name: firstItem.text }).isChecked())
        .toBe(true);
      expect(await second.isChecked()).toBe(true);
      expect(
        await region(page, DEPLOYMENT).getByText('2 of 17 items done', { exact: true }).count(),
      ).toBe(1);
      // The reload aborts what the page was still fetching from the site (prefetched chunks of
      // linked pages, the favicon): expected, not failures. Error responses still count.
      const kept = problems.failedRequests.filter(
        (entry) => !(entry.startsWith(baseUrl) && entry.endsWith('(net::ERR_ABORTED)')),
      );
      problems.failedRequests.splice(0, problems.failedRequests.length, ...kept);
    });
  });

  it('verifies from the sample configuration and exports Markdown (download and copy)', async () => {
    await withPage(async (page) => {
      await clearStorage(page);
      await openTool(page, deploymentUrl, DEPLOYMENT);
      await page.getByRole('button', { name: 'Use the sample with mistakes' }).click();
      await page.getByRole('button', { name: 'Verify', exact: true }).click();
      await expect
        .poll(() =>
          region(page, DEPLOYMENT)
            .locator('p', { hasText: /^Checked 10 items/ })
            .textContent(),
        )
        .toBe(
          'Checked 10 items against the configuration: 5 passed and are ticked, 5 failed and are unticked, 0 could not be checked.',
        );
      const baseUrlItem = page.locator('[data-item-id="dep-base-url"]');
      expect(await baseUrlItem.getByRole('checkbox').isChecked()).toBe(false);
      expect(await baseUrlItem.getByRole('link', { name: 'CFG-CORE-003' }).count()).toBe(1);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download as Markdown' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('deployment-readiness.md');
      const markdown = fs.readFileSync((await download.path()) ?? '', 'utf8');
      expect(markdown.split('\n')[0]).toBe('# Deployment and set-up readiness');
      expect(markdown).toMatch(/^Exported \d{4}-\d{2}-\d{2}: 5 of 17 items done\.$/m);
      expect(markdown).toContain('(configuration check failed: CFG-CORE-003 line ');
      expect(markdown).toContain('- [x] Aria support has enabled the Data Feed');

      await page.getByRole('button', { name: 'Copy as Markdown' }).click();
      await expect.poll(() => readClipboard(page)).toBe(markdown);
    });
  });

  it('prints the list with its ticks and without the controls', async () => {
    await withPage(async (page) => {
      await openTool(page, deploymentUrl, DEPLOYMENT);
      const box = page.getByRole('checkbox', { name: firstItem.text });
      if (!(await box.isChecked())) await box.check();
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Verify', exact: true }).isVisible()).toBe(
        false,
      );
      expect(await page.getByRole('button', { name: 'Download as Markdown' }).isVisible()).toBe(
        false,
      );
      expect(await box.isVisible()).toBe(false);
      const mark = page.locator('[data-item-id="dep-data-feed"] [aria-hidden="true"]').first();
      expect(await mark.isVisible()).toBe(true);
      expect(await mark.textContent()).toBe('☑');
      expect(await page.getByText(firstItem.text).isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
    });
  });

  for (const [url, title] of [
    [deploymentUrl, DEPLOYMENT],
    [`${baseUrl}/docs/tools/go-live-readiness`, GO_LIVE],
  ] as const) {
    it(`${title} passes axe in light and dark mode after verification`, async () => {
      await withPage(async (page) => {
        await openTool(page, url, title);
        await page.getByRole('button', { name: 'Use the sample with mistakes' }).click();
        await page.getByRole('button', { name: 'Verify', exact: true }).click();
        await expect
          .poll(() =>
            region(page, title)
              .locator('p', { hasText: /^Checked \d+ items/ })
              .count(),
          )
          .toBe(1);
        expect(await auditTool(page, title, title)).toEqual([]);
      });
    });
  }
});
