import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import remarkMath from 'remark-math';
import { defineConfig } from 'vite';
import { rehypeFigureSlot } from './src/mdx/rehypeFigureSlot.ts';

// Static math in content/*.mdx is typeset here, at build time (remark-math + rehype-katex);
// only live formulas with the reader's numbers call KaTeX in the browser. Every h2/h3 gets an id
// from its words and a visible "#" link to itself.
// `base: './'`: asset URLs are relative, so the built page works from any path on any host.
// `npm run build` also prerenders the page into dist/index.html (scripts/prerender.ts).
export default defineConfig({
  base: './',
  plugins: [
    {
      enforce: 'pre',
      ...mdx({
        remarkPlugins: [remarkMath],
        rehypePlugins: [
          rehypeKatex,
          rehypeSlug,
          [
            rehypeAutolinkHeadings,
            {
              behavior: 'append',
              properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
              content: { type: 'text', value: '#' },
            },
          ],
          rehypeFigureSlot,
        ],
        providerImportSource: '@mdx-js/react',
      }),
    },
    react({ include: /\.(mdx|tsx|ts)$/ }),
  ],
  build: { target: 'es2022', chunkSizeWarningLimit: 400 },
  preview: { port: 4173, strictPort: false },
});
