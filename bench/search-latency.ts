/**
 * npm run bench:search — how long the navbar search box takes from a keystroke to rendered
 * suggestions, in headless Chromium against the production build.
 *
 * Serves the build on a free loopback port, opens the search page, and for every question of
 * the search-quality list types the query into the navbar box; the last keystroke of each query
 * is timed inside the page (keydown → first change of the suggestion list). Prints the cold
 * start (first query: index download + worker start) and median / p90 / max of the rest, and
 * fails if a request left the machine or a query rendered nothing.
 *
 *   npm run bench:search [-- buildDir]      (BUILD_DIR works too; CHROMIUM_PATH picks the browser)
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SEARCH_QUESTIONS } from '../tests/postbuild/search-questions';
import { launchBrowserContext, waitForHydration, watchPage } from '../tests/e2e/support/chromium';
import { startStaticServer } from '../tests/e2e/support/static-server';

const INPUT = 'input.navbar__search-input:not([data-search-placeholder])';
const OPTIONS = '.navbar__search [role="listbox"] [role="option"]';

declare global {
  interface Window {
    searchTiming?: { keydown: number; rendered: number; lastChange: number };
  }
}

/** Records, inside the page, the last keydown and the first suggestion-list change after it. */
async function instrument(page: Page): Promise<void> {
  await page.evaluate((selector) => {
    const input = document.querySelector<HTMLInputElement>(selector);
    const container = input?.closest('.navbar__search');
    if (!input || !container) throw new Error('navbar search box not found');
    const timing = { keydown: 0, rendered: 0, lastChange: performance.now() };
    window.searchTiming = timing;
    input.addEventListener(
      'keydown',
      () => {
        timing.keydown = performance.now();
        timing.rendered = 0;
      },
      true,
    );
    new MutationObserver((records) => {
      // Only the suggestion list counts, not the clear button or the loading ring.
      if (!records.some((record) => (record.target as Element).closest?.('[role="listbox"]'))) {
        return;
      }
      timing.lastChange = performance.now();
      if (timing.keydown && !timing.rendered) timing.rendered = timing.lastChange;
    }).observe(container, { childList: true, subtree: true, characterData: true });
  }, INPUT);
}

/** Types a query, timing its last keystroke; returns milliseconds and the suggestions shown. */
async function timeQuery(page: Page, query: string): Promise<{ ms: number; shown: number }> {
  const input = page.locator(INPUT);
  await input.fill('');
  await input.focus();
  await page.keyboard.type(query.slice(0, -1), { delay: 5 });
  // Let the searches for the unfinished query finish (no list change for 300 ms), so the timed
  // keystroke measures one search, not a backlog of fast typing.
  await page.waitForFunction(
    () => performance.now() - (window.searchTiming?.lastChange ?? 0) > 300,
    undefined,
    { timeout: 15_000, polling: 50 },
  );
  await page.evaluate(() => {
    window.searchTiming!.keydown = 0;
  });
  await page.keyboard.press(query.slice(-1));
  await page.waitForFunction(() => (window.searchTiming?.rendered ?? 0) > 0, undefined, {
    timeout: 15_000,
  });
  const ms = await page.evaluate(() => {
    const timing = window.searchTiming!;
    return timing.rendered - timing.keydown;
  });
  await page.waitForTimeout(50);
  return { ms, shown: await page.locator(OPTIONS).count() };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

async function main(): Promise<void> {
  const buildDir = path.resolve(process.argv[2] ?? process.env.BUILD_DIR ?? 'build');
  const server = await startStaticServer(buildDir, { gzip: true });
  const browser = await launchBrowserContext();
  try {
    const page = await browser.context.newPage();
    const problems = await watchPage(page);
    await page.goto(`${server.url}/search`, { waitUntil: 'load' });
    await waitForHydration(page);
    // The navbar shows a stand-in box until the search bar has loaded (src/theme/SearchBar).
    await page
      .locator(INPUT)
      .waitFor({ timeout: 15_000 })
      .catch(() => {
        throw new Error('No local search box on the page (was the site built with Algolia?)');
      });

    // Cold start: focus (starts the index download and the worker) to the first suggestions.
    const coldStart = Date.now();
    await page.locator(INPUT).focus();
    await page.keyboard.type('suspense', { delay: 5 });
    await page.locator(OPTIONS).first().waitFor({ timeout: 30_000 });
    const coldMs = Date.now() - coldStart;

    await instrument(page);
    const rows: { query: string; ms: number; shown: number }[] = [];
    for (const { query } of SEARCH_QUESTIONS) {
      rows.push({ query, ...(await timeQuery(page, query)) });
    }

    const times = rows.map((row) => row.ms).sort((a, b) => a - b);
    console.table(rows.map((row) => ({ ...row, ms: Math.round(row.ms) })));
    console.log(
      `search latency (keystroke → rendered suggestions), ${rows.length} queries: ` +
        `median ${percentile(times, 50).toFixed(0)} ms, p90 ${percentile(times, 90).toFixed(0)} ms, ` +
        `max ${times.at(-1)?.toFixed(0)} ms; cold start (index + worker) ${coldMs} ms`,
    );

    const empty = rows.filter((row) => row.shown === 0).map((row) => row.query);
    if (problems.foreignRequests.length > 0) {
      console.error(`Requests left the machine: ${problems.foreignRequests.join(', ')}`);
      process.exitCode = 1;
    }
    if (empty.length > 0) {
      console.error(`No suggestions for: ${empty.join(' | ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
