import { useCallback, useContext, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { VisibleContext } from '../app/useOnScreen';
import { memoOne } from './memoOne';
import { type AppState, useAppStore } from './store';
import { useLive } from './useLive';

const noSubscribe = () => () => {};

/**
 * A view of the 2x2 store that React renders only when its shape changes, and that follows the
 * store's numbers without rendering in between.
 *
 * Dragging a weight changes numbers, not elements: the same diagram, matrices and outputs with
 * new values. Rendering that through React costs a phone most of a frame's budget (reconciling
 * the figure, committing, scheduling its effects), for a few text nodes and colours. So a
 * figure built on this renders when `shapeOf(view)` changes (a step, a hover, another stage),
 * and otherwise `patch` writes each new view straight into the DOM its last render made, from a
 * store subscription. `patch` also runs after every commit, so the DOM shows the latest view
 * whatever React left alone; a patch must therefore write exactly what a render of the same
 * view would (the figures' tests check a patched figure against a rendered one). `rendered`
 * says React has just committed: what a patch remembered of the DOM may be stale.
 *
 * `select` must return the same object for the same state (memoise it), and with `shapeOf`
 * stay the same function across renders. Off screen (VisibleContext) the patches pause, like
 * every useLive; the figure catches up when it comes back. The view returned is the store's
 * latest at each render, its initial state's while hydrating the prerendered page.
 *
 * `rewrite` writes the latest numbers again: for a part that renders on its own, from props
 * older than the patched DOM (a formula typesetting itself once KaTeX arrives, Tex.tsx).
 */
export function useLivePatch<V>(
  select: (s: AppState) => V,
  shapeOf: (v: V) => string,
  patch: (v: V, rendered: boolean) => void,
): { view: V; rewrite: () => void } {
  const visible = useContext(VisibleContext);
  // asked of the same view by the subscription below and by useLive's: worked out once
  const shape = useMemo(() => memoOne(shapeOf), [shapeOf]);
  useLive((s) => shape(select(s)));
  const view = useSyncExternalStore(
    noSubscribe,
    () => select(useAppStore.getState()),
    () => select(useAppStore.getInitialState()),
  );
  const latest = useRef({ view, shape: '', patch });
  latest.current.patch = patch;
  // after every commit: what React rendered plus whatever it did not need to touch
  useLayoutEffect(() => {
    latest.current.view = view;
    latest.current.shape = shape(view);
    latest.current.patch(view, true);
  });
  useLayoutEffect(() => {
    if (!visible) return;
    const follow = (s: AppState) => {
      const next = select(s);
      // a new shape is React's to render (useLive above asks for it); the numbers are ours
      if (next === latest.current.view || shape(next) !== latest.current.shape) return;
      latest.current.view = next;
      latest.current.patch(next, false);
    };
    follow(useAppStore.getState());
    return useAppStore.subscribe(follow);
  }, [visible, select, shape]);
  const rewrite = useCallback(() => {
    const next = select(useAppStore.getState());
    if (shape(next) !== latest.current.shape) return;
    latest.current.view = next;
    latest.current.patch(next, true);
  }, [select, shape]);
  return { view, rewrite };
}
