import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import OLD from '../src/state/lab/__fixtures__/lab-v1-before-data-sets.json';
import { closeBrowser, openPage } from './page';

afterAll(closeBrowser);

/**
 * The lab's data sets and network settings (sections 9–10), driven as a reader drives them: pick
 * a set, train with the speed and pause-at controls, draw points by clicking, open addresses.
 */
const xor = (page: Page) => page.locator('#xor');
const status = (section: Locator) => section.getByTestId('lab-status');
const playButton = (section: Locator) => section.locator('button.lab-play');

/** `epoch 583 · error 0.009987` → its numbers (the page writes minus as U+2212). */
function parseStatus(text: string) {
  const m = /^epoch (\d+) · error (\S+)$/.exec(text.trim());
  if (!m) throw new Error(`unexpected status line: ${text}`);
  return { epoch: Number(m[1]), error: Number((m[2] as string).replace('−', '-')) };
}
const readStatus = async (section: Locator) => parseStatus((await status(section).textContent()) ?? '');

async function setSpeed(section: Locator, epochsPerFrame: number) {
  const speeds = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
  await section.getByLabel('speed', { exact: true }).fill(String(speeds.indexOf(epochsPerFrame)));
}

/** Plays until the lab pauses by itself at `epoch` (the "pause at epoch" field). */
async function playTo(section: Locator, epoch: number) {
  const field = section.getByLabel('pause at epoch');
  await field.fill(String(epoch));
  await field.press('Enter');
  await playButton(section).click();
  await expect.poll(() => playButton(section).textContent(), { timeout: 60_000 }).toBe('Play');
}

/** The decision map's pixels, as the canvas holds them. */
const mapPixels = (section: Locator) =>
  section.locator('.lab-decision canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL());

async function expectNoNonFinite(page: Page) {
  const text = await page.locator('body').textContent();
  expect(text).not.toMatch(/NaN|Infinity|∞/);
}

describe('the lab: data sets', () => {
  it('trains on each generated set: the loss falls and the decision map repaints', async () => {
    const { page, errors } = await openPage();
    const lab = xor(page);
    await lab.scrollIntoViewIfNeeded();
    await setSpeed(lab, 50);
    for (const name of ['circle', 'moons', 'spiral', 'blobs']) {
      await lab.getByLabel('data set').selectOption(name);
      const before = await readStatus(lab);
      expect(before.epoch).toBe(0);
      // many samples: the table and the matrices show the first eight, and say so
      await expect
        .poll(() => lab.getByTestId('lab-samples-note').textContent())
        .toBe('Showing 8 of 120 samples. ');
      expect(await lab.locator('.lab-samples tbody tr').count()).toBe(8);
      // the map draws while on screen (an off-screen figure keeps what it last drew)
      await lab.locator('.lab-decision').scrollIntoViewIfNeeded();
      await expect.poll(() => lab.locator('[data-testid=lab-decision-plot] circle').count()).toBe(120);
      const pixels = await mapPixels(lab);
      await playTo(lab, 300);
      const after = await readStatus(lab);
      expect(after.epoch).toBe(300);
      expect(after.error, name).toBeLessThan(before.error);
      // the controls scrolled the page: bring the map back on screen, where it catches up
      await lab.locator('.lab-decision').scrollIntoViewIfNeeded();
      await expect.poll(() => mapPixels(lab), { timeout: 10_000 }).not.toBe(pixels);
      // 120 dots on the map, half of each class
      expect(await lab.locator('[data-testid=lab-decision-plot] circle.lab-sample--one').count()).toBe(60);
      await expectNoNonFinite(page);
    }
    // the page never grows wider than the window
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    expect(errors).toEqual([]);
  }, 400_000);

  it('draw your own: clicks add points of both classes, training runs on them, Clear removes them', async () => {
    const { page, errors } = await openPage('', { width: 375, height: 800 });
    const lab = xor(page);
    await lab.scrollIntoViewIfNeeded();
    await lab.getByLabel('data set').selectOption('drawn');
    const plot = lab.getByTestId('lab-decision-plot');
    await plot.scrollIntoViewIfNeeded();
    const dots = plot.locator('circle');
    await expect.poll(() => dots.count()).toBe(0);
    const box = await plot.boundingBox();
    if (!box) throw new Error('the plot is not laid out');
    const at = (fx: number, fy: number) => ({ x: box.width * fx, y: box.height * fy });
    // class 1 by a click, class 0 by a shift-click, around a diagonal line
    await plot.click({ position: at(0.2, 0.2) });
    await plot.click({ position: at(0.3, 0.15) });
    await plot.click({ position: at(0.8, 0.8), modifiers: ['Shift'] });
    await plot.click({ position: at(0.7, 0.85), modifiers: ['Shift'] });
    // and one more of class 0 from the keyboard
    await lab.getByLabel('class 0 (hollow)').check();
    await lab.getByLabel('i1', { exact: true }).fill('0.9');
    await lab.getByLabel('i2', { exact: true }).fill('0.1');
    await lab.getByRole('button', { name: 'Add point' }).click();
    await expect.poll(() => dots.count()).toBe(5);
    expect(await plot.locator('circle.lab-sample--one').count()).toBe(2);
    expect(await plot.locator('circle.lab-sample--zero').count()).toBe(3);
    expect(await lab.getByTestId('lab-draw-count').textContent()).toContain('5 of at most 100 points');
    // the table follows once it is on screen (off screen a figure keeps what it last drew)
    await lab.locator('.lab-samples').scrollIntoViewIfNeeded();
    await expect.poll(() => lab.locator('.lab-samples tbody tr').count()).toBe(5);

    await setSpeed(lab, 50);
    const before = await readStatus(lab);
    await playTo(lab, 200);
    expect((await readStatus(lab)).error).toBeLessThan(before.error);
    await expectNoNonFinite(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await lab.locator('.lab-draw').getByRole('button', { name: 'Clear', exact: true }).click();
    await expect.poll(() => dots.count()).toBe(0);
    expect(await lab.getByTestId('lab-draw-count').textContent()).toContain('0 of at most 100 points');
    // nothing to train on: Play does not start, and still no NaN anywhere
    await playButton(lab).click();
    expect(await playButton(lab).textContent()).toBe('Play');
    await expectNoNonFinite(page);
    expect(errors).toEqual([]);
  }, 200_000);
});

describe('the lab: settings in the address', () => {
  it('an address with relu, cross-entropy, 6 hidden units and the moons reopens with them shown', async () => {
    const { page, errors } = await openPage('?lab=v1~s:3~e:0~a:relu~l:cross-entropy~h:6~d:moons~ds:2~n:120');
    const lab = xor(page);
    await lab.scrollIntoViewIfNeeded();
    expect(await lab.getByLabel('data set').inputValue()).toBe('moons');
    expect(await lab.getByLabel('hidden units').inputValue()).toBe('6');
    expect(await lab.getByLabel('hidden activation').inputValue()).toBe('relu');
    expect(await lab.getByLabel('loss', { exact: true }).inputValue()).toBe('cross-entropy');
    await lab.locator('.lab-diagram').scrollIntoViewIfNeeded();
    await expect
      .poll(() => lab.locator('.lab-diagram svg.network-diagram').getAttribute('aria-label'))
      .toBe('The 2-6-1 network');
    await lab.locator('.lab-decision').scrollIntoViewIfNeeded();
    await expect.poll(() => lab.locator('[data-testid=lab-decision-plot] circle').count()).toBe(120);
    expect(await lab.getByLabel('seed', { exact: true }).inputValue()).toBe('3');
    expect(await page.locator('.notice').count()).toBe(0);
    // the address keeps them
    await lab.getByRole('button', { name: 'Step' }).click();
    await expect
      .poll(() => page.evaluate(() => location.search), { timeout: 10_000 })
      .toMatch(/a:relu~l:cross-entropy~h:6~d:moons~ds:2~n:120/);
    await expectNoNonFinite(page);
    expect(errors).toEqual([]);
  }, 120_000);

  it('an address in the format from before these settings still loads, with no notice', async () => {
    const { page, errors } = await openPage(`?lab=${OLD.link}`);
    const lab = xor(page);
    await lab.scrollIntoViewIfNeeded();
    expect((await readStatus(lab)).epoch).toBe(250);
    expect(await lab.getByLabel('data set').inputValue()).toBe('xor');
    expect(await lab.getByLabel('hidden units').inputValue()).toBe('4');
    expect(await lab.getByLabel('hidden activation').inputValue()).toBe('sigmoid');
    expect(await lab.getByLabel('loss', { exact: true }).inputValue()).toBe('squared');
    expect(await page.locator('.notice').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);
});
