/**
 * Visits every page in the sitemap in headless Chromium, in light and dark mode, and fails on
 * console errors, failed requests, requests to non-loopback hosts and axe violations.
 * A screenshot of each failing page is saved under test-results/screenshots/.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { setUpBrowser } from './support/browser';
import {
  screenshotPath,
  waitForHydration,
  waitForTransitions,
  watchPage,
} from './support/chromium';
import { sitemapPaths } from './support/sitemap';

const baseUrl = inject('baseUrl');
const paths = sitemapPaths(inject('buildDir'));

const { context } = setUpBrowser();

/**
 * Tag pages share one template; auditing every one of them adds minutes and finds nothing new,
 * so the tag index and the first tag page stand for all of them.
 */
function pagesToAudit(all: string[]): string[] {
  const tagPages = all.filter((p) => p.startsWith('/docs/tags/'));
  return all.filter((p) => !p.startsWith('/docs/tags/') || p === tagPages[0]);
}

/** Dark mode changes colours only, so the dark pass runs the colour rules; light runs everything. */
const FULL_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

describe('every page in the sitemap', () => {
  it('lists the home page and the section landing pages', () => {
    for (const expected of [
      '/',
      '/docs/faq',
      '/docs/architecture',
      '/docs/errors',
      '/docs/configuration',
      '/docs/tools',
      '/docs/reference',
    ]) {
      expect(paths).toContain(expected);
    }
  });

  it.concurrent.for(pagesToAudit(paths))(
    '%s hydrates cleanly, stays on loopback and has no axe violations in light and dark mode',
    async (pagePath, { expect }) => {
      const page = await context().newPage();
      await page.emulateMedia({ colorScheme: 'light' });
      const problems = await watchPage(page);
      const violations: string[] = [];
      try {
        await page.goto(`${baseUrl}${pagePath}`, { waitUntil: 'load' });
        await waitForHydration(page);
        await page.waitForLoadState('networkidle');
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await expect
            .poll(() => page.getAttribute('html', 'data-theme'), { timeout: 15_000 })
            .toBe(colorScheme);
          // Mermaid renders its SVG after hydration (and again on a theme change).
          if (await page.locator('.docusaurus-mermaid-container').count()) {
            await page
              .locator('.docusaurus-mermaid-container svg')
              .first()
              .waitFor({ timeout: 45_000 });
          }
          await waitForTransitions(page);
          const builder = new AxeBuilder({ page });
          const axe = await (
            colorScheme === 'light' ? builder.withTags(FULL_TAGS) : builder.withRules(COLOUR_RULES)
          ).analyze();
          for (const violation of axe.violations) {
            violations.push(
              `${colorScheme}: ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
                .slice(0, 3)
                .map((node) => `${node.target.join(' ')} ${node.any[0]?.message ?? ''}`)
                .join(' | ')}`,
            );
          }
          if (violations.some((v) => v.startsWith(colorScheme))) {
            await page.screenshot({
              path: screenshotPath(`${colorScheme}${pagePath}`),
              fullPage: true,
            });
          }
        }
        expect.soft(problems.consoleErrors, 'console errors').toEqual([]);
        expect.soft(problems.failedRequests, 'failed requests').toEqual([]);
        expect.soft(problems.foreignRequests, 'requests to non-loopback hosts').toEqual([]);
        expect.soft(violations, 'axe violations').toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
