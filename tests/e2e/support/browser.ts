/**
 * One Chromium context per test file: `setUpBrowser` registers the beforeAll/afterAll hooks that
 * launch and close it, and returns the context and a `withPage` that fails the test on console
 * errors, failed requests and requests to non-loopback hosts. (Not named `use…`: the React hooks
 * lint rule would treat it as a hook.)
 */
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowserContext, watchPage, type PageProblems } from './chromium';
import { allowClipboard } from './widgets';

export interface BrowserOptions {
  /** Lets pages of the served site read and write the clipboard. */
  clipboard?: boolean;
}

export interface SharedBrowser {
  /** The launched context; available from the file's beforeAll hooks on. */
  context(): BrowserContext;
  /**
   * Opens a watched page, runs `run`, then expects no console errors, failed requests or
   * requests to non-loopback hosts. The page is closed whatever happens.
   */
  withPage(run: (page: Page, problems: PageProblems) => Promise<void>): Promise<void>;
}

export function setUpBrowser(options: BrowserOptions = {}): SharedBrowser {
  let launched: Awaited<ReturnType<typeof launchBrowserContext>> | undefined;

  beforeAll(async () => {
    launched = await launchBrowserContext();
    if (options.clipboard) await allowClipboard(launched.context, inject('baseUrl'));
  });

  afterAll(async () => {
    await launched?.close();
  });

  const context = (): BrowserContext => {
    if (!launched)
      throw new Error('The browser is not running: call context() in a test or a hook.');
    return launched.context;
  };

  return {
    context,
    async withPage(run) {
      const page = await context().newPage();
      const problems = await watchPage(page);
      try {
        await run(page, problems);
        expect(problems.consoleErrors, 'console errors').toEqual([]);
        expect(problems.failedRequests, 'failed requests').toEqual([]);
        expect(problems.foreignRequests, 'requests to non-loopback hosts').toEqual([]);
      } finally {
        await page.close();
      }
    },
  };
}
