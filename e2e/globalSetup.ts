import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serve the built site (`vite build` ran before) with `vite preview` for every browser test. */
export default async function setup(project: TestProject) {
  findChromium(); // fail first, with the install hint, when there is no browser
  const server = await preview({ preview: { port: 4173, strictPort: false, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview started but reported no local URL');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
