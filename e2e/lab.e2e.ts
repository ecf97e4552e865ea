import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './page';
import { closeBrowserWith, openPageWith } from './pageWith';

afterAll(closeBrowser);
afterAll(closeBrowserWith);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on one section in its current state (alerts, velocities, masks shown): no violations. */
async function expectAccessible(page: Page, selector: string) {
  await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
    (sel) => (window as any).axe.run(sel, { resultTypes: ['violations'] }),
    selector,
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Sections 9 and 10: the 2-4-1 network learning XOR, and its training tricks. */
const lab = (page: Page, id: 'xor' | 'tricks') => page.locator(`#${id}`);
const status = (section: Locator) => section.getByTestId('lab-status');
const playButton = (section: Locator) => section.locator('button.lab-play');

/** `epoch 583 · error 0.009987` → its numbers (the page writes minus as U+2212). */
function parseStatus(text: string) {
  const m = /^epoch (\d+) · error (\S+)$/.exec(text.trim());
  if (!m) throw new Error(`unexpected status line: ${text}`);
  return { epoch: Number(m[1]), error: Number((m[2] as string).replace('−', '-')) };
}

async function setSpeed(section: Locator, epochsPerFrame: number) {
  const speeds = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
  await section.getByLabel('speed', { exact: true }).fill(String(speeds.indexOf(epochsPerFrame)));
}

async function typeInto(field: Locator, text: string) {
  await field.fill(text);
  await field.press('Enter');
}

/** Plays until the lab pauses by itself at `epoch` (the "pause at epoch" field), returns the status. */
async function playTo(section: Locator, epoch: number) {
  await typeInto(section.getByLabel('pause at epoch'), String(epoch));
  await playButton(section).click();
  await expect.poll(() => playButton(section).textContent(), { timeout: 20_000 }).toBe('Play');
  return (await status(section).textContent()) ?? '';
}

/** Every number on the page is finite: no NaN, Infinity or ∞ anywhere in its text, hidden text included. */
async function expectNoNonFinite(page: Page) {
  const text = await page.locator('body').textContent();
  expect(text).not.toMatch(/NaN|Infinity|∞/);
}

describe('the lab: training XOR', () => {
  it('Play trains the seeded network below an error of 0.01, and Reset replays the identical run', async () => {
    const { page, errors } = await openPage();
    const xor = lab(page, 'xor');
    await xor.scrollIntoViewIfNeeded();
    expect(parseStatus((await status(xor).textContent()) ?? '')).toEqual({ epoch: 0, error: 0.2921 });
    await setSpeed(xor, 20);
    await playButton(xor).click();
    await expect
      .poll(async () => parseStatus((await status(xor).textContent()) ?? '').error, { timeout: 30_000 })
      .toBeLessThan(0.01);
    await playButton(xor).click();
    const first = (await status(xor).textContent()) ?? '';
    const { epoch, error } = parseStatus(first);
    expect(error).toBeLessThan(0.01);
    expect(epoch).toBeGreaterThan(100);
    // the decision map now separates the corners: the outputs in the table are near their targets
    const outputs = await xor.locator('.lab-samples tbody tr td:nth-child(5)').allTextContents();
    expect(outputs.map(Number).map((o, j) => Math.round(o) === [0, 1, 1, 0][j])).toEqual([
      true,
      true,
      true,
      true,
    ]);

    await xor.getByRole('button', { name: 'Reset' }).click();
    expect(parseStatus((await status(xor).textContent()) ?? '').epoch).toBe(0);
    await setSpeed(xor, 50); // other chunks per frame: the run must not depend on them
    expect(await playTo(xor, epoch)).toBe(first);
    // the section 10 figure shows the same run once it is on screen (off screen it stops drawing)
    await lab(page, 'tricks').scrollIntoViewIfNeeded();
    await expect.poll(() => status(lab(page, 'tricks')).textContent()).toBe(first);
    await expectNoNonFinite(page);
    expect(errors).toEqual([]);
  });

  it('Step trains one epoch; momentum and dropout change the loss curve', async () => {
    const { page, errors } = await openPage();
    const tricks = lab(page, 'tricks');
    await tricks.scrollIntoViewIfNeeded();
    await tricks.getByRole('button', { name: 'Step' }).click();
    expect(parseStatus((await status(tricks).textContent()) ?? '').epoch).toBe(1);
    await tricks.getByRole('button', { name: 'Reset' }).click();
    await setSpeed(tricks, 50);
    const curve = tricks.locator('.lab-curve__line').first();

    const plain = await playTo(tricks, 150);
    const plainCurve = await curve.getAttribute('d');
    const velocity = tricks.getByText('Velocity: the step each weight is carrying');
    expect(await velocity.count()).toBe(0);

    await tricks.getByRole('button', { name: 'Reset' }).click();
    await tricks.getByLabel('momentum μ').fill('0.9');
    const momentum = await playTo(tricks, 150);
    expect(momentum).not.toBe(plain);
    expect(parseStatus(momentum).error).toBeLessThan(parseStatus(plain).error);
    expect(await curve.getAttribute('d')).not.toBe(plainCurve);
    expect(await velocity.isVisible()).toBe(true);

    await tricks.getByRole('button', { name: 'Reset' }).click();
    await tricks.getByLabel('momentum μ').fill('0');
    await tricks.getByLabel('dropout p').fill('0.5');
    const dropout = await playTo(tricks, 150);
    expect(dropout).not.toBe(plain);
    expect(await curve.getAttribute('d')).not.toBe(plainCurve);
    // the mask of the last training pass is drawn on the diagram
    expect(await tricks.getByText(/Dropped in the last training pass/).isVisible()).toBe(true);
    await tricks.getByLabel('momentum μ').fill('0.5');
    await expectAccessible(page, '#tricks');
    await expectNoNonFinite(page);
    expect(errors).toEqual([]);
  });

  it('a huge learning rate pauses training, names the parameter, and never shows NaN', async () => {
    const { page, errors } = await openPage();
    const xor = lab(page, 'xor');
    await xor.scrollIntoViewIfNeeded();
    await typeInto(xor.getByLabel('type η'), '1e9');
    await playButton(xor).click();
    const alert = xor.getByTestId('lab-divergence');
    await expect.poll(() => alert.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await playButton(xor).textContent()).toBe('Play');
    expect(await alert.textContent()).toMatch(
      /Training paused at epoch 0: the next epoch would have moved W\d\[\d,\d\] \(.+\) by/,
    );
    await expectNoNonFinite(page);
    await alert.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => alert.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('the lab: sharing', () => {
  it('export then import restores the state; a malformed file changes nothing', async () => {
    const { page, errors } = await openPage();
    const tricks = lab(page, 'tricks');
    await tricks.scrollIntoViewIfNeeded();
    await typeInto(tricks.getByLabel('seed'), '7');
    await tricks.getByLabel('momentum μ').fill('0.5');
    await tricks.getByLabel('batch size').selectOption('2');
    await setSpeed(tricks, 20);
    const saved = await playTo(tricks, 120);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      tricks.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const json = readFileSync((await download.path()) as string, 'utf8');
    expect(JSON.parse(json)).toMatchObject({
      format: 'backprop-lab',
      seed: 7,
      epoch: 120,
      settings: { momentum: 0.5, batchSize: 2 },
    });

    // change everything, then import
    await tricks.getByRole('button', { name: 'New random init' }).click();
    await tricks.getByLabel('momentum μ').fill('0');
    await tricks.getByLabel('batch size').selectOption('4');
    expect(await status(tricks).textContent()).not.toBe(saved);
    const input = tricks.getByLabel('Import JSON');
    await input.setInputFiles({ name: 'run.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await expect.poll(() => status(tricks).textContent()).toBe(saved);
    expect(await tricks.getByLabel('seed').inputValue()).toBe('7');
    expect(await tricks.getByLabel('batch size').inputValue()).toBe('2');
    expect(await tricks.getByLabel('momentum μ').inputValue()).toBe('0.5');
    expect(await tricks.getByTestId('lab-file-message').textContent()).toBe(
      'Imported “run.json”: seed 7, epoch 120.',
    );

    // a malformed file: a message, and the state stays as it was
    const bad = JSON.parse(json);
    bad.weights[0][1] = [1, 2];
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const message = tricks.getByTestId('lab-file-message');
    await expect
      .poll(() => message.textContent())
      .toBe(
        '“bad.json” was not imported. The file\'s "weights" W1 row 2 was a list of 2 items: it must be a list of 3 numbers. Nothing was changed.',
      );
    expect(await message.getAttribute('role')).toBe('alert');
    await input.setInputFiles({
      name: 'not.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ nope'),
    });
    await expect
      .poll(() => message.textContent())
      .toMatch(/“not.json” was not imported. The file is not valid JSON/);
    expect(await status(tricks).textContent()).toBe(saved);
    expect(await tricks.getByLabel('batch size').inputValue()).toBe('2');
    expect(errors).toEqual([]);
  });

  it('the address carries the lab next to the 2x2 network, and a malformed lab= is named, not fatal', async () => {
    const { page, errors } = await openPage('?W1=0.2,0.2,0.3;0.25,0.3,0.35');
    const xor = lab(page, 'xor');
    await xor.scrollIntoViewIfNeeded();
    await setSpeed(xor, 20);
    const shown = await playTo(xor, 60);
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/lab=v1~s:1~e:60~/);
    const search = await page.evaluate(() => location.search);
    expect(search).toMatch(/W1=0.2,0.2,0.3;0.25,0.3,0.35/);

    const reopened = await openPage(search);
    const again = lab(reopened.page, 'xor');
    await again.scrollIntoViewIfNeeded();
    expect(await status(again).textContent()).toBe(shown);
    expect(reopened.errors).toEqual([]);

    const broken = await openPage('?lab=v1~s:1~lr:banana~b:3');
    const notices = (await broken.page.locator('.notices').textContent()) ?? '';
    expect(notices).toContain(
      "The link's lab field “lr:banana” was refused: the learning rate must be a decimal number from 0.000001 to 1e300.",
    );
    expect(notices).toContain("The link's lab field “b:3” was refused: the batch size must be 1, 2 or 4.");
    // the refused fields are corrected in the address at once, so they are not shared on
    await expect
      .poll(() => broken.page.evaluate(() => location.search))
      .toMatch(/^\?lab=v1~s:1~e:0~lr:2~b:4~/);
    expect(parseStatus((await status(lab(broken.page, 'xor')).textContent()) ?? '').epoch).toBe(0);
    expect(broken.errors).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/**
 * Where a drag in section 10's loss landscape should put its two weights: the plot spans the
 * two sliders' ranges, `across` left to right and `up` bottom to top.
 */
async function landscapeTarget(page: Page, fx: number, fy: number) {
  const land = page.locator('#tricks .lab-landscape');
  await land.scrollIntoViewIfNeeded();
  const plot = await land.locator('.lab-landscape__drag rect').boundingBox();
  if (!plot) throw new Error('the landscape has no plot');
  const sliders = land.locator('input[type="range"]');
  const range = async (i: number) => {
    const el = sliders.nth(i);
    return [Number(await el.getAttribute('min')), Number(await el.getAttribute('max'))] as const;
  };
  const [a0, a1] = await range(0);
  const [b0, b1] = await range(1);
  const shown = async () =>
    Promise.all(
      [0, 1].map(async (i) =>
        Number(
          ((await sliders.nth(i).getAttribute('aria-valuetext')) ?? '').split('= ')[1]?.replace('−', '-'),
        ),
      ),
    );
  return {
    plot,
    from: { x: plot.x + plot.width / 2, y: plot.y + plot.height / 2 },
    to: { x: plot.x + fx * plot.width, y: plot.y + fy * plot.height },
    expected: [a0 + fx * (a1 - a0), b0 + (1 - fy) * (b1 - b0)],
    /** a pixel of the plot, in each weight */
    tolerance: [(a1 - a0) / plot.width, (b1 - b0) / plot.height].map((t) => 1.5 * t),
    shown,
    /** the current point's centre on the screen */
    point: async () => {
      const box = await land.locator('.lab-landscape__point').boundingBox();
      return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
    },
  };
}

describe('the lab: the loss landscape', () => {
  it('a mouse drag in the plot sets its two weights to the point under the pointer, which follows it', async () => {
    const { page, errors } = await openPage();
    const t = await landscapeTarget(page, 0.25, 0.7);
    await page.mouse.move(t.from.x, t.from.y);
    await page.mouse.down();
    await page.mouse.move(t.to.x, t.to.y, { steps: 8 });
    await page.waitForTimeout(100);
    const point = await t.point();
    expect(Math.abs((point?.x ?? 0) - t.to.x)).toBeLessThan(2);
    expect(Math.abs((point?.y ?? 0) - t.to.y)).toBeLessThan(2);
    await page.mouse.up();
    const [a, b] = await t.shown();
    expect(Math.abs((a as number) - (t.expected[0] as number))).toBeLessThanOrEqual(t.tolerance[0] as number);
    expect(Math.abs((b as number) - (t.expected[1] as number))).toBeLessThanOrEqual(t.tolerance[1] as number);
    expect(errors).toEqual([]);
  });

  it('a finger does the same on a phone, and the page does not scroll under it', async () => {
    const { page, errors } = await openPageWith({ viewport: { width: 375, height: 800 }, touch: true });
    const t = await landscapeTarget(page, 0.8, 0.2);
    const scrolled = await page.evaluate(() => window.scrollY);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', t.from.x, t.from.y);
    for (let i = 1; i <= 8; i++)
      await touch(
        'touchMove',
        t.from.x + ((t.to.x - t.from.x) * i) / 8,
        t.from.y + ((t.to.y - t.from.y) * i) / 8,
      );
    await page.waitForTimeout(100);
    const point = await t.point();
    expect(Math.abs((point?.x ?? 0) - t.to.x)).toBeLessThan(2);
    expect(Math.abs((point?.y ?? 0) - t.to.y)).toBeLessThan(2);
    await touch('touchEnd', t.to.x, t.to.y);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    const [a, b] = await t.shown();
    expect(Math.abs((a as number) - (t.expected[0] as number))).toBeLessThanOrEqual(t.tolerance[0] as number);
    expect(Math.abs((b as number) - (t.expected[1] as number))).toBeLessThanOrEqual(t.tolerance[1] as number);
    expect(errors).toEqual([]);
  });
});
