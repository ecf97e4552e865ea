import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { IslandComponentsContext } from '../islands/IslandContext';
import { loadAllIslands } from '../islands/registry';
import { loadKatex } from '../tex/katex';
import { App } from './App';

/** `npm run dev` (and a page the build left unrendered): the whole page, rendered in the browser. */
export async function startClientRendered(root: HTMLElement) {
  const components = await loadAllIslands();
  createRoot(root).render(
    <StrictMode>
      <IslandComponentsContext.Provider value={components}>
        <App />
      </IslandComponentsContext.Provider>
    </StrictMode>,
  );
  // live math: KaTeX's JavaScript arrives after first paint
  requestAnimationFrame(() => void loadKatex());
}
