import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowserWith, openPageWith, visitEverySection } from './pageWith';

afterAll(closeBrowserWith);

const PHONE = { width: 375, height: 800 };
const PROJECTOR = { width: 1024, height: 768 };

/**
 * The size each figure label is drawn at, in CSS px: its font size times the scale the SVG is
 * drawn at (the screen CTM; a rotated axis label included). The bounding box of the text would
 * also count the line's ascent and descent. Subscripts (a `tspan` at 0.75 of its symbol) are
 * part of their symbol's text and not measured on their own.
 */
const svgLabelSizes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('.section__figure svg text')]
      .filter((t) => t.textContent?.trim() && t.getBoundingClientRect().height > 0)
      .map((t) => {
        const m = t.getScreenCTM();
        const px = Number.parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 0);
        return {
          what: `${t.closest('section')?.id} ${t.getAttribute('class') ?? ''} "${t.textContent}"`,
          px,
        };
      }),
  );

/** Every box inside the figures that scrolls or hides what does not fit, and by how much it does not. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const wide = window.innerWidth >= 960;
    for (const el of document.querySelectorAll<HTMLElement>('.section__figure, .section__figure *')) {
      // KaTeX's own layout boxes and screen-reader text clip by design
      if (el.closest('.katex, .sr-only')) continue;
      // a graph or table wider than the column scrolls in its own focusable box by design
      // (section 11's computational graph, as section 8's widest matrices do)
      if (el.matches('[data-scroll-box]')) continue;
      // the lab's column beside the prose is a scroll region on purpose (lab.css): it keeps
      // training's layout work inside it; its panels are checked like every other
      if (wide && el.matches('.section__figure:has(.lab)')) continue;
      const s = getComputedStyle(el);
      // what clips: a box that hides or scrolls its overflow, or one with paint containment
      const clips =
        s.overflowX !== 'visible' || s.overflowY !== 'visible' || /paint|content|strict/.test(s.contain);
      if (!clips) continue;
      const x = el.scrollWidth - el.clientWidth;
      const y = el.scrollHeight - el.clientHeight;
      if (x > 1 || y > 1) {
        const name = el.getAttribute('class') ?? el.tagName;
        out.push(
          `${el.closest('section')?.id} .${name}: ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`,
        );
      }
    }
    return { out, pageWidth: document.documentElement.scrollWidth };
  });

describe('on a phone (375 px)', { timeout: 180_000 }, () => {
  it('every weight handle can be hit anywhere in a 24×24 px square around its centre', async () => {
    const { page, errors } = await openPageWith({ viewport: PHONE });
    const handles = page.locator('#bias .weight-handle');
    await expect(handles.count()).resolves.toBe(12);
    for (let i = 0; i < 12; i++) {
      const handle = handles.nth(i);
      await handle.scrollIntoViewIfNeeded();
      const misses = await handle.evaluate((h) => {
        const box =
          h.querySelector('.weight-handle__box')?.getBoundingClientRect() ?? h.getBoundingClientRect();
        const cx = box.x + box.width / 2;
        const cy = box.y + box.height / 2;
        const out: string[] = [];
        for (const dx of [-11.5, 0, 11.5])
          for (const dy of [-11.5, 0, 11.5]) {
            const hit = document.elementFromPoint(cx + dx, cy + dy)?.closest('.weight-handle');
            if (hit !== h) out.push(`${h.getAttribute('aria-label')} missed at (${dx}, ${dy})`);
          }
        return out;
      });
      expect(misses).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  it('a finger on the edge of a handle’s target drags it', async () => {
    const { page, errors } = await openPageWith({ viewport: PHONE });
    const e = page.locator('#bias').getByRole('slider', { name: /^weight e,/ });
    await e.scrollIntoViewIfNeeded();
    const box = await e.locator('.weight-handle__box').boundingBox();
    if (!box) throw new Error('handle e is not drawn');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2 + 11; // below the visible chip, inside the 24 px target
    const before = Number(await e.getAttribute('aria-valuenow'));
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 30, y, { steps: 5 });
    await page.mouse.up();
    expect(Number(await e.getAttribute('aria-valuenow'))).toBeGreaterThan(before);
    expect(errors).toEqual([]);
  });

  it('a finger drags a handle: the weight moves by the travel in the diagram’s units, only while touching', async () => {
    const { page, errors } = await openPageWith({ viewport: PHONE, touch: true });
    const e = page.locator('#bias').getByRole('slider', { name: /^weight e,/ });
    await e.scrollIntoViewIfNeeded();
    const box = await e.boundingBox();
    if (!box) throw new Error('handle e is not drawn');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // CSS pixels per unit of the diagram (440 units wide, drawn about 390 px wide here)
    const pxPerUnit = await e.evaluate((el) => {
      const m = (el as SVGGraphicsElement).getScreenCTM();
      return m ? Math.hypot(m.a, m.b) : Number.NaN;
    });
    const before = Number(await e.getAttribute('aria-valuenow'));
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', px: number, py = y) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: px, y: py }],
      });
    await touch('touchStart', x);
    // right 60 px and down 20 px: right raises the weight, down lowers it
    for (let i = 1; i <= 6; i++) await touch('touchMove', x + i * 10, y + (i * 20) / 6);
    await touch('touchEnd', x + 60, y + 20);
    const expected = before + ((60 - 20) / pxPerUnit) * 0.01;
    const after = Number(await e.getAttribute('aria-valuenow'));
    expect(Math.abs(after - expected)).toBeLessThanOrEqual(0.011);
    expect(after).toBeGreaterThan(before + 0.05);
    // a later touch elsewhere on the page does not move it
    await touch('touchStart', x, y + 200);
    await touch('touchMove', x + 60, y + 200);
    await touch('touchEnd', x + 60, y + 200);
    expect(Number(await e.getAttribute('aria-valuenow'))).toBe(after);
    expect(errors).toEqual([]);
  });

  it('each figure panel runs edge to edge, painted to the screen’s edges (its section does not clip it)', async () => {
    const { page, errors } = await openPageWith({ viewport: PHONE });
    for (const id of ['bias', 'xor']) {
      const inner = page.locator(`#${id} .section__figure-inner`);
      await inner.scrollIntoViewIfNeeded();
      const box = await inner.boundingBox();
      if (!box) throw new Error(`#${id} has no figure panel`);
      expect(box.x, `#${id}'s panel starts at the screen's left edge`).toBeLessThanOrEqual(0.5);
      expect(box.x + box.width, `#${id}'s panel ends at the right edge`).toBeGreaterThanOrEqual(
        PHONE.width - 0.5,
      );
      // what is drawn 2 px from either edge, halfway down the visible part of the panel, is the
      // panel's own (a section that paints only inside its box would clip it and show the page)
      const y = Math.min(box.y + box.height / 2, box.y + 200);
      const owners = await page.evaluate(
        ([id, y]) =>
          [2, 373].map(
            (x) =>
              document.elementFromPoint(x, y as number)?.closest(`#${id} .section__figure-inner`) !== null,
          ),
        [id, y] as const,
      );
      expect(owners, `#${id} at y = ${y}`).toEqual([true, true]);
    }
    expect(errors).toEqual([]);
  });

  it('every figure label is drawn at 11 px or more', async () => {
    const { page, errors } = await openPageWith({ viewport: PHONE });
    await visitEverySection(page);
    const sizes = await svgLabelSizes(page);
    expect(sizes.length).toBeGreaterThan(60);
    expect(sizes.filter((s) => s.px < 11)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('projected at 1024×768', { timeout: 180_000 }, () => {
  it('figure text is 12 px or more, in the diagrams and in the typeset matrices', async () => {
    const { page, errors } = await openPageWith({ viewport: PROJECTOR });
    await visitEverySection(page);
    await page.waitForTimeout(400); // a formula shrunk to fit its column is refitted within 250 ms
    const labels = await svgLabelSizes(page);
    expect(labels.length).toBeGreaterThan(60);
    expect(labels.filter((s) => s.px < 12)).toEqual([]);
    // HTML text in the figures, KaTeX's formulas by their base size (scripts are smaller by design)
    const small = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('.section__figure *')) {
        if (el.closest('svg, .sr-only, sup, sub, .katex-mathml, .live-tex--pending')) continue;
        if (el.closest('.katex') && !el.matches('.katex')) continue;
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        if (!own && !el.matches('.katex')) continue;
        if (el.getBoundingClientRect().height === 0) continue;
        const px = Number.parseFloat(getComputedStyle(el).fontSize);
        if (px < 12) out.push(`${el.closest('section')?.id} .${el.className}: ${px} px`);
      }
      return out;
    });
    expect(small).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('nothing scrolls sideways, matrices included', async () => {
    const { page, errors } = await openPageWith({ viewport: PROJECTOR });
    await visitEverySection(page);
    await page.waitForTimeout(400);
    const sideways = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.section__figure *')]
        .filter((el) => !el.closest('.katex, .sr-only') && el.scrollWidth > el.clientWidth + 1)
        .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
        .map((el) => `${el.closest('section')?.id} .${el.className}: ${el.scrollWidth} in ${el.clientWidth}`),
    );
    expect(sideways).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1024);
    expect(errors).toEqual([]);
  });
});

describe('no figure clips its content', { timeout: 180_000 }, () => {
  for (const viewport of [{ width: 1280, height: 900 }, PROJECTOR, { width: 768, height: 1024 }, PHONE]) {
    it(`at ${viewport.width}×${viewport.height}, after “Update once” too`, async () => {
      const { page, errors } = await openPageWith({ viewport });
      await visitEverySection(page);
      const update = page.locator('#hidden-gradient').getByRole('button', { name: 'Update once' });
      await update.scrollIntoViewIfNeeded();
      await update.click();
      await expect(page.getByTestId('last-update').count()).resolves.toBe(1);
      await page.waitForTimeout(400);
      const { out, pageWidth } = await overflowing(page);
      expect(out).toEqual([]);
      expect(pageWidth).toBe(viewport.width);
      // a figure beside its prose that is taller than the window can still be read to its end
      const figure = page.locator('#hidden-gradient .section__figure');
      const box = await figure.boundingBox();
      if (box && viewport.width >= 960) {
        await figure.locator('[data-testid="last-update"]').scrollIntoViewIfNeeded();
        const last = await figure.locator('[data-testid="last-update"]').boundingBox();
        expect(last && last.y + last.height).toBeLessThanOrEqual(viewport.height);
      }
      expect(errors).toEqual([]);
    });
  }
});

/**
 * Every pair of a weight's chip and a text around a unit (its label, value, δ or target) that
 * overlap on screen, and by how much. Sections 5 to 7 add the targets and the deltas, which
 * once took room from the columns and put the chips over the values beside them.
 */
const coveredTexts = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll('.section__figure svg.network-diagram')) {
      const texts = [...svg.querySelectorAll<SVGTextElement>('g.node text')].filter((t) =>
        t.textContent?.trim(),
      );
      for (const chip of svg.querySelectorAll('.weight-handle__box')) {
        const c = chip.getBoundingClientRect();
        for (const text of texts) {
          const t = text.getBoundingClientRect();
          const w = Math.min(t.right, c.right) - Math.max(t.left, c.left);
          const h = Math.min(t.bottom, c.bottom) - Math.max(t.top, c.top);
          if (w > 0 && h > 0)
            out.push(
              `${svg.closest('section')?.id}: chip ${chip.closest('.weight-handle')?.getAttribute('data-q')} covers "${text.textContent}" by ${w.toFixed(1)}×${h.toFixed(1)} px`,
            );
        }
      }
    }
    return out;
  });

describe('no weight’s chip covers the numbers around a unit', { timeout: 180_000 }, () => {
  for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
    it(`at ${viewport.width} px, in every diagram`, async () => {
      const { page, errors } = await openPageWith({ viewport });
      await visitEverySection(page);
      // the hidden layer's deltas and the targets are drawn (section 7's figure shows them all)
      await expect(page.locator('#hidden-gradient .node__delta').count()).resolves.toBe(4);
      await expect(page.locator('#hidden-gradient .node__target').count()).resolves.toBe(2);
      expect(await coveredTexts(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
