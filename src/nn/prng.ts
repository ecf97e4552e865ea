/**
 * Seeded pseudo-random numbers: mulberry32 (32-bit state, period 2^32), enough for weight
 * initialisation, shuffling and dropout masks, and reproducible across JS engines because it
 * only uses 32-bit integer arithmetic (Math.imul, shifts).
 */

/** mulberry32's state increment (the Weyl sequence step). */
export const MULBERRY32_STEP = 0x6d2b79f5;

/** mulberry32's output for an already-advanced state: a float in [0, 1). */
export function mulberry32Output(state: number): number {
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t = (t + Math.imul(t ^ (t >>> 7), t | 61)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A generator of floats in [0, 1) from a 32-bit seed (only the seed's low 32 bits are used). */
export function createRng(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + MULBERRY32_STEP) | 0;
    return mulberry32Output(state);
  };
}

/** murmur3's 32-bit finaliser: every input bit affects every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function combine(h: number, k: number): number {
  return fmix32((Math.imul(h ^ k, 0x9e3779b1) + MULBERRY32_STEP) | 0);
}

/** Low and high 32-bit words of a safe integer (two's complement for negatives). */
function words(v: number): [number, number] {
  return [v >>> 0, Math.floor(v / 4294967296) >>> 0];
}

/**
 * A 32-bit seed for the independent stream number n of `seed`: createRng(hashSeed(seed, n)).
 * train() uses n = the epoch index, so epoch k's shuffle and dropout masks do not depend on
 * how the epochs before it were split into calls. Both arguments may be any safe integers.
 */
export function hashSeed(seed: number, n: number): number {
  const [sLo, sHi] = words(seed);
  const [nLo, nHi] = words(n);
  return combine(combine(combine(combine(0x243f6a88, sLo), sHi), nLo), nHi);
}
