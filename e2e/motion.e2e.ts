import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowserWith, openPageWith } from './pageWith';

afterAll(closeBrowserWith);

/** Clicks a contents link and reads where the page is straight after, in the same task. */
const jumpTo = (page: Page, id: string) =>
  page.evaluate((id) => {
    document.querySelector<HTMLAnchorElement>(`.toc a[href="#${id}"]`)?.click();
    return { scrollY: window.scrollY };
  }, id);

/** What the reader sees move: every number shown in the figures and where the handles are. */
const figureState = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.section__figure')]
      .map(
        (f) =>
          `${f.textContent}|${[...f.querySelectorAll('.weight-handle')].map((h) => h.getAttribute('transform')).join()}`,
      )
      .join('\n'),
  );

describe('reduced motion', { timeout: 180_000 }, () => {
  it('a contents link jumps at once when the reader asks for less motion, and glides otherwise', async () => {
    const reduced = await openPageWith({ reducedMotion: 'reduce' });
    const jump = await jumpTo(reduced.page, 'error');
    expect(jump.scrollY).toBeGreaterThan(1000); // already there when the click returns
    expect(reduced.errors).toEqual([]);

    const moving = await openPageWith({ reducedMotion: 'no-preference' });
    const glide = await jumpTo(moving.page, 'error');
    expect(glide.scrollY).toBeLessThan(50); // smooth: still at the top when the click returns
    await moving.page.waitForFunction(() => window.scrollY > 1000);
    expect(moving.errors).toEqual([]);
  });

  it('has no transition or animation that takes time', async () => {
    const { page, errors } = await openPageWith({ reducedMotion: 'reduce' });
    await page.locator('#hidden-gradient').getByRole('button', { name: 'Update once' }).click();
    const timed = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => {
          const s = getComputedStyle(el);
          const seconds = (v: string) => Math.max(...v.split(',').map((d) => Number.parseFloat(d) || 0));
          return seconds(s.transitionDuration) > 0 || seconds(s.animationDuration) > 0;
        })
        .map((el) => el.className.toString() || el.tagName),
    );
    expect(timed).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('nothing moves by itself; playback runs only when the reader presses Play', async () => {
    const { page, errors } = await openPageWith({ reducedMotion: 'reduce' });
    for (const id of ['forward', 'hidden-gradient', 'xor'])
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    const before = await figureState(page);
    await page.waitForTimeout(2000);
    expect(await figureState(page)).toBe(before);
    // asked for: the lab trains while Play is down
    const xor = page.locator('#xor');
    const status = xor.locator('.lab-status__line');
    const epoch0 = await status.textContent();
    await xor.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForFunction(
      (s) => document.querySelector('#xor .lab-status__line')?.textContent !== s,
      epoch0,
    );
    expect(errors).toEqual([]);
  });
});
