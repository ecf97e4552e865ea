import { preview } from 'vite';
import { launchChromium } from '/work/main/e2e/chromium';

const server = await preview({ preview: { port: 4190, open: false }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? 'http://localhost:4190/';
const browser = await launchChromium();
const shots: [string, number, number, string][] = JSON.parse(process.argv[2] ?? '[]');
for (const [hash, w, h, name] of shots) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  await page.goto(base + hash);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/shots/${name}.png` });
  await page.close();
}
await browser.close();
await server.close();
