/**
 * The local search in a real browser: keyboard only, domain synonyms through our worker,
 * results that open the exact heading, the search page, and no request off the machine.
 * A build made with the Algolia variables set gets the DocSearch checks instead.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { searchSetup } from '../../plugins/search/config';
import { setUpBrowser } from './support/browser';
import { waitForHydration, watchPage, type PageProblems } from './support/chromium';

const baseUrl = inject('baseUrl');
const localSearch = searchSetup(process.env).mode === 'local';

const { context } = setUpBrowser();

async function openPage(path: string): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context().newPage();
  const problems = await watchPage(page);
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  await waitForHydration(page);
  return { page, problems };
}

const OPTIONS = '.navbar__search [role="listbox"] [role="option"]';

/**
 * Focusing the box starts the index download; when it is in, the plugin wraps the input in its
 * autocomplete widget, and keys typed in that instant can be lost (a limitation of the plugin,
 * noted in the search report). Wait for the widget before typing.
 */
async function searchReady(page: Page): Promise<void> {
  await page
    .locator('.navbar__search [role="listbox"]')
    .waitFor({ state: 'attached', timeout: 15_000 });
  // The real box (not the stand-in shown until the search bar has loaded) has the focus.
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            document.activeElement?.matches(
              'input.navbar__search-input:not([data-search-placeholder])',
            ) ?? false,
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
}

/**
 * Suggestion texts of the navbar dropdown, in order, once the first one contains `expected`.
 * Suggestions for an unfinished query may show first while the last keystroke is searched.
 */
async function suggestions(page: Page, expected: string): Promise<string[]> {
  await expect
    .poll(
      async () =>
        (await page
          .locator(OPTIONS)
          .first()
          .innerText()
          .catch(() => '')) ?? '',
      {
        timeout: 15_000,
      },
    )
    .toContain(expected);
  return page.locator(OPTIONS).allInnerTexts();
}

if (localSearch) {
  describe('local search in the browser', () => {
    it('is reached with Ctrl+K and finds a synonym; Enter opens the exact heading', async () => {
      const { page, problems } = await openPage('/docs/faq');
      try {
        // The navbar shows a stand-in box until the search bar has loaded (src/theme/SearchBar);
        // press the shortcut once the real one is there.
        await page
          .locator('input.navbar__search-input:not([data-search-placeholder])')
          .waitFor({ state: 'attached', timeout: 15_000 });
        await page.keyboard.press('Control+k');
        await searchReady(page);

        // The pages say "LOM"; the reader types "data feed message".
        await page.keyboard.type('data feed message out of order', { delay: 20 });
        const texts = await suggestions(page, 'Out-of-order LOMs');
        expect(texts[0]).toContain('Account sync reprocessing');
        // Matched words are highlighted (the worker finds their positions itself).
        expect(await page.locator(OPTIONS).first().locator('mark').count()).toBeGreaterThan(0);

        // The first suggestion is selected as you type; Enter opens it at its heading.
        await page.keyboard.press('Enter');
        await page.waitForURL('**/docs/errors/sync-reprocessing/account-sync#out-of-order-loms');
        await expect
          .poll(() => page.evaluate(() => document.getElementById('out-of-order-loms') !== null))
          .toBe(true);

        expect(problems.foreignRequests).toEqual([]);
        expect(problems.failedRequests).toEqual([]);
        expect(problems.consoleErrors).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('moves through suggestions with the arrow keys', async () => {
      const { page, problems } = await openPage('/docs/errors');
      try {
        const input = page.locator('input.navbar__search-input:not([data-search-placeholder])');
        await input.focus();
        await searchReady(page);
        await page.keyboard.type('14046', { delay: 20 });
        const texts = await suggestions(page, '14046');
        expect(texts.length).toBeGreaterThanOrEqual(2);
        expect(texts.slice(0, 2).every((text) => text.includes('14046'))).toBe(true);
        await page.keyboard.press('ArrowDown');
        const cursor = page.locator('.navbar__search [role="option"][aria-selected="true"]');
        await expect.poll(() => cursor.count()).toBe(1);
        expect(await cursor.innerText()).toBe(texts[1]);
        // The open suggestion list passes axe (roles, names, contrast, target size).
        const axe = await new AxeBuilder({ page })
          .include('.navbar__search')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(axe.violations.map((violation) => violation.id)).toEqual([]);
        // The input points screen readers at the highlighted suggestion.
        const active = await input.getAttribute('aria-activedescendant');
        expect(active).toBe(await cursor.getAttribute('id'));
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/docs\/reference\/[a-z-]+#error-14046$/);
        expect(problems.foreignRequests).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('lists results on the search page with links to heading anchors', async () => {
      const { page, problems } = await openPage('/search?q=bulk_record_usage_m%2014046');
      try {
        const link = page.locator('.main-wrapper article a[href$="#error-14046"]').first();
        await link.waitFor({ timeout: 15_000 });
        expect(await link.getAttribute('href')).toBe(
          '/docs/reference/bulk-record-usage-m#error-14046',
        );
        expect(problems.foreignRequests).toEqual([]);
        expect(problems.consoleErrors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
} else {
  describe('Algolia search build', () => {
    it('ships DocSearch instead of the local search bar', async () => {
      const { page } = await openPage('/');
      try {
        // The navbar shows a stand-in box until the search bar has loaded (src/theme/SearchBar).
        await page.locator('.DocSearch-Button').first().waitFor({ timeout: 15_000 });
        expect(
          await page.locator('input.navbar__search-input:not([data-search-placeholder])').count(),
        ).toBe(0);
      } finally {
        await page.close();
      }
    });
  });
}
