/**
 * Page-weight budget, as byte counts (stable across machines): a doc page without widgets may
 * ship at most the stock Docusaurus 3.10 classic doc page's JavaScript + 5 % before it is
 * interactive, not counting each page's own compiled text (see bench/budgets.json for how the
 * stock figure was measured), and it must not load any widget code, before or after hydration.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BUDGETS, kb, measureRoute } from '../../bench/page-weight.mts';
import { setUpBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
const buildDir = inject('buildDir');

/** A string of the widget shell (its error message), which every embedded tool loads. */
const WIDGET_MARKER = 'This tool hit a problem';

const { context } = setUpBrowser();

describe('page weight of doc pages without widgets', () => {
  for (const route of [
    '/docs/configuration/resources',
    '/docs/faq/deployment-model',
    '/docs/errors/error-categories',
  ]) {
    it(`${route} ships no more JS than the budget and no widget code`, async () => {
      const weight = await measureRoute(context(), baseUrl, buildDir, route);
      const code = weight.jsGzipBytes - weight.contentJsGzipBytes;
      expect(weight.contentJsGzipBytes, 'the page text chunk was found').toBeGreaterThan(0);
      expect(
        code,
        `${route}: ${kb(code)} of code before interactive (${kb(weight.jsGzipBytes)} with the page text); budget ${kb(BUDGETS.docPageCodeJsGzipBudgetBytes)}`,
      ).toBeLessThanOrEqual(BUDGETS.docPageCodeJsGzipBudgetBytes);
      const loaded = [...weight.initialJsFiles, ...weight.lazyJsFiles];
      const withWidgetCode = loaded.filter((file) =>
        fs.readFileSync(path.join(buildDir, file), 'utf8').includes(WIDGET_MARKER),
      );
      expect(withWidgetCode, 'chunks containing widget code').toEqual([]);
    });
  }

  it('the widget marker really identifies widget code (it is in the tool page bundles)', async () => {
    const weight = await measureRoute(context(), baseUrl, buildDir, '/docs/tools/config-checker');
    const loaded = [...weight.initialJsFiles, ...weight.lazyJsFiles];
    const withWidgetCode = loaded.filter((file) =>
      fs.readFileSync(path.join(buildDir, file), 'utf8').includes(WIDGET_MARKER),
    );
    expect(withWidgetCode.length).toBeGreaterThan(0);
  });
});
