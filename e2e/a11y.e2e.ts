import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './page';
import { closeBrowserWith, openPageWith } from './pageWith';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
afterAll(closeBrowser);
afterAll(closeBrowserWith);

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/** How the reader reached the theme: the system's setting, or the toggle in the header. */
const THEMES = ['light', 'dark (system)', 'dark (toggle)'] as const;

/** Opens the page with the system set to light or dark; the toggle, if that is the way, then picks dark. */
async function openInTheme(viewport: { width: number; height: number }, theme: (typeof THEMES)[number]) {
  const opened = await openPageWith({ viewport, colorScheme: theme === 'dark (system)' ? 'dark' : 'light' });
  if (theme === 'dark (toggle)') await opened.page.getByRole('radio', { name: 'Dark' }).check();
  return opened;
}

describe('accessibility', { timeout: 180_000 }, () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 375, height: 800 },
  ]) {
    it.each(THEMES)(`axe-core finds no violations on the page at ${viewport.width} px, %s`, async (theme) => {
      const { page, errors } = await openInTheme(viewport, theme);
      // every figure laid out and live, so its colours are the ones checked
      for (const id of await page.$$eval('main section[id]', (els) => els.map((e) => e.id))) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.addScriptTag({ content: axeSource });
      const result = (await page.evaluate(() =>
        // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
        (window as any).axe.run(document, { resultTypes: ['violations'] }),
      )) as AxeResult;
      const summary = result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('nothing widens the page on a 375 px phone', async () => {
    const { page, errors } = await openPage('', { width: 375, height: 800 });
    // scroll through every section so each is laid out, then ask what is wider than the viewport
    for (const id of await page.$$eval('main section[id]', (els) => els.map((e) => e.id))) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    }
    const wide = await page.evaluate(`(() => {
      const out = [];
      for (const el of document.querySelectorAll('main *')) {
        const r = el.getBoundingClientRect();
        if (r.right > 375.5 && !el.closest('.live-tex--display, .katex-display, .katex-mathml, .sr-only, .table-scroll, .gradcheck__scroll, [data-scroll-box]')) {
          out.push((el.id ? '#' + el.id : el.className || el.tagName) + ' ' + Math.round(r.right));
        }
      }
      return { scrollWidth: document.documentElement.scrollWidth, wide: out.slice(0, 12) };
    })()`);
    expect(wide).toEqual({ scrollWidth: 375, wide: [] });
    expect(errors).toEqual([]);
  });

  it('every parameter slider is reachable with Tab', async () => {
    const { page } = await openPage();
    const sliders = await page.locator('#bias [role="slider"][tabindex="0"]').count();
    expect(sliders).toBe(12);
    const reached = new Set<string>();
    await page.locator('#bias').getByRole('heading').first().click();
    for (let i = 0; i < 60 && reached.size < 12; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('#bias') && el.getAttribute('role') === 'slider'
          ? el.getAttribute('aria-label')
          : null;
      });
      if (label) reached.add(label);
    }
    expect(reached.size).toBe(12);
  });

  it('the words that read a live number aloud sit at their own text, hidden, in a box of their own', async () => {
    const { page, errors } = await openPage();
    const found = await page.$$eval('.sr-only--live', (els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        // where the parent begins: its first line's box, for a formula that wraps
        const parent = (el.parentElement as HTMLElement).getClientRects()[0] as DOMRect;
        const style = getComputedStyle(el);
        return {
          // pinned to its parent: a screen reader that shows where it reads shows the number's place
          atParent: (el as HTMLElement).offsetParent === el.parentElement,
          inside: Math.abs(box.left - parent.left) <= 1.5 && Math.abs(box.top - parent.top) <= 1.5,
          hidden: box.width <= 1 && box.height <= 1 && style.clip !== 'auto',
          contained: style.contain === 'strict' || style.contain === 'size layout paint style',
          words: (el.textContent ?? '').trim().length > 0 || el.getAttribute('aria-live') === 'polite',
        };
      }),
    );
    expect(found.length).toBeGreaterThan(50);
    const wrong = found.filter((f) => !(f.atParent && f.inside && f.hidden && f.contained && f.words));
    expect(wrong).toEqual([]);
    expect(errors).toEqual([]);
  });
});
