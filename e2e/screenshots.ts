/**
 * Screenshots for review (not a test): every section at 1280 px and 375 px, written to
 * e2e/screenshots/. Run after `npm run build`: `npm run screenshots [-- query]`.
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { launchChromium } from './chromium';
import { allIslandsLive } from './islands';

const out = 'e2e/screenshots';
mkdirSync(out, { recursive: true });
const query = process.argv[2] ?? '';
const server = await preview({ preview: { port: 4180, open: false }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? 'http://localhost:4180/';
const browser = await launchChromium();
try {
  for (const width of [1280, 375]) {
    const page = await browser.newPage({ viewport: { width, height: width > 800 ? 900 : 800 } });
    page.on('pageerror', (e) => console.error('pageerror', e.message));
    await page.goto(new URL(query, base).href);
    await allIslandsLive(page);
    await page.screenshot({ path: `${out}/top-${width}.png` });
    const ids = await page.$$eval('main section[id]', (els) => els.map((e) => e.id));
    for (const id of ids) {
      const el = page.locator(`#${id}`);
      await el.scrollIntoViewIfNeeded();
      await page.waitForTimeout(150);
      await el.screenshot({ path: `${out}/${id}-${width}.png` });
    }
    await page.close();
  }
  console.log(`screenshots in ${out}/`);
} finally {
  await browser.close();
  await server.close();
}
