/**
 * Frame times while the reader drags a weight with every figure live (DESIGN.md budget: p95
 * ≤ 16.7 ms in headless Chromium on this machine). Serves the production build (run
 * `npm run build` first), drags the handle of weight e in each 2x2 section for ~3 s with the
 * mouse (checking that the drag moved the weight), and records requestAnimationFrame intervals and the main thread's long tasks.
 */
import { preview } from 'vite';
import { launchChromium } from '../e2e/chromium';
import { allIslandsLive } from '../e2e/islands';
import { TWO_BY_TWO_SECTIONS } from '../e2e/sections';
import { lateShare, quantile } from './frameStats';
import { steadyHandle } from './steadyHandle';

const server = await preview({ preview: { port: 4185, open: false }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? 'http://localhost:4185/';
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base);
  await allIslandsLive(page);
  console.log(`headless Chromium ${browser.version()}, ${base}`);
  console.log('section                 frames   p50 ms   p95 ms   max ms   late   long tasks');
  for (const id of TWO_BY_TWO_SECTIONS) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    const handle = page.locator(`#${id} g.weight-handle[data-q="e"]`);
    const { x: x0, y: y0 } = await steadyHandle(page, handle);
    const before = await handle.getAttribute('aria-valuenow');
    // a string, so the bundler's helpers (tsx names functions) never reach the page
    await page.evaluate(`(() => {
      window.__frames = [];
      window.__long = 0;
      window.__stop = false;
      window.__obs?.disconnect();
      window.__obs = new PerformanceObserver((l) => { window.__long += l.getEntries().length; });
      window.__obs.observe({ type: 'longtask' });
      let last = performance.now();
      const tick = (t) => {
        window.__frames.push(t - last);
        last = t;
        if (!window.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    const start = Date.now();
    let i = 0;
    while (Date.now() - start < 3000) {
      // sweep back and forth so the weight stays in range
      const dx = 60 * Math.sin(i / 12);
      await page.mouse.move(x0 + dx, y0);
      i++;
    }
    await page.mouse.up();
    const { frames, long } = (await page.evaluate(
      '(() => { window.__stop = true; return { frames: window.__frames.slice(1), long: window.__long }; })()',
    )) as { frames: number[]; long: number };
    // the drag must have moved the weight, or the frames measured nothing
    if ((await handle.getAttribute('aria-valuenow')) === before)
      throw new Error(`the drag in #${id} did not move weight e`);
    console.log(
      `${id.padEnd(22)} ${String(frames.length).padStart(7)} ${quantile(frames, 0.5).toFixed(1).padStart(8)} ${quantile(frames, 0.95).toFixed(1).padStart(8)} ${Math.max(
        ...frames,
      )
        .toFixed(1)
        .padStart(8)} ${`${lateShare(frames).toFixed(0)}%`.padStart(6)} ${String(long).padStart(12)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
