import { launchChromium } from './chromium';
import { serveDistUnder } from './staticServer';

const srv = await serveDistUnder('/');
const browser = await launchChromium();
for (const width of [1280, 375]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${srv.url}?half=0#autodiff`);
  await page.waitForTimeout(4000);
  const fig = page.locator('#autodiff .section__figure');
  await fig.scrollIntoViewIfNeeded();
  await page.waitForTimeout(2000);
  await page.locator('#autodiff .autodiff').focus();
  for (let k = 0; k < 9; k++) await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(500);
  await fig.screenshot({ path: `/tmp/adshots/fig-${width}.png` });
  await page.screenshot({ path: `/tmp/adshots/page-${width}.png` });
  const sw = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  console.log(width, 'scrollWidth', sw);
  await page.locator('#error .section__figure').scrollIntoViewIfNeeded();
  await page.waitForTimeout(2000);
  await page.getByRole('button', { name: "Load Mazur’s example" }).click();
  await page.waitForTimeout(800);
  await page.locator('#error .section__figure').screenshot({ path: `/tmp/adshots/error-${width}.png` });
  console.log(await page.locator('[data-testid="half-digits"]').textContent(), page.url());
  await page.close();
}
await browser.close();
await srv.close();
