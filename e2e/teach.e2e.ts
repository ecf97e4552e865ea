import { format } from 'd3-format';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { numbersFromSeed } from '../src/teach/newNumbers';
import { allIslandsLive } from './islands';
import { closeBrowser, openPage } from './page';
import { MAZUR_PARAMS, PARAM_NAMES, type Params2x2, reference2x2, SLIDER_SYMBOL } from './reference2x2';

afterAll(closeBrowser);

const fmt4 = format('.4r');
const DEFAULT = reference2x2(MAZUR_PARAMS, 0.05, 0.1, 0.01, 0.99);

const card = (page: Page, id: string) => page.locator(`[data-exercise="${id}"]`);
const feedback = (c: Locator) => c.getByRole('status');

async function answer(c: Locator, text: string, how: 'click' | 'enter' = 'click') {
  await c.scrollIntoViewIfNeeded();
  const field = c.getByRole('textbox', { name: /answer/i });
  await field.fill(text);
  if (how === 'enter') await field.press('Enter');
  else await c.getByRole('button', { name: 'Check' }).click();
}

// after a reload the page is prerendered again: what the test drives must be live once more
async function waitTyped(page: Page) {
  await page.waitForSelector('.live-tex:not(.live-tex--pending)');
  await allIslandsLive(page);
}

describe('Your turn: exercises on the current network', () => {
  it('tells a wrong answer, names a slip, accepts the right one, and keeps progress across a reload until cleared', async () => {
    const { page, errors } = await openPage();
    const c = card(page, 'grad-e');
    const progress = c.getByTestId('progress-count');
    await expect.poll(() => progress.textContent()).toMatch(/^0 of \d+ exercises answered right$/);

    await answer(c, '0.3');
    await expect.poll(() => feedback(c).textContent()).toMatch(/^Not right: 0\.3000 is not it/);

    // σ in place of σ′, worked independently: 2(H − t1)·H·F
    const sigmaSlip = 2 * (DEFAULT.H - 0.01) * DEFAULT.H * DEFAULT.F;
    await answer(c, fmt4(sigmaSlip));
    await expect.poll(() => feedback(c).textContent()).toContain('σ used for σ′');

    // the ½ convention (Mazur's ∂E/∂w5 = 0.082167)
    await answer(c, '0.08217', 'enter');
    await expect.poll(() => feedback(c).textContent()).toContain('the ½ convention');

    await answer(c, fmt4(DEFAULT.grad.e), 'enter');
    await expect.poll(() => feedback(c).textContent()).toMatch(/^Right: 0\.1643/);
    await expect.poll(() => progress.textContent()).toMatch(/^1 of/);

    await page.reload();
    await waitTyped(page);
    await expect
      .poll(() => card(page, 'grad-e').getByTestId('progress-count').textContent())
      .toMatch(/^1 of/);
    expect(await card(page, 'grad-e').locator('.your-turn__title').textContent()).toContain('✓');

    await card(page, 'net-F').getByRole('button', { name: 'Clear my progress' }).click();
    await expect
      .poll(() => card(page, 'grad-e').getByTestId('progress-count').textContent())
      .toMatch(/^0 of/);
    await page.reload();
    await waitTyped(page);
    await expect
      .poll(() => card(page, 'grad-e').getByTestId('progress-count').textContent())
      .toMatch(/^0 of/);
    expect(errors).toEqual([]);
    // three page loads (the first and two reloads): more than one test's usual time on a busy machine
  }, 180_000);

  it('a hint and the worked answer open on request; an unreadable answer is named', async () => {
    const { page, errors } = await openPage();
    const c = card(page, 'net-F');
    await answer(c, 'abc');
    await expect.poll(() => feedback(c).textContent()).toContain('“abc” is not a number');
    await c.getByRole('button', { name: 'Hint' }).click();
    expect(await c.locator('.your-turn__hint').isVisible()).toBe(true);
    await c.getByRole('button', { name: 'Show answer' }).click();
    const worked = c.locator('.your-turn__worked');
    await expect.poll(() => worked.textContent()).toContain(fmt4(DEFAULT.netF));
    // without the bias: 0.15·0.05 + 0.2·0.1
    await answer(c, '0.0275');
    await expect.poll(() => feedback(c).textContent()).toContain('the bias forgotten');
    expect(errors).toEqual([]);
  });

  it('a corrupt progress entry is set aside with a message, never a broken page', async () => {
    const { page, errors } = await openPage();
    await page.evaluate(() => localStorage.setItem('backprop.progress.v1', '{not json'));
    await page.reload();
    await waitTyped(page);
    const c = card(page, 'grad-e');
    await expect.poll(() => c.locator('.your-turn__problem').textContent()).toMatch(/could not be read/);
    await expect.poll(() => c.getByTestId('progress-count').textContent()).toMatch(/^0 of/);
    expect(errors).toEqual([]);
  });

  it('New numbers draws the shared network from a shown seed, and the exercise checks against it', async () => {
    const { page, errors } = await openPage();
    const c = card(page, 'grad-e');
    await c.scrollIntoViewIfNeeded();
    await c.getByRole('button', { name: 'New numbers' }).click();
    const note = c.locator('.new-numbers__note');
    await expect.poll(() => note.textContent()).toMatch(/Numbers from seed \d+\./);
    const seed = Number(/seed (\d+)/.exec((await note.textContent()) ?? '')?.[1]);
    const drawn = numbersFromSeed(seed);
    const p = {} as Params2x2;
    const readSliders = async () => {
      for (const n of PARAM_NAMES) {
        const slider = page
          .locator('#error')
          .getByRole('slider', { name: new RegExp(`^(weight|bias) ${SLIDER_SYMBOL[n]},`) });
        p[n] = Number(await slider.getAttribute('aria-valuenow'));
      }
      return [p.a, p.b, p.bF, p.c, p.d, p.bG];
    };
    // the figure follows the store in its next frame: read its sliders until it has
    await expect.poll(readSliders).toEqual(drawn.weights[0]?.flat());
    const [i1, i2] = drawn.x as [number, number];
    const [t1, t2] = drawn.t as [number, number];
    const ref = reference2x2(p, i1, i2, t1, t2);
    await answer(c, fmt4(ref.grad.e));
    await expect.poll(() => feedback(c).textContent()).toMatch(/^Right/);
    // the same seed typed back gives the same network
    await c.getByRole('spinbutton', { name: /seed/ }).fill(String(seed));
    await c.getByRole('button', { name: 'Use seed' }).click();
    const eSlider = page.locator('#error').getByRole('slider', { name: /^weight e,/ });
    expect(Number(await eSlider.getAttribute('aria-valuenow'))).toBe(p.e);
    expect(errors).toEqual([]);
  });

  it('exercises on section 8’s network and the XOR lab check against their own stores', async () => {
    const { page, errors } = await openPage();
    for (const id of ['any-delta-out', 'lab-grad-bias']) {
      const c = card(page, id);
      await c.scrollIntoViewIfNeeded();
      await c.getByRole('button', { name: 'Show answer' }).click();
      const worked = c.locator('.your-turn__worked .katex-html');
      await expect.poll(() => worked.count()).toBeGreaterThan(0);
      // the worked line ends with "= value": typing that value back is accepted
      const text = ((await worked.first().textContent()) ?? '').replace(/−/g, '-');
      const value = text.slice(text.lastIndexOf('=') + 1).trim();
      await answer(c, value);
      await expect.poll(() => feedback(c).textContent()).toMatch(/^Right/);
      await answer(c, value.startsWith('-') ? value.slice(1) : `-${value}`);
      await expect.poll(() => feedback(c).textContent()).toContain('the wrong sign');
    }
    expect(errors).toEqual([]);
  });
});

describe('the stepper’s predict mode', () => {
  it('takes a guess before a value is revealed and says how close it was', async () => {
    const { page, errors } = await openPage();
    const fig = page.locator('#forward .section__figure');
    await fig.scrollIntoViewIfNeeded();
    await fig.getByRole('checkbox', { name: /Predict/ }).check();
    await fig.getByRole('button', { name: 'Step through' }).click();
    const field = fig.getByRole('textbox', { name: /Your guess for the activation F/ });
    await field.fill('0.5');
    await field.press('Enter');
    await expect
      .poll(() => fig.locator('.stepper__verdict[role="status"]').textContent())
      .toBe(
        `You guessed 0.5000; the activation F is ${fmt4(DEFAULT.F)}: too low by ${fmt4(DEFAULT.F - 0.5)} (${fmt4(((DEFAULT.F - 0.5) / DEFAULT.F) * 100)} % of it).`,
      );
    expect(await page.locator('#forward [data-testid="stepper-status"]').textContent()).toMatch(/^Step 2 of/);
    expect(errors).toEqual([]);
  });
});

describe('the glossary and the keyboard', () => {
  it('a term opens by keyboard: Tab to it, Enter shows the definition to screen readers, Esc closes it', async () => {
    const { page, errors } = await openPage();
    await page.locator('[data-term="slope"]').focus();
    let onTerm = '';
    for (let i = 0; i < 400 && onTerm !== 'jacobian'; i++) {
      await page.keyboard.press('Tab');
      onTerm = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.term ?? '');
    }
    expect(onTerm).toBe('jacobian');
    const term = page.locator('[data-term="jacobian"]');
    await page.keyboard.press('Enter');
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    const popId = await term.getAttribute('aria-controls');
    const pop = page.locator(`[id="${popId}"]`);
    expect(await pop.isVisible()).toBe(true);
    expect(await pop.textContent()).toContain('2×6');
    // announced: the button is described by the definition, which sits in a live region
    expect(await term.getAttribute('aria-describedby')).toBe(popId);
    expect(await pop.getAttribute('aria-live')).toBe('polite');
    await page.keyboard.press('Escape');
    expect(await term.getAttribute('aria-expanded')).toBe('false');
    expect(await pop.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('"?" opens the keyboard help dialog, Esc closes it, and "?" typed in an answer box stays text', async () => {
    const { page, errors } = await openPage();
    const dialog = page.getByRole('dialog', { name: 'Keyboard' });
    await page.locator('body').press('?');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('Esc');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const field = card(page, 'net-F').getByRole('textbox', { name: /answer/i });
    await field.focus();
    await page.keyboard.press('?');
    expect(await field.inputValue()).toBe('?');
    expect(await dialog.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('the handle hint shows on a first visit, goes on first use of a handle, and stays gone after a reload', async () => {
    const { page, errors } = await openPage();
    const hint = page.locator('#bias .handle-hint');
    expect(await hint.isVisible()).toBe(true);
    const handle = page.locator('#bias').getByRole('slider', { name: /^weight a,/ });
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    // the store's change reaches the handle on React's next render: read it when it lands
    await expect.poll(async () => Number(await handle.getAttribute('aria-valuenow'))).toBeCloseTo(0.16, 10);
    await expect.poll(() => page.locator('.handle-hint').count()).toBe(0);
    await page.reload();
    await waitTyped(page);
    expect(await page.locator('.handle-hint').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('on a phone, a first drag keeps the hint until the finger lifts, so the handle stays under it', async () => {
    const { page, errors } = await openPage('', { width: 375, height: 740 });
    const hint = page.locator('#bias .handle-hint');
    const handle = page.locator('#bias').getByRole('slider', { name: /^weight e,/ });
    await handle.scrollIntoViewIfNeeded();
    const box = await handle.boundingBox();
    if (!box) throw new Error('the handle for e has no box');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    expect(await hint.isVisible()).toBe(true);
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 4; i++) await page.mouse.move(x + i * 8, y);
    await expect.poll(async () => Number(await handle.getAttribute('aria-valuenow'))).toBeGreaterThan(0.4);
    // mid-drag: the hint is still there and the handle has not moved up or down
    expect(await hint.count()).toBe(1);
    expect((await handle.boundingBox())?.y).toBeCloseTo(box.y, 0);
    await page.mouse.up();
    await expect.poll(() => page.locator('.handle-hint').count()).toBe(0);
    expect(Number(await handle.getAttribute('aria-valuenow'))).toBeGreaterThan(0.4);
    expect(errors).toEqual([]);
  });

  it('a Try it that needs the targets opens them', async () => {
    const { page, errors } = await openPage();
    const details = page.locator('#error details.figure-details');
    expect(await details.getAttribute('open')).toBeNull();
    await page.locator('#error').getByRole('button', { name: 'Open the targets' }).click();
    expect(await details.getAttribute('open')).not.toBeNull();
    const focused = await page.evaluate(
      () => document.activeElement?.closest('.number-slider')?.textContent ?? '',
    );
    expect(focused).toMatch(/^t1/);
    expect(errors).toEqual([]);
  });
});
