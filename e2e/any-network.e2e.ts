import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './page';

afterAll(closeBrowser);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Matrix = number[][];

const section = (page: Page) => page.locator('#any-network');

/**
 * Choose a shape with the figure's own controls, as a reader would. Each control is scrolled
 * to first: sections above may still change height as they render (content-visibility), and a
 * figure off screen keeps its last drawing until it is back in view.
 */
async function chooseSizes(page: Page, sizes: number[]) {
  const s = section(page);
  const pick = async (label: string, value: number) => {
    const select = s.getByLabel(label, { exact: true });
    await select.scrollIntoViewIfNeeded();
    await page.waitForTimeout(100);
    await select.scrollIntoViewIfNeeded();
    await select.selectOption(String(value));
  };
  await pick('Layers', sizes.length);
  const names = sizes.map((_, l) =>
    l === 0 ? 'Inputs' : l === sizes.length - 1 ? 'Outputs' : `Hidden ${l}`,
  );
  for (const [l, n] of sizes.entries()) await pick(names[l], n);
  await expect.poll(() => s.locator('[data-matrix]').count()).toBe(3 * (sizes.length - 1));
}

/**
 * The last matrix of a live line, as the page shows it: the line's words for screen readers
 * ("…: 0.1022; 0.03248", rows split by ';') give the structure and values, and the typeset
 * numbers (KaTeX's number slots, last in the line) must read the same.
 */
async function shownMatrix(page: Page, name: string): Promise<Matrix> {
  const line = section(page).locator(`[data-matrix="${name}"]`);
  const words = (await line.locator('.sr-only').textContent()) ?? '';
  const rows = words
    .slice(words.lastIndexOf(': ') + 2)
    .split('; ')
    .map((r) => r.split(', '));
  // KaTeX lays a matrix out column by column; the slot numbers keep the TeX's (row-major) order
  const typeset = await line.evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('[data-slot]')]
      .sort((a, b) => Number(a.dataset.slot) - Number(b.dataset.slot))
      .map((e) => e.textContent ?? ''),
  );
  const entries = rows.flat();
  // a slot holds a number's mantissa; an exponent (×10^k) is part of the typeset shape
  expect(typeset.slice(-entries.length), `${name} typeset`).toEqual(entries.map((e) => e.split('e')[0]));
  return rows.map((r) => r.map(parseShown));
}

/** A number in the page's format: U+2212 minus, `1.234e−5` for tiny ones. */
function parseShown(s: string): number {
  const v = Number(s.trim().replace(/−/g, '-'));
  if (!Number.isFinite(v)) throw new Error(`not a number: ${s}`);
  return v;
}

/** An independent forward pass and error (no src/nn): E = Σ (out − t)², σ on every layer. */
function errorOf(weights: Matrix[], x: number[], t: number[]): number {
  let a = x;
  for (const W of weights) {
    a = W.map((row) => 1 / (1 + Math.exp(-row.reduce((s, w, j) => s + w * (j < a.length ? a[j] : 1), 0))));
  }
  return a.reduce((e, o, k) => e + (o - t[k]) ** 2, 0);
}

/** ∂E/∂W by central differences, entry by entry. */
function numericGradient(weights: Matrix[], x: number[], t: number[]): Matrix[] {
  const eps = 1e-6;
  return weights.map((W, l) =>
    W.map((row, i) =>
      row.map((_, j) => {
        const at = (d: number) =>
          errorOf(
            weights.map((M, m) =>
              m === l ? M.map((r, ii) => r.map((v, jj) => (ii === i && jj === j ? v + d : v))) : M,
            ),
            x,
            t,
          );
        return (at(eps) - at(-eps)) / (2 * eps);
      }),
    ),
  );
}

/** Shown with 4 significant digits: within half a unit of the 4th digit, plus finite-difference slack. */
const agrees = (shown: number, expected: number) =>
  Math.abs(shown - expected) <= 5.1e-4 * Math.abs(expected) + 1e-9;

/** Same shape as `expected`, and every shown entry is `expected`'s entry to 4 significant digits. */
function expectShown(shown: Matrix, expected: Matrix, name: string) {
  expect(
    shown.map((r) => r.length),
    `${name}'s shape`,
  ).toEqual(expected.map((r) => r.length));
  for (const [a, row] of shown.entries()) {
    for (const [b, v] of row.entries()) {
      expect(agrees(v, expected[a][b]), `${name}[${a}][${b}]: shown ${v}, expected ${expected[a][b]}`).toBe(
        true,
      );
    }
  }
}

async function readNetwork(page: Page) {
  const fig = section(page).locator('.any-network');
  const x = JSON.parse((await fig.getAttribute('data-x')) ?? 'null') as number[];
  const t = JSON.parse((await fig.getAttribute('data-t')) ?? 'null') as number[];
  const weights: Matrix[] = [];
  for (const el of await section(page).locator('[data-matrix^="W"]').all()) {
    weights.push(JSON.parse((await el.getAttribute('data-values')) ?? 'null'));
  }
  return { weights, x, t };
}

describe('section 8: any network', () => {
  it('redraws a 3-5-2-1 network, shows gradients that match finite differences, and takes a new seed', async () => {
    const { page, errors } = await openPage();
    await chooseSizes(page, [3, 5, 2, 1]);
    const s = section(page);
    // 11 units and the 1 appended to each of the 3 non-output layers; one edge per weight
    await expect(s.locator('svg.network-diagram .node').count()).resolves.toBe(14);
    await expect(s.locator('svg.network-diagram .node--bias').count()).resolves.toBe(3);
    await expect(s.locator('svg.network-diagram .edge').count()).resolves.toBe(5 * 4 + 2 * 6 + 1 * 3);

    const shapes = [
      [5, 4],
      [2, 6],
      [1, 3],
    ];
    const { weights, x, t } = await readNetwork(page);
    expect(x).toHaveLength(3);
    expect(t).toHaveLength(1);
    expect(weights.map((W) => [W.length, W[0].length])).toEqual(shapes);
    const expected = numericGradient(weights, x, t);
    for (const [i, [rows, cols]] of shapes.entries()) {
      const l = i + 1;
      // the weight matrix typeset is the one the test computed with
      expectShown(await shownMatrix(page, `W${l}`), weights[i], `W${l}`);
      // ∂E/∂W^l: the shape of W^l, every entry as an independent finite difference predicts
      expectShown(await shownMatrix(page, `gradW${l}`), expected[i], `dE/dW${l}`);
      // δ^l is the gradient's bias column
      const biasColumn = expected[i].map((r) => [r[cols - 1]]);
      expectShown(await shownMatrix(page, `delta${l}`), biasColumn, `delta${l}`);
      expect([rows, cols]).toEqual([expected[i].length, expected[i][0].length]);
    }
    const maxScaled = Number(await s.getByTestId('any-network-check').getAttribute('data-max-scaled'));
    expect(maxScaled).toBeLessThan(1e-6);
    await expect(s.getByTestId('any-network-check').textContent()).resolves.toMatch(/agree for every one/);
    await expect(s.getByTestId('any-network-check').textContent()).resolves.toMatch(
      /all 35 weights and biases/,
    );

    // a new seed draws new weights of the same shapes; a seed it cannot use is reported and ignored
    const before = await readNetwork(page);
    await s.getByRole('button', { name: 'New weights' }).click();
    await expect.poll(async () => (await readNetwork(page)).weights).not.toEqual(before.weights);
    const after = await readNetwork(page);
    expect(after.weights.map((W) => [W.length, W[0].length])).toEqual(
      before.weights.map((W) => [W.length, W[0].length]),
    );
    await expect(s.getByLabel('Seed').inputValue()).resolves.toBe('2');
    await s.getByLabel('Seed').fill('1.5');
    await s.getByLabel('Seed').blur();
    // (the section's exercises have status regions of their own, empty until checked)
    await expect(
      s
        .getByRole('status')
        .filter({ hasText: /seed must be a whole number/ })
        .count(),
    ).resolves.toBe(1);
    expect((await readNetwork(page)).weights).toEqual(after.weights);
    await expect(s.getByLabel('Seed').inputValue()).resolves.toBe('2');
    await expect(page.locator('.katex-error').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps the widest network inside a 375 px phone: wide matrices scroll in their own box', async () => {
    const { page, errors } = await openPage('', { width: 375, height: 800 });
    await chooseSizes(page, [8, 8, 8, 8, 8]);
    await expect(section(page).locator('svg.network-diagram .node').count()).resolves.toBe(8 * 5 + 4);
    // measured on this section only, so another section's overflow neither hides nor fakes ours
    const widths = await page.evaluate(() => {
      const s = document.getElementById('any-network') as HTMLElement;
      const boxes = [...s.querySelectorAll('.katex-display, svg.network-diagram, select, input, button, p')];
      return {
        view: window.innerWidth,
        section: s.getBoundingClientRect().right,
        // the figure panel runs edge to edge on a phone (past the section's padding, by design):
        // what must not happen is the page itself scrolling sideways
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        widest: Math.max(...boxes.map((e) => e.getBoundingClientRect().right)),
        scrolls: [...s.querySelectorAll('.katex-display')].some((e) => e.scrollWidth > e.clientWidth),
      };
    });
    expect(widths.section).toBeLessThanOrEqual(widths.view);
    expect(widths.overflow).toBeLessThanOrEqual(0);
    expect(widths.widest).toBeLessThanOrEqual(widths.view);
    expect(widths.scrolls).toBe(true); // the 8x8 matrices are wider than a phone: they scroll
    // ... and a box that scrolls can be reached with the keyboard (axe: scrollable-region-focusable)
    await page.addScriptTag({ content: axeSource });
    const violations = (await page.evaluate(() =>
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
      (window as any).axe
        .run('#any-network', {
          resultTypes: ['violations'],
          // the rules this shape can break; a11y.e2e.ts runs all of them on the default page
          runOnly: [
            'scrollable-region-focusable',
            'label',
            'select-name',
            'button-name',
            'nested-interactive',
          ],
        })
        .then((r: { violations: { id: string }[] }) => r.violations.map((v) => v.id)),
    )) as string[];
    expect(violations).toEqual([]);
    await expect(page.locator('.katex-error').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
