import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../src/tex/format';
import { closeBrowser, openPage } from './page';
import { PARAM_NAMES, type Params2x2, reference2x2 } from './reference2x2';

afterAll(closeBrowser);

const LIT = '.is-lit';

/** The passes in the derivation's order, written out here as the test's own expectation. */
const ORDER = [
  'net:F',
  'out:F',
  'net:G',
  'out:G',
  'net:H',
  'out:H',
  'net:I',
  'out:I',
  'E',
  'delta:H',
  'delta:I',
  ...['e', 'f', 'bH', 'g', 'h', 'bI'].map((p) => `grad:${p}`),
  'delta:F',
  'delta:G',
  ...['a', 'b', 'bF', 'c', 'd', 'bG'].map((p) => `grad:${p}`),
];

/** The step that computes a key; σ′(net_X) and ∂o/∂θ come with X and o; inputs, weights, targets before any step. */
function reachedAt(key: string): number {
  const i = ORDER.indexOf(key);
  if (i >= 0) return i;
  const [kind, a] = key.split(':');
  if ((kind === 'slope' || kind === 'jac') && a) return ORDER.indexOf(`out:${a}`);
  if (kind === 'dE') return ORDER.indexOf('E');
  return -1;
}

const UNITS = ['F', 'G', 'H', 'I'] as const;
const isNumber = (text: string) => /^[−-]?\d/.test(text.trim());

/** What the stepper's figure shows at this moment, read off the page in one go. */
async function readFigure(page: Page, fig: string) {
  return page.evaluate((fig) => {
    const root = document.querySelector(fig) as Element;
    const text = (sel: string) => root.querySelector(sel)?.textContent?.trim() ?? null;
    return {
      values: Object.fromEntries(
        ['F', 'G', 'H', 'I'].map((u) => [u, text(`.node[data-q="${u}"] .node__value`)]),
      ),
      deltas: Object.fromEntries(
        ['F', 'G', 'H', 'I'].map((u) => [u, text(`.node[data-q="${u}"] .node__delta`)]),
      ),
      pending: [...root.querySelectorAll('line.edge.is-pending')].map((e) => e.getAttribute('data-q')),
      graded: [...root.querySelectorAll('line.edge[data-grad]')].map((e) => e.getAttribute('data-q')),
      outputs: text('[data-testid="outputs"] .sr-only'),
      // matrix entries that carry a quantity's key carry its number: a blank has no key
      entries: [...root.querySelectorAll('.live-matrix .live-tex__visual [data-q]')].map((e) => ({
        q: e.getAttribute('data-q') ?? '',
        text: e.textContent ?? '',
      })),
    };
  }, fig);
}

describe('the backward pass on the diagram', () => {
  it('the stepper shows nothing not yet reached: diagram, δ, edges, matrices, outputs line, formulas', async () => {
    const { page, errors } = await openPage('', { width: 1280, height: 1000 });
    const fig = '#hidden-gradient .derivation-figure';
    await page.locator(fig).scrollIntoViewIfNeeded();
    await page.locator(`${fig} button`, { hasText: 'Step through' }).click();
    const formulas = await page.$$eval('[data-formula]', (els) =>
      els.map((e) => e.getAttribute('data-formula') ?? ''),
    );
    expect(formulas.length).toBeGreaterThan(30);
    for (let k = 0; k < ORDER.length; k++) {
      if (k > 0) await page.locator(`${fig} button`, { hasText: 'Next' }).click();
      await expect(page.locator(`${fig} [data-testid="stepper-status"]`).textContent()).resolves.toMatch(
        new RegExp(`^Step ${k + 1} of 26`),
      );
      await page.locator(fig).scrollIntoViewIfNeeded();
      await expect.poll(async () => (await readFigure(page, fig)).values.F !== null).toBe(true);
      const shown = await readFigure(page, fig);
      const at = `step ${k + 1} (${ORDER[k]})`;
      for (const u of UNITS) {
        expect(shown.values[u], `${u} at ${at}`).toEqual(
          reachedAt(`out:${u}`) > k ? '?' : expect.stringMatching(/^[−\d]/),
        );
        expect(shown.deltas[u], `δ_${u} at ${at}`).toMatch(
          reachedAt(`delta:${u}`) > k ? /^δ = \?$/ : /^δ = [−\d]/,
        );
      }
      for (const p of PARAM_NAMES) {
        const waiting = reachedAt(`grad:${p}`) > k;
        expect(shown.pending.includes(p), `edge ${p} pending at ${at}`).toBe(waiting);
        expect(shown.graded.includes(p), `edge ${p} coloured by its gradient at ${at}`).toBe(!waiting);
      }
      for (const [name, key] of [
        ['H', 'out:H'],
        ['I', 'out:I'],
        ['E', 'E'],
      ]) {
        const hidden = reachedAt(key) > k;
        expect(shown.outputs, `${name} in the outputs line at ${at}`).toMatch(
          new RegExp(`${name} = ${hidden ? 'not computed yet' : '[−\\d]'}`),
        );
      }
      for (const e of shown.entries) {
        if (e.q.includes(':')) expect(reachedAt(e.q), `matrix entry ${e.q} at ${at}`).toBeLessThanOrEqual(k);
      }
      // every formula on the page, at a few steps: scrolled into view, it shows a result only once reached
      if ([4, 10, 19].includes(k)) {
        for (const q of formulas) {
          const f = page.locator(`[data-formula="${q}"]`).first();
          await f.scrollIntoViewIfNeeded();
          const result = async () =>
            ((await f.locator(`.live-tex__visual [data-q="${q}"]`).last().textContent()) ?? '').trim();
          await expect
            .poll(async () => isNumber(await result()), { message: `${q} at ${at}` })
            .toBe(reachedAt(q) <= k);
        }
        await page.locator(fig).scrollIntoViewIfNeeded();
      }
    }
    expect(errors).toEqual([]);
  }, 180_000);

  it('δ on every unit and ∂E/∂w on every edge match an independent computation for URL weights', async () => {
    // the weights where a purely relative gradient check failed: ∂E/∂b_F ≈ 5.2e-9
    const q = '?W1=3,2,1;-2,4,0.5&W2=9,-8,7;-6,9,-5&x=4,3&t=0.2,0.9';
    const { page, errors } = await openPage(q);
    const p: Params2x2 = { a: 3, b: 2, bF: 1, c: -2, d: 4, bG: 0.5, e: 9, f: -8, bH: 7, g: -6, h: 9, bI: -5 };
    const ref = reference2x2(p, 4, 3, 0.2, 0.9);
    // δ_X = ∂E/∂net_X, the gradient of X's bias
    const delta = { F: ref.grad.bF, G: ref.grad.bG, H: ref.grad.bH, I: ref.grad.bI };
    const fig = '#hidden-gradient .derivation-figure';
    await page.locator(fig).scrollIntoViewIfNeeded();
    for (const u of UNITS) {
      await expect(page.locator(`${fig} .node[data-q="${u}"] .node__delta`).textContent()).resolves.toBe(
        `δ = ${formatNumber(delta[u])}`,
      );
    }
    for (const n of PARAM_NAMES) {
      const shown = Number(await page.locator(`${fig} line.edge[data-q="${n}"]`).getAttribute('data-grad'));
      expect(Math.abs(shown - ref.grad[n]), `∂E/∂${n}`).toBeLessThanOrEqual(
        1e-12 * Math.max(1, Math.abs(ref.grad[n])),
      );
    }
    await expect(page.locator(`${fig} .node[data-q="H"] .node__target`).textContent()).resolves.toBe(
      't₁ = 0.2000',
    );
    await expect(page.locator(`${fig} .node[data-q="I"] .node__target`).textContent()).resolves.toBe(
      't₂ = 0.9000',
    );
    // the exact value: on keyboard focus of a weight, and on hovering its edge
    const legend = page.locator(`${fig} [data-testid="diagram-legend"]`);
    const handle = page.locator(`${fig} g.weight-handle[data-q="bF"]`);
    await handle.focus();
    await expect(legend.textContent()).resolves.toBe(`∂E/∂β_F = ${formatNumber(ref.grad.bF)}`);
    await expect(handle.getAttribute('aria-valuetext')).resolves.toBe(
      `β_F = 1.000, ∂E/∂β_F = ${formatNumber(ref.grad.bF)}`,
    );
    await handle.blur();
    // a point two thirds of the way along edge e, clear of its handle (at a third) and of the nodes
    const point = await page.locator(`${fig} line.edge[data-q="e"]`).evaluate((el) => {
      const line = el as SVGLineElement;
      const at = (k: 'x' | 'y', t: number) => {
        const a = line[`${k}1`].baseVal.value;
        return a + (line[`${k}2`].baseVal.value - a) * t;
      };
      const m = line.getScreenCTM();
      const p = new DOMPoint(at('x', 0.65), at('y', 0.65)).matrixTransform(m ?? undefined);
      return { x: p.x, y: p.y };
    });
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => legend.textContent()).toBe(`∂E/∂e = ${formatNumber(ref.grad.e)}`);

    // sections before 7 show no more than they have defined
    const s5 = '#error .derivation-figure';
    await page.locator(s5).scrollIntoViewIfNeeded();
    expect(await page.locator(`${s5} .node__delta`).count()).toBe(0);
    expect(await page.locator(`${s5} .node__target`).count()).toBe(2);
    const graded5 = await page
      .locator(`${s5} line.edge[data-grad]`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-q')));
    expect(graded5.sort()).toEqual(['bH', 'bI', 'e', 'f', 'g', 'h']);
    const s6 = '#output-gradient .derivation-figure';
    await page.locator(s6).scrollIntoViewIfNeeded();
    expect(await page.locator(`${s6} .node__delta`).count()).toBe(2);
    const s2 = '#forward .derivation-figure';
    await page.locator(s2).scrollIntoViewIfNeeded();
    expect(
      await page.locator(`${s2} .node__delta, ${s2} .node__target, ${s2} line.edge[data-grad]`).count(),
    ).toBe(0);
    await expect(page.locator(`${s2} [data-testid="outputs"] .sr-only`).textContent()).resolves.not.toMatch(
      /E =/,
    );
    expect(errors).toEqual([]);
  });

  it('hovering or focusing a hidden-weight formula lights its whole path in the diagram', async () => {
    const { page, errors } = await openPage();
    const fig = '#hidden-gradient';
    const lit = () =>
      page
        .locator(`${fig} .network-diagram line.edge${LIT}, ${fig} .network-diagram .node${LIT}`)
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-q')).sort());
    const formula = page.locator('[data-formula="grad:a"]').first();
    await formula.scrollIntoViewIfNeeded();
    await formula.hover();
    // a → F → H and a → F → I
    await expect.poll(lit).toEqual(['F', 'H', 'I', 'a', 'e', 'g']);
    await page.mouse.move(0, 0);
    await expect.poll(lit).toEqual([]);
    await formula.focus();
    await expect.poll(lit).toEqual(['F', 'H', 'I', 'a', 'e', 'g']);
    await formula.blur();
    await expect.poll(lit).toEqual([]);
    // section 4's ∂H/∂b_G runs through G and f only
    const jac = page.locator('[data-formula="jac:H:bG"]').first();
    await jac.scrollIntoViewIfNeeded();
    await jac.hover();
    const fig4 = '#hidden-derivatives';
    await expect
      .poll(() =>
        page
          .locator(`${fig4} .network-diagram line.edge${LIT}, ${fig4} .network-diagram .node${LIT}`)
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-q')).sort()),
      )
      .toEqual(['G', 'H', 'bG', 'f']);
    expect(errors).toEqual([]);
  });

  it('stepping to δ_F sends the error signal back along e and g; it does not move under reduced motion', async () => {
    const { page, errors } = await openPage();
    const fig = '#hidden-gradient .derivation-figure';
    await page.locator(fig).scrollIntoViewIfNeeded();
    await page.locator(`${fig} button`, { hasText: 'Step through' }).click();
    for (let i = 0; i < ORDER.indexOf('delta:F'); i++)
      await page.locator(`${fig} button`, { hasText: 'Next' }).click();
    await expect(page.locator(`${fig} [data-testid="stepper-status"]`).textContent()).resolves.toMatch(
      /δ of F/,
    );
    const edgesLit = await page
      .locator(`${fig} line.edge${LIT}`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-q')).sort());
    expect(edgesLit).toEqual(['e', 'g']);
    const signals = page.locator(`${fig} circle.signal`);
    expect(await signals.count()).toBe(2);
    // openPage asks for reduced motion: the dots are not drawn, the lit path says it all
    expect(await signals.first().evaluate((c) => getComputedStyle(c).display)).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await signals.first().evaluate((c) => getComputedStyle(c).animationName)).toBe('signal-travel');
    expect(errors).toEqual([]);
  });
});

describe('the lab: start with all weights equal', () => {
  it('keeps the four hidden units identical through training', async () => {
    const { page, errors } = await openPage();
    const xor = page.locator('#xor');
    await xor.scrollIntoViewIfNeeded();
    await xor.getByRole('button', { name: 'Start with all weights equal' }).click();
    await expect(xor.getByTestId('lab-status').textContent()).resolves.toMatch(/^epoch 0 /);
    await expect(xor.getByTestId('lab-symmetry').textContent()).resolves.toMatch(
      /hidden units are identical/,
    );
    const hidden = () =>
      xor
        .locator('.lab-diagram .node .node__value')
        .evaluateAll((els) =>
          els.map((e) => `${e.closest('.node')?.getAttribute('data-q')}=${e.textContent}`),
        );
    const before = await hidden();
    for (let i = 0; i < 30; i++) await xor.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(xor.getByTestId('lab-status').textContent()).resolves.toMatch(/^epoch 30 /);
    const after = await hidden();
    expect(after).not.toEqual(before);
    // h1 … h4 show one value between them, for each of the four samples
    const samples = await xor.getByRole('radio', { name: /^show sample/ }).all();
    expect(samples).toHaveLength(4);
    for (const sample of samples) {
      await sample.check();
      const values = (await hidden()).filter((v) => /^h[1-4]=/.test(v)).map((v) => v.split('=')[1]);
      expect(values).toHaveLength(4);
      expect(new Set(values).size).toBe(1);
    }
    await expect(xor.getByTestId('lab-symmetry').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });
});
