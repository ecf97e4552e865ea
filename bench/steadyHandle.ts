import type { Locator, Page } from 'playwright-core';

/**
 * Scrolls weight e's handle into view and waits until it stays put, then checks that a pointer
 * at its centre lands on it. Why: scrolling brings skipped (`content-visibility: auto`) sections
 * near the viewport to their real heights and the sticky figure refits, so a handle measured
 * right after one scroll can end up off screen, and a drag from there moves nothing (or selects
 * the prose) while its frames look fine.
 */
export async function steadyHandle(page: Page, handle: Locator) {
  let last = '';
  for (let i = 0; i < 30; i++) {
    await handle.scrollIntoViewIfNeeded();
    await page.waitForTimeout(250);
    const box = await handle.boundingBox();
    const key = JSON.stringify(box);
    if (box && key === last) {
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const onHandle = await handle.evaluate(
        (el, [px, py]) => el.contains(document.elementFromPoint(px as number, py as number)),
        [x, y],
      );
      if (onHandle) return { x, y };
    }
    last = key;
  }
  throw new Error('the weight handle did not settle in view under the pointer');
}
