/**
 * Frame times while the reader drags a weight with every figure live (DESIGN.md budget: p95
 * ≤ 16.7 ms in headless Chromium on this machine). Serves the production build (run
 * `npm run build` first), drags the handle of weight e in each 2x2 section for ~3 s with the
 * mouse, and records requestAnimationFrame intervals and the main thread's long tasks.
 */
import { preview } from 'vite';
import { launchChromium } from '../e2e/chromium';
import { allIslandsLive } from '../e2e/islands';
import { TWO_BY_TWO_SECTIONS } from '../e2e/sections';

const server = await preview({ preview: { port: 4185, open: false }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? 'http://localhost:4185/';
const browser = await launchChromium();
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base);
  await allIslandsLive(page);
  console.log(`headless Chromium ${browser.version()}, ${base}`);
  console.log('section                 frames   p50 ms   p95 ms   max ms   long tasks');
  for (const id of TWO_BY_TWO_SECTIONS) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    const handle = page.locator(`#${id} g.weight-handle[data-q="e"]`);
    await handle.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const box = await handle.boundingBox();
    if (!box) continue;
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
    const x0 = box.x + box.width / 2;
    const y0 = box.y + box.height / 2;
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
    console.log(
      `${id.padEnd(22)} ${String(frames.length).padStart(7)} ${quantile(frames, 0.5).toFixed(1).padStart(8)} ${quantile(frames, 0.95).toFixed(1).padStart(8)} ${Math.max(
        ...frames,
      )
        .toFixed(1)
        .padStart(8)} ${String(long).padStart(12)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
