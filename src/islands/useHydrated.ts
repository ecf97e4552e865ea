import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};
const onClient = () => true;
const onServer = () => false;

/**
 * False in the prerendered page and while an island hydrates, true from the render that follows
 * at once: hydration then matches the prerendered HTML, and a part that exists only once the
 * island is live (its form fields, LiveField.tsx) appears in the next commit. A component that
 * mounts after hydration (a client render, a component tested with `render()`) sees true at once.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNothing, onClient, onServer);
}
