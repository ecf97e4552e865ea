/**
 * The activations of DESIGN.md, one number at a time. The flat path (flatNet.ts) calls these
 * same functions, so forward() and train() agree bit for bit.
 */

/**
 * sigma(x) = 1/(1+exp(-x)), the default activation on every layer (output included).
 *
 * Branching on the sign keeps exp's argument ≤ 0, so it never overflows: for every finite x
 * (±1000 and ±1e308 included) the result is a finite number in [0, 1], never NaN.
 */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** sigma'(net) expressed through s = sigma(net): s(1-s). */
export function sigmoidPrimeFromOut(s: number): number {
  return s * (1 - s);
}

/** sigma'(x) = sigma(x)(1 - sigma(x)). */
export function sigmoidPrime(x: number): number {
  return sigmoidPrimeFromOut(sigmoid(x));
}

/** relu(x) = max(x, 0); its slope at 0 is taken as 0 (relu′(0) = 0). */
export function relu(x: number): number {
  // biome-ignore lint/complexity/useMathMinMax: one compare, the same one the flat path inlines
  return x > 0 ? x : 0;
}

/**
 * softplus(x) = ln(1 + e^x) without overflow: max(x, 0) + ln(1 + e^−|x|). Cross-entropy on a
 * sigmoid output is t·softplus(−net) + (1 − t)·softplus(net), finite even at net = ±1000 where
 * sigma(net) rounds to 0 or 1 and ln(out) would be −Infinity.
 */
export function softplus(x: number): number {
  // biome-ignore lint/complexity/useMathMinMax: a plain compare in the training loop
  return (x > 0 ? x : 0) + Math.log1p(Math.exp(-Math.abs(x)));
}
