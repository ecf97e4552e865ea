import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { seededNetwork } from '../src/classroom/classNetwork';
import { backward, forward } from '../src/nn';
import { formatNumber } from '../src/tex/format';
import { launchChromium } from './chromium';
import { closeBrowserWith, openPageWith } from './pageWith';

/**
 * For the classroom: copying live math as LaTeX, CSV and text (button, context menu, selection),
 * the printable worksheet with its answer key, and exercise sets checked in the browser.
 */

let browser: Browser | null = null;
afterAll(async () => {
  await browser?.close();
  await closeBrowserWith();
});

// the reader's network: weight a moved from 0.15 to 0.42, the rest Mazur's example
const W1 = [
  [0.42, 0.2, 0.35],
  [0.25, 0.3, 0.35],
];
const W2 = [
  [0.4, 0.45, 0.6],
  [0.5, 0.55, 0.6],
];
const X = [0.05, 0.1];
const T = [0.01, 0.99];
const NETWORK = `W1=${W1.map((r) => r.join(',')).join(';')}&W2=${W2.map((r) => r.join(',')).join(';')}&x=${X.join(',')}&t=${T.join(',')}`;

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function openWithClipboard(query: string) {
  const { page, errors } = await openPageWith({}, query);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(inject('baseUrl')).origin,
  });
  return { page, errors };
}

/** A classroom page (?worksheet, ?exercises): rendered in the browser, no islands. */
async function openClassroom(query: string, viewport = { width: 1280, height: 900 }) {
  browser ??= await launchChromium();
  const context = await browser.newContext({ viewport, colorScheme: 'light', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(new URL(query, inject('baseUrl')).href);
  // the page renders once KaTeX is here, so its math is typeset from the first frame
  await page.waitForSelector('main#main h1', { timeout: 90_000 });
  return { page, errors };
}

/** Selects the contents of the first element matching `selector`, as a reader's drag would. */
const selectContents = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`nothing matches ${sel}`);
    const range = document.createRange();
    range.selectNodeContents(el);
    const s = document.getSelection();
    s?.removeAllRanges();
    s?.addRange(range);
  }, selector);

describe('copying live math', { timeout: 240_000 }, () => {
  it('copies a matrix as LaTeX, CSV and plain text with the current numbers', async () => {
    const { page, errors } = await openWithClipboard(`?${NETWORK}#bias`);
    const matrix = page.locator('#bias .live-matrix[data-copy^="W1"]');
    await matrix.scrollIntoViewIfNeeded();
    await matrix.hover();
    await matrix.getByRole('button', { name: /^Copy W1.*LaTeX, CSV or plain text$/ }).click();
    await page.getByRole('menuitem', { name: 'Copy LaTeX' }).click();
    await expect
      .poll(() => clipboard(page))
      .toMatch(/^W_1 = \\begin\{pmatrix\}0\.4200 & 0\.2000 & 0\.3500 \\\\ 0\.2500/);
    // a visible confirmation
    await expect.poll(() => page.locator('.copy-toast').textContent()).toBe('Copied LaTeX');

    await matrix.getByRole('button', { name: /^Copy W1.*LaTeX, CSV or plain text$/ }).click();
    await page.getByRole('menuitem', { name: 'Copy CSV' }).click();
    await expect.poll(() => clipboard(page)).toBe('0.4200,0.2000,0.3500\n0.2500,0.3000,0.3500');

    // the keyboard reaches the menu too: the arrows walk it, Enter copies
    await matrix.getByRole('button', { name: /^Copy W1.*LaTeX, CSV or plain text$/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Copy LaTeX' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy LaTeX');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe('0.4200  0.2000  0.3500\n0.2500  0.3000  0.3500');
    expect(errors).toEqual([]);
  });

  it("offers the same menu as the figure's context menu; Escape closes it, Shift keeps the browser's", async () => {
    const { page, errors } = await openWithClipboard(`?${NETWORK}#bias`);
    const matrix = page.locator('#bias .live-matrix[data-copy^="W1"]');
    await matrix.scrollIntoViewIfNeeded();
    const box = await matrix.boundingBox();
    if (!box) throw new Error('the W1 matrix is not laid out');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
    const menu = page.getByRole('menu', { name: /^Copy W1/ });
    await menu.waitFor();
    // at the pointer
    const at = await menu.boundingBox();
    expect(Math.abs((at?.x ?? 0) - (box.x + box.width / 2))).toBeLessThan(2);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.copy-menu').count()).toBe(0);
    // with Shift the page leaves the context menu to the browser
    const shown = await page.evaluate(() => {
      const el = document.querySelector('#bias .live-matrix[data-copy^="W1"]') as HTMLElement;
      const e = new MouseEvent('contextmenu', {
        bubbles: true,
        cancelable: true,
        shiftKey: true,
        clientX: 5,
        clientY: 5,
      });
      const notCancelled = el.dispatchEvent(e);
      return { notCancelled, menus: document.querySelectorAll('.copy-menu').length };
    });
    expect(shown).toEqual({ notCancelled: true, menus: 0 });
    // a formula's menu has LaTeX only
    const formula = page.locator('#forward [data-formula="net:F"]').first();
    await formula.scrollIntoViewIfNeeded();
    await formula.click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Copy LaTeX' }).click();
    await expect.poll(() => clipboard(page)).toContain('(0.4200)(0.05000)');
    expect(errors).toEqual([]);
  });

  it('copies a selected formula as its TeX and a selected matrix as its rows', async () => {
    const { page, errors } = await openWithClipboard(`?${NETWORK}#forward`);
    const formula = '#forward [data-formula="net:F"] .live-tex__visual';
    await page.locator(formula).first().scrollIntoViewIfNeeded();
    await selectContents(page, formula);
    await page.keyboard.press('Control+C');
    const tex = await clipboard(page);
    // the formula as the page shows it, symbols then numbers (an aligned pair of lines in TeX)
    expect(tex).toContain('net_F &= a\\,i_1 + b\\,i_2 + \\beta_F \\\\ &= (0.4200)(0.05000)');
    expect(tex).toContain('(0.4200)(0.05000)');
    // not one glyph per line
    expect(tex.split('\n')).toHaveLength(1);

    await selectContents(page, '#bias .live-matrix[data-copy^="W1"] .live-tex__visual');
    await page.keyboard.press('Control+C');
    const rows = await clipboard(page);
    expect(rows).toBe('0.4200  0.2000  0.3500\n0.2500  0.3000  0.3500');

    // a selection across prose and static math keeps the prose and gives the math as TeX
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('#forward p')].find((el) => el.querySelector('.katex'));
      if (!p) throw new Error('no paragraph with math in #forward');
      const range = document.createRange();
      range.selectNodeContents(p);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    await page.keyboard.press('Control+C');
    const prose = await clipboard(page);
    expect(prose).toMatch(/\$[^$\n]+\$/);
    expect(prose).not.toMatch(/\n.\n/); // no glyph on a line of its own
    expect(errors).toEqual([]);
  });

  it('says so, with the text to copy by hand, when the browser refuses the clipboard', async () => {
    const { page } = await openWithClipboard(`?${NETWORK}#bias`);
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    const matrix = page.locator('#bias .live-matrix[data-copy^="W1"]');
    await matrix.scrollIntoViewIfNeeded();
    await matrix.hover();
    await matrix.getByRole('button', { name: /^Copy W1.*LaTeX, CSV or plain text$/ }).click();
    await page.getByRole('menuitem', { name: 'Copy CSV' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'did not let this page' });
    await alert.waitFor();
    expect(await alert.locator('textarea').inputValue()).toBe('0.4200,0.2000,0.3500\n0.2500,0.3000,0.3500');
  });
});

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The engine's values for the reader's network, worked out here, not read from the page. */
function engineValues() {
  const weights = [W1, W2];
  const { out } = forward(weights, X);
  const { error, grad, delta } = backward(weights, X, T);
  return { out, error, grad, delta };
}

describe('the worksheet', { timeout: 240_000 }, () => {
  it('prints the network with blanks, then the answer key on its own page, on 2 to 4 A4 pages', async () => {
    const { page, errors } = await openClassroom(`?worksheet&${NETWORK}`);
    const { out, error, grad, delta } = engineValues();
    // 25 blanks on the exercise pages (8 forward, E, 4 deltas, 12 gradients), none in the key
    expect(await page.locator('.worksheet__part .worksheet__blank').count()).toBe(25);
    expect(await page.locator('[data-testid="worksheet-key"] .worksheet__blank').count()).toBe(0);
    const key = page.getByTestId('worksheet-key');
    const answer = (q: string) => key.locator(`[data-question="${q}"] .worksheet__value`).textContent();
    expect(await answer('out:H')).toBe(`= ${formatNumber(out[1]?.[0] as number)}`);
    expect(await answer('E')).toBe(`= ${formatNumber(error)}`);
    expect(await answer('delta:G')).toBe(`= ${formatNumber(delta[0]?.[1] as number)}`);
    expect(await answer('grad:e')).toBe(`= ${formatNumber(grad[1]?.[0]?.[0] as number)}`);
    expect(await answer('grad:bG')).toBe(`= ${formatNumber(grad[0]?.[1]?.[2] as number)}`);

    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(
      () =>
        [...document.querySelectorAll('button, nav')].filter((el) => el.getBoundingClientRect().width > 0)
          .length,
    );
    expect(hidden).toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    if (hasPdftotext) {
      const dir = mkdtempSync(join(tmpdir(), 'worksheet-'));
      const file = join(dir, 'sheet.pdf');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(file, pdf);
      execFileSync('pdftotext', ['-layout', file, join(dir, 'sheet.txt')]);
      const text = readFileSync(join(dir, 'sheet.txt'), 'utf8');
      const sheets = text.split('\f');
      const keyAt = sheets.findIndex((s) => s.includes('Answer key'));
      expect(keyAt).toBeGreaterThan(0);
      // the key begins a page of its own
      expect(sheets[keyAt]?.trim().startsWith('Answer key')).toBe(true);
      const exercises = sheets.slice(0, keyAt).join('\n');
      const answers = sheets.slice(keyAt).join('\n');
      expect(exercises).toContain('0.4200'); // the reader's weight a, in the network's numbers
      expect(exercises).not.toContain(formatNumber(error));
      expect(exercises).not.toContain(formatNumber(grad[1]?.[0]?.[0] as number));
      expect(answers).toContain(formatNumber(error));
      expect(answers).toContain(formatNumber(grad[1]?.[0]?.[0] as number));
    }
    expect(errors).toEqual([]);
  });

  it('draws a fresh network for a seed, says the seed, and the same address gives the same numbers', async () => {
    const { page, errors } = await openClassroom('?worksheet&seed=5');
    expect(await page.getByTestId('worksheet-version').textContent()).toBe('Version: seed 5');
    const net = seededNetwork(5);
    const words = await page.getByTestId('class-network').textContent();
    for (const v of net.weights.flat(2)) expect(words).toContain(formatNumber(v));
    const { error } = backward(net.weights, net.x, net.t);
    const key = page.getByTestId('worksheet-key');
    expect(await key.locator('[data-question="E"] .worksheet__value').textContent()).toBe(
      `= ${formatNumber(error)}`,
    );
    await page.reload();
    await page.waitForSelector('main#main h1');
    expect(await page.getByTestId('class-network').textContent()).toBe(words);
    const other = await openClassroom('?worksheet&seed=6');
    expect(await other.page.getByTestId('class-network').textContent()).not.toBe(words);
    expect(errors).toEqual([]);
  });

  it('is reached from the page with the reader’s network, and fits a phone', async () => {
    const { page } = await openPageWith({}, `?${NETWORK}`);
    const link = page.getByRole('link', { name: 'print a worksheet for this network' });
    expect(await link.getAttribute('href')).toContain('W1=0.42,0.2,0.35');
    const phone = await openClassroom(`?worksheet&${NETWORK}`, { width: 375, height: 800 });
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

describe('exercise sets', { timeout: 240_000 }, () => {
  it('shows only the chosen exercises on the seeded network and scores the answers', async () => {
    const { page, errors } = await openClassroom('?exercises=net-F,error&seed=7');
    const shown = await page
      .locator('[data-exercise]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.exercise));
    expect(shown).toEqual(['net-F', 'error']);
    expect(await page.textContent('main')).toContain('Nothing is sent anywhere');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));

    const net = seededNetwork(7);
    const [[a, b, bF]] = net.weights[0] as [number[]];
    const netF = (a as number) * (net.x[0] as number) + (b as number) * (net.x[1] as number) + (bF as number);
    const first = page.locator('[data-exercise="net-F"]');
    await first.getByLabel('Your answer').fill(netF.toFixed(4));
    await first.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => first.locator('.your-turn__feedback').textContent()).toMatch(/^Right/);

    const second = page.locator('[data-exercise="error"]');
    await second.getByLabel('Your answer').fill('123');
    await second.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => second.locator('.your-turn__feedback').textContent()).toMatch(/^Not right/);
    expect(await page.getByTestId('set-score').textContent()).toBe('Score: 1 of 2 right.');

    // the bias left out is a slip the set names, and it does not count
    await first.getByLabel('Your answer').fill((netF - (bF as number)).toFixed(4));
    await first.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => first.locator('.your-turn__feedback').textContent()).toMatch(/bias forgotten/);
    expect(await page.getByTestId('set-score').textContent()).toBe('Score: 0 of 2 right.');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lets a teacher pick exercises and a seed and gives the link', async () => {
    const { page, errors } = await openClassroom('?exercises');
    await page.getByRole('checkbox', { name: /\(error\)/ }).check();
    await page.getByRole('checkbox', { name: /\(net-F\)/ }).check();
    await page.getByLabel(/^Seed/).fill('9');
    const link = page.getByRole('link', { name: /exercises=/ });
    expect(new URL((await link.getAttribute('href')) ?? '').search).toBe('?exercises=net-F,error&seed=9');
    expect(errors).toEqual([]);
  });
});
