import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';

/**
 * Links that land: a fresh load of `/#id`, a click in the contents and back/forward put the
 * heading at the top of the window, the first time, and nothing moves it afterwards (islands
 * coming alive keep the size the prerendered page gave them). At 1280 and 375 px.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** The heading a link to `id` names: a section's h2 (#id-title), or the subheading itself. */
const headingTop = (page: Page, id: string) =>
  page.evaluate((id) => {
    const el = document.getElementById(`${id}-title`) ?? document.getElementById(id);
    return el ? el.getBoundingClientRect().top : Number.NaN;
  }, id);

/** Lands within a few px of the top, and is still there a second later. */
async function expectLanded(page: Page, id: string) {
  await expect.poll(() => headingTop(page, id), { timeout: 5000 }).toBeGreaterThanOrEqual(-3);
  await expect.poll(() => headingTop(page, id), { timeout: 5000 }).toBeLessThanOrEqual(3);
  await page.waitForTimeout(1000);
  const top = await headingTop(page, id);
  expect(Math.abs(top), `${id}: heading top ${top} px a second after landing`).toBeLessThanOrEqual(3);
}

async function open(width: number, hash = '') {
  const context = await browser.newContext({ viewport: { width, height: width > 600 ? 900 : 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(hash, inject('baseUrl')).href);
  return { page, errors, close: () => context.close() };
}

for (const width of [1280, 375]) {
  describe(`links at ${width} px`, () => {
    it('a fresh load of /#id lands on the heading, sections and subsections alike', async () => {
      for (const id of ['xor', 'any-network', 'tricks', 'the-trick-a-constant-input']) {
        const { page, errors, close } = await open(width, `#${id}`);
        await expectLanded(page, id);
        expect(errors).toEqual([]);
        await close();
      }
    });

    it('contents links land, and back and forward return to where they went', async () => {
      const { page, errors, close } = await open(width);
      const contents = page.getByRole('navigation', { name: 'Contents' });
      await contents.getByRole('link', { name: 'Learning XOR' }).click();
      await expectLanded(page, 'xor');
      await page.evaluate(() => window.scrollTo(0, 0));
      await contents.getByRole('link', { name: 'The error' }).click();
      await expectLanded(page, 'error');
      await page.goBack();
      await expectLanded(page, 'xor');
      await page.goForward();
      await expectLanded(page, 'error');
      expect(errors).toEqual([]);
      await close();
    });

    it('every section heading and subheading has an id and a visible link to itself', async () => {
      const { page, close } = await open(width);
      const headings = await page.$$eval('main .section__title, main .section__prose :is(h2, h3)', (hs) =>
        hs.map((h) => ({
          id: h.id,
          href: h.querySelector('a.heading-anchor')?.getAttribute('href') ?? '',
          linkTarget: h.closest('section')?.id ?? '',
        })),
      );
      expect(headings.length).toBeGreaterThan(20);
      for (const h of headings) {
        expect(h.id, JSON.stringify(h)).toMatch(/^[a-z0-9-]+$/);
        expect([`#${h.id}`, `#${h.linkTarget}`], JSON.stringify(h)).toContain(h.href);
      }
      const ids = headings.map((h) => h.id);
      expect(new Set(ids).size).toBe(ids.length);
      await close();
    });
  });
}
