import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { allIslandsLive } from './islands';
import { closeBrowser, openPage, sliderValue } from './page';
import { TWO_BY_TWO_SECTIONS } from './sections';
import { serveDistUnder } from './staticServer';

/**
 * The page is a document first: prerendered prose, math and figures, with islands that come
 * alive near the viewport (src/islands), from any host path, and a failing island stays alone.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await closeBrowser();
});

/** the numbered sections: the seven 2x2 ones, then any network, XOR, the tricks and autodiff */
const SECTION_IDS = [...TWO_BY_TWO_SECTIONS, 'any-network', 'xor', 'tricks', 'autodiff'];

describe('the prerendered page', () => {
  it('reads with JavaScript off: every section, its prose, its formulas and an SVG figure', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    for (const id of SECTION_IDS) {
      const section = page.locator(`#${id}`);
      await expect(section.locator('h2').first().textContent(), id).resolves.toMatch(/\w{3,}/);
      const prose = (await section.locator('.section__prose').allTextContents()).join(' ');
      expect(prose.length, `${id} prose`).toBeGreaterThan(600);
      expect(await section.locator('.section__prose .katex').count(), `${id} static math`).toBeGreaterThan(3);
      expect(await section.locator('.section__figure svg').count(), `${id} figure`).toBeGreaterThan(0);
    }
    // live formulas are typeset with the default network's numbers, not left as TeX source:
    // net_F = a·i1 + b·i2 + b_F = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775
    const formula = page.locator('[data-formula="net:F"] .live-tex__visual').first();
    await expect(formula.textContent()).resolves.toMatch(/0\.3775/);
    expect(await page.locator('body').textContent()).not.toMatch(/NaN|undefined/);
    await context.close();
  });

  it('holds no form or form field until its island is live (src/islands/LiveField.tsx), then every one', async () => {
    // Chromium lays out every skipped section that holds an input, select or textarea when the
    // parser finishes, and one that holds a form when the page has loaded: seconds on a phone.
    // The prerendered HTML has stand-ins instead.
    const html = await (await fetch(inject('baseUrl'))).text();
    expect(html).toContain('data-island=');
    expect(html.match(/<(input|select|textarea|form)\b[^>]*>/gi) ?? []).toEqual([]);
    const standIns = html.match(/class="field-placeholder\b/g)?.length ?? 0;
    expect(standIns).toBeGreaterThan(100);
    const { page, errors } = await openPage();
    await expect(page.locator('.field-placeholder').count()).resolves.toBe(0);
    // each stand-in has become its field
    await expect(page.locator('[data-island] :is(input, select, textarea)').count()).resolves.toBe(standIns);
    await expect(page.locator('form.your-turn__form').count()).resolves.toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });

  it('brings only the islands near the viewport to life, each without a hydration error', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => (window.backpropIslands?.count().live ?? 0) > 0);
    const first = await page.evaluate(() => window.backpropIslands?.count());
    expect(first?.live).toBeLessThan((first?.total ?? 0) / 2);
    // the first figure is alive: a key on its slider changes the weight
    const a = page.locator('#bias').getByRole('slider', { name: /^weight a,/ });
    await page.locator('#bias').scrollIntoViewIfNeeded();
    await page.locator('#bias [data-island-live]').first().waitFor();
    await a.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => sliderValue(page, /^weight a,/)).toBe(0.16);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hydrates figures and formulas without a console error when the address carries weights', async () => {
    const { page, errors } = await openPage(
      '?W1=1,-2,0.5;0.25,3,-1&W2=2,-1,0.1;-3,0.5,0.2&x=0.9,0.2&t=0.3,0.6',
    );
    await expect(sliderValue(page, /^weight a,/)).resolves.toBe(1);
    await expect(sliderValue(page, /^weight b,/)).resolves.toBe(-2);
    // a formula far down the page, hydrated from the default network's HTML, now shows the address's
    const netF = page.locator('[data-formula="net:F"]').first();
    await netF.scrollIntoViewIfNeeded();
    // net_F = a·i1 + b·i2 + b_F = 1·0.9 − 2·0.2 + 0.5 = 1
    await expect.poll(() => netF.locator('.sr-only').textContent()).toMatch(/: 1\.000$/);
    expect(errors).toEqual([]);
  });

  it('works from a sub-path of any host: no 404, and the figures come alive', async () => {
    const server = await serveDistUnder('/some/sub/path/');
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const failures: string[] = [];
      page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
      page.on('pageerror', (e) => failures.push(e.message));
      await page.goto(server.url);
      await allIslandsLive(page);
      const a = page.locator('#bias').getByRole('slider', { name: /^weight a,/ });
      // focus and key in one step: a separate focus() could be lost to a re-render in between
      await a.press('ArrowUp');
      await expect.poll(() => sliderValue(page, /^weight a,/)).toBe(0.16);
      expect(failures).toEqual([]);
      await context.close();
    } finally {
      await server.close();
    }
  });
});

describe('error isolation', () => {
  it('an island whose code fails to load says so in its place; the rest of the page lives', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // the live formulas' code never arrives (a dropped connection, a half-finished deploy)
    await page.route(/\/assets\/LiveFormula-[^/]*\.js$/, (route) => route.abort());
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => window.backpropIslands !== undefined);
    await page.evaluate(() => window.backpropIslands?.hydrateAll());
    const failure = page.locator('#forward .island-failure').first();
    await expect(failure.textContent()).resolves.toMatch(/could not come alive.*default network/);
    await expect(failure.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(1);
    // the formula stays as prerendered; the figures and the other islands work
    await expect(page.locator('#forward [data-formula="net:F"] .katex').count()).resolves.toBeGreaterThan(0);
    const a = page.locator('#bias').getByRole('slider', { name: /^weight a,/ });
    await a.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => sliderValue(page, /^weight a,/)).toBe(0.16);
    await expect(page.locator('#hidden-gradient .gradcheck__table').count()).resolves.toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
