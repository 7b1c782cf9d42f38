/**
 * The configuration checker in Chromium, on its tool page and embedded in the build-order page:
 * the sample's findings, a typed mistake, jump-to-line, copy link → open → same state, a damaged
 * link, no request leaving the machine, and axe in light and dark mode.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  SAMPLE_CONFIG_CLEAN_JSON,
  SAMPLE_CONFIG_MISTAKES,
  checkConfigText,
} from '../../src/allegro';
import { setUpBrowser } from './support/browser';
import { auditTool, openTool, readClipboard } from './support/widgets';

const baseUrl = inject('baseUrl');
const TITLE = 'Configuration checker';
const toolUrl = `${baseUrl}/docs/tools/config-checker`;

const { withPage } = setUpBrowser({ clipboard: true });

const summary = (page: Page) =>
  page.locator('section[aria-label="Configuration checker"] p[aria-busy]');
const editor = (page: Page) => page.getByLabel('Configuration (JSON or YAML)');

describe('configuration checker', () => {
  it('lists every finding of the sample with mistakes, and jumps to a finding’s line', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      await expect
        .poll(() => summary(page).textContent())
        .toBe('22 findings: 21 errors, 1 warning, 0 notes.');
      for (const mistake of SAMPLE_CONFIG_MISTAKES) {
        expect(
          await page
            .getByRole('button', { name: `Go to line ${mistake.line} (${mistake.code})` })
            .count(),
          `${mistake.code} on line ${mistake.line}`,
        ).toBe(1);
      }
      await page.getByRole('button', { name: 'Go to line 94 (CFG-TIER-003)' }).click();
      const highlight = page.getByTestId('highlighted-line');
      expect(await highlight.getAttribute('data-line')).toBe('94');
      expect(await highlight.isVisible()).toBe(true);
      expect(await editor(page).evaluate((el) => el === document.activeElement)).toBe(true);
      const caretLine = await editor(page).evaluate(
        (el: HTMLTextAreaElement) => el.value.slice(0, el.selectionStart).split('\n').length,
      );
      expect(caretLine).toBe(94);
    });
  });

  it('finds a known mistake typed into the editor', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      const broken = SAMPLE_CONFIG_CLEAN_JSON.replace('"DOWN"', '"ROUND_HALF"');
      await editor(page).fill(broken);
      await expect
        .poll(() => summary(page).textContent())
        .toBe('1 finding: 1 error, 0 warnings, 0 notes.');
      const link = page.getByRole('link', { name: 'CFG-RES-001' });
      expect(await link.getAttribute('href')).toBe('/docs/reference/issue-codes#cfg-res-001');
      const expectedLine = broken.slice(0, broken.indexOf('"ROUND_HALF"')).split('\n').length;
      expect(
        await page
          .getByRole('button', { name: `Go to line ${expectedLine} (CFG-RES-001)` })
          .count(),
      ).toBe(1);
    });
  });

  it('copy link → open the link → same input and findings', async () => {
    let copied = '';
    const text = '{\n  "schemaVersion": 1,\n  "client": { "id": 7, "name": "Acme Telco" }\n}\n';
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      await editor(page).fill(text);
      // The same text checked here: the page must agree.
      const { counts, issues } = checkConfigText(text);
      expect(issues.map((issue) => issue.code)).toContain('CFG-FLD-001');
      const firstSummary = `${issues.length} findings: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} note${counts.info === 1 ? '' : 's'}.`;
      await expect.poll(() => summary(page).textContent()).toBe(firstSummary);
      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect.poll(() => page.getByText('Link copied').count()).toBe(1);
      copied = await readClipboard(page);
      expect(copied.startsWith(`${toolUrl}#cfg=1.`)).toBe(true);

      await page.goto(copied, { waitUntil: 'load' });
      await page.reload({ waitUntil: 'load' });
      await openTool(page, copied, TITLE);
      expect(await editor(page).inputValue()).toBe(text);
      await expect.poll(() => summary(page).textContent()).toBe(firstSummary);
      expect(await page.getByRole('link', { name: 'CFG-FLD-001' }).count()).toBe(1);
    });
  });

  it('a link to a heading with the input opens at the heading; a contents link keeps the input', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      const text = '{\n  "schemaVersion": 1\n}\n';
      await editor(page).fill(text);
      await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#cfg=1\./);
      const entry = (await page.evaluate(() => window.location.hash)).slice(1);

      await page.goto(`${toolUrl}#limits&${entry}`, { waitUntil: 'load' });
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('html[data-has-hydrated="true"]');
      const heading = page.locator('h2#limits');
      await expect
        .poll(() => heading.evaluate((el) => el.getBoundingClientRect().top))
        .toBeLessThan(200);
      expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(
        0,
      );
      await openTool(page, page.url(), TITLE);
      expect(await editor(page).inputValue()).toBe(text);

      await page.locator('.table-of-contents a[href="#how-to-use-it"]').first().click();
      await expect
        .poll(() => page.evaluate(() => window.location.hash))
        .toBe(`#how-to-use-it&${entry}`);
    });
  });

  it('a damaged link shows the sample and says why', async () => {
    await withPage(async (page) => {
      await openTool(page, `${toolUrl}#cfg=1.ThisIsNotValid`, TITLE);
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'damaged or incomplete' }).count())
        .toBe(1);
      await expect
        .poll(() => summary(page).textContent())
        .toBe('22 findings: 21 errors, 1 warning, 0 notes.');
    });
  });

  it('loads its code after the page has hydrated, and a plain doc page loads none of it', async () => {
    /** Script URLs with the time (ms since navigation) each was requested and hydration time. */
    const scriptTimings = (page: Page) =>
      page.evaluate(() => ({
        hydratedAt: (window as unknown as { __hydratedAt?: number }).__hydratedAt ?? -1,
        scripts: performance
          .getEntriesByType('resource')
          // Scripts the page ran; <link rel=prefetch> downloads of linked pages are left out.
          .filter(
            (entry) =>
              entry.name.endsWith('.js') &&
              (entry as PerformanceResourceTiming).initiatorType === 'script',
          )
          .map((entry) => ({ url: entry.name, startTime: entry.startTime })),
      }));
    const scriptsWith = async (urls: string[], text: string) => {
      const hits: string[] = [];
      for (const url of urls) {
        const response = await fetch(url);
        if ((await response.text()).includes(text)) hits.push(url);
      }
      return hits;
    };
    await withPage(async (page) => {
      await page.addInitScript(() => {
        // Runs before <html> exists: watch the whole document for the attribute.
        new MutationObserver((_records, observer) => {
          if (document.documentElement?.getAttribute('data-has-hydrated') === 'true') {
            (window as unknown as { __hydratedAt?: number }).__hydratedAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, {
          attributes: true,
          subtree: true,
          attributeFilter: ['data-has-hydrated'],
        });
      });
      await openTool(page, toolUrl, TITLE);
      const { hydratedAt, scripts } = await scriptTimings(page);
      expect(hydratedAt).toBeGreaterThan(0);
      const widgetChunks = await scriptsWith(
        scripts.map((script) => script.url),
        'Normalized configuration (defaults applied)',
      );
      expect(widgetChunks).toHaveLength(1);
      const widgetStart = scripts.find((script) => script.url === widgetChunks[0])?.startTime ?? 0;
      console.log(
        `config checker chunk requested ${(widgetStart - hydratedAt).toFixed(0)} ms after hydration`,
      );
      expect(widgetStart).toBeGreaterThanOrEqual(hydratedAt);

      await page.goto(`${baseUrl}/docs/configuration/resources`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      const plain = await scriptTimings(page);
      const urls = plain.scripts.map((script) => script.url);
      expect(urls.length).toBeGreaterThan(0);
      expect(await scriptsWith(urls, 'This tool hit a problem')).toEqual([]);
      expect(await scriptsWith(urls, 'Normalized configuration (defaults applied)')).toEqual([]);
    });
  });

  it('works embedded in the build-order page, and is axe clean in light and dark mode', async () => {
    await withPage(async (page) => {
      await openTool(page, `${baseUrl}/docs/configuration/build-order`, TITLE);
      await expect
        .poll(() => summary(page).textContent())
        .toBe('22 findings: 21 errors, 1 warning, 0 notes.');
      await page.getByRole('button', { name: 'Go to line 28 (CFG-FLD-001)' }).click();
      expect(await auditTool(page, TITLE, 'config checker with findings')).toEqual([]);
      await page.getByRole('button', { name: 'Clean sample' }).click();
      await expect
        .poll(() => summary(page).textContent())
        .toBe('No findings: the configuration passes every check.');
      expect(
        await page
          .getByRole('figure', { name: 'Normalized configuration (defaults applied)' })
          .count(),
      ).toBe(1);
      expect(await auditTool(page, TITLE, 'config checker, clean sample')).toEqual([]);
    });
  });
});
