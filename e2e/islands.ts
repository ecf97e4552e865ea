import type { Page } from 'playwright-core';

/**
 * The page is prerendered; its islands come alive near the viewport. Tests about what a figure
 * does bring every island to life first (a reader's click on a figure whose code is still on
 * its way would otherwise be lost); e2e/document.e2e.ts and e2e/links.e2e.ts tests the lazy hydration itself.
 */
export async function allIslandsLive(page: Page) {
  await page.waitForFunction(
    () => window.backpropIslands !== undefined || document.querySelector('[data-gallery-entry]') !== null,
  );
  if (await page.evaluate(() => window.backpropIslands === undefined)) {
    // the gallery renders in the browser: its formulas are typeset once KaTeX has arrived
    await page.waitForSelector('.live-tex:not(.live-tex--pending)');
    return;
  }
  await page.evaluate(() => window.backpropIslands?.hydrateAll());
  await page.waitForFunction(() => {
    const c = window.backpropIslands?.count();
    return c !== undefined && c.live === c.total;
  });
}
