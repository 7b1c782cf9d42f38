/**
 * The page watcher every browser test relies on: a request the page cancels by navigating is not
 * a failure of the site, but any other failed request is, ERR_ABORTED included.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Route } from 'playwright-core';
import { setUpBrowser } from './support/browser';
import { waitForHydration, watchPage } from './support/chromium';

const baseUrl = inject('baseUrl');
const { context } = setUpBrowser();

describe('watchPage', () => {
  it('leaves out requests a reload cancelled and keeps every other failure', async () => {
    const page = await context().newPage();
    try {
      const problems = await watchPage(page);
      // Routes added later take precedence over the watcher's own.
      const held: Route[] = [];
      await page.route('**/held-by-test.json', (route) => {
        held.push(route);
      });
      await page.route('**/aborted-by-test.json', (route) => route.abort('aborted'));
      await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
      await waitForHydration(page);

      // Refused without any navigation: reported, although its error is ERR_ABORTED as well.
      await page.evaluate(() => fetch('/aborted-by-test.json').catch(() => undefined));
      await expect
        .poll(() => problems.failedRequests.join(' '))
        .toContain('aborted-by-test.json (net::ERR_ABORTED)');

      // Still loading when the page reloads: the reload cancels it, which is not reported.
      await page.evaluate(() => {
        void fetch('/held-by-test.json').catch(() => undefined);
      });
      await expect.poll(() => held.length).toBe(1);
      await page.reload({ waitUntil: 'load' });
      await waitForHydration(page);

      // A missing file after the reload: reported with its status.
      await page.evaluate(() => fetch('/missing-by-test.json').catch(() => undefined));
      await expect
        .poll(() => problems.failedRequests.join(' '))
        .toContain('missing-by-test.json (404)');

      expect(problems.failedRequests.filter((r) => r.includes('held-by-test'))).toEqual([]);
      expect(problems.failedRequests).toHaveLength(2);
      expect(problems.consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
