import type { ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './app/App';
import { IslandCollectorContext, islandPlaceholder } from './islands/Island';
import { IslandContent } from './islands/IslandContent';
import { IslandComponentsContext } from './islands/IslandContext';
import { type IslandName, loadAllIslands } from './islands/registry';
import { loadKatex } from './tex/katex';

/**
 * The page as HTML, for the build (scripts/prerender.ts): the prose and its static math, and
 * every island's first rendering with the default network and KaTeX-typeset live formulas. Each
 * island is rendered as its own root with the identifier prefix the browser hydrates it with.
 */
export async function renderPage(): Promise<string> {
  await loadKatex();
  const components = await loadAllIslands();
  const found: { name: IslandName; props: Record<string, unknown> }[] = [];
  const collector = {
    add: (name: IslandName, props: Record<string, unknown>) => found.push({ name, props }) - 1,
  };
  let html = await toHtml(
    <IslandCollectorContext.Provider value={collector}>
      <App />
    </IslandCollectorContext.Provider>,
  );
  const host = { current: null };
  for (const [n, { name, props }] of found.entries()) {
    const Component = components[name] as unknown as React.ComponentType<Record<string, unknown>>;
    const inner = await toHtml(
      <IslandComponentsContext.Provider value={components}>
        <IslandContent name={name} Component={Component} props={props} host={host} />
      </IslandComponentsContext.Provider>,
      `i${n}-`,
    );
    html = html.replace(islandPlaceholder(n), () => inner);
  }
  return html;
}

async function toHtml(element: ReactNode, identifierPrefix?: string): Promise<string> {
  const { prelude } = await prerender(element, { identifierPrefix });
  return new Response(prelude).text();
}
