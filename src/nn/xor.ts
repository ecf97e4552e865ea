import type { Sample } from './types';

function sample(x: number[], t: number[]): Sample {
  return Object.freeze({ x: Object.freeze(x), t: Object.freeze(t) }) as Sample;
}

/**
 * XOR, the four samples of section 9: the output is 1 when exactly one input is 1.
 * Frozen, so no caller can change the data set every figure shares.
 */
export const XOR: Sample[] = Object.freeze([
  sample([0, 0], [0]),
  sample([0, 1], [1]),
  sample([1, 0], [1]),
  sample([1, 1], [0]),
]) as Sample[];
