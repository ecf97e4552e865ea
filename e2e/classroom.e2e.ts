import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { allIslandsLive } from './islands';

/**
 * For the classroom: each live figure's toolbar. Copy link reopens the same view; ?embed=<id>
 * shows one figure alone; Present fills the screen and steps with the arrow keys; the diagram
 * downloads as SVG and PNG with the numbers the figure shows. Driven as a reader drives it.
 */
const browserPromise = launchChromium();
afterAll(async () => (await browserPromise).close());

async function open(query = '', viewport = { width: 1280, height: 900 }) {
  const browser = await browserPromise;
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(new URL(query, inject('baseUrl')).href);
  return { page, errors, context };
}

const slider = (page: Page, scope: string, symbol: string) =>
  page.locator(scope).getByRole('slider', { name: new RegExp(`^(weight|bias) ${symbol},`) });

const status = (page: Page, scope: string) => page.locator(`${scope} [data-testid="stepper-status"]`);

/** Significant digits a decimal text spells: 0.16 → 2, 0.14978071613276281 → 17. */
const significant = (text: string) =>
  text.replace(/^[+-]/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').length;

describe('Copy link', () => {
  it('a link copied after an update, stepping, a changed weight and numbers mode reopens the same view', async () => {
    const { page, errors, context } = await open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(inject('baseUrl')).origin,
    });
    await allIslandsLive(page);
    // one update (section 7): every weight becomes a number with up to 17 digits
    await page.locator('#hidden-gradient').getByRole('button', { name: 'Update once' }).click();
    const fig = '#forward';
    await page.locator(fig).scrollIntoViewIfNeeded();
    // a weight nudged with the keyboard: 0.01 added to a
    const a = slider(page, fig, 'a');
    const aBefore = Number(await a.getAttribute('aria-valuenow'));
    await a.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await a.getAttribute('aria-valuenow'))).not.toBe(aBefore);
    // three steps with the stepper's buttons
    await page.locator(fig).getByRole('button', { name: 'Step through' }).click();
    await page.locator(fig).getByRole('button', { name: 'Next →' }).click();
    await page.locator(fig).getByRole('button', { name: 'Next →' }).click();
    await expect(status(page, fig).textContent()).resolves.toMatch(/^Step 3 of 26/);
    // the formulas show numbers only
    await page.locator(`${fig} aside summary`, { hasText: 'Inputs, targets and display' }).click();
    await page.locator(fig).getByRole('radio', { name: 'numbers' }).check();
    // closed again, as a reopened page has it
    await page.locator(`${fig} aside summary`, { hasText: 'Inputs, targets and display' }).click();
    // biome-ignore lint/performance/useDomNodeTextContent: what the reader sees, laid out (hidden parts left out)
    const shown = await page.locator(`${fig} .section__figure-inner`).innerText();

    await page.locator(fig).getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator(`${fig} .figure-tools [role=status]`).textContent()).resolves.toBe(
      'Link copied',
    );
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    expect(url.hash).toBe('#forward');
    expect(url.searchParams.get('step')).toBe('3');
    expect(url.searchParams.get('show')).toBe('numbers');
    // numbers no longer than needed: the update's 17-digit weights are cut to what the view needs
    const numbers = ['W1', 'W2', 'x', 't'].flatMap((n) => (url.searchParams.get(n) ?? '').split(/[;,]/));
    expect(numbers).toHaveLength(16);
    const longest = Math.max(...numbers.map(significant));
    expect(longest, link).toBeLessThanOrEqual(10);
    expect(url.searchParams.get('x')).toBe('0.05,0.1');

    const again = await context.newPage();
    await again.goto(link);
    await allIslandsLive(again);
    // landed on the section
    await expect
      .poll(() =>
        again.evaluate(() => document.getElementById('forward-title')?.getBoundingClientRect().top ?? -1e9),
      )
      .toBeGreaterThanOrEqual(-3);
    expect(
      await again.evaluate(
        () => document.getElementById('forward-title')?.getBoundingClientRect().top ?? 1e9,
      ),
    ).toBeLessThanOrEqual(3);
    await expect(status(again, fig).textContent()).resolves.toMatch(/^Step 3 of 26/);
    // the same weights, step, display and numbers, as the reader sees them
    // biome-ignore lint/performance/useDomNodeTextContent: what the reader sees, as above
    await expect.poll(() => again.locator(`${fig} .section__figure-inner`).innerText()).toBe(shown);
    expect(await slider(again, fig, 'a').getAttribute('aria-valuetext')).toBe(
      await a.getAttribute('aria-valuetext'),
    );
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('a refused clipboard shows the link in a field to copy by hand', async () => {
    const { page, errors, context } = await open('#bias');
    await allIslandsLive(page);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await page.locator('#bias').getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('#bias .figure-tools [role=status]').textContent()).resolves.toMatch(
      /did not allow copying/,
    );
    const field = page.locator('#bias').getByRole('textbox', { name: 'Link to this view' });
    expect(new URL(await field.inputValue()).hash).toBe('#bias');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('Embed', () => {
  const W1 = '0.5,-1.25,0.35;0.25,0.3,0.35';
  const W2 = '0.4,0.45,0.6;0.5,0.55,0.6';
  /** F = σ(0.5·0.05 − 1.25·0.1 + 0.35), worked by hand */
  const F = (1 / (1 + Math.exp(-(0.5 * 0.05 - 1.25 * 0.1 + 0.35)))).toFixed(4);

  it("?embed=forward at 600×500 shows the address's network and no prose; no overflow from 320 to 1200 px", async () => {
    const { page, errors, context } = await open(`?embed=forward&W1=${W1}&W2=${W2}`, {
      width: 600,
      height: 500,
    });
    await page.waitForSelector('main.embed .network-diagram', { timeout: 60_000 });
    await page.waitForSelector('main.embed .live-tex:not(.live-tex--pending)', { timeout: 60_000 });
    expect(await slider(page, 'main.embed', 'a').getAttribute('aria-valuenow')).toBe('0.5');
    expect(await slider(page, 'main.embed', 'b').getAttribute('aria-valuenow')).toBe('-1.25');
    await expect(page.locator('main.embed .node[data-q="F"] .node__value').textContent()).resolves.toBe(F);
    // no page chrome, headings or prose
    const chrome = await page.evaluate(() => ({
      // one heading, for screen readers only (the frame's title), and none a reader sees
      h1h2: [...document.querySelectorAll('h1, h2')].filter((h) => h.getBoundingClientRect().width > 1)
        .length,
      h2: document.querySelectorAll('h2').length,
      prose: document.querySelectorAll('.section__prose, main p:not(.section__figure p)').length,
      header: document.querySelectorAll('header.page-header, nav').length,
    }));
    expect(chrome).toEqual({ h1h2: 0, h2: 0, prose: 0, header: 0 });
    for (const width of [320, 600, 1200]) {
      await page.setViewportSize({ width, height: 500 });
      await page.waitForTimeout(200);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scroll, `at ${width} px`).toBeLessThanOrEqual(width);
    }
    // the stepper works inside the embed
    await page.locator('main.embed').getByRole('button', { name: 'Step through' }).click();
    await expect(status(page, 'main.embed').textContent()).resolves.toMatch(/^Step 1 of 26/);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('an unknown id names the ids there are', async () => {
    const { page, context } = await open('?embed=nope', { width: 600, height: 500 });
    await expect(page.getByRole('alert').textContent({ timeout: 60_000 })).resolves.toMatch(
      /no figure called “nope”/,
    );
    const ids = await page.locator('main.embed li a').allTextContents();
    expect(ids).toContain('forward');
    expect(ids).toContain('xor');
    await context.close();
  }, 180_000);

  it('the Embed control gives an iframe with the current state', async () => {
    const { page, context } = await open('?W1=1,2,3;4,5,6#forward');
    await allIslandsLive(page);
    await page.locator('#forward').getByRole('button', { name: 'Embed' }).click();
    const snippet = await page
      .locator('#forward')
      .getByRole('textbox', { name: /HTML to embed/ })
      .inputValue();
    const src = /<iframe src="([^"]+)" width="(\d+)" height="(\d+)" title="[^"]+"/.exec(snippet);
    expect(src, snippet).not.toBeNull();
    const url = new URL((src?.[1] ?? '').replace(/&amp;/g, '&'));
    expect(url.searchParams.get('embed')).toBe('forward');
    expect(url.searchParams.get('W1')).toBe('1,2,3;4,5,6');
    await context.close();
  }, 180_000);
});

describe('Present', () => {
  it('fills the screen at 1024×768 with larger type; → and ← step; Esc leaves and focus returns', async () => {
    const { page, errors, context } = await open('#forward', { width: 1024, height: 768 });
    await allIslandsLive(page);
    const fig = '#forward';
    const before = await page.evaluate(() =>
      Number.parseFloat(
        getComputedStyle(document.querySelector('#forward .section__figure-inner') as Element).fontSize,
      ),
    );
    const present = page.locator(fig).getByRole('button', { name: 'Present' });
    await present.click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const aside = document.querySelector('#forward aside.section__figure') as HTMLElement;
          const r = aside.getBoundingClientRect();
          return {
            fills:
              document.fullscreenElement === aside ||
              (Math.round(r.width) === window.innerWidth && Math.round(r.height) === window.innerHeight),
          };
        }),
      )
      .toEqual({ fills: true });
    const during = await page.evaluate(() =>
      Number.parseFloat(
        getComputedStyle(document.querySelector('#forward .section__figure-inner') as Element).fontSize,
      ),
    );
    expect(during).toBeGreaterThanOrEqual(Math.max(18, before * 1.25));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(status(page, fig).textContent()).resolves.toMatch(/^Step 2 of 26/);
    await page.keyboard.press('ArrowLeft');
    await expect(status(page, fig).textContent()).resolves.toMatch(/^Step 1 of 26/);
    // the stepper's own buttons work there too
    await page.locator(fig).getByRole('button', { name: 'Next →' }).click();
    await expect(status(page, fig).textContent()).resolves.toMatch(/^Step 2 of 26/);
    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        page.evaluate(() => ({
          fullscreen: document.fullscreenElement !== null,
          presenting: document.querySelector('.is-presenting') !== null,
          focus: document.activeElement?.textContent,
        })),
      )
      .toEqual({ fullscreen: false, presenting: false, focus: 'Present' });
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('where full screen is refused, an overlay fills the window; Esc leaves', async () => {
    const { page, errors, context } = await open('#bias', { width: 1024, height: 768 });
    await page.addInitScript(() => {
      Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
    });
    await page.reload();
    await allIslandsLive(page);
    await page.locator('#bias').getByRole('button', { name: 'Present' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const r = (document.querySelector('#bias aside') as HTMLElement).getBoundingClientRect();
          return [r.left, r.top, Math.round(r.width), Math.round(r.height), document.fullscreenElement];
        }),
      )
      .toEqual([0, 0, 1024, 768, null]);
    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        page.evaluate(() => [document.querySelector('.is-presenting'), document.activeElement?.textContent]),
      )
      .toEqual([null, 'Present']);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('in the lab, → trains one step', async () => {
    const { page, errors, context } = await open('#xor', { width: 1024, height: 768 });
    await allIslandsLive(page);
    const epoch = () =>
      page.evaluate(() => new URL(location.href).searchParams.get('lab')?.match(/~e:(\d+)/)?.[1] ?? '0');
    await page.locator('#xor').getByRole('button', { name: 'Present' }).click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('.is-presenting') !== null))
      .toBe(true);
    const start = Number(await epoch());
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await epoch()), { timeout: 5000 }).toBeGreaterThan(start);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('.is-presenting') !== null))
      .toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('Export figures', () => {
  it('the SVG parses, is styled standalone and shows the current numbers; the PNG is 2x the diagram', async () => {
    const { page, errors, context } = await open('#bias');
    await allIslandsLive(page);
    const fig = '#bias';
    const e = slider(page, fig, 'e');
    await e.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => e.getAttribute('aria-valuenow')).toBe('0.41');
    const shownLabel = (await page.locator(`${fig} svg.network-diagram`).textContent()) ?? '';
    expect(shownLabel).toContain('0.4100');

    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(fig).getByRole('button', { name: /SVG/ }).click(),
    ]);
    expect(svgFile.suggestedFilename()).toBe('backprop-bias.svg');
    const svgText = readFileSync(await svgFile.path(), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        root: root.localName,
        ns: root.namespaceURI,
        errors: doc.getElementsByTagName('parsererror').length,
        text: root.textContent ?? '',
        width: root.getAttribute('width'),
        viewBox: root.getAttribute('viewBox'),
        background: root.firstElementChild?.getAttribute('fill'),
        varsLeft: text.includes('var(--') || text.includes('light-dark('),
        styledText: [...root.querySelectorAll('text')].every((t) =>
          /font-family:/.test(t.getAttribute('style') ?? ''),
        ),
      };
    }, svgText);
    expect(parsed).toMatchObject({
      root: 'svg',
      ns: 'http://www.w3.org/2000/svg',
      errors: 0,
      varsLeft: false,
    });
    expect(parsed.styledText).toBe(true);
    expect(parsed.viewBox).toMatch(/^0 0 \d/);
    expect(parsed.background).toMatch(/^rgb/);
    expect(parsed.text).toContain('0.4100');
    expect(parsed.text).toContain('0.1500');

    const [pngFile] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(fig).getByRole('button', { name: /PNG/ }).click(),
    ]);
    expect(pngFile.suggestedFilename()).toBe('backprop-bias.png');
    const png = readFileSync(await pngFile.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    const box = await page.locator(`${fig} svg.network-diagram`).boundingBox();
    expect(size).toEqual({
      width: 2 * Math.round(box?.width ?? 0),
      height: 2 * Math.round(box?.height ?? 0),
    });
    expect(Number(parsed.width)).toBe(Math.round(box?.width ?? 0));
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('accessibility of the toolbar and the embed', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const axe = (page: Page, include: string | null) =>
    page.evaluate(async (include) => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
      const r = await (window as any).axe.run(include ? { include: [[include]] } : document, {
        resultTypes: ['violations'],
      });
      return (r.violations as { id: string; nodes: { target: string[] }[] }[]).map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    }, include);

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds nothing in an open toolbar or an embedded figure, ${colorScheme}`, async () => {
      const browser = await browserPromise;
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(inject('baseUrl')).origin,
      });
      const page = await context.newPage();
      await page.goto(new URL('#forward', inject('baseUrl')).href);
      await allIslandsLive(page);
      await page.locator('#forward').getByRole('button', { name: 'Copy link' }).click();
      await page.locator('#forward').getByRole('button', { name: 'Embed' }).click();
      await page.addScriptTag({ content: axeSource });
      expect(await axe(page, '#forward .figure-tools')).toEqual([]);
      await page.goto(new URL('?embed=bias', inject('baseUrl')).href);
      await page.waitForSelector('main.embed .network-diagram', { timeout: 60_000 });
      await page.addScriptTag({ content: axeSource });
      expect(await axe(page, null)).toEqual([]);
      await context.close();
    }, 180_000);
  }
});
