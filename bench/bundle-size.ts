/**
 * The initial JavaScript a reader downloads before first paint, gzip-compressed, against the
 * budget in DESIGN.md (≤ 200 KB). Reads the production build: run `npm run build` first.
 * Lazily loaded chunks (KaTeX's run-time part, the gallery) are listed apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1] as string,
);
const size = (f: string) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

let js = 0;
console.log('initial (loaded by index.html):');
for (const f of initial) {
  const g = size(f);
  if (f.endsWith('.js')) js += g;
  console.log(`  ${f.padEnd(44)} ${kb(g).padStart(10)} gzip`);
}
console.log('lazy (loaded after first paint or on demand):');
for (const f of readdirSync(join(dist, 'assets'))) {
  const path = `assets/${f}`;
  if (f.endsWith('.js') && !initial.includes(path))
    console.log(`  ${path.padEnd(44)} ${kb(size(path)).padStart(10)} gzip`);
}
const budget = 200 * 1024;
console.log(
  `\ninitial JavaScript: ${kb(js)} gzip; budget ${kb(budget)}: ${js <= budget ? 'within' : 'OVER'}`,
);
