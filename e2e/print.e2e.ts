import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowserWith, openPageWith, visitEverySection } from './pageWith';

afterAll(closeBrowserWith);

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('print', { timeout: 180_000 }, () => {
  it('hides every control, keeps the numbers, and ends with the address of the current network', async () => {
    const { page, errors } = await openPageWith({ colorScheme: 'dark' });
    // the reader changes a weight: the address follows, and the printout must name the new one
    const a = page.locator('#bias').getByRole('slider', { name: /^weight a,/ });
    const opened = page.url();
    await a.focus();
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction((u) => window.location.href !== u, opened);
    const address = page.url();
    await visitEverySection(page);
    await page.emulateMedia({ media: 'print' });
    // the line is filled in when the page turns to print media
    await page.waitForFunction(
      (a) => document.querySelector('[data-testid="print-address"]')?.textContent?.includes(a),
      address,
    );

    const shown = await page.evaluate(() => {
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const controls = [
        ...document.querySelectorAll(
          'button, input, select, textarea, .toc, .notices, .stepper, .theme-toggle',
        ),
      ]
        // a glossary term is a word of the prose that happens to be a button on screen
        .filter((el) => !el.classList.contains('term__button'))
        .filter(visible);
      return {
        controls: controls.map(
          (el) => `${el.closest('section')?.id ?? 'page'} ${el.tagName} ${el.textContent?.slice(0, 20)}`,
        ),
        handles: [...document.querySelectorAll('#bias .weight-handle')].filter(visible).length,
        sticky: [...document.querySelectorAll('.section__figure')].filter(
          (f) => getComputedStyle(f).position !== 'static',
        ).length,
        background: getComputedStyle(document.body).backgroundColor,
        ink: getComputedStyle(document.body).color,
        address: document.querySelector('[data-testid="print-address"]')?.textContent ?? '',
        addressShown: visible(document.querySelector('[data-testid="print-address"]') as Element),
        avoidBreaks: [...document.querySelectorAll('.section__figure-inner')].every(
          (f) => getComputedStyle(f).breakInside === 'avoid',
        ),
      };
    });
    expect(shown.controls).toEqual([]);
    expect(shown.handles).toBe(12); // the weights' values stay: they are the worked example's numbers
    expect(shown.sticky).toBe(0);
    expect(shown.background).toBe('rgb(255, 255, 255)'); // light on paper, though the screen is dark
    expect(shown.ink).toBe('rgb(27, 31, 36)');
    expect(shown.avoidBreaks).toBe(true);
    expect(shown.addressShown).toBe(true);
    expect(shown.address).toBe(`This printout shows the network at ${address}.`);

    // back on screen the line is not there
    await page.emulateMedia({ media: 'screen' });
    const onScreen = await page.getByTestId('print-address').boundingBox();
    expect(onScreen).toBeNull();
    expect(errors).toEqual([]);
  });

  it.skipIf(!hasPdftotext)(
    'prints to a PDF whose last page names the address, with no control text',
    async () => {
      const { page, errors } = await openPageWith({ colorScheme: 'light' });
      const b = page.locator('#bias').getByRole('slider', { name: /^weight b,/ });
      await b.focus();
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => window.location.search.includes('W1=0.15,0.19'));
      const address = page.url();
      await visitEverySection(page);
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const dir = mkdtempSync(join(tmpdir(), 'print-'));
      const pdf = join(dir, 'page.pdf');
      writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((p) => p.trim());
      // the address may wrap; the last page holds it
      expect(pages.at(-1)?.replace(/\s+/g, '')).toContain(`Thisprintoutshowsthenetworkat${address}`);
      // button and label words the prose never uses (it does name Step through, Export JSON and others)
      for (const control of ['Update once', 'Show all', '← Previous', 'Clear my progress']) {
        expect(text).not.toContain(control);
      }
      expect(text).toContain('Gradient check for the current weights');
      expect(errors).toEqual([]);
    },
  );
});
