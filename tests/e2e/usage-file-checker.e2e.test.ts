/**
 * The usage file checker in Chromium: the sample file's known bad lines, copy link → open → same
 * layout and report, cancelling a large generated file, a million-row file checked in the worker
 * while the page stays responsive, CSV download, no request leaving the machine, axe in light
 * and dark mode, and the embed on the file-handling FAQ page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  SAMPLE_USAGE_COMMA_BAD_EXPECTED,
  SAMPLE_USAGE_PIPE_BAD_EXPECTED,
} from '../../src/allegro/samples/usage';
import { setUpBrowser } from './support/browser';
import { auditTool, openTool, readClipboard } from './support/widgets';

const baseUrl = inject('baseUrl');
const TITLE = 'Usage file checker';
const toolUrl = `${baseUrl}/docs/tools/usage-file-checker`;

const { withPage } = setUpBrowser({ clipboard: true });
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'usage-e2e-'));

afterAll(() => {
  fs.rmSync(tempDir, { recursive: true, force: true });
});

/** A comma-layout file with `rows` detail records (all valid but for the trailer). */
function generatedFile(rows: number): Buffer {
  const parts: string[] = ['H,MOBILE_APP,2026-03-16,1\n'];
  for (let i = 0; i < rows; i += 1) {
    const second = String(i % 60).padStart(2, '0');
    const minute = String(Math.floor(i / 60) % 60).padStart(2, '0');
    const hour = String(Math.floor(i / 3600) % 24).padStart(2, '0');
    parts.push(`D,${100000 + i},2001,CALL_MIN,2026-03-15 ${hour}:${minute}:${second},1,,r${i}\n`);
  }
  parts.push(`T,${rows},${rows}\n`);
  return Buffer.from(parts.join(''));
}

/** [line, code] of every listed issue, read from the report table. */
async function listedIssues(page: Page): Promise<Array<[string, string]>> {
  const table = page.getByRole('table', { name: /^Issues \(/ });
  return table.locator('tbody tr:not([aria-hidden])').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = row.querySelectorAll('td');
      return [cells[0]?.textContent ?? '', cells[2]?.textContent ?? ''] as [string, string];
    }),
  );
}

const expected = (rows: readonly { line: number; code: string }[]) =>
  rows.map((row) => [String(row.line), row.code]).sort();

describe('usage file checker', () => {
  it('shows the known bad lines of the sample file, and copy link → open gives the same report', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      await page.getByRole('radio', { name: /Sample: Pipe-delimited/ }).check();
      await page.getByRole('button', { name: 'Use sample file with bad rows' }).click();
      const heading = page.getByRole('heading', { name: 'Report for usage-pipe-bad.txt' });
      await heading.waitFor();
      expect((await listedIssues(page)).sort()).toEqual(expected(SAMPLE_USAGE_PIPE_BAD_EXPECTED));

      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect.poll(() => page.getByText('Link copied').count()).toBe(1);
      const copied = await readClipboard(page);
      expect(copied.startsWith(`${toolUrl}#usage=1.`)).toBe(true);

      await page.goto(copied, { waitUntil: 'load' });
      await page.reload({ waitUntil: 'load' });
      await openTool(page, copied, TITLE);
      expect(await page.getByRole('radio', { name: /Sample: Pipe-delimited/ }).isChecked()).toBe(
        true,
      );
      await page.getByRole('heading', { name: 'Report for usage-pipe-bad.txt' }).waitFor();
      expect((await listedIssues(page)).sort()).toEqual(expected(SAMPLE_USAGE_PIPE_BAD_EXPECTED));
    });
  });

  it('checks a picked file in the worker and downloads the report as CSV', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      const sample = fs.readFileSync(path.resolve('static/samples/usage-comma-bad.csv'));
      await page
        .getByLabel('Choose a usage file (or drop it here)')
        .setInputFiles({ name: 'march.csv', mimeType: 'text/csv', buffer: sample });
      await page.getByRole('heading', { name: 'Report for march.csv' }).waitFor();
      expect((await listedIssues(page)).sort()).toEqual(expected(SAMPLE_USAGE_COMMA_BAD_EXPECTED));
      // The check ran in a worker.
      expect(page.workers().length).toBeGreaterThan(0);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download report as CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('march-report.csv');
      const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
      const lines = csv.trim().split('\r\n');
      expect(lines[0]).toBe('line,column,code,severity,field,message,docs');
      expect(lines).toHaveLength(SAMPLE_USAGE_COMMA_BAD_EXPECTED.length + 1);
      expect(lines.some((line) => line.startsWith('3,2,USG-DUP-001,error,acct_no,'))).toBe(true);
    });
  });

  it('cancels the check of a large generated file (200,000 rows)', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      await page
        .getByLabel('Choose a usage file (or drop it here)')
        .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: generatedFile(200_000) });
      const bar = page.getByRole('progressbar', { name: 'Checking big.csv' });
      await bar.waitFor();
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByText('The check of big.csv was cancelled.').waitFor();
      expect(await bar.count()).toBe(0);
      // Nothing arrives after the cancel: the worker was stopped.
      await page.waitForTimeout(1_500);
      expect(await page.getByRole('heading', { name: 'Report for big.csv' }).count()).toBe(0);
    });
  });

  it('checks a million-row file in the worker while the page stays responsive', async () => {
    const file = path.join(tempDir, 'million.csv');
    fs.writeFileSync(file, generatedFile(1_000_000));
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      // Measure the longest gap between timer ticks on the main thread during the check.
      await page.evaluate(() => {
        const state = { last: performance.now(), maxGap: 0, progressTexts: new Set<string>() };
        (window as unknown as { __ticks: typeof state }).__ticks = state;
        setInterval(() => {
          const now = performance.now();
          state.maxGap = Math.max(state.maxGap, now - state.last);
          state.last = now;
          const text = document
            .querySelector('[role="progressbar"]')
            ?.getAttribute('aria-valuetext');
          if (text) state.progressTexts.add(text);
        }, 20);
      });
      const started = Date.now();
      await page.getByLabel('Choose a usage file (or drop it here)').setInputFiles(file);
      await page
        .getByRole('heading', { name: 'Report for million.csv' })
        .waitFor({ timeout: 100_000 });
      const seconds = (Date.now() - started) / 1000;
      const ticks = await page.evaluate(() => {
        const state = (
          window as unknown as { __ticks: { maxGap: number; progressTexts: Set<string> } }
        ).__ticks;
        return { maxGap: state.maxGap, progressUpdates: state.progressTexts.size };
      });
      console.log(
        `1,000,000 rows checked in ${seconds.toFixed(1)} s; longest main-thread gap ${ticks.maxGap.toFixed(0)} ms; ${ticks.progressUpdates} distinct progress values`,
      );
      expect(
        await page.getByText(/^1,000,002 records on 1,000,002 lines: no issues\./).count(),
      ).toBe(1);
      // Checking on the main thread would block it for the whole run (several seconds); allow for
      // garbage collection and a busy test machine.
      expect(ticks.maxGap).toBeLessThan(1_000);
      expect(ticks.progressUpdates).toBeGreaterThan(1);
      // At most about ten progress updates a second.
      expect(ticks.progressUpdates).toBeLessThanOrEqual(Math.ceil(seconds * 10) + 2);
    });
  });

  it('lists thousands of issues in a virtualized table that scrolls to the last one', async () => {
    // Every record repeats the key of the one before: 12,000 detail records, 6,000 duplicates.
    const parts = ['H,MOBILE_APP,2026-03-16,1\n'];
    for (let i = 0; i < 12_000; i += 1) {
      const pair = Math.floor(i / 2);
      const minute = String(pair % 60).padStart(2, '0');
      const hour = String(Math.floor(pair / 60) % 24).padStart(2, '0');
      parts.push(`D,${200000 + pair},2001,SMS,2026-03-15 ${hour}:${minute}:00,1,,\n`);
    }
    parts.push('T,12000,12000\n');
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      await page.getByLabel('Choose a usage file (or drop it here)').setInputFiles({
        name: 'dups.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(parts.join('')),
      });
      await page.getByRole('heading', { name: 'Report for dups.csv' }).waitFor();
      const table = page.getByRole('table', { name: 'Issues (6,000 issues listed)' });
      expect(await table.getAttribute('aria-rowcount')).toBe('6001');
      const rendered = await table.locator('tbody tr:not([aria-hidden])').count();
      expect(rendered).toBeGreaterThan(5);
      expect(rendered).toBeLessThan(100);
      const scroller = page.getByRole('region', {
        name: 'Issues (6,000 issues listed) (scrollable)',
      });
      await scroller.evaluate((el) => {
        el.scrollTop = el.scrollHeight;
      });
      // The last duplicate is on the last detail line (line 12,001).
      await expect
        .poll(async () => (await listedIssues(page)).at(-1))
        .toEqual(['12001', 'USG-DUP-001']);
    });
  });

  it('is axe clean with a report shown, in light and dark mode, embedded on the file-handling page', async () => {
    await withPage(async (page) => {
      await openTool(page, `${baseUrl}/docs/faq/file-handling`, TITLE);
      await page.getByRole('button', { name: 'Use sample file with bad rows' }).click();
      await page.getByRole('heading', { name: 'Report for usage-comma-bad.csv' }).waitFor();
      expect((await listedIssues(page)).sort()).toEqual(expected(SAMPLE_USAGE_COMMA_BAD_EXPECTED));
      expect(await auditTool(page, TITLE, 'usage checker with report')).toEqual([]);
      await page.getByRole('radio', { name: 'My own layout (JSON or YAML)' }).check();
      await page
        .getByLabel('Layout (JSON or YAML)', { exact: true })
        .fill('{"name": "x",\n "format": }');
      await page.getByRole('table', { name: 'Problems in the layout (1 problem)' }).waitFor();
      expect(await auditTool(page, TITLE, 'usage checker with layout problems')).toEqual([]);
    });
  });
});
