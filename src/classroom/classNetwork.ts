import { initWeights } from '../nn/init';
import { createRng, hashSeed } from '../nn/prng';
import { paramValue, quote, type ReadQuery } from '../state/address/query';
import { DEFAULT_T, DEFAULT_WEIGHTS, DEFAULT_X } from '../state/twoByTwo';
import { type Network2x2, networkParams, parseNetworkQuery } from '../state/urlState';

/**
 * The 2-2-2 network a worksheet or an exercise set is about. `seed=N` draws a fresh one, so a
 * teacher can hand out different versions; otherwise the address's own `W1`, `W2`, `x`, `t`
 * (the page's network, as the page writes it), else the default worked example.
 */
export interface ClassNetwork extends Network2x2 {
  seed: number | null;
  /** what in the address could not be used, in words */
  notices: string[];
}

/** Seeds a teacher types: whole numbers from 0 to 999 999 999. */
export const MAX_SEED = 999_999_999;

/** Two decimals: numbers a student can work with by hand. */
const two = (v: number) => Math.round(v * 100) / 100 || 0;

/**
 * The network of version `seed`: weights from the page's seeded initialisation (src/nn/init.ts),
 * inputs in [−1, 1] and targets in [0.01, 0.99] from their own stream of the same seed; every
 * number rounded to two decimals, and the engine computes with exactly those.
 */
export function seededNetwork(seed: number): Network2x2 {
  const weights = initWeights([2, 2, 2], seed, 1).map((m) => m.map((r) => r.map(two)));
  const rng = createRng(hashSeed(seed, -2));
  const x = [two(2 * rng() - 1), two(2 * rng() - 1)];
  const t = [two(0.01 + 0.98 * rng()), two(0.01 + 0.98 * rng())];
  return { weights, x, t };
}

export function parseSeed(raw: string | null): { seed: number | null; notice?: string } {
  if (raw === null) return { seed: null };
  if (!/^\d{1,9}$/.test(raw.trim()))
    return {
      seed: null,
      notice: `The seed ${quote(raw)} is not a whole number from 0 to ${MAX_SEED.toLocaleString('en-US')}; the network from the address is used instead.`,
    };
  return { seed: Number(raw.trim()) };
}

export function classNetwork(query: ReadQuery): ClassNetwork {
  const { seed, notice } = parseSeed(paramValue(query, 'seed'));
  const notices = notice ? [notice] : [];
  if (seed !== null) return { ...seededNetwork(seed), seed, notices };
  const parsed = parseNetworkQuery(query);
  return {
    weights: parsed.weights ?? DEFAULT_WEIGHTS.map((m) => m.map((r) => [...r])),
    x: parsed.x ?? [...DEFAULT_X],
    t: parsed.t ?? [...DEFAULT_T],
    seed: null,
    notices: [...notices, ...parsed.notices],
  };
}

/** The query that reproduces a class network: its seed, or its numbers. */
export function classNetworkParams(net: ClassNetwork): string[] {
  return net.seed !== null ? [`seed=${net.seed}`] : networkParams(net);
}
