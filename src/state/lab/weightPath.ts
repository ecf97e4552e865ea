import { flattenWeights, type ReadonlyWeights } from '../../nn';

/**
 * The path training took through weight space, for the loss landscape (section 10): the flat
 * parameter vector after every trained chunk. Past MAX_PATH points every other one is dropped
 * (the newest always kept), so the path stays cheap to draw however long the run.
 */
export type WeightPath = readonly Float64Array[];

export const MAX_PATH = 400;

export function appendPath(path: WeightPath, weights: ReadonlyWeights, max = MAX_PATH): WeightPath {
  const next = [...path, flattenWeights(weights)];
  if (next.length <= max) return next;
  const last = next[next.length - 1] as Float64Array;
  const thinned = next.filter((_, i) => i % 2 === 0);
  if (thinned[thinned.length - 1] !== last) thinned.push(last);
  return thinned;
}
