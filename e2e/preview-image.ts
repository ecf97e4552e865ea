/**
 * The link-preview image (`og:image`, public/preview.png): the first section's prose beside its
 * live network, 1200x630 as link previews expect. Not a test; run after `npm run build`:
 * `npm run preview-image`, then commit public/preview.png.
 */
import { preview } from 'vite';
import { launchChromium } from './chromium';

const server = await preview({ preview: { port: 4181, open: false }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? 'http://localhost:4181/';
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, colorScheme: 'light' });
  await page.goto(base);
  await page.evaluate(() => document.getElementById('bias')?.scrollIntoView());
  await page.waitForSelector('.live-tex:not(.live-tex--pending)');
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'public/preview.png' });
  console.log('wrote public/preview.png (1200x630)');
} finally {
  await browser.close();
  await server.close();
}
