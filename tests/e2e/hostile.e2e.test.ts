/**
 * The hostile-input corpus (tests/fixtures/hostile/generate.ts) in the browser: pasted into and
 * uploaded to the configuration checker, uploaded to the usage file checker (with a 5 MB file
 * instead of the CLI's 50 MB), and pasted into the simulators' JSON editors.
 *
 * For every input: a clear message (a finding with its code, or an alert naming the problem),
 * no main-thread task over 200 ms while it is checked (a 'longtask' PerformanceObserver installed
 * before the page loads), no script from the input ever running (window.alert and friends are
 * trapped; no element with an inline event handler or a script from the input enters the DOM;
 * the image of `<img src=x>` is never requested), and the reader's other input kept.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { setUpBrowser } from './support/browser';
import { openTool } from './support/widgets';
import {
  HOSTILE_FIXTURES,
  fixture,
  writeBigUsageCsv,
  writeCorpus,
  type HostileFixture,
} from '../fixtures/hostile/generate';

const baseUrl = inject('baseUrl');
const LONG_TASK_LIMIT_MS = 200;
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'allegro-hostile-e2e-'));
const bigFile = path.join(tempDir, 'big-5mb.csv');

// Each page fails its test on failed requests too: `<img src=x>` rendered as HTML would request
// /…/x and fail.
const { context, withPage } = setUpBrowser();

declare global {
  interface Window {
    hostileWatch?: {
      longTasks: { start: number; duration: number }[];
      trapped: string[];
      injected: string[];
    };
  }
}

/**
 * Runs in every page before its own scripts: records long tasks, traps alert/confirm/prompt and
 * console calls that carry the payload, and watches the DOM for inline handlers or scripts.
 */
function installWatch(): void {
  const watch = { longTasks: [], trapped: [], injected: [] } as NonNullable<Window['hostileWatch']>;
  window.hostileWatch = watch;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      watch.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    Object.defineProperty(window, name, {
      configurable: false,
      value: (...args: unknown[]) => {
        watch.trapped.push(`${name}(${args.map(String).join(', ')})`);
        return null;
      },
    });
  }
  const inspect = (node: Node) => {
    if (!(node instanceof Element)) return;
    for (const element of [node, ...node.querySelectorAll('*')]) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) {
          watch.injected.push(`<${element.tagName.toLowerCase()} ${attribute.name}=…>`);
        }
      }
      if (element.tagName === 'SCRIPT' && /alert\(/.test(element.textContent ?? '')) {
        watch.injected.push(`<script>${element.textContent}</script>`);
      }
    }
  };
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(inspect);
  }).observe(document, { childList: true, subtree: true });
}

beforeAll(async () => {
  // Hooks run in the order registered, so the context is up by now.
  await context().addInitScript(installWatch);
  await writeCorpus(tempDir, 0);
  await writeBigUsageCsv(bigFile, 5 * 1024 * 1024);
});

afterAll(() => {
  fs.rmSync(tempDir, { recursive: true, force: true });
});

const now = (page: Page) => page.evaluate(() => performance.now());

/** Long tasks that started after `since`, and what the page trapped or saw injected. */
async function expectCalmAndInert(page: Page, since: number, what: string): Promise<void> {
  const watch = await page.evaluate(() => window.hostileWatch);
  expect(watch, 'the watch script ran').toBeDefined();
  const long = (watch?.longTasks ?? []).filter(
    (t) => t.start >= since && t.duration > LONG_TASK_LIMIT_MS,
  );
  expect(
    long.map((t) => Math.round(t.duration)),
    `${what}: main-thread tasks over ${LONG_TASK_LIMIT_MS} ms`,
  ).toEqual([]);
  expect(watch?.trapped, `${what}: alert/confirm/prompt called`).toEqual([]);
  expect(watch?.injected, `${what}: inline handlers or scripts in the DOM`).toEqual([]);
  expect(await page.locator('img[onerror], img[src="x"]').count(), what).toBe(0);
}

/**
 * Puts `text` into a textarea the way a paste does (the whole value at once, one input event).
 * Playwright's fill() types it through Chromium's editing commands instead, which for a few
 * hundred lines costs seconds of Chromium's own time and would hide what the widget costs.
 */
async function paste(textarea: Locator, text: string): Promise<void> {
  await textarea.evaluate((element, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** A textarea's value normalizes line ends to LF. */
const asTextareaValue = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * The fixture as a file on disk: Chromium reads it from there. (A buffer would be rebuilt as a
 * File by script inside the page, a main-thread cost of the test, not of the widget.)
 */
const filePayload = (f: HostileFixture) => path.join(tempDir, f.name);

// ---- configuration checker --------------------------------------------------------------------

describe('configuration checker with hostile input', () => {
  const TITLE = 'Configuration checker';
  const toolUrl = `${baseUrl}/docs/tools/config-checker`;
  const editor = (page: Page) => page.getByLabel('Configuration (JSON or YAML)');
  const summary = (page: Page) =>
    page.locator(`section[aria-label="${TITLE}"] p[aria-busy]`).first();
  const findingsByCode = (page: Page) => page.getByRole('list', { name: 'Findings by code' });

  /** What each file must show: a code among the findings, or the summary of a clean check. */
  const EXPECT: Record<string, string> = {
    'utf8-bom.json': 'clean',
    'crlf.json': 'clean',
    'lone-cr.json': 'clean',
    'single-line-1mb.json': 'CFG-SCH-006',
    'deep-10000.json': 'CFG-SYN-004',
    'deep-10000-objects.json': 'CFG-SYN-004',
    'deep-10000.yaml': 'CFG-SYN-004',
    'proto-keys.json': 'CFG-SYN-003',
    'proto-keys.yaml': 'CFG-SYN-003',
    'numbers.json': 'CFG-SCH-004',
    'numbers.yaml': 'CFG-SCH-003',
    'dates.json': 'CFG-SCH-005',
    'markup.json': 'CFG-FLD-001',
    'markup-keys.yaml': 'CFG-SCH-002',
    // Chromium's File.text() honours a UTF-16 byte order mark, so this one arrives as text.
    'utf16le-bom.yaml': 'clean',
  };
  const NOT_TEXT = ['binary.json'];
  const configs = HOSTILE_FIXTURES.filter((f) => f.target === 'config');

  it('lists an expectation for every configuration fixture', () => {
    expect(configs.map((f) => f.name).sort()).toEqual([...Object.keys(EXPECT), ...NOT_TEXT].sort());
  });

  async function expectOutcome(page: Page, name: string): Promise<void> {
    const expected = EXPECT[name];
    if (expected === 'clean') {
      await expect
        .poll(() => summary(page).textContent(), { timeout: 30_000 })
        .toBe('No findings: the configuration passes every check.');
    } else {
      await findingsByCode(page)
        .getByText(expected ?? '?', { exact: true })
        .waitFor({ timeout: 30_000 });
      await expect.poll(() => summary(page).getAttribute('aria-busy')).toBe('false');
    }
  }

  it('opens every hostile file: a finding or a refusal, the tab responsive, nothing runs', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      const input = page.getByLabel('Open a file (JSON or YAML)');
      for (const f of configs) {
        if (NOT_TEXT.includes(f.name)) continue;
        const since = await now(page);
        await input.setInputFiles(filePayload(f));
        await expectOutcome(page, f.name);
        // The editor shows the file (its start: the 1 MB one is not compared whole).
        const decoded = f.name.startsWith('utf16le')
          ? f.bytes.subarray(2).toString('utf16le')
          : f.bytes.toString('utf8');
        const shown = asTextareaValue(decoded.replace(/^\uFEFF/, ''));
        expect((await editor(page).inputValue()).slice(0, 200)).toBe(shown.slice(0, 200));
        await expectCalmAndInert(page, since, f.name);
      }
    });
  });

  it('refuses a binary file and keeps the text already in the editor', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      await page.getByRole('button', { name: 'Clean sample' }).click();
      await expectOutcome(page, 'crlf.json');
      const kept = await editor(page).inputValue();
      for (const name of NOT_TEXT) {
        const since = await now(page);
        await page
          .getByLabel('Open a file (JSON or YAML)')
          .setInputFiles(filePayload(fixture(name)));
        await page
          .locator(`section[aria-label="${TITLE}"] [role="alert"]`)
          .filter({ hasText: `"${name}" does not look like a text file (JSON or YAML).` })
          .waitFor();
        expect(await editor(page).inputValue()).toBe(kept);
        await expectCalmAndInert(page, since, name);
      }
    });
  });

  it('pasted markup, prototype keys and binary text: findings as plain text, nothing runs', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      const cases: [string, string][] = [
        ['markup-keys.yaml', 'CFG-SCH-002'],
        ['proto-keys.yaml', 'CFG-SYN-003'],
        ['binary.json', 'CFG-SYN-008'],
        ['utf16le-bom.yaml', 'CFG-SYN-008'],
      ];
      for (const [name, code] of cases) {
        const since = await now(page);
        await paste(editor(page), fixture(name).bytes.toString('utf8'));
        await findingsByCode(page).getByText(code, { exact: true }).waitFor({ timeout: 30_000 });
        await expectCalmAndInert(page, since, `pasted ${name}`);
      }
      // The markup is shown as text in the findings, not interpreted.
      const sinceMarkup = await now(page);
      await paste(editor(page), fixture('markup-keys.yaml').bytes.toString('utf8'));
      await page
        .locator(`section[aria-label="${TITLE}"]`)
        .getByText('Unknown key "<img src=x onerror=alert(1)>" in client', { exact: false })
        .first()
        .waitFor();
      await expectCalmAndInert(page, sinceMarkup, 'markup rendered');
    });
  });
});

// ---- usage file checker ------------------------------------------------------------------------

describe('usage file checker with hostile files', () => {
  const TITLE = 'Usage file checker';
  const toolUrl = `${baseUrl}/docs/tools/usage-file-checker`;
  const layoutText = (page: Page) => page.getByRole('textbox', { name: 'Layout (JSON or YAML)' });
  const codes = (page: Page) =>
    page
      .getByRole('table', { name: 'Issues by code' })
      .getByRole('link')
      .allTextContents()
      .catch(() => [] as string[]);

  /** Codes each file's report must include (and, for the first three, only those). */
  const EXPECT: Record<string, string[]> = {
    'binary.csv': ['USG-FIL-003'],
    'utf16le-bom.csv': ['USG-FIL-003'],
    'utf8-bom.csv': ['USG-FIL-002'],
    'crlf.csv': [],
    'lone-cr.csv': [],
    'single-line-1mb.csv': ['USG-ROW-006'],
    'numbers.csv': ['USG-VAL-005', 'USG-VAL-006', 'USG-VAL-003'],
    'dates.csv': ['USG-VAL-009'],
    'markup.csv': ['USG-STR-005'],
  };
  const EXACT = new Set([
    'binary.csv',
    'utf16le-bom.csv',
    'utf8-bom.csv',
    'crlf.csv',
    'lone-cr.csv',
  ]);
  const usage = HOSTILE_FIXTURES.filter((f) => f.target === 'usage');

  it('lists an expectation for every usage fixture', () => {
    expect(usage.map((f) => f.name).sort()).toEqual(Object.keys(EXPECT).sort());
  });

  async function checkFile(page: Page, file: string): Promise<string[]> {
    await page.getByLabel('Choose a usage file (or drop it here)').setInputFiles(file);
    await page
      .getByRole('heading', { name: `Report for ${path.basename(file)}` })
      .waitFor({ timeout: 60_000 });
    return codes(page);
  }

  it('checks every hostile file in the worker with a clear report; the own layout is kept', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      await page.getByRole('radio', { name: 'My own layout (JSON or YAML)' }).check();
      // The reader's own layout: the sample, renamed, so that keeping it is visible.
      const own = (await layoutText(page).inputValue()).replace(
        /"name": "[^"]*"/,
        '"name": "My own comma layout"',
      );
      await paste(layoutText(page), own);
      await page.getByText('Layout is valid: My own comma layout.').waitFor();

      for (const f of usage) {
        const since = await now(page);
        const found = await checkFile(page, filePayload(f));
        const expected = EXPECT[f.name] ?? ['?'];
        if (EXACT.has(f.name)) expect(found.sort(), f.name).toEqual([...expected].sort());
        else for (const code of expected) expect(found, f.name).toContain(code);
        expect(await layoutText(page).inputValue(), `layout kept after ${f.name}`).toBe(own);
        await expectCalmAndInert(page, since, f.name);
      }

      const since = await now(page);
      const found = await checkFile(page, bigFile);
      expect(found.sort()).toEqual(['USG-TRL-001', 'USG-TRL-002']);
      expect(await layoutText(page).inputValue()).toBe(own);
      await expectCalmAndInert(page, since, 'big-5mb.csv');

      // The markup in the file is shown as text in the issue table.
      const sinceMarkup = await now(page);
      await checkFile(page, filePayload(fixture('markup.csv')));
      await page
        .getByRole('table', { name: /^Issues \(/ })
        .getByText('Record type "<img src=x onerror=alert(1)>" is not defined', { exact: false })
        .waitFor();
      await expectCalmAndInert(page, sinceMarkup, 'markup rendered');
    });
  });

  it('refuses a binary layout file and keeps the layout typed so far', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      await page.getByRole('radio', { name: 'My own layout (JSON or YAML)' }).check();
      const own = await layoutText(page).inputValue();
      const since = await now(page);
      await page
        .getByLabel('Open a layout file')
        .setInputFiles(filePayload(fixture('binary.json')));
      await page
        .getByRole('alert')
        .filter({ hasText: '"binary.json" is not a text file' })
        .waitFor();
      expect(await layoutText(page).inputValue()).toBe(own);
      await expectCalmAndInert(page, since, 'binary.json');

      // A UTF-16 file with a byte order mark is decoded by Chromium and read as the text it is
      // (here a configuration, so the layout check lists what is wrong with it as a layout).
      const sinceUtf16 = await now(page);
      await page
        .getByLabel('Open a layout file')
        .setInputFiles(filePayload(fixture('utf16le-bom.yaml')));
      await expect.poll(() => layoutText(page).inputValue()).toMatch(/^\{\n {2}"\$schema"/);
      await page.getByRole('table', { name: /^Problems in the layout/ }).waitFor();
      await expectCalmAndInert(page, sinceUtf16, 'utf16le-bom.yaml');
    });
  });

  it('hostile layout files: problems listed with field paths, nothing runs', async () => {
    await withPage(async (page) => {
      await openTool(page, toolUrl, TITLE);
      await page.getByRole('radio', { name: 'My own layout (JSON or YAML)' }).check();
      for (const name of ['proto-keys-layout.json', 'markup-layout.json']) {
        const since = await now(page);
        await page.getByLabel('Open a layout file').setInputFiles(filePayload(fixture(name)));
        const table = page.getByRole('table', { name: /^Problems in the layout/ });
        await table.waitFor();
        expect(await table.textContent()).toMatch(/USG-LAY-00[12]/);
        await expectCalmAndInert(page, since, name);
      }
      // The usage file step is disabled while the layout is invalid.
      expect(await page.getByLabel('Choose a usage file (or drop it here)').isDisabled()).toBe(
        true,
      );
    });
  });
});

// ---- error decoder -------------------------------------------------------------------------------

describe('error decoder with a long hostile paste', () => {
  const DECODER = 'Error decoder';

  it('decodes 1.8 million characters of log with markup in it: tab responsive, nothing runs', async () => {
    await withPage(async (page) => {
      await openTool(page, `${baseUrl}/docs/tools/error-decoder`, DECODER);
      const line = (i: number) =>
        `2026-03-01 10:${String(i % 60).padStart(2, '0')}:00 ERROR bulk_record_usage_m returned ` +
        `error_code 14046 for record ${i} <img src=x onerror=alert(1)><script>alert(2)</script>`;
      const lines: string[] = [];
      let length = 0;
      for (let i = 0; length < 1_800_000; i += 1) {
        lines.push(line(i));
        length += lines[lines.length - 1]!.length + 1;
      }
      // Measure the paste, not the end of the page load: let the page go idle first.
      await page.waitForLoadState('networkidle');
      await page.evaluate(
        () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })),
      );
      const since = await now(page);
      await paste(page.getByLabel('Error message or log excerpt'), lines.join('\n'));
      const summary = page.locator(`section[aria-label="${DECODER}"] p[aria-busy="false"]`);
      await expect
        .poll(() => summary.textContent(), { timeout: 60_000 })
        .toMatch(/^1 known error recognised\./);
      // The markup is in the excerpts as text.
      expect(
        await page
          .locator(`section[aria-label="${DECODER}"] code`)
          .filter({ hasText: '<img src=x onerror=alert(1)>' })
          .count(),
      ).toBeGreaterThan(0);
      await expectCalmAndInert(page, since, 'decoding a 1.8 MB paste');
    });
  });
});

// ---- simulators' JSON editors --------------------------------------------------------------------

describe('simulator JSON editors with hostile scenarios', () => {
  const SIMULATORS = [
    ['Usage suspense simulator', '/docs/tools/suspense-simulator', 'Suspense scenario as JSON'],
    ['Sync reprocessing simulator', '/docs/tools/sync-simulator', 'Sync scenario as JSON'],
    [
      'Aggregated usage simulator',
      '/docs/tools/aggregated-usage-simulator',
      'Aggregated usage scenario as JSON',
    ],
  ] as const;
  const scenarios = [
    ...HOSTILE_FIXTURES.filter((f) => f.target === 'scenario').map((f) => f.name),
    'binary.json',
  ];

  async function openJsonEditor(tool: Locator): Promise<Locator> {
    const button = tool.getByRole('button', { name: 'Edit as JSON' });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    return tool.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
  }

  it.each(SIMULATORS)(
    '%s: every hostile scenario is refused or applied safely',
    async (title, route, label) => {
      await withPage(async (page) => {
        await openTool(page, `${baseUrl}${route}`, title);
        const tool = page.locator(`section[aria-label="${title}"]`);
        const panel = await openJsonEditor(tool);
        const textarea = panel.getByLabel(label);
        for (const name of scenarios) {
          const since = await now(page);
          await paste(textarea, fixture(name).bytes.toString('utf8'));
          await panel.getByRole('button', { name: 'Apply JSON' }).click();
          const problems = panel.getByRole('alert');
          const status = panel.getByRole('status');
          await expect
            .poll(async () => `${await problems.textContent()}${await status.textContent()}`, {
              timeout: 30_000,
            })
            .toMatch(/The JSON was not applied \(\d+ problems?\):|JSON applied/);
          const text = (await problems.textContent()) ?? '';
          if (name === 'binary.json') {
            expect(text).toMatch(/not JSON: line \d+, column \d+ holds a NUL character/);
          }
          if (name === 'deep-10000-scenario.json') expect(text).toMatch(/scenario: /);
          await expectCalmAndInert(page, since, `${title}: ${name}`);
        }
      });
    },
  );
});
