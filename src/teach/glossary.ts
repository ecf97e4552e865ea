/**
 * The glossary behind `<Term id="…">`: one definition per term, in the page's notation, shown
 * in a popover where the term is first used. A unit test checks every id the content uses.
 */
export interface GlossaryEntry {
  /** the term as a heading: "Jacobian" */
  term: string;
  definition: string;
}

export const GLOSSARY = {
  'net-input': {
    term: 'Net input',
    definition:
      'net_X: the weighted sum a unit forms before squashing it, each weight times what it carries, plus the bias times the constant 1. For F: net_F = a i₁ + b i₂ + b_F.',
  },
  activation: {
    term: 'Activation',
    definition:
      'A unit’s output: the sigmoid of its net input, F = σ(net_F). It lies between 0 and 1 and never reaches either, though for a large net input it rounds to one of them; it is what the next layer receives.',
  },
  'chain-rule': {
    term: 'Chain rule',
    definition:
      'The derivative through a chain of functions is the product of each link’s derivative: d/dw σ(u(w)) = σ′(u(w)) · du/dw. When a weight reaches a quantity along several paths, the paths’ products are added.',
  },
  slope: {
    term: 'σ′, the sigmoid’s slope',
    definition:
      'σ′(x) = σ(x)(1 − σ(x)), so σ′(net_H) = H(1 − H) comes from the activation the forward pass already has. It is positive for every x (though nearly 0 far from x = 0, where σ is nearly flat) and at most ¼, reached at x = 0.',
  },
  jacobian: {
    term: 'Jacobian',
    definition:
      'The matrix of all first derivatives of a vector of outputs with respect to a vector of inputs: one row per output, one column per input. For (H, I) against the six output weights it is 2×6, and half of it is zero by structure (I does not use e, f, b_H; H does not use g, h, b_I). The grid in the figure keeps only the six entries that are not.',
  },
  'outer-product': {
    term: 'Outer product',
    definition:
      'A column times a row, u vᵀ: entry (i, j) is uᵢ vⱼ. A 2×1 column times the 1×3 row (F G 1) is a 2×3 matrix, the shape of W₂.',
  },
  gradient: {
    term: 'Gradient',
    definition:
      '∂E/∂W: the derivative of the error with respect to every weight, laid out in the shape of W. Each entry says how fast E changes when that one weight moves; a small step against the gradient lowers E.',
  },
  delta: {
    term: 'δ (delta)',
    definition:
      'How fast the error changes with a unit’s net input: δ_X = ∂E/∂net_X. At an output, δ_H = 2(H − t₁) σ′(net_H); at a hidden unit, δ_F = σ′(net_F)(e δ_H + g δ_I). Every gradient entry is a δ times what its weight multiplies.',
  },
  diag: {
    term: 'diag',
    definition:
      'diag(v) is the square matrix with the vector v on its diagonal and zeros everywhere else. Multiplying a column by diag(σ′(net)) multiplies each entry by its own unit’s slope: diag(v) u = v ⊙ u.',
  },
  hadamard: {
    term: '⊙ (Hadamard product)',
    definition:
      'Entry-by-entry multiplication of two vectors or matrices of the same shape: (A ⊙ B)ᵢⱼ = Aᵢⱼ Bᵢⱼ. Not the matrix product: nothing is summed.',
  },
  transpose: {
    term: 'Transpose',
    definition:
      'Wᵀ is W with rows and columns swapped: (Wᵀ)ᵢⱼ = Wⱼᵢ, so a 2×3 matrix becomes 3×2. Multiplying by the transpose sends numbers back along the same edges the forward product sent them along.',
  },
  'no-bias-column': {
    term: 'W without its bias column',
    definition:
      'The weight matrix with its last column, the biases, removed. The 2x2 network’s W₂ is 2×3, (e f b_H; g h b_I); without its last column it is the 2×2 matrix (e f; g h). The backward pass uses only these weights: the constant 1 depends on no weight, so no error flows back into it.',
  },
} as const satisfies Record<string, GlossaryEntry>;

export type TermId = keyof typeof GLOSSARY;

export const isTermId = (id: string): id is TermId => Object.hasOwn(GLOSSARY, id);
