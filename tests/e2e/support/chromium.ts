/**
 * Launches Debian's Chromium through playwright-core (browsers cannot be downloaded here).
 * CHROMIUM_PATH overrides the binary. Every launch gets a fresh profile.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Removes a Chromium profile folder. Chromium's helper processes can still be writing to it for a
 * moment after the browser exits (ENOTEMPTY once stopped a benchmark run), so it retries.
 */
export function removeProfile(profile: string): void {
  fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execSync(`command -v ${name}`, { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

export async function launchBrowserContext(): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'Chromium was not found. Install it with `apt-get install -y chromium` or set CHROMIUM_PATH.',
    );
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'allegro-kb-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      removeProfile(profile);
    },
  };
}

/** What a page did that a test may want to fail on. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

const LOOPBACK = /^(?:https?|wss?):\/\/(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::\d+)?\//;

/**
 * Records console errors, failed requests and every request to a host that is not loopback.
 * Requests to other hosts are aborted so that nothing leaves the machine.
 */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  // A new navigation of the page (a reload, another address) cancels what the old document was
  // still loading, such as chunks Docusaurus prefetches for links in view. Those requests fail
  // with ERR_ABORTED through the test's own doing, not the site's: they are left out. A request
  // counts as cancelled that way when the page started a navigation after it.
  let navigations = 0;
  const navigationsAtStart = new WeakMap<Request, number>();
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations += 1;
    navigationsAtStart.set(request, navigations);
  });
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? 'failed';
    const cancelledByNavigation =
      failure === 'net::ERR_ABORTED' &&
      (navigationsAtStart.get(request) ?? navigations) < navigations;
    if (cancelledByNavigation) return;
    if (!problems.foreignRequests.includes(request.url())) {
      problems.failedRequests.push(`${request.url()} (${failure})`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || LOOPBACK.test(url)) {
      await route.continue();
      return;
    }
    problems.foreignRequests.push(url);
    await route.abort('blockedbyclient');
  });
  return problems;
}

export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]', { timeout: 30_000 });
}

/**
 * Waits until every running CSS transition has finished. A theme switch starts colour transitions
 * (Infima animates link and navbar colours); on a loaded machine axe would otherwise read the
 * half-way colours and report contrast failures that no reader ever sees.
 */
export async function waitForTransitions(page: Page): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const pending = await page.evaluate(async () => {
      // getAnimations() flushes pending style changes, so transitions triggered just now are listed.
      const running = document
        .getAnimations()
        .filter(
          (animation) => animation instanceof CSSTransition && animation.playState !== 'finished',
        );
      await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
      return running.length;
    });
    if (pending === 0) return;
  }
}

export function screenshotPath(name: string): string {
  const dir = path.resolve('test-results', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name.replace(/[^a-z0-9-]+/gi, '_').slice(0, 120)}.png`);
}
