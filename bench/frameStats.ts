/** The q-quantile of xs (q in [0, 1]): the value below which that share of them lies. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
}

/**
 * The share of frame intervals longer than one refresh period (16.7 ms at 60 Hz), in percent.
 * Intervals are whole periods give or take a tenth of a millisecond, so the p95 moves in steps
 * of 16.7 ms (a p95 of 16.8 ms means fewer than 5% of frames were late); this share shows how
 * far from the next step a measurement is.
 */
export function lateShare(frames: readonly number[]): number {
  return (100 * frames.filter((f) => f > 25).length) / Math.max(1, frames.length);
}
