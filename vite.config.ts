import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { defineConfig } from 'vite';

// Static math in content/*.mdx is typeset here, at build time (remark-math + rehype-katex);
// only live formulas with the reader's numbers call KaTeX in the browser.
export default defineConfig({
  plugins: [
    {
      enforce: 'pre',
      ...mdx({
        remarkPlugins: [remarkMath],
        rehypePlugins: [rehypeKatex],
        providerImportSource: '@mdx-js/react',
      }),
    },
    react({ include: /\.(mdx|tsx|ts)$/ }),
  ],
  build: { target: 'es2022', chunkSizeWarningLimit: 400 },
  preview: { port: 4173, strictPort: false },
});
