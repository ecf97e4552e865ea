import { format } from 'd3-format';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, sliderValue } from './page';
import { PARAM_NAMES, type Params2x2, reference2x2, SLIDER_SYMBOL } from './reference2x2';

const fmt = format('.4r');
afterAll(closeBrowser);

const section = (page: Page) => page.locator('#bias');
const slider = (page: Page, symbol: string) =>
  section(page).getByRole('slider', { name: new RegExp(`^(weight|bias) ${symbol},`) });

async function readParams(page: Page): Promise<Params2x2> {
  const p = {} as Params2x2;
  for (const name of PARAM_NAMES)
    p[name] = Number(await slider(page, SLIDER_SYMBOL[name]).getAttribute('aria-valuenow'));
  return p;
}

/** The outputs H and I as the figure shows them to the reader. */
async function shownOutputs(page: Page): Promise<string> {
  return (await section(page).getByTestId('outputs').locator('.sr-only').textContent()) ?? '';
}

const expectedOutputs = (p: Params2x2) => {
  const r = reference2x2(p, 0.05, 0.1, 0.01, 0.99);
  return `Outputs: H = ${fmt(r.H)}, I = ${fmt(r.I)}`;
};

describe('section 1: a bias on every layer', () => {
  it('typesets its math with no KaTeX error and shows the default network', async () => {
    const { page, errors } = await openPage();
    await expect(section(page).locator('.katex').count()).resolves.toBeGreaterThan(5);
    await expect(page.locator('.katex-error').count()).resolves.toBe(0);
    const p = await readParams(page);
    expect(p).toMatchObject({ a: 0.15, bF: 0.35, e: 0.4, bI: 0.6 });
    expect(await shownOutputs(page)).toBe(expectedOutputs(p));
    expect(await shownOutputs(page)).toBe('Outputs: H = 0.7514, I = 0.7729');
    expect(errors).toEqual([]);
  });

  it('ArrowUp on a focused weight changes its value, the matrix and the outputs', async () => {
    const { page, errors } = await openPage();
    const a = slider(page, 'a');
    // the opening comes first now: bring section 1 on screen, where its figure follows the store
    await section(page).scrollIntoViewIfNeeded();
    await a.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => sliderValue(page, /^weight a,/)).toBe(0.16);
    const p = await readParams(page);
    expect(await shownOutputs(page)).toBe(expectedOutputs(p));
    await expect(section(page).locator('.live-matrix').first().textContent()).resolves.toContain('0.1600');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(sliderValue(page, /^weight a,/)).resolves.toBe(0.06);
    expect(await shownOutputs(page)).toBe(expectedOutputs(await readParams(page)));
    expect(errors).toEqual([]);
  });

  it('dragging an edge handle with the mouse changes the weight and the outputs', async () => {
    const { page, errors } = await openPage();
    const handle = slider(page, 'e');
    await handle.scrollIntoViewIfNeeded();
    const box = await handle.boundingBox();
    if (!box) throw new Error('the handle for e has no box');
    const before = await readParams(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++)
      await page.mouse.move(box.x + box.width / 2 + i * 10, box.y + box.height / 2);
    await page.mouse.up();
    const after = await readParams(page);
    expect(after.e).toBeGreaterThan(before.e + 0.2);
    expect({ ...after, e: before.e }).toEqual(before); // only e moved
    expect(await shownOutputs(page)).toBe(expectedOutputs(after));
    expect(await shownOutputs(page)).not.toBe(expectedOutputs(before));
    expect(errors).toEqual([]);
  });
});
