/**
 * "JavaScript before the first figure is live" (DESIGN.md budget: ≤ 150 KB gzip): every script
 * the prerendered page fetches from navigation until the first island has
 * hydrated (the opening's warm-up figure, or section 1's when a link lands lower), measured in headless Chromium against the production build (run `npm run build`
 * first), each file's size gzip-compressed. KaTeX's run-time part must not be among them. The
 * chunks fetched later, as islands come near the viewport, are listed apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { launchChromium } from '../e2e/chromium';

const dist = 'dist';
const size = (f: string) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const server = await preview({ preview: { port: 4187, open: false }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? 'http://localhost:4187/';
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // the moment section 1's figure is alive, on the page's own clock (a string: no bundler helpers)
  await page.addInitScript(`new MutationObserver((_, o) => {
    if (document.querySelector('main .island[data-island$="Figure"][data-island-live]')) { window.__firstLive = performance.now(); o.disconnect(); }
  }).observe(document, { subtree: true, childList: true, attributes: true })`);
  await page.goto(base);
  await page.waitForFunction('window.__firstLive !== undefined');
  const requested = (await page.evaluate(`performance.getEntriesByType('resource')
    .filter((e) => e.startTime < window.__firstLive && new URL(e.name).pathname.endsWith('.js'))
    .map((e) => new URL(e.name).pathname.replace(/^\\//, ''))`)) as string[];
  const beforeFirst = [...new Set(requested)];
  let js = 0;
  console.log('fetched before the first figure is live:');
  for (const f of beforeFirst) {
    js += size(f);
    console.log(`  ${f.padEnd(48)} ${kb(size(f)).padStart(10)} gzip`);
  }
  console.log('other chunks (fetched when their island comes near the viewport, or on demand):');
  for (const f of readdirSync(join(dist, 'assets'))) {
    const path = `assets/${f}`;
    if (f.endsWith('.js') && !beforeFirst.includes(path))
      console.log(`  ${path.padEnd(48)} ${kb(size(path)).padStart(10)} gzip`);
  }
  // KaTeX's run-time part is the chunk holding its parser, whatever the bundler names it (a
  // shared chunk holding react-dom and src/tex/katex.ts may be called "katex-…" too)
  const isKatexRuntime = (f: string) => readFileSync(join(dist, f), 'utf8').includes('KaTeX parse error');
  const katexFirst = beforeFirst.some(isKatexRuntime);
  const budget = 150 * 1024;
  console.log(
    `\nJavaScript before the first figure is live: ${kb(js)} gzip; budget ${kb(budget)}: ${js <= budget ? 'within' : 'OVER'}` +
      `; KaTeX's run-time part ${katexFirst ? 'IS among them' : 'is not among them'}`,
  );
} finally {
  await browser.close();
  await server.close();
}
