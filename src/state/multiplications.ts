/**
 * How many multiplications each route to every ∂E/∂w takes, for a network of layer sizes
 * [n_0 (inputs), n_1, …, n_L (outputs)] with a bias on every layer.
 *
 * What is counted: products of two numbers made after the forward pass. Both routes start from
 * the same forward pass, the same slopes σ′(net) = out(1 − out) and the same error slopes
 * 2(out − t); those are made once and counted in neither. A factor that is the bias's constant
 * 1 is not multiplied. Additions are not counted.
 *
 * - Per path (sections 3–4): ∂E/∂w is a sum over every path from w to an output; a path's term
 *   is the product of its factors: the error slope 2(out_k − t_k), σ′ of every unit on the path,
 *   every weight on the path after w, and the value w multiplies (none for a bias). A product of
 *   m factors is m − 1 multiplications; nothing is shared between paths or weights.
 * - Backpropagation (sections 6–8): δ^L = 2(out − t) ⊙ σ′(net^L), n_L products;
 *   δ^l = σ′(net^l) ⊙ (W^{l+1} without its bias column)ᵀ δ^{l+1}, n_l·n_{l+1} + n_l;
 *   ∂E/∂W^l = δ^l (out^{l−1} ‖ 1)ᵀ, n_l·n_{l−1} (the bias column is δ^l itself).
 */
export interface MultiplicationCount {
  perPath: number;
  backprop: number;
}

export function countMultiplications(sizes: readonly number[]): MultiplicationCount {
  const L = sizes.length - 1;
  if (L < 1 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`layer sizes must be at least two whole numbers ≥ 1, got [${sizes.join(', ')}]`);
  }
  const n = (l: number) => sizes[l] as number;
  let perPath = 0;
  let backprop = n(L);
  for (let l = 1; l <= L; l++) {
    // paths from a unit of layer l to the outputs: one choice of unit in each later layer
    let paths = 1;
    for (let m = l + 1; m <= L; m++) paths *= n(m);
    // factors of one path from a weight into layer l: error slope, σ′(net^L), then a weight
    // and a σ′ per layer stepped back, then the sender (absent for the bias)
    const shared = 2 + 2 * (L - l);
    const weightsPerUnit = n(l - 1);
    perPath += n(l) * paths * (weightsPerUnit * shared + (shared - 1));
    backprop += n(l) * n(l - 1);
    if (l < L) backprop += n(l) * n(l + 1) + n(l);
  }
  return { perPath, backprop };
}
