/**
 * Kernels specialised to one network shape by generating straight-line JavaScript.
 *
 * Why: for the small networks of this tutorial (2-4-1 has 17 parameters) the generic kernel's
 * loops run 1-4 times each, and their bookkeeping costs more than the arithmetic; a fully
 * unrolled loop body with activations and deltas in local variables runs ~2x faster, which is
 * what the ≥ 0.8x-of-hand-unrolled budget asks for.
 *
 * Safety: the generated source contains only integers derived from the layer sizes, never
 * user strings. If `new Function` is unavailable (a Content-Security-Policy without
 * 'unsafe-eval'), compile() returns null and the caller uses the generic kernel instead.
 *
 * Arithmetic: the same operations in the same order as the generic kernel (kernel.ts) and
 * forward()/backward(): sums start from the first product, bias last; delta = dE/dout·s(1−s);
 * so every kernel produces bit-identical numbers.
 */
/** Largest parameter count that gets a generated kernel (keeps functions small enough to optimise). */
export const MAX_GENERATED_PARAMETERS = 512;

/**
 * Runs `epochs` passes over the samples order[from..to) and returns the last pass's summed
 * error; when `totals` is given, pass e's summed error is written to totals[base + e].
 * - 'sgd': w ← w − lr·grad after every sample (fused: the update follows the backward pass).
 * - 'accumulate': g += each sample's gradient; w, lr, batchSize and sum are unused.
 * - 'batch': batches of batchSize samples: g = Σ grad, then w ← w − step·g with
 *   step = sum ? lr : lr / (samples in the batch), i.e. the momentum-free update.
 * Looping over epochs inside the kernel matters for tiny sets such as XOR's 4 samples, where a
 * call per epoch would cost as much as the epoch.
 */
export type GeneratedKernel = (
  w: Float64Array,
  g: Float64Array,
  X: Float64Array,
  T: Float64Array,
  order: Int32Array,
  from: number,
  to: number,
  lr: number,
  sigma: (x: number) => number,
  epochs: number,
  totals: Float64Array | null,
  base: number,
  batchSize: number,
  sum: boolean,
) => number;

export type KernelMode = 'sgd' | 'accumulate' | 'batch';

const PARAMS = [
  'w',
  'g',
  'X',
  'T',
  'order',
  'from',
  'to',
  'lr',
  'sigma',
  'epochs',
  'totals',
  'base',
  'batchSize',
  'sum',
];

const cache = new Map<string, GeneratedKernel | null>();
const MAX_CACHED_KERNELS = 64;

/** The generated kernel for these sizes and mode, or null (too large, or no eval). Memoised. */
export function compile(sizes: readonly number[], mode: KernelMode): GeneratedKernel | null {
  const key = `${mode}:${sizes.join(',')}`;
  let k = cache.get(key);
  if (k === undefined) {
    if (cache.size >= MAX_CACHED_KERNELS) cache.clear(); // a reader trying many shapes
    k = build(sizes, mode);
    cache.set(key, k);
  }
  return k;
}

function parameterCount(sizes: readonly number[]): number {
  let P = 0;
  for (let l = 0; l + 1 < sizes.length; l++) P += sizes[l + 1] * (sizes[l] + 1);
  return P;
}

function build(sizes: readonly number[], mode: KernelMode): GeneratedKernel | null {
  if (parameterCount(sizes) > MAX_GENERATED_PARAMETERS) return null;
  try {
    return new Function(...PARAMS, source(sizes, mode)) as GeneratedKernel;
  } catch {
    return null;
  }
}

/**
 * The kernel's body. a{l}_{j}: out of layer l (a0 = x); d{l}_{j}: delta of layer l; e{k}: the
 * output error o − t. Parameters stay in the typed array w (g in 'accumulate' mode): keeping
 * them in locals was measured slower and unstable, because every Math.exp call forces the
 * locals to be spilled and reloaded around it.
 */
export function source(sizes: readonly number[], mode: KernelMode): string {
  const L = sizes.length - 1;
  const nIn = sizes[0];
  const nOut = sizes[L];
  const wOff: number[] = [0];
  for (let l = 0; l < L; l++) wOff.push(wOff[l] + sizes[l + 1] * (sizes[l] + 1));
  const at = (l: number, i: number, j: number) => wOff[l] + i * (sizes[l] + 1) + j;
  const body: string[] = ['const s = order[q];', `const xb = s * ${nIn};`, `const tb = s * ${nOut};`];
  for (let j = 0; j < nIn; j++) body.push(`const a0_${j} = X[xb + ${j}];`);
  // Forward: a{l+1}_i = sigma(Σ_j w·a{l}_j + bias), summed from the first product, bias last.
  for (let l = 0; l < L; l++) {
    for (let i = 0; i < sizes[l + 1]; i++) {
      const terms: string[] = [];
      for (let j = 0; j < sizes[l]; j++) terms.push(`w[${at(l, i, j)}] * a${l}_${j}`);
      terms.push(`w[${at(l, i, sizes[l])}]`);
      body.push(`const a${l + 1}_${i} = sigma(${terms.join(' + ')});`);
    }
  }
  // Output error and delta: E = Σ (o − t)^2, delta = 2(o − t)·o(1 − o).
  const sq: string[] = [];
  for (let k = 0; k < nOut; k++) {
    body.push(`const e${k} = a${L}_${k} - T[tb + ${k}];`);
    body.push(`const d${L}_${k} = 2 * e${k} * (a${L}_${k} * (1 - a${L}_${k}));`);
    sq.push(`e${k} * e${k}`);
  }
  // A batch's errors are summed on their own, then added to the epoch's total (as train does).
  body.push(`${mode === 'batch' ? 'sub' : 'total'} += ${sq.join(' + ')};`);
  // Backward: every delta from the old weights first, then the updates.
  for (let l = L - 1; l > 0; l--) {
    for (let j = 0; j < sizes[l]; j++) {
      const terms: string[] = [];
      for (let i = 0; i < sizes[l + 1]; i++) terms.push(`w[${at(l, i, j)}] * d${l + 1}_${i}`);
      body.push(`const d${l}_${j} = (${terms.join(' + ')}) * (a${l}_${j} * (1 - a${l}_${j}));`);
    }
  }
  for (let l = L - 1; l >= 0; l--) {
    for (let i = 0; i < sizes[l + 1]; i++) {
      for (let j = 0; j <= sizes[l]; j++) {
        const p = at(l, i, j);
        const gradient = j < sizes[l] ? `d${l + 1}_${i} * a${l}_${j}` : `d${l + 1}_${i}`;
        body.push(mode === 'sgd' ? `w[${p}] -= lr * (${gradient});` : `g[${p}] += ${gradient};`);
      }
    }
  }
  const out = ["'use strict';", 'let total = 0;', 'for (let ep = 0; ep < epochs; ep++) {', 'total = 0;'];
  if (mode === 'batch') {
    // The general path's update with mu = 0 is w + (−(step·g)), which equals w − step·g exactly.
    out.push('for (let start = from; start < to; start += batchSize) {');
    out.push('const end = Math.min(to, start + batchSize);', 'g.fill(0);', 'let sub = 0;');
    out.push('for (let q = start; q < end; q++) {', ...body, '}', 'total += sub;');
    out.push('const step = sum ? lr : lr / (end - start);');
    out.push(`for (let p = 0; p < ${wOff[L]}; p++) w[p] -= step * g[p];`, '}');
  } else {
    out.push('for (let q = from; q < to; q++) {', ...body, '}');
  }
  out.push('if (totals !== null) totals[base + ep] = total;', '}', 'return total;');
  return out.join('\n');
}
