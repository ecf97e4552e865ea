import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium';
import { allIslandsLive } from './islands';

export { allIslandsLive };

export interface OpenPage {
  page: Page;
  /** page errors and console errors seen so far: a test ends by expecting none */
  errors: string[];
}

let browser: Browser | null = null;

export async function openPage(query = '', viewport = { width: 1280, height: 900 }): Promise<OpenPage> {
  browser ??= await launchChromium();
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.goto(new URL(query, inject('baseUrl')).href);
  await allIslandsLive(page);
  return { page, errors };
}

export async function closeBrowser() {
  await browser?.close();
  browser = null;
}

/** A parameter's current value as the page reports it on its ARIA slider. */
export async function sliderValue(page: Page, label: string | RegExp): Promise<number> {
  const v = await page.getByRole('slider', { name: label }).first().getAttribute('aria-valuenow');
  return Number(v);
}
