import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The last step of `npm run build`: render the page with the server build of src/entry-server.tsx
 * (in dist-ssr/) and write the HTML into the client build's dist/index.html, so the page reads
 * without JavaScript and its figures show the default network before their code arrives.
 */
const root = resolve(import.meta.dirname, '..');
const server = pathToFileURL(resolve(root, 'dist-ssr/entry-server.js')).href;
const { renderPage } = (await import(server)) as { renderPage: () => Promise<string> };
const html = await renderPage();
const indexPath = resolve(root, 'dist/index.html');
const index = readFileSync(indexPath, 'utf8');
const slot = '<div id="root"></div>';
if (!index.includes(slot)) throw new Error(`dist/index.html has no ${slot} to fill`);
writeFileSync(
  indexPath,
  index.replace(slot, () => `<div id="root">${html}</div>`),
);
rmSync(resolve(root, 'dist-ssr'), { recursive: true, force: true });
console.log(`prerendered dist/index.html: ${(html.length / 1024).toFixed(0)} KB of HTML`);
