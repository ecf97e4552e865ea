import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './page';

afterAll(closeBrowser);

/**
 * Links a reader may be sent that the page cannot fully use: a stray `%`, a refused `lab=`
 * value, a `lab=` with 20,000 bad fields. The page must load whole, say what it refused,
 * correct the address at once, and keep the address in step afterwards.
 */

/** Every section's id, read from the content files' `meta`, so a missing section is noticed. */
const SECTION_IDS = readdirSync(new URL('../content/', import.meta.url))
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => {
    const m = /export const meta = \{ id: '([^']+)'/.exec(
      readFileSync(new URL(`../content/${f}`, import.meta.url), 'utf8'),
    );
    if (!m) throw new Error(`content/${f} has no meta id`);
    return m[1] as string;
  });

const search = (page: Page) => page.evaluate(() => location.search);
/** A parameter of the page's current address, read as the page itself writes it (`+` stays `+`). */
const param = async (page: Page, name: string) => {
  const pair = (await search(page))
    .replace(/^\?/, '')
    .split('&')
    .find((kv) => kv.split('=')[0] === name);
  return pair === undefined ? null : decodeURIComponent(pair.slice(name.length + 1));
};
const slider = (page: Page, symbol: string) =>
  page.locator('#bias').getByRole('slider', { name: new RegExp(`^(weight|bias) ${symbol},`) });

async function expectWholePage(page: Page) {
  expect(SECTION_IDS).toHaveLength(12); // the opening and sections 1–11
  for (const id of SECTION_IDS) await expect(page.locator(`#${id}`).count(), id).resolves.toBe(1);
  await expect(page.locator('body').textContent()).resolves.not.toMatch(/NaN|Infinity|∞/);
}

/**
 * Opens a link longer than `vite preview` accepts (Node's 16 KB header limit answers 431): the
 * page's own HTML is served for it, as a static host with a larger limit would.
 */
async function openLongLink(query: string) {
  const opened = await openPage();
  const home = new URL('/', opened.page.url()).href;
  await opened.page.route(
    (url) => url.search.length > 8000,
    async (route) => route.fulfill({ response: await route.fetch({ url: home }) }),
  );
  await opened.page.goto(new URL(query, home).href);
  await opened.page.waitForSelector('.live-tex:not(.live-tex--pending)');
  return opened;
}

const DEFAULT_W1 = '0.15,0.2,0.35;0.25,0.3,0.35';

describe('malformed links', () => {
  it('?W1=x&%=1 loads every section, says what it refused, corrects the address, and keeps syncing', async () => {
    const { page, errors } = await openPage('?W1=x&%=1');
    await expectWholePage(page);
    const notices = (await page.locator('.notices').textContent()) ?? '';
    expect(notices).toContain('The address held “%=1”, which is not valid percent-encoding');
    expect(notices).toContain(
      'W1 row 1, column 1 (a) was “x”: a weight must be a decimal number within ±1e6.',
    );
    await expect.poll(() => search(page)).not.toContain('%');
    expect(await param(page, 'W1')).toBe(DEFAULT_W1);

    await slider(page, 'a').focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => param(page, 'W1')).toBe('0.16,0.2,0.35;0.25,0.3,0.35');
    expect(errors).toEqual([]);
  });

  it('?%=1 alone: the address is corrected, and a dragged weight still reaches it', async () => {
    const { page, errors } = await openPage('?%=1');
    await expectWholePage(page);
    await expect(page.locator('.notices').textContent()).resolves.toContain('“%=1”');
    await expect.poll(() => search(page)).toBe('');

    const handle = slider(page, 'e');
    await handle.scrollIntoViewIfNeeded();
    const box = await handle.boundingBox();
    if (!box) throw new Error('the handle for e has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++)
      await page.mouse.move(box.x + box.width / 2 + i * 10, box.y + box.height / 2);
    await page.mouse.up();
    const e = Number(await handle.getAttribute('aria-valuenow'));
    expect(e).not.toBe(0.4);
    await expect.poll(async () => Number((await param(page, 'W2'))?.split(',')[0])).toBe(e);
    expect(errors).toEqual([]);
  });

  it('?lab=v1~lr:zz is said and corrected in the address at once, before the lab is scrolled to', async () => {
    const { page, errors } = await openPage('?lab=v1~lr:zz');
    await expectWholePage(page);
    await expect.poll(() => param(page, 'lab')).toMatch(/^v1~s:1~e:0~lr:2~b:4~r:mean~/);
    await expect(page.locator('.notices').textContent()).resolves.toContain(
      "The link's lab field “lr:zz” was refused: the learning rate must be a decimal number from 0.000001 to 1e300.",
    );
    expect(await search(page)).not.toContain('zz');
    expect(errors).toEqual([]);
  });

  it('20,000 bad lab= fields give one or two notices, not 20,001, and a corrected address', async () => {
    const { page, errors } = await openLongLink(`?lab=v1${'~zz:1'.repeat(20_000)}`);
    await expectWholePage(page);
    const count = await page.locator('.notice').count();
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(5);
    await expect(page.locator('.notices').textContent()).resolves.toContain('100,002 characters');
    await expect.poll(() => param(page, 'lab')).toMatch(/^v1~s:1~e:0~/);
    expect(errors).toEqual([]);
  });

  it('1e+5 in a link is read as 100000, and hexadecimal is refused with a notice', async () => {
    const { page, errors } = await openPage('?W1=1e+5,0x10,0.35;0.25,0.3,0.35');
    await expect.poll(() => slider(page, 'a').getAttribute('aria-valuenow')).toBe('100000');
    expect(await slider(page, 'b').getAttribute('aria-valuenow')).toBe('0.2');
    await expect(page.locator('.notices').textContent()).resolves.toContain(
      'W1 row 1, column 2 (b) was “0x10”: a weight must be a decimal number within ±1e6. The weight b keeps its default, 0.2.',
    );
    await expect.poll(() => param(page, 'W1')).toBe('100000,0.2,0.35;0.25,0.3,0.35');
    expect(errors).toEqual([]);
  });
});
