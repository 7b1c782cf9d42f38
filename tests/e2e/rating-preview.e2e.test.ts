/**
 * The rating preview in Chromium, on its tool page and embedded in the pooling FAQ: worked
 * example WE-1 (2.50 + 24.00 + 17.50 + 9.00 = 53.00), an edit from the keyboard, copy link →
 * reload → same state, no request leaving the machine, and axe in light and dark mode.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setUpBrowser } from './support/browser';
import { auditTool, openTool, readClipboard } from './support/widgets';

const baseUrl = inject('baseUrl');
const TITLE = 'Rating preview';
const toolUrl = `${baseUrl}/docs/tools/rating-preview`;

const { withPage } = setUpBrowser({ clipboard: true });

const tool = (page: Page) => page.locator(`section[aria-label="${TITLE}"]`);

/**
 * Audits the tool with its top edge well below the sticky navbar: otherwise axe counts the
 * controls that happen to sit under the navbar as obscured touch targets.
 */
async function audit(page: Page, label: string): Promise<string[]> {
  await tool(page).evaluate((el) =>
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 160),
  );
  return auditTool(page, TITLE, label);
}
const loadsTable = (page: Page) =>
  tool(page).getByRole('table', { name: /^Each load, rated from the pooled running total/ });

/** The charge column (last cell) of each load row, and the total. */
async function charges(page: Page): Promise<{ loads: string[]; total: string }> {
  const table = loadsTable(page);
  const loads: string[] = [];
  for (const name of ['load 1', 'load 2', 'load 3', 'load 4']) {
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    loads.push(((await row.getByRole('cell').last().textContent()) ?? '').trim());
  }
  const totalRow = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Total', exact: true }) });
  return { loads, total: ((await totalRow.getByRole('cell').last().textContent()) ?? '').trim() };
}

describe('rating preview', () => {
  it('shows worked example WE-1 with each step of load 3', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      expect(await charges(page)).toEqual({
        loads: ['2.50', '24.00', '17.50', '9.00'],
        total: '53.00',
      });
      const load3 = loadsTable(page)
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'load 3', exact: true }) });
      const text = (await load3.textContent()) ?? '';
      expect(text).toContain('tier 2: 75 × 0.1 = 7.5');
      expect(text).toContain('tier 3: 125 × 0.08 = 10');
      expect(text).toContain('17.5 → 17.50');
      expect(text).toContain('0.0875 → 0.09');
      const compare = tool(page).getByRole('table', {
        name: '325 units on the tiers of API Calls',
      });
      expect(await compare.textContent()).toMatch(/22\.50.*32\.50.*0\.10/s);
      expect(
        await tool(page)
          .getByRole('img', { name: /Charge per load/ })
          .count(),
      ).toBe(1);
    });
  });

  it('edit from the keyboard → copy link → reload → same input and result', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      const units = tool(page).getByLabel('Load 1 Units', { exact: true });
      await units.focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('150');
      // 50 more units in the 0.10 tier for load 1 shift every later load up the pool.
      await expect
        .poll(async () => (await charges(page)).loads)
        .toEqual(['5.00', '24.00', '17.00', '9.00']);
      expect((await charges(page)).total).toBe('55.00');
      await tool(page).getByRole('button', { name: 'Copy link' }).click();
      await expect.poll(() => tool(page).getByText('Link copied').count()).toBe(1);
      const copied = await readClipboard(page);
      expect(copied.startsWith(`${toolUrl}#rating=1.`)).toBe(true);

      await page.goto(copied, { waitUntil: 'load' });
      await page.reload({ waitUntil: 'load' });
      await openTool(page, copied, TITLE);
      expect(await tool(page).getByLabel('Load 1 Units', { exact: true }).inputValue()).toBe('150');
      expect(await charges(page)).toEqual({
        loads: ['5.00', '24.00', '17.00', '9.00'],
        total: '55.00',
      });
    });
  });

  it('adds a load with the keyboard and moves focus into the new row', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      await tool(page).getByRole('button', { name: 'Add load' }).focus();
      await page.keyboard.press('Enter');
      const service = tool(page).getByLabel('Load 5 Service', { exact: true });
      await expect.poll(() => service.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('abc');
      await expect
        .poll(() => tool(page).getByRole('alert').textContent())
        .toContain('Load 5 units must be a decimal number such as 12.50, not "abc".');
      expect(await audit(page, 'rating preview with an input error')).toEqual([]);
    });
  });

  it('works embedded in the pooling FAQ, and is axe clean in light and dark mode', async () => {
    await withPage(async (page) => {
      await openTool(page, `${baseUrl}/docs/faq/pooling`, TITLE);
      expect((await charges(page)).total).toBe('53.00');
      expect(await audit(page, 'rating preview on the pooling FAQ')).toEqual([]);
    });
  });
});
