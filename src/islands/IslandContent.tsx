import { type ComponentType, type RefObject, useEffect } from 'react';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { OnScreen } from '../app/OnScreen';

interface IslandContentProps {
  name: string;
  Component: ComponentType<Record<string, unknown>>;
  props: Record<string, unknown>;
  /** the island's element, whose place on screen decides whether it follows the stores */
  host: RefObject<Element | null>;
  /** printing: every island follows the stores wherever it is */
  forceLive?: boolean;
  /** called once the island is hydrated (its effects run only after the hydration commit) */
  onLive?: () => void;
}

/**
 * What an island renders, the same at build time and in the browser (so hydration matches): the
 * component inside its own error boundary, live only while near the viewport. Neither wrapper
 * adds an element, so the island keeps the size the prerendered page gave it.
 */
export function IslandContent({
  name,
  Component,
  props,
  host,
  forceLive = false,
  onLive,
}: IslandContentProps) {
  useEffect(() => onLive?.(), [onLive]);
  return (
    <ErrorBoundary what={describeIsland(name, props)}>
      <OnScreen target={host} forceLive={forceLive}>
        <Component {...props} />
      </OnScreen>
    </ErrorBoundary>
  );
}

/** "the live formula grad:e", "the figure XorFigure": what a reader is told failed. */
export function describeIsland(name: string, props: Record<string, unknown>): string {
  if (name === 'LiveFormula' && typeof props.q === 'string') return `the live formula “${props.q}”`;
  if (name.endsWith('Figure')) return 'this figure';
  return 'this live part of the page';
}
