import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './page';

afterAll(closeBrowser);

/** 3.2 × 10^−11 as the table writes it (thin spaces, U+2212), or 0.000. */
function parseScientific(text: string): number {
  const t = text.replace(/\s/g, '');
  if (/^0(\.0+)?$/.test(t)) return 0;
  const m = /^([\d.]+)×10([−-]?\d+)$/.exec(t);
  if (!m) throw new Error(`not a relative error: ${text}`);
  return Number(m[1]) * 10 ** Number(m[2].replace('−', '-'));
}

describe('the figure gallery (?gallery)', () => {
  it('renders every entry in its own frame with no errors, the gradient check table included', async () => {
    const { page, errors } = await openPage('?gallery');
    const listed = await page
      .getByRole('navigation', { name: 'Figures' })
      .getByRole('link')
      .allTextContents();
    expect(listed).toEqual(expect.arrayContaining(['BiasFigure', 'GradientCheckTable', 'AnyNetworkFigure']));
    const frames = page.locator('[data-gallery-entry]');
    await expect(frames.count()).resolves.toBe(listed.length);
    for (const frame of await frames.all()) {
      const name = await frame.getAttribute('data-gallery-entry');
      await frame.scrollIntoViewIfNeeded();
      await expect(frame.locator('.figure-error').count(), `${name} failed`).resolves.toBe(0);
      const box = await frame.locator('.gallery-frame__body').boundingBox();
      expect(box?.height ?? 0, `${name} is empty`).toBeGreaterThan(60);
    }
    await expect(page.locator('.katex-error').count()).resolves.toBe(0);
    // the gallery shows fixed data and leaves the address alone
    expect(new URL(page.url()).search).toBe('?gallery');

    // the gradient check table: 12 parameters, each agreeing to better than 1e-6
    const table = page.getByRole('table', { name: /gradient check/i });
    const rows = table.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(12);
    await expect(table.locator('tbody th').allTextContents()).resolves.toEqual([
      'a',
      'b',
      'βF',
      'c',
      'd',
      'βG',
      'e',
      'f',
      'βH',
      'g',
      'h',
      'βI',
    ]);
    for (const text of await table.locator('.gradcheck__scaled').allTextContents()) {
      expect(parseScientific(text)).toBeLessThan(1e-6);
    }
    // the default network's ∂E/∂e, known from the hand-worked example: 2 × 0.08217
    await expect(rows.nth(6).locator('td').first().textContent()).resolves.toMatch(/^0\.1643/);
    expect(errors).toEqual([]);
  });
});
