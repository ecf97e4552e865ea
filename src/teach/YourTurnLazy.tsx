import { lazy, Suspense } from 'react';

const YourTurnModule = lazy(() => import('./YourTurn').then((m) => ({ default: m.YourTurn })));

/**
 * `<YourTurn id="…" />` as the content uses it: the exercises, their tables and the slip
 * recogniser arrive in their own chunk, after the first paint, so they cost the first figure
 * nothing.
 */
export function YourTurn({ id }: { id: string }) {
  return (
    <Suspense fallback={<p className="your-turn your-turn--loading">Your turn: the exercise is loading…</p>}>
      <YourTurnModule id={id} />
    </Suspense>
  );
}
