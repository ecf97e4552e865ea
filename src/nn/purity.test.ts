import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** Every non-test source file under src/nn, recursively (test fixtures aside: never shipped). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__fixtures__' ? [] : sources(p);
    return /\.(ts|tsx|js|mjs)$/.test(e.name) && !/\.test\./.test(e.name) ? [p] : [];
  });
}

describe('src/nn is pure', () => {
  const files = sources(here);

  it('finds the engine files', () => {
    expect(files.some((f) => f.endsWith('train.ts'))).toBe(true);
    expect(files.length).toBeGreaterThan(10);
  });

  it('imports nothing from React, react-dom, d3-selection or other DOM libraries', () => {
    const banned =
      /\b(?:from|import)\s*\(?\s*['"](react|react-dom|react-dom\/.*|d3-selection|d3|jsdom|@testing-library\/.*)['"]/;
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(banned);
  });

  it('imports only relative modules (no packages at all)', () => {
    for (const f of files) {
      const specifiers = [...readFileSync(f, 'utf8').matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
      for (const s of specifiers) expect(s, `${f} imports ${s}`).toMatch(/^\.\.?\//);
    }
  });

  it('touches no DOM or browser globals', () => {
    const dom =
      /\b(document|window|navigator|localStorage|sessionStorage|HTMLElement|requestAnimationFrame)\b/;
    for (const f of files) {
      const code = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''); // ignore comments
      expect(code, f).not.toMatch(dom);
    }
  });
});
