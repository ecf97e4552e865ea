import { createContext } from 'react';
import type { IslandComponents } from './registry';

/**
 * The islands' components, already loaded, when the whole page renders in one go: the prerender
 * at build time, the development server, the gallery. The prerendered page in the browser never
 * renders the page around the islands, so it needs no such context.
 */
export const IslandComponentsContext = createContext<IslandComponents | null>(null);
