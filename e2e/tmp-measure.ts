import { launchChromium } from './chromium';
import { serveDistUnder } from './staticServer';

const srv = await serveDistUnder('/');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 375, height: 900 } });
await page.goto(`${srv.url}`);
await page.waitForTimeout(2000);
await page.locator('#autodiff .section__figure').scrollIntoViewIfNeeded();
await page.waitForTimeout(4000);
console.log(await page.locator('#autodiff .autodiff').count());
const wide = await page.evaluate(() => {
  const out: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('#error .section__prose .base')) {
    const r = el.getBoundingClientRect();
    if (r.right > window.innerWidth + 1 && r.width > 0) {
      out.push(`${el.textContent?.slice(0,60)} ${el.tagName}.${el.className} in #${el.closest('section')?.id} right=${Math.round(r.right)}`);
    }
  }
  return out.slice(0, 20);
});
console.log(wide.join('\n'));
console.log(await page.evaluate(() => document.documentElement.scrollWidth));
await browser.close();
await srv.close();
