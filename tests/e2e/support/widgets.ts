/**
 * Helpers for browser tests of the in-page tools: open a page with a tool loaded, audit the
 * tool with axe in both colour schemes (printing what was checked), and read a copied link.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { waitForHydration } from './chromium';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Opens `url` and waits until the tool named `title` has replaced its skeleton. */
export async function openTool(page: Page, url: string, title: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await waitForHydration(page);
  // Tools load when they come near the viewport: bring this one into view.
  const frame = page.locator(`section[aria-label="${title}"]`).first();
  await frame.scrollIntoViewIfNeeded();
  await page
    .locator(`section[aria-label="${title}"]:not(:has([aria-busy="true"]))`)
    .first()
    .waitFor({ timeout: 30_000 });
}

/**
 * Runs axe on the tool's region in light and dark mode. Returns the violations, one line each;
 * logs how many rules passed, so the run shows what was audited.
 */
export async function auditTool(page: Page, title: string, label: string): Promise<string[]> {
  const violations: string[] = [];
  // Infima animates link colours; measure the settled colours, not a frame of the transition.
  await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForFunction(
      (scheme) => document.documentElement.getAttribute('data-theme') === scheme,
      colorScheme,
    );
    const result = await new AxeBuilder({ page })
      .include(`section[aria-label="${title}"]`)
      .withTags(AXE_TAGS)
      .analyze();
    console.log(
      `axe ${label} (${colorScheme}): ${result.passes.length} rules passed, ` +
        `${result.incomplete.length} need review${result.incomplete.length ? ` (${result.incomplete.map((r) => r.id).join(', ')})` : ''}, ` +
        `${result.violations.length} violations`,
    );
    for (const violation of result.violations) {
      violations.push(
        `${colorScheme}: ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => `${node.target.join(' ')} ${node.any[0]?.message ?? ''}`)
          .join(' | ')}`,
      );
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return violations;
}

/** Lets the page use the clipboard, so "Copy link" can be checked end to end. */
export async function allowClipboard(context: BrowserContext, baseUrl: string): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
}

export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}
