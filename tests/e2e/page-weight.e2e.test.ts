/**
 * Page-weight budget, as byte counts (stable across machines): a doc page without widgets may
 * ship at most the stock Docusaurus 3.10 classic doc page's JavaScript + 5 % before it is
 * interactive (see bench/budgets.json for how the stock figure was measured), and it must not
 * load any widget code, before or after hydration.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUDGETS, kb, measureRoute } from '../../bench/page-weight.mts';
import { launchBrowserContext } from './support/chromium';

const baseUrl = inject('baseUrl');
const buildDir = inject('buildDir');

/** A string of the widget shell (its error message), which every embedded tool loads. */
const WIDGET_MARKER = 'This tool hit a problem';

let browser: Awaited<ReturnType<typeof launchBrowserContext>>;
beforeAll(async () => {
  browser = await launchBrowserContext();
});
afterAll(async () => {
  await browser?.close();
});

describe('page weight of doc pages without widgets', () => {
  for (const route of [
    '/docs/configuration/resources',
    '/docs/faq/deployment-model',
    '/docs/errors/error-categories',
  ]) {
    it(`${route} ships no more JS than the budget and no widget code`, async () => {
      const weight = await measureRoute(browser.context, baseUrl, buildDir, route);
      expect(
        weight.jsGzipBytes,
        `${route}: ${kb(weight.jsGzipBytes)} of JS before interactive; budget ${kb(BUDGETS.docPageJsGzipBudgetBytes)}`,
      ).toBeLessThanOrEqual(BUDGETS.docPageJsGzipBudgetBytes);
      const loaded = [...weight.initialJsFiles, ...weight.lazyJsFiles];
      const withWidgetCode = loaded.filter((file) =>
        fs.readFileSync(path.join(buildDir, file), 'utf8').includes(WIDGET_MARKER),
      );
      expect(withWidgetCode, 'chunks containing widget code').toEqual([]);
    });
  }

  it('the widget marker really identifies widget code (it is in the tool page bundles)', async () => {
    const weight = await measureRoute(
      browser.context,
      baseUrl,
      buildDir,
      '/docs/tools/config-checker',
    );
    const loaded = [...weight.initialJsFiles, ...weight.lazyJsFiles];
    const withWidgetCode = loaded.filter((file) =>
      fs.readFileSync(path.join(buildDir, file), 'utf8').includes(WIDGET_MARKER),
    );
    expect(withWidgetCode.length).toBeGreaterThan(0);
  });
});
