/**
 * Visits every page in the sitemap in headless Chromium, in light and dark mode, and fails on
 * console errors, failed requests, requests to non-loopback hosts and axe violations.
 * A screenshot of each failing page is saved under test-results/screenshots/.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import {
  launchBrowserContext,
  screenshotPath,
  waitForHydration,
  watchPage,
} from './support/chromium';
import { sitemapPaths } from './support/sitemap';

const baseUrl = inject('baseUrl');
const paths = sitemapPaths(inject('buildDir'));

let context: BrowserContext;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  const launched = await launchBrowserContext();
  context = launched.context;
  closeBrowser = launched.close;
});

afterAll(async () => {
  await closeBrowser?.();
});

describe('every page in the sitemap', () => {
  it('lists the home page and the section landing pages', () => {
    for (const expected of ['/', '/docs/faq', '/docs/architecture', '/docs/errors', '/docs/configuration', '/docs/tools', '/docs/reference']) {
      expect(paths).toContain(expected);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`${colorScheme} mode`, () => {
      it.each(paths)(`%s hydrates cleanly, stays on loopback and has no axe violations (${colorScheme})`, async (pagePath) => {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme });
        const problems = await watchPage(page);
        try {
          await page.goto(`${baseUrl}${pagePath}`, { waitUntil: 'load' });
          await waitForHydration(page);
          await page.waitForLoadState('networkidle');
          const theme = await page.getAttribute('html', 'data-theme');
          expect(theme).toBe(colorScheme);
          // Mermaid renders its SVG after hydration; give it a moment before auditing.
          if (await page.locator('.docusaurus-mermaid-container').count()) {
            await page.locator('.docusaurus-mermaid-container svg').first().waitFor({ timeout: 15_000 });
          }
          const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
          const violations = axe.violations.map(
            (violation) =>
              `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
                .slice(0, 3)
                .map((node) => node.target.join(' '))
                .join(' | ')}`,
          );
          expect.soft(problems.consoleErrors, 'console errors').toEqual([]);
          expect.soft(problems.failedRequests, 'failed requests').toEqual([]);
          expect.soft(problems.foreignRequests, 'requests to non-loopback hosts').toEqual([]);
          expect.soft(violations, 'axe violations').toEqual([]);
          const failed =
            problems.consoleErrors.length +
              problems.failedRequests.length +
              problems.foreignRequests.length +
              violations.length >
            0;
          if (failed) {
            await page.screenshot({ path: screenshotPath(`${colorScheme}${pagePath}`), fullPage: true });
          }
        } finally {
          await page.close();
        }
      });
    });
  }
});
