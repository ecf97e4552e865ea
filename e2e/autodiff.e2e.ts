import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { sliderValue } from './page';
import { closeBrowserWith, openPageWith } from './pageWith';
import { MAZUR_PARAMS, PARAM_NAMES, type Params2x2, reference2x2 } from './reference2x2';

afterAll(closeBrowserWith);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on one part of the page in its current state: no violations. */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
    (sel) => (window as any).axe.run(sel, { resultTypes: ['violations'] }),
    selector,
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const FIG = '#autodiff .autodiff';
const DEFAULTS = MAZUR_PARAMS;
const X = [0.05, 0.1] as const;
const T = [0.01, 0.99] as const;

/** A number as the page prints it (true minus sign, thin spaces, × 10^k) back into a number. */
function parseShown(text: string): number {
  const t = text.replace(/[−–]/g, '-').replace(/[\s\u2009]/g, '');
  const sci = /^(-?[\d.]+)×10(-?\d+)$/.exec(t);
  if (sci) return Number(sci[1]) * 10 ** Number(sci[2]);
  return Number(t);
}

/** Does a matrix entry typeset at 4 significant digits show this value, rounded? */
function sameDigits(value: number, typeset: string): boolean {
  const shown = parseShown(typeset);
  const rounded = Number(value.toPrecision(4));
  return Math.abs(shown - rounded) <= 1e-9 * Math.abs(rounded);
}

/** What the autodiff figure shows now: the adjoints drawn, the current box, the table. */
async function readFigure(page: Page) {
  return page.locator(FIG).evaluate((fig) => {
    const adjoints: Record<string, number> = {};
    for (const t of fig.querySelectorAll('.autodiff-node__adjoint'))
      adjoints[t.closest('[data-node]')?.getAttribute('data-node') ?? '?'] = Number(
        t.getAttribute('data-adjoint'),
      );
    const edges = [...fig.querySelectorAll('path[data-edge]')].map(
      (p) => (p.getAttribute('data-edge') ?? '').split('>') as [string, string],
    );
    const rows = [...fig.querySelectorAll('tr[data-param]')].map((r) => ({
      param: r.getAttribute('data-param') ?? '',
      graph: r.querySelector('.autodiff__graph')?.textContent ?? '',
      matrix: r.querySelector('.autodiff__matrix')?.textContent ?? '',
      difference: r.querySelector('td:last-child')?.textContent ?? '',
    }));
    return {
      nodes: fig.querySelectorAll('[data-node]').length,
      adjoints,
      current: fig.querySelector('.autodiff-node.is-current')?.getAttribute('data-node') ?? null,
      edges,
      rows,
      status: fig.querySelector('[data-testid="autodiff-status"]')?.textContent ?? '',
    };
  });
}

/** The entries of a section figure's gradient matrix, as typeset (4 significant digits). */
async function matrixEntries(page: Page, section: string, names: readonly string[]) {
  await page.locator(`#${section} .section__figure`).scrollIntoViewIfNeeded();
  const out: Record<string, string> = {};
  for (const n of names) {
    const cell = page.locator(
      `#${section} .section__figure .live-matrix .live-tex__visual [data-q="grad:${n}"]`,
    );
    out[n] = ((await cell.first().textContent()) ?? '').trim();
  }
  return out;
}

const W1 = ['a', 'b', 'bF', 'c', 'd', 'bG'] as const;
const W2 = ['e', 'f', 'bH', 'g', 'h', 'bI'] as const;

async function openAt(query: string) {
  const { page, errors } = await openPageWith({}, query);
  await page.locator(FIG).scrollIntoViewIfNeeded();
  return { page, errors };
}

describe('section 11: the 2x2 network as a computational graph', () => {
  it('steps the adjoints with the keys, E first and each box after every box that uses it', async () => {
    const { page, errors } = await openAt('/');
    const start = await readFigure(page);
    expect(start.nodes).toBe(39);
    expect(Object.keys(start.adjoints)).toEqual([]); // nothing reached: no adjoint shown
    await page.locator(FIG).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await readFigure(page)).current).toBe('E');
    let shown = await readFigure(page);
    expect(shown.adjoints).toEqual({ E: 1 });
    expect(shown.status).toMatch(/^Step 1 of 39/);

    const seen = ['E'];
    for (let k = 2; k <= 39; k++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await readFigure(page)).status).toMatch(new RegExp(`^Step ${k} of 39`));
      shown = await readFigure(page);
      const now = shown.current as string;
      // every box that uses this one was reached before it: a reverse topological order
      for (const [from, to] of shown.edges)
        if (from === now) expect(seen, `${now} before ${to}`).toContain(to);
      seen.push(now);
      expect(Object.keys(shown.adjoints).sort()).toEqual([...seen].sort());
      if (now === 'out:F') {
        // F fans out to e·F and g·F: its adjoint is the sum of what flows back along both edges
        expect(shown.status).toContain('feeds 2 boxes');
        const a = shown.adjoints;
        const expected = (a['mul:e'] ?? Number.NaN) * DEFAULTS.e + (a['mul:g'] ?? Number.NaN) * DEFAULTS.g;
        expect(a['out:F']).toBeCloseTo(expected, 12);
      }
    }
    // ← goes back one box, and its adjoint disappears again
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Object.keys((await readFigure(page)).adjoints).length).toBe(38);
    await page.keyboard.press('End');
    await expect.poll(async () => Object.keys((await readFigure(page)).adjoints).length).toBe(39);
    expect(errors).toEqual([]);
  }, 180_000);

  it("the table's graph gradients equal the section 6–7 matrices on the page, and an independent hand computation", async () => {
    const { page } = await openAt('/');
    await page.getByRole('button', { name: 'All adjoints' }).click();
    const { rows } = await readFigure(page);
    const ref = reference2x2(DEFAULTS, X[0], X[1], T[0], T[1]).grad;
    const shownW1 = await matrixEntries(page, 'hidden-gradient', W1);
    const shownW2 = await matrixEntries(page, 'output-gradient', W2);
    for (const r of rows) {
      const name = r.param as (typeof PARAM_NAMES)[number];
      const graph = parseShown(r.graph);
      expect(graph, name).toBeCloseTo(ref[name], 11);
      expect(parseShown(r.matrix), name).toBeCloseTo(ref[name], 11);
      expect(Math.abs(parseShown(r.difference)), name).toBeLessThan(1e-12);
      // the same digits as the matrix of section 7 (W1) and section 6 (W2) shows
      expect(sameDigits(graph, shownW1[name] ?? shownW2[name] ?? ''), name).toBe(true);
    }
    expect(rows.map((r) => r.param)).toEqual([...PARAM_NAMES]);
  }, 120_000);

  it('a weight set by the address changes the graph and the matrices alike', async () => {
    const p: Params2x2 = { ...DEFAULTS, a: 1.5, b: -2, bF: 0.3, c: 0.7, d: 0.2, bG: -1, e: -0.8, h: 2.25 };
    const query = `/?W1=${p.a},${p.b},${p.bF};${p.c},${p.d},${p.bG}&W2=${p.e},${p.f},${p.bH};${p.g},${p.h},${p.bI}`;
    const { page } = await openAt(query);
    await page.locator(FIG).focus();
    await page.keyboard.press('End');
    await expect.poll(async () => Object.keys((await readFigure(page)).adjoints).length).toBe(39);
    const { rows } = await readFigure(page);
    const ref = reference2x2(p, X[0], X[1], T[0], T[1]).grad;
    const before = reference2x2(DEFAULTS, X[0], X[1], T[0], T[1]).grad;
    const shownW1 = await matrixEntries(page, 'hidden-gradient', W1);
    for (const r of rows) {
      const name = r.param as (typeof PARAM_NAMES)[number];
      expect(parseShown(r.graph), name).toBeCloseTo(ref[name], 11);
      expect(parseShown(r.matrix), name).toBeCloseTo(ref[name], 11);
      if (name in shownW1) expect(sameDigits(parseShown(r.graph), shownW1[name] ?? ''), name).toBe(true);
    }
    expect(Math.abs(ref.a - before.a)).toBeGreaterThan(1e-3); // the change is one the table can show

    // then the reader nudges a in section 1 (its slider, by keyboard): the graph follows, live
    const slider = page.locator('#bias').getByRole('slider', { name: /^weight a,/ });
    await slider.scrollIntoViewIfNeeded();
    await slider.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => sliderValue(page, /^weight a,/)).toBe(1.51);
    await page.locator(FIG).scrollIntoViewIfNeeded();
    const nudged = reference2x2({ ...p, a: 1.51 }, X[0], X[1], T[0], T[1]).grad;
    await expect
      .poll(async () => parseShown((await readFigure(page)).rows.find((r) => r.param === 'a')?.graph ?? ''))
      .toBeCloseTo(nudged.a, 11);
    const aNode = page.locator(`${FIG} [data-node="a"] .autodiff-node__value`);
    expect(((await aNode.textContent()) ?? '').trim()).toBe('1.510');
  }, 120_000);

  it('does not widen a 375 px page: the graph scrolls inside the figure', async () => {
    const { page } = await openPageWith({ viewport: { width: 375, height: 800 } }, '/#autodiff');
    await page.locator(FIG).scrollIntoViewIfNeeded();
    const box = await page.locator('#autodiff .section__figure').boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(375);
    const scroll = page.locator(`${FIG} .autodiff__scroll`).first();
    expect(await scroll.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const svg = await page.locator(`${FIG} svg.autodiff-graph`).boundingBox();
    expect(svg?.width ?? 0).toBeGreaterThanOrEqual(480); // drawn at a readable size, not shrunk
  }, 120_000);
});

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds nothing in the graph (mid-step) or the ½ switch, ${colorScheme}`, async () => {
      const { page } = await openPageWith({ colorScheme }, '/?half=1');
      await page.locator(FIG).scrollIntoViewIfNeeded();
      await page.locator(FIG).focus();
      for (let k = 0; k < 12; k++) await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await readFigure(page)).status).toMatch(/^Step 12 of 40/);
      expect(await axeViolations(page, '#autodiff')).toEqual([]);
      await page.locator('#error .half-switch').scrollIntoViewIfNeeded();
      expect(await axeViolations(page, '#error .half-switch')).toEqual([]);
    }, 300_000);
  }
});

describe("section 5: the ½ switch and Mazur's example", () => {
  const digits = (page: Page) =>
    Promise.all([
      page.locator('[data-testid="error-9"]').textContent(),
      page.locator('[data-testid="grad-e-9"]').textContent(),
    ]);

  it("“Load Mazur's example” shows his E_total = 0.298371109 and ∂E/∂w5 = 0.082167041, and keeps half=1 in the address", async () => {
    const { page, errors } = await openPageWith({}, '/?W1=1,1,1;1,1,1&x=0.3,0.4&t=0.2,0.1');
    await page.locator('#error .section__figure').scrollIntoViewIfNeeded();
    const box = page.getByRole('checkbox', { name: 'With ½, as in Mazur’s example' });
    expect(await box.isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Load Mazur’s example' }).click();
    await expect.poll(() => digits(page)).toEqual(['0.298371109', '0.082167041']);
    expect(await box.isChecked()).toBe(true);
    await expect.poll(() => page.evaluate(() => location.search)).toContain('half=1');
    // the live formula of ∂E/∂e loses the 2: its numbers start with (H − t1), not 2(H − t1)
    const formula = page.locator('#error [data-formula="grad:e"]').first();
    await formula.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await formula.textContent()) ?? '').toContain('0.08217');
    // off again: the page's own error, exactly twice his
    await box.uncheck();
    await expect.poll(() => digits(page)).toEqual(['0.596742218', '0.164334081']);
    await expect.poll(() => page.evaluate(() => location.search)).not.toContain('half');
    expect(errors).toEqual([]);
  }, 120_000);

  it('half=1 in an address turns the ½ on; the graph gains E = ½·Σ and its table follows', async () => {
    const { page } = await openPageWith({}, '/?half=1');
    await page.locator('#error .section__figure').scrollIntoViewIfNeeded();
    await expect.poll(() => digits(page)).toEqual(['0.298371109', '0.082167041']);
    await page.locator(FIG).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'All adjoints' }).click();
    const shown = await readFigure(page);
    expect(shown.nodes).toBe(40);
    const e = shown.rows.find((r) => r.param === 'e');
    // twelve decimals on the page, Mazur's nine when rounded
    expect(parseShown(e?.graph ?? '').toFixed(9)).toBe('0.082167041');
    expect(parseShown(e?.matrix ?? '').toFixed(9)).toBe('0.082167041');
  }, 120_000);
});
