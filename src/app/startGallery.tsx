import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { IslandComponentsContext } from '../islands/IslandContext';
import { loadAllIslands } from '../islands/registry';
import { loadKatex } from '../tex/katex';
import { Gallery } from './Gallery';

/** `?gallery`: each figure alone with fixed data, in place of the page (prerendered or not). */
export async function startGallery(root: HTMLElement, only: string) {
  const components = await loadAllIslands();
  root.replaceChildren();
  createRoot(root).render(
    <StrictMode>
      <IslandComponentsContext.Provider value={components}>
        <Gallery only={only} />
      </IslandComponentsContext.Provider>
    </StrictMode>,
  );
  requestAnimationFrame(() => void loadKatex());
}
