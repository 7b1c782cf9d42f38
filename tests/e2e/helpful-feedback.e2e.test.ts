/**
 * The "Was this article helpful?" control in a real browser, light and dark mode: reachable and
 * usable with the keyboard, no axe violations with the comment box open, the choice survives a
 * reload, and choosing or typing sends no request.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { setUpBrowser } from './support/browser';
import { waitForHydration, watchPage } from './support/chromium';

const baseUrl = inject('baseUrl');
const pagePath = '/docs/faq';

const { context } = setUpBrowser();

describe('helpful feedback control', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`works from the keyboard and passes axe with the comment box open (${colorScheme})`, async () => {
      const page = await context().newPage();
      await page.emulateMedia({ colorScheme });
      const problems = await watchPage(page);
      try {
        await page.goto(`${baseUrl}${pagePath}`, { waitUntil: 'load' });
        await waitForHydration(page);
        await page.evaluate(() => window.localStorage.clear());
        await page.reload({ waitUntil: 'load' });
        await waitForHydration(page);
        await page.waitForLoadState('networkidle');

        const group = page.getByRole('group', { name: 'Was this article helpful?' });
        const no = group.getByRole('button', { name: 'No' });
        await no.focus();
        // Docusaurus prefetches code chunks of visible links (GET /assets/...); anything else, or
        // any POST, would be the control talking to a server.
        const requestsBefore: string[] = [];
        page.on('request', (request) => {
          const isChunkPrefetch =
            request.method() === 'GET' && request.url().startsWith(`${baseUrl}/assets/`);
          if (!isChunkPrefetch) requestsBefore.push(`${request.method()} ${request.url()}`);
        });
        await page.keyboard.press('Enter');

        await expect.poll(() => no.getAttribute('aria-pressed')).toBe('true');
        await expect
          .poll(() => page.getByRole('status').filter({ hasText: 'Thank you' }).count())
          .toBe(1);
        const textbox = page.getByRole('textbox', {
          name: 'What was missing or wrong? (optional)',
        });
        await page.keyboard.press('Tab');
        await expect.poll(() => textbox.evaluate((el) => el === document.activeElement)).toBe(true);
        await page.keyboard.type('Tier example is unclear');

        const link = page.getByRole('link', { name: /Report the problem on GitHub/ });
        const href = (await link.getAttribute('href')) ?? '';
        expect(href).toContain('/issues/new?');
        expect(href).toContain(encodeURIComponent('Tier example is unclear'));
        expect(requestsBefore, 'requests made by choosing and typing').toEqual([]);

        const axe = await new AxeBuilder({ page })
          .include('section[aria-labelledby]')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

        await page.reload({ waitUntil: 'load' });
        await waitForHydration(page);
        await expect
          .poll(() =>
            page
              .getByRole('group', { name: 'Was this article helpful?' })
              .getByRole('button', { name: 'No' })
              .getAttribute('aria-pressed'),
          )
          .toBe('true');
        expect(problems.consoleErrors).toEqual([]);
        expect(problems.foreignRequests).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('sits after the edit link and the last-updated date, with the back-to-top button on the page', async () => {
    const page = await context().newPage();
    await watchPage(page);
    try {
      await page.goto(`${baseUrl}${pagePath}`, { waitUntil: 'load' });
      await waitForHydration(page);
      expect(await page.locator('.theme-edit-this-page').count()).toBe(1);
      expect(await page.locator('.theme-back-to-top-button').count()).toBe(1);
      // Built from a Git checkout (as CI does), the page shows its last commit date.
      expect(await page.locator('.theme-last-updated time').count()).toBe(1);
      const order = await page.evaluate(() => {
        const edit = document.querySelector('.theme-edit-this-page');
        const feedback = document.querySelector('section[aria-labelledby] [role="group"]');
        return edit && feedback ? edit.compareDocumentPosition(feedback) : 0;
      });
      const DOCUMENT_POSITION_FOLLOWING = 4;
      expect(order & DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    } finally {
      await page.close();
    }
  });
});
