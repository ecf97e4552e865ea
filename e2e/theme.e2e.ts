import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { allIslandsLive } from './islands';
import { closeBrowserWith, openPageWith } from './pageWith';

afterAll(closeBrowserWith);

/** Relative luminance (WCAG) of a colour as the page paints it, read back through a canvas. */
const LUMINANCE = `(css) => {
  const c = document.createElement('canvas');
  c.width = c.height = 1;
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#f0f';
  ctx.fillStyle = css;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  const lin = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}`;

const bodyLuminance = (page: Page) =>
  page.evaluate(`(${LUMINANCE})(getComputedStyle(document.body).backgroundColor)`) as Promise<number>;

/**
 * Contrast of every text drawn in the figures' SVGs against what is behind it: a handle's text on
 * its chip, a node's label on its fill, the rest on the panel. axe-core does not measure SVG text.
 */
async function svgTextContrasts(page: Page): Promise<{ what: string; ratio: number }[]> {
  return page.evaluate(`(() => {
    const lum = ${LUMINANCE};
    const ratio = (a, b) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const panel = (el) => getComputedStyle(el.closest('.section__figure-inner')).backgroundColor;
    const out = [];
    for (const t of document.querySelectorAll('.section__figure svg text')) {
      if (!t.textContent.trim() || t.closest('[aria-hidden="true"] .lab-decision__layers')) continue;
      const chip = t.closest('.weight-handle')?.querySelector('.weight-handle__box');
      const node = t.classList.contains('node__label') ? t.parentNode.querySelector('circle') : null;
      const behind = chip ? getComputedStyle(chip).fill : node ? getComputedStyle(node).fill : panel(t);
      out.push({ what: t.closest('section').id + ' ' + t.textContent, ratio: ratio(lum(getComputedStyle(t).fill), lum(behind)) });
    }
    return out;
  })()`);
}

describe('the dark theme', { timeout: 180_000 }, () => {
  it('follows the system, and the toggle overrides it either way', async () => {
    const { page, errors } = await openPageWith({ colorScheme: 'dark' });
    await expect(page.getByRole('radio', { name: 'System' }).isChecked()).resolves.toBe(true);
    expect(await bodyLuminance(page)).toBeLessThan(0.05);
    await page.getByRole('radio', { name: 'Light' }).check();
    expect(await bodyLuminance(page)).toBeGreaterThan(0.9);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('radio', { name: 'Dark' }).check();
    expect(await bodyLuminance(page)).toBeLessThan(0.05);
    expect(errors).toEqual([]);
  });

  it('is remembered, and applied by the page head before the app runs', async () => {
    const { page, errors } = await openPageWith({ colorScheme: 'light' });
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.reload();
    await page.waitForSelector('.live-tex:not(.live-tex--pending)');
    // the prerendered toggle says `system`; what the reader chose shows once its island is live
    await allIslandsLive(page);
    await expect(page.getByRole('radio', { name: 'Dark' }).isChecked()).resolves.toBe(true);
    expect(await bodyLuminance(page)).toBeLessThan(0.05);
    // without any of the app's JavaScript the head's own script still sets the theme: no flash
    await page.route('**/*.js', (route) => route.abort());
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    expect(await bodyLuminance(page)).toBeLessThan(0.05);
    await page.unroute('**/*.js');
    // back to following the system: nothing stored, no attribute
    await page.reload();
    await page.waitForSelector('.live-tex:not(.live-tex--pending)');
    // the prerendered toggle says `system`; what the reader chose shows once its island is live
    await allIslandsLive(page);
    await page.getByRole('radio', { name: 'System' }).check();
    await expect(page.evaluate(() => localStorage.getItem('backprop-theme'))).resolves.toBeNull();
    expect(await bodyLuminance(page)).toBeGreaterThan(0.9);
    // the blocked reload aborts what was in flight (a chunk, KaTeX): those failures are the test's own doing
    expect(
      errors.filter(
        (e) => !e.includes('ERR_FAILED') && !e.includes('Failed to fetch dynamically imported module'),
      ),
    ).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps every figure label readable (4.5:1) in ${scheme}`, async () => {
      const { page, errors } = await openPageWith({ colorScheme: scheme });
      for (const id of ['bias', 'hidden-gradient', 'any-network', 'xor']) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        // a figure draws once it is near the viewport
        await page.waitForFunction((id) => document.querySelector(`#${id} .section__figure svg text`), id);
      }
      const contrasts = await svgTextContrasts(page);
      expect(contrasts.length).toBeGreaterThan(40);
      expect(contrasts.filter((c) => c.ratio < 4.5)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('paints the decision map (a canvas) in the colours of the diagram’s nodes, and repaints it on a change', async () => {
    const { page, errors } = await openPageWith({ colorScheme: 'light' });
    await page.locator('#xor .lab-decision canvas').scrollIntoViewIfNeeded();
    const painted = () =>
      page.waitForFunction(() => {
        const c = document.querySelector<HTMLCanvasElement>('#xor .lab-decision canvas');
        return c?.getContext('2d')?.getImageData(c.width / 2, c.height / 2, 1, 1).data[3] === 255;
      });
    await painted();
    // the map's pixel under the sample (0, 1) and the output node's fill, which shows that sample
    const colours = () =>
      page.evaluate(`(() => {
        const rgb = (css) => {
          const c = document.createElement('canvas');
          c.width = c.height = 1;
          const ctx = c.getContext('2d');
          ctx.fillStyle = css;
          ctx.fillRect(0, 0, 1, 1);
          return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
        };
        const map = document.querySelector('#xor .lab-decision canvas');
        // the overlay's units are the map's pixels: XOR's second sample, (0, 1), is circle 1
        const dot = document.querySelectorAll('#xor .lab-decision svg circle')[1];
        const px = [...map.getContext('2d').getImageData(Math.round(dot.cx.baseVal.value), Math.round(dot.cy.baseVal.value), 1, 1).data.slice(0, 3)];
        const node = [...document.querySelectorAll('#xor .network-diagram .node')].find(
          (n) => n.querySelector('.node__label')?.textContent === 'o',
        );
        return { map: px, node: rgb(getComputedStyle(node.querySelector('circle')).fill) };
      })()`) as Promise<{ map: number[]; node: number[] }>;
    const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - (b[i] as number)) <= 8);
    const light = await colours();
    expect(near(light.map, light.node), JSON.stringify(light)).toBe(true);
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.waitForTimeout(200);
    const dark = await colours();
    expect(near(dark.map, dark.node), JSON.stringify(dark)).toBe(true);
    expect(near(dark.map, light.map)).toBe(false);
    expect(errors).toEqual([]);
  });
});
