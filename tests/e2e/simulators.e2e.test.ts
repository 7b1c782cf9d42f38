/**
 * The three simulators in Chromium, each on its tool page and embedded in its errors page: the
 * sample's documented outcome, an edit → copy link → reload → same state, a scenario pasted as
 * JSON that names the bad field, no request leaving the machine, and axe in light and dark mode
 * with the scenario editors open.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  SAMPLE_AGGREGATION_EXPECTED,
  SAMPLE_SUSPENSE_EXPECTED,
  SAMPLE_SYNC_EXPECTED,
} from '../../src/allegro';
import { setUpBrowser } from './support/browser';
import { auditTool, openTool, readClipboard } from './support/widgets';

const baseUrl = inject('baseUrl');

const { withPage } = setUpBrowser({ clipboard: true });

const toolOf = (page: Page, title: string) => page.locator(`section[aria-label="${title}"]`);

/** Audits with the tool's top edge below the sticky navbar (see rating-preview.e2e.test.ts). */
async function audit(page: Page, title: string, label: string): Promise<string[]> {
  await toolOf(page, title).evaluate((el) =>
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 160),
  );
  return auditTool(page, title, label);
}

/** Opens a scenario section (a disclosure button) and returns its panel. */
async function openSection(tool: Locator, name: string | RegExp): Promise<Locator> {
  const button = tool.getByRole('button', { name });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const panelId = await button.getAttribute('aria-controls');
  return tool.locator(`[id="${panelId}"]`);
}

/** Cell texts of the row whose header is `name` in `table`. */
async function rowCells(table: Locator, name: string): Promise<string[]> {
  const row = table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name, exact: true }) });
  return (await row.getByRole('cell').allTextContents()).map((t) => t.trim());
}

/** Copy link, open the copied address, reload, and wait for the tool again. */
async function copyLinkAndReopen(page: Page, title: string, prefix: string): Promise<void> {
  const tool = toolOf(page, title);
  await tool.getByRole('button', { name: 'Copy link' }).click();
  await expect.poll(() => tool.getByText('Link copied').count()).toBe(1);
  const copied = await readClipboard(page);
  expect(copied.startsWith(prefix), copied).toBe(true);
  await page.goto(copied, { waitUntil: 'load' });
  await page.reload({ waitUntil: 'load' });
  await openTool(page, copied, title);
}

describe('usage suspense simulator', () => {
  const TITLE = 'Usage suspense simulator';
  const toolUrl = `${baseUrl}/docs/tools/suspense-simulator`;
  const outcome = async (page: Page, record: string) =>
    (
      await rowCells(
        toolOf(page, TITLE).getByRole('table', { name: 'What happens to each record' }),
        record,
      )
    )[0];

  it('shows the sample’s outcome, and keeps an edit through copy link and reload', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      const tool = toolOf(page, TITLE);
      for (const id of SAMPLE_SUSPENSE_EXPECTED.rated)
        expect(await outcome(page, id)).toMatch(/^rated/);
      expect(await outcome(page, 'R3')).toBe('suspended');
      expect(await outcome(page, 'R7')).toBe('discarded');
      expect(
        await tool.getByRole('link', { name: 'SIM-SUS-002' }).first().getAttribute('href'),
      ).toBe('/docs/reference/issue-codes#sim-sus-002');
      const steps = tool
        .getByRole('list', { name: 'Suspense timeline, in order' })
        .getByRole('listitem');
      expect(await steps.count()).toBe(10);
      expect(await steps.nth(7).textContent()).toContain('refused');
      expect(
        await tool
          .getByRole('status')
          .filter({ hasText: 'Suspense simulation updated: 5 rated' })
          .count(),
      ).toBe(1);

      // Add the missing international price: R3 rates on the last reprocess.
      const prices = await openSection(tool, 'Prices (3)');
      await prices.getByRole('button', { name: 'Add price' }).click();
      await expect.poll(() => outcome(page, 'R3')).toMatch(/^rated/);
      await copyLinkAndReopen(page, TITLE, `${toolUrl}#suspense=1.`);
      expect(await outcome(page, 'R3')).toMatch(/^rated/);
      expect(await toolOf(page, TITLE).getByRole('button', { name: 'Prices (4)' }).count()).toBe(1);
    });
  });

  it('names the field path of a bad scenario pasted as JSON; axe clean on the usage suspense page', async () => {
    await withPage(async (page) => {
      await openTool(page, `${baseUrl}/docs/errors/usage-suspense`, TITLE);
      const tool = toolOf(page, TITLE);
      await openSection(tool, 'Usage records (7)');
      await openSection(tool, /^Fixes and actions, in order/);
      const json = await openSection(tool, 'Edit as JSON');
      const textarea = json.getByLabel('Suspense scenario as JSON');
      const text = await textarea.inputValue();
      await textarea.fill(text.replace('"2024-04-05 09:00:00"', '"5 April"'));
      await json.getByRole('button', { name: 'Apply JSON' }).click();
      await expect
        .poll(() => json.getByRole('alert').textContent())
        .toContain(
          'records[1].start: must be a date yyyy-mm-dd or a date-time yyyy-mm-dd hh:mm:ss',
        );
      expect(
        await audit(page, TITLE, 'suspense simulator on usage-suspense, editors open'),
      ).toEqual([]);
    });
  });
});

describe('sync reprocessing simulator', () => {
  const TITLE = 'Sync reprocessing simulator';
  const toolUrl = `${baseUrl}/docs/tools/sync-simulator`;
  const planOrder = async (page: Page) =>
    (
      await toolOf(page, TITLE)
        .getByRole('list', { name: 'Reprocess in this order' })
        .getByRole('listitem')
        .allTextContents()
    ).map((t) => /Reprocess (\S+):/.exec(t)?.[1] ?? '?');

  it('shows the sample’s plan, and keeps a changed assumption through copy link and reload', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      const tool = toolOf(page, TITLE);
      expect(await planOrder(page)).toEqual([...SAMPLE_SYNC_EXPECTED.plan]);
      const table = tool.getByRole('table', { name: 'What happens to each activity record' });
      for (const [record, code] of Object.entries(SAMPLE_SYNC_EXPECTED.staysFailed)) {
        const cells = await rowCells(table, record);
        expect(cells[2]).toBe('stays-failed');
        expect(cells[4]).toBe(code);
      }
      await tool
        .getByLabel('Group order when dependencies allow')
        .selectOption('account → catalog → subscription');
      await expect.poll(() => planOrder(page)).toEqual(['A1', 'A2', 'C2', 'C4', 'S1', 'S4']);
      await copyLinkAndReopen(page, TITLE, `${toolUrl}#sync=1.`);
      expect(await planOrder(page)).toEqual(['A1', 'A2', 'C2', 'C4', 'S1', 'S4']);
      expect(
        await toolOf(page, TITLE).getByLabel('Group order when dependencies allow').inputValue(),
      ).toBe('account → catalog → subscription');
    });
  });

  it('is axe clean on the sync reprocessing page with the records editor open', async () => {
    await withPage(async (page) => {
      await openTool(page, `${baseUrl}/docs/errors/sync-reprocessing`, TITLE);
      const tool = toolOf(page, TITLE);
      const records = await openSection(tool, 'Activity records (12)');
      await records.getByRole('checkbox', { name: 'Record C3 Cause fixed' }).check();
      await expect
        .poll(() => planOrder(page))
        .toEqual(['C2', 'C3', 'C4', 'C5', 'A1', 'A2', 'S1', 'S2', 'S4']);
      expect(await audit(page, TITLE, 'sync simulator on sync-reprocessing, editor open')).toEqual(
        [],
      );
    });
  });
});

describe('aggregated usage simulator', () => {
  const TITLE = 'Aggregated usage simulator';
  const toolUrl = `${baseUrl}/docs/tools/aggregated-usage-simulator`;
  const batchStatuses = async (page: Page) =>
    (
      await toolOf(page, TITLE)
        .getByRole('list', { name: 'Batches, in the order they are sent' })
        .getByRole('listitem')
        .allTextContents()
    ).map((t) => /(complete|errored|in-process)/.exec(t)?.[1] ?? '?');

  it('shows the sample’s outcome, and keeps a changed batch size through copy link and reload', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      const tool = toolOf(page, TITLE);
      const records = tool.getByRole('table', { name: 'What happens to each monetized record' });
      for (const line of Object.values(SAMPLE_AGGREGATION_EXPECTED.lines)) {
        for (const source of line.sources) {
          expect((await rowCells(records, source))[0], source).toBe(line.outcome);
        }
      }
      const reconciliation = tool.getByRole('table', { name: /^Reconciliation/ });
      expect(await rowCells(reconciliation, 'To send')).toEqual(['9', '875.5', '7.06']);
      expect(await rowCells(reconciliation, 'Errored')).toEqual(['3', '355', '1.85']);
      expect(await batchStatuses(page)).toEqual(['complete', 'errored', 'errored', 'in-process']);
      const request = tool.getByRole('figure', { name: /Batch 1: bulk_record_usage_m request/ });
      expect(await request.textContent()).toContain('"usage_units": 150.5');

      const batchSize = tool.getByLabel('Records per bulk_record_usage_m call (batch size)');
      await batchSize.fill('4');
      await expect.poll(() => batchStatuses(page)).toEqual(['errored', 'errored']);
      await copyLinkAndReopen(page, TITLE, `${toolUrl}#aggregation=1.`);
      expect(await batchStatuses(page)).toEqual(['errored', 'errored']);
      expect(
        await toolOf(page, TITLE)
          .getByLabel('Records per bulk_record_usage_m call (batch size)')
          .inputValue(),
      ).toBe('4');
    });
  });

  it('is axe clean on the aggregated usage page with the scenario editors open', async () => {
    await withPage(async (page) => {
      await openTool(page, `${baseUrl}/docs/errors/sync-reprocessing/aggregated-usage`, TITLE);
      const tool = toolOf(page, TITLE);
      await openSection(tool, 'Monetized records (10)');
      const errors = await openSection(tool, 'Errors core Aria answers');
      await errors.getByRole('button', { name: 'Add call error' }).click();
      await expect
        .poll(() => batchStatuses(page))
        .toEqual(['errored', 'errored', 'errored', 'in-process']);
      expect(await audit(page, TITLE, 'aggregated usage simulator, editors open')).toEqual([]);
    });
  });
});
