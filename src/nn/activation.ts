/**
 * sigma(x) = 1/(1+exp(-x)), the activation on every layer (output included).
 *
 * Branching on the sign keeps exp's argument ≤ 0, so it never overflows: for every finite x
 * (±1000 and ±1e308 included) the result is a finite number in [0, 1], never NaN.
 * The training kernel calls this same function, so forward() and train() agree bit for bit.
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
