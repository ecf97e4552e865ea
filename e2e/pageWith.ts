import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium';
import { allIslandsLive } from './islands';

/** What the reader's browser is set to: window size, light or dark, motion. */
export interface ReaderSettings {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** a touch screen: the page gets touch events (a finger), as a phone's does */
  touch?: boolean;
}

let browser: Browser | null = null;

/**
 * Opens the page for a reader with these settings (e2e/page.ts always asks for light and reduced
 * motion). Resolves once live math is typeset; `errors` collects page and console errors.
 */
export async function openPageWith(
  settings: ReaderSettings = {},
  query = '',
): Promise<{ page: Page; errors: string[] }> {
  browser ??= await launchChromium();
  const context = await browser.newContext({
    viewport: settings.viewport ?? { width: 1280, height: 900 },
    colorScheme: settings.colorScheme ?? 'light',
    reducedMotion: settings.reducedMotion ?? 'reduce',
    hasTouch: settings.touch ?? false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(new URL(query, inject('baseUrl')).href);
  // generous: on a loaded two-core machine the first typeset can take a while
  await page.waitForSelector('.live-tex:not(.live-tex--pending)', { timeout: 90_000 });
  // what these tests drive (handles, toggles, print) must be alive, not only prerendered
  await allIslandsLive(page);
  return { page, errors };
}

export async function closeBrowserWith() {
  await browser?.close();
  browser = null;
}

/** Scrolls every section into view once, so each figure is laid out and live. */
export async function visitEverySection(page: Page): Promise<string[]> {
  const ids = await page.$$eval('main section[id]', (els) => els.map((e) => e.id));
  for (const id of ids) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.waitForTimeout(60);
  }
  return ids;
}
