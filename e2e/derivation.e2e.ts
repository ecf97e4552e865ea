import { format } from 'd3-format';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './page';
import { PARAM_NAMES, type Params2x2, reference2x2, SLIDER_SYMBOL } from './reference2x2';
import { TWO_BY_TWO_SECTIONS } from './sections';

afterAll(closeBrowser);

const fmt4 = format('.4r');
/** The page's TeX form of a number: 4 significant digits, ASCII minus (KaTeX sets it as −). */
/** the page's number format: four significant digits, zero included (0.000 beside 1.000) */
const tex4 = (v: number) => (v === 0 ? '0.000' : fmt4(v).replace('−', '-'));

const slider = (page: Page, scope: string, symbol: string) =>
  page.locator(scope).getByRole('slider', { name: new RegExp(`^(weight|bias) ${symbol},`) });

async function readParams(page: Page, scope = '#bias'): Promise<Params2x2> {
  const p = {} as Params2x2;
  for (const n of PARAM_NAMES)
    p[n] = Number(await slider(page, scope, SLIDER_SYMBOL[n]).getAttribute('aria-valuenow'));
  return p;
}

/** The result a live formula shows: the last number marked with the formula's own key. */
async function formulaResult(page: Page, key: string): Promise<string> {
  const marked = page.locator(`[data-formula="${key}"] .live-tex__visual [data-q="${key}"]`);
  return ((await marked.last().textContent()) ?? '').trim().replace('−', '-');
}

/** The numbers a matrix entry with key `q` shows, inside the given figure. */
async function entryText(page: Page, scope: string, q: string): Promise<string> {
  return (
    (await page
      .locator(`${scope} .live-matrix [data-q="${q}"] .katex-html, ${scope} .live-matrix [data-q="${q}"]`)
      .first()
      .textContent()) ?? ''
  ).trim();
}

const LIT = '.is-lit';

/** How many of the prose formulas for `q` are lit, once the first is scrolled on screen. */
async function litFormulas(page: Page, q: string): Promise<number> {
  await page.locator(`[data-formula="${q}"]`).first().scrollIntoViewIfNeeded();
  return page.locator(`[data-formula="${q}"]${LIT}`).count();
}

describe('sections 2–8: the derivation on the live 2x2 network', () => {
  it('a URL with given weights shows the gradients for them', async () => {
    const q = '?W1=0.7,-1.3,0.2;-0.4,0.9,-0.6&W2=1.1,-0.8,0.3;-1.5,0.45,0.1&x=0.3,-0.8&t=0.2,0.9';
    const { page, errors } = await openPage(q);
    const p = await readParams(page);
    expect(p).toEqual({
      a: 0.7,
      b: -1.3,
      bF: 0.2,
      c: -0.4,
      d: 0.9,
      bG: -0.6,
      e: 1.1,
      f: -0.8,
      bH: 0.3,
      g: -1.5,
      h: 0.45,
      bI: 0.1,
    });
    const ref = reference2x2(p, 0.3, -0.8, 0.2, 0.9);
    for (const n of PARAM_NAMES) {
      await page.locator(`[data-formula="grad:${n}"]`).first().scrollIntoViewIfNeeded();
      expect(await formulaResult(page, `grad:${n}`), `∂E/∂${n}`).toBe(tex4(ref.grad[n]));
    }
    expect(await formulaResult(page, 'E')).toBe(tex4(ref.E));
    expect(await page.locator('.notice').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('the stepper lights the diagram element, the formula and the matrix entry, in order and back', async () => {
    const { page, errors } = await openPage();
    const fig = '#forward';
    await page.locator(fig).scrollIntoViewIfNeeded();
    await page.locator(`${fig} button`, { hasText: 'Step through' }).click();
    // the pointer leaves the figures: resting where the button was, it would hover whatever a
    // scroll below brings under it, and a hovered chip lights its own weight, not the step
    await page.mouse.move(1, 1);
    const status = page.locator(`${fig} [data-testid="stepper-status"]`);
    await expect(status.textContent()).resolves.toBe('Step 1 of 26, forward pass: the net input of F.');
    // step 1: net_F — node F, its formula, its entry in net_hidden; F itself not computed yet
    expect(await page.locator(`${fig} .node[data-q="F"]${LIT}`).count()).toBe(1);
    // the prose formula shows the step once it is on screen (its island catches up when it is seen)
    await expect.poll(() => litFormulas(page, 'net:F')).toBe(1);
    await page.locator(fig).scrollIntoViewIfNeeded();
    expect(await page.locator(`${fig} .live-matrix [data-q="net:F"].tex-lit`).count()).toBeGreaterThan(0);
    await expect(page.locator(`${fig} .node[data-q="F"] .node__value`).textContent()).resolves.toBe('?');
    // → with the figure focused moves on; F is now known
    await page.locator(`${fig} .derivation-figure`).focus();
    await page.keyboard.press('ArrowRight');
    await expect(status.textContent()).resolves.toMatch(/^Step 2 of 26, forward pass: the activation F\./);
    await expect.poll(() => litFormulas(page, 'out:F')).toBe(1);
    await expect.poll(() => litFormulas(page, 'net:F')).toBe(0);
    await page.locator(fig).scrollIntoViewIfNeeded();
    await expect(page.locator(`${fig} .node[data-q="F"] .node__value`).textContent()).resolves.toBe('0.5933');
    // on to ∂E/∂e, the 12th step: edge e, its formula, its entry of ∂E/∂W2
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(status.textContent()).resolves.toMatch(
      /^Step 12 of 26, backward pass: the gradient of E with respect to e\./,
    );
    expect(await page.locator(`${fig} line.edge[data-q="e"]${LIT}`).count()).toBe(1);
    // a section scrolled into view catches up with the step: its formula and its matrix (each an
    // island that noticed, through its IntersectionObserver, that it is on screen again)
    const catchUp = { timeout: 5000 };
    await page.locator('[data-formula="grad:e"]').first().scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.locator(`[data-formula="grad:e"]${LIT}`).count(), catchUp)
      .toBeGreaterThan(0);
    await page.locator('#output-gradient').scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.locator(`#output-gradient .live-matrix [data-q="grad:e"].tex-lit`).count(), catchUp)
      .toBeGreaterThan(0);
    await page.locator(`${fig} .derivation-figure`).focus();
    // ← goes back to δ_I
    await page.keyboard.press('ArrowLeft');
    await expect(status.textContent()).resolves.toMatch(/^Step 11 of 26, backward pass: δ of I/);
    await page.locator(fig).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(`${fig} .node[data-q="I"]${LIT}`).count()).toBe(1);
    // the ∂E/∂e formula, off screen now, keeps what it drew; back on screen it shows the step
    await page.locator('[data-formula="grad:e"]').first().scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(`[data-formula="grad:e"]${LIT}`).count(), catchUp).toBe(0);
    await page.locator(fig).scrollIntoViewIfNeeded();
    // leaving the mode shows everything again
    await page.locator(`${fig} button`, { hasText: 'Show all' }).click();
    await expect(status.textContent()).resolves.toBe('Every quantity is shown live.');
    await expect.poll(() => page.locator(`${fig} .is-lit, ${fig} .tex-lit`).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('ArrowUp on a focused weight changes every matrix that depends on it', async () => {
    const { page, errors } = await openPage();
    const fig = '#output-gradient';
    await page.locator(fig).scrollIntoViewIfNeeded();
    const before = await entryText(page, fig, 'grad:e');
    const handle = slider(page, fig, 'e');
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    const p = await readParams(page, fig);
    expect(p.e).toBe(0.42);
    const ref = reference2x2(p, 0.05, 0.1, 0.01, 0.99);
    for (const n of ['e', 'f', 'bH', 'g', 'h', 'bI'] as const) {
      expect(await entryText(page, fig, `grad:${n}`), `∂E/∂${n}`).toBe(fmt4(ref.grad[n]));
    }
    expect(await entryText(page, fig, 'grad:e')).not.toBe(before);
    // the other figures follow: section 1's W2 and the hidden gradient in section 7
    await page.locator('#bias').scrollIntoViewIfNeeded();
    await expect.poll(() => entryText(page, '#bias', 'e')).toBe('0.4200');
    await page.locator('#hidden-gradient').scrollIntoViewIfNeeded();
    await expect.poll(() => entryText(page, '#hidden-gradient', 'grad:a')).toBe(fmt4(ref.grad.a));
    expect(errors).toEqual([]);
  });

  it('hovering a gradient entry lights its edge; hovering an edge lights its entries', async () => {
    const { page, errors } = await openPage();
    const fig = '#output-gradient';
    await page.locator(fig).scrollIntoViewIfNeeded();
    await page.locator(`${fig} .live-matrix [data-q="grad:h"]`).first().hover();
    expect(await page.locator(`${fig} line.edge[data-q="h"]${LIT}`).count()).toBe(1);
    expect(await page.locator(`${fig} line.edge${LIT}`).count()).toBe(1);
    await page.locator(`${fig} g.weight-handle[data-q="f"]`).hover();
    expect(await page.locator(`${fig} .live-matrix [data-q="grad:f"].tex-lit`).count()).toBe(1);
    expect(await page.locator(`${fig} .live-matrix [data-q="grad:h"].tex-lit`).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('focusing a matrix and pressing the arrows walks its entries and lights their edges', async () => {
    const { page, errors } = await openPage();
    const fig = '#output-gradient';
    await page.locator(fig).scrollIntoViewIfNeeded();
    // the second line of the figure: ∂E/∂W2 = δ_out · (F G 1)
    const matrix = page.locator(`${fig} figure.live-matrix`).nth(1);
    await matrix.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator(`${fig} line.edge[data-q="e"]${LIT}`).count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator(`${fig} line.edge[data-q="f"]${LIT}`).count()).toBe(1);
    await expect(matrix.locator('[aria-live]').textContent()).resolves.toMatch(
      /^the gradient of E with respect to f equals 0\.\d{4}/,
    );
    expect(await page.locator(`${fig} .live-matrix [data-q="grad:f"].tex-lit`).count()).toBe(1);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator(`${fig} line.edge${LIT}`).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('one update step moves every weight by exactly −η times its gradient', async () => {
    const { page, errors } = await openPage();
    const fig = '#hidden-gradient';
    await page.locator(fig).scrollIntoViewIfNeeded();
    const before = await readParams(page, fig);
    const eta = Number(await page.locator(`${fig} input[type="range"]`).first().inputValue());
    expect(eta).toBe(0.5);
    await page.locator(`${fig} button`, { hasText: 'Update once' }).click();
    const after = await readParams(page, fig);
    const ref = reference2x2(before, 0.05, 0.1, 0.01, 0.99);
    for (const n of PARAM_NAMES) expect(after[n], n).toBeCloseTo(before[n] - eta * ref.grad[n], 12);
    await expect(page.locator(`${fig} [data-testid="update-status"]`).textContent()).resolves.toMatch(
      /^1 update · error /,
    );
    await expect(page.locator(`${fig} [data-testid="last-update"] .katex`).count()).resolves.toBe(2);
    expect(errors).toEqual([]);
  });

  it('a malformed URL keeps the defaults for what it could not read and says so', async () => {
    const { page, errors } = await openPage('?W1=1,abc,3;4,5,6&x=0.2,NaN');
    const notice = page.locator('.notice');
    await expect(notice.count()).resolves.toBeGreaterThanOrEqual(2);
    const text = (await notice.allTextContents()).join('\n');
    expect(text).toContain(
      'W1 row 1, column 2 (b) was “abc”: a weight must be a decimal number within ±1e6. The weight b keeps its default, 0.2.',
    );
    expect(text).toContain(
      'x entry 2 (i2) was “NaN”: an input must be a decimal number within ±1e6. The input i2 keeps its default, 0.1.',
    );
    const p = await readParams(page);
    expect(p).toMatchObject({ a: 1, b: 0.2, bF: 3, c: 4 });
    await expect(page.locator('body').textContent()).resolves.not.toMatch(/\bNaN\b(?!”)/);
    // and the address now holds what the page shows
    expect(new URL(page.url()).searchParams.get('W1')).toBe('1,0.2,3;4,5,6');
    expect(errors).toEqual([]);
  });

  it('extreme weights saturate the network but never put NaN or Infinity on the page', async () => {
    const q =
      '?W1=1000000,-1000000,900000;-1000000,1000000,-900000&W2=1000000,1000000,-1000000;-1000000,-1000000,1000000';
    const { page, errors } = await openPage(q);
    expect(await page.locator('.notice').count()).toBe(0);
    for (const id of ['bias', 'forward', 'error', 'output-gradient', 'hidden-gradient']) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator(`#${id}`).textContent()).not.toMatch(/NaN|Infinity|∞/);
    }
    // F and G saturate at 1 and 0; the numbers shown are still the right ones
    const ref = reference2x2(await readParams(page), 0.05, 0.1, 0.01, 0.99);
    expect(ref.F).toBe(1);
    for (const n of ['e', 'a', 'bI'] as const)
      expect(await formulaResult(page, `grad:${n}`)).toBe(tex4(ref.grad[n]));
    expect(errors).toEqual([]);
  });

  it('every section typesets its math with no KaTeX error', async () => {
    const { page, errors } = await openPage();
    const ids = await page.$$eval('main section[id]', (els) => els.map((e) => e.id));
    // the unnumbered opening, then the sections on the 2-2-2 network, in reading order
    expect(ids.slice(0, 8)).toEqual(['goal', ...TWO_BY_TWO_SECTIONS]);
    // the opening takes no number, so the prose's "section 7" is the heading numbered 7
    await expect(page.locator('#goal h2').first().textContent()).resolves.not.toMatch(/^\s*\d/);
    await expect(page.locator('#bias h2').first().textContent()).resolves.toMatch(/^1\. /);
    await expect(page.locator('#hidden-gradient h2').first().textContent()).resolves.toMatch(/^7\. /);
    await expect(page.locator('#tricks h2').first().textContent()).resolves.toMatch(/^10\. /);
    for (const id of ids) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      expect(await page.locator(`#${id} .katex`).count(), id).toBeGreaterThan(0);
    }
    expect(await page.locator('.katex-error').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
