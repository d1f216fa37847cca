import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';

/** Debian's Chromium; CHROMIUM_PATH overrides it on other machines. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium off the (closed) network and out of the sandbox it cannot use as root. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it with "sudo apt-get install -y chromium" or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

export type ColorScheme = 'light' | 'dark';

export interface PageOptions {
  colorScheme?: ColorScheme;
  width?: number;
  height?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  /** A touch screen, as a phone has (touch events reach the page as touch pointer events). */
  hasTouch?: boolean;
  /** false: a reader with JavaScript turned off. */
  javaScriptEnabled?: boolean;
  /**
   * 'allow': the site's service worker installs and saves the course, as on a learner's device. Blocked
   * otherwise, so every other test sees a first visit and its requests are the page's own.
   */
  serviceWorkers?: 'allow' | 'block';
}

/** What Playwright prints when it blocks a service worker; the site then works without one, as intended. */
const BLOCKED_WORKER = 'Service Worker registration blocked by Playwright';

/** Contexts opened by the running test; closed after it, whether it passed or failed. */
const openContexts = new Set<BrowserContext>();

/**
 * A fresh context (empty storage) and page; collects console errors and failed requests for the test to
 * assert on. The context is closed after the test (useBrowser registers that), pass or fail.
 */
export async function openPage(
  browser: Browser,
  options: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    hasTouch: options.hasTouch ?? false,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  openContexts.add(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.text() === BLOCKED_WORKER) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A navigation cancels what the previous page was still loading; that is not a broken request.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, problems };
}

/**
 * Launches one Chromium for the calling test file and closes it afterwards, and closes every context a
 * test opened once that test ends; call at the top of the file.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all([...openContexts].map((context) => context.close()));
    openContexts.clear();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is only available inside tests');
    return browser;
  };
}
