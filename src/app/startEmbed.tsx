import './embed.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { IslandComponentsContext } from '../islands/IslandContext';
import { loadAllIslands } from '../islands/registry';
import { acquireLabRuntime } from '../state/lab/labRuntime';
import { startUrlSync } from '../state/urlSync';
import { loadKatex } from '../tex/katex';
import { EmbeddedFigure } from './EmbeddedFigure';

/**
 * `?embed=<id>`: replaces the page (prerendered or not) with one figure, rendered in the
 * browser, after the address has been read into the stores as on the page.
 */
export async function startEmbed(win: Window, root: HTMLElement, id: string) {
  startUrlSync(win);
  acquireLabRuntime(win);
  const components = await loadAllIslands();
  win.document.documentElement.classList.add('is-embed');
  root.replaceChildren();
  createRoot(root).render(
    <StrictMode>
      <IslandComponentsContext.Provider value={components}>
        <EmbeddedFigure id={id} />
      </IslandComponentsContext.Provider>
    </StrictMode>,
  );
  win.requestAnimationFrame(() => void loadKatex());
}
