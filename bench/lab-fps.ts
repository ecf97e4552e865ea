/**
 * The lab while training at full speed (DESIGN.md budget: ≥ 55 fps with ≥ 100k sample-updates/s).
 * Serves the production build (run `npx vite build` first), opens section 9 or 10 at 1280 px,
 * sets the speed to its maximum, presses Play, and for ~5 s records requestAnimationFrame
 * timestamps in the page, the epochs the status line reports, and the main thread's busy time
 * (CDP Performance.getMetrics: TaskDuration). A sample-update is one sample's forward and
 * backward pass feeding a weight update: 4 per epoch of XOR, whatever the batch size.
 *
 *   node --import tsx bench/lab-fps.ts
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from '../e2e/chromium';
import { allIslandsLive } from '../e2e/islands';
import { quantile } from './frameStats';

const SECONDS = 5;
const SAMPLES_PER_EPOCH = 4;

const server = await preview({ preview: { port: 4186, open: false }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? 'http://localhost:4186/';
const browser = await launchChromium();

const epochOf = async (page: Page, id: string) => {
  const text = (await page.locator(`#${id} [data-testid="lab-status"]`).textContent()) ?? '';
  return Number(/epoch (\d+)/.exec(text)?.[1] ?? Number.NaN);
};

async function measure(id: string, setup: (page: Page) => Promise<void>, label: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base);
  await allIslandsLive(page);
  // the reader is reading this section: its top at the top of the window
  for (let k = 0; k < 3; k++) {
    // sections off screen have estimated heights until rendered: scroll, let them render, scroll again
    await page.evaluate(
      `document.getElementById('${id}').scrollIntoView({ block: 'start', behavior: 'instant' })`,
    );
    await page.waitForTimeout(200);
  }
  const speed = page.locator(`#${id} input[type="range"]`).first();
  await speed.fill((await speed.getAttribute('max')) ?? '0');
  await setup(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.locator(`#${id} button.lab-play`).click();
  await page.waitForTimeout(500); // past the first frames, which calibrate the chunk size
  const metric = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
  };
  const e0 = await epochOf(page, id);
  const busy0 = await metric();
  const t0 = Date.now();
  // a string, so the bundler's helpers (tsx names functions) never reach the page
  const stamps = (await page.evaluate(`new Promise((done) => {
    const t = [];
    const end = performance.now() + ${SECONDS * 1000};
    const tick = (now) => {
      t.push(now);
      if (now < end) requestAnimationFrame(tick); else done(t);
    };
    requestAnimationFrame(tick);
  })`)) as number[];
  const seconds = (Date.now() - t0) / 1000;
  const busy = (await metric()) - busy0;
  const e1 = await epochOf(page, id);
  await page.locator(`#${id} button.lab-play`).click();
  const intervals = stamps.slice(1).map((t, i) => t - (stamps[i] as number));
  const span = ((stamps.at(-1) ?? 0) - (stamps[0] ?? 0)) / 1000;
  const epochsPerSecond = (e1 - e0) / seconds;
  const row = [
    label.padEnd(34),
    (intervals.length / span).toFixed(1).padStart(6),
    quantile(intervals, 0.5).toFixed(1).padStart(7),
    quantile(intervals, 0.95).toFixed(1).padStart(7),
    ((busy * 1000) / intervals.length).toFixed(1).padStart(9),
    Math.round(epochsPerSecond).toString().padStart(10),
    Math.round(epochsPerSecond * SAMPLES_PER_EPOCH)
      .toString()
      .padStart(13),
  ];
  console.log(row.join(' '));
  await page.close();
}

try {
  console.log(
    `headless Chromium ${browser.version()}, 1280x900, ${SECONDS} s each, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log('run                                   fps  p50 ms  p95 ms  busy/frm   epochs/s  sample-upd/s');
  await measure('xor', async () => {}, 'section 9: full batch, η = 2');
  await measure(
    'tricks',
    async (page) => {
      await page.locator('#tricks select').first().selectOption('1');
    },
    'section 10: per-sample SGD',
  );
  await measure(
    'tricks',
    async (page) => {
      await page.locator('#tricks input[type="range"]').nth(2).fill('0.9');
    },
    'section 10: full batch, μ = 0.9',
  );
  await measure(
    'tricks',
    async (page) => {
      await page.locator('#tricks input[type="range"]').nth(3).fill('0.2');
    },
    'section 10: full batch, dropout 0.2',
  );
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (2 cores; other processes share them)`,
  );
} finally {
  await browser.close();
  await server.close();
}
