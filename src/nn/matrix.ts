import type { Matrix, ReadonlyMatrix, ReadonlyWeights, Weights } from './types';

/** [rows, cols] of a matrix (cols of the first row; 0 for an empty matrix). */
export function shape(m: ReadonlyMatrix): [number, number] {
  return [m.length, m.length === 0 ? 0 : m[0].length];
}

/** A rows x cols matrix filled with `value`. */
export function filled(rows: number, cols: number, value: number): Matrix {
  const m: Matrix = new Array(rows);
  for (let i = 0; i < rows; i++) m[i] = new Array<number>(cols).fill(value);
  return m;
}

/** A rows x cols matrix of zeros. */
export function zeros(rows: number, cols: number): Matrix {
  return filled(rows, cols, 0);
}

export function cloneMatrix(m: ReadonlyMatrix): Matrix {
  return m.map((row) => row.slice());
}

/** A deep copy of every layer's matrix. */
export function cloneWeights(w: ReadonlyWeights): Weights {
  return w.map(cloneMatrix);
}

/** Zeros with the shape of every layer of `w` (e.g. an initial velocity or gradient). */
export function zerosLike(w: ReadonlyWeights): Weights {
  return w.map((m) => m.map((row) => new Array<number>(row.length).fill(0)));
}

/**
 * Layer sizes implied by the weights: [n_in, n_1, ..., n_out].
 * weights[l] has sizes[l+1] rows and sizes[l] + 1 columns (the last one is the bias).
 */
export function layerSizes(w: ReadonlyWeights): number[] {
  if (w.length === 0) return [];
  const sizes = [shape(w[0])[1] - 1];
  for (const m of w) sizes.push(m.length);
  return sizes;
}

/** Number of parameters (weights and biases) in all layers. */
export function parameterCount(w: ReadonlyWeights): number {
  let n = 0;
  for (const m of w) for (const row of m) n += row.length;
  return n;
}

/** v ‖ 1: the layer's output with the bias input appended. */
export function appendOne(v: readonly number[]): number[] {
  const r = v.slice();
  r.push(1);
  return r;
}

/** Plain matrix-vector product m·v (v.length must equal m's column count). */
export function matVec(m: ReadonlyMatrix, v: readonly number[]): number[] {
  const r = new Array<number>(m.length);
  for (let i = 0; i < m.length; i++) {
    const row = m[i];
    let s = 0;
    for (let j = 0; j < v.length; j++) s += row[j] * v[j];
    r[i] = s;
  }
  return r;
}

/**
 * net = W · (a ‖ 1) without building a ‖ 1 (a must have at least one entry): the sum starts
 * from the first product, runs over the sending units in order and adds the bias (last
 * column) last, exactly the order the training kernels use, so results agree bit for bit.
 */
export function matVecWithBias(w: ReadonlyMatrix, a: readonly number[]): number[] {
  const n = a.length;
  const r = new Array<number>(w.length);
  for (let i = 0; i < w.length; i++) {
    const row = w[i];
    let s = row[0] * a[0];
    for (let j = 1; j < n; j++) s += row[j] * a[j];
    r[i] = s + row[n];
  }
  return r;
}

export function transpose(m: ReadonlyMatrix): Matrix {
  const [rows, cols] = shape(m);
  const t = zeros(cols, rows);
  for (let i = 0; i < rows; i++) {
    const row = m[i];
    for (let j = 0; j < cols; j++) t[j][i] = row[j];
  }
  return t;
}

/** Matrix product a·b (a's column count must equal b's row count). */
export function matMul(a: ReadonlyMatrix, b: ReadonlyMatrix): Matrix {
  const [n, k] = shape(a);
  const m = shape(b)[1];
  const r = zeros(n, m);
  if (k === 0) return r;
  for (let i = 0; i < n; i++) {
    const ai = a[i];
    const ri = r[i];
    for (let j = 0; j < m; j++) {
      // Sum in p order starting from the first product, like matVecWithBias.
      let s = ai[0] * b[0][j];
      for (let p = 1; p < k; p++) s += ai[p] * b[p][j];
      ri[j] = s;
    }
  }
  return r;
}

/** Outer product u vᵀ: the gradient of one layer is outer(delta, a ‖ 1). */
export function outer(u: readonly number[], v: readonly number[]): Matrix {
  return u.map((ui) => v.map((vj) => ui * vj));
}

/** Element-wise map of a matrix. */
export function mapMatrix(
  m: ReadonlyMatrix,
  fn: (value: number, row: number, col: number) => number,
): Matrix {
  return m.map((row, i) => row.map((v, j) => fn(v, i, j)));
}

/** Element-wise (Hadamard) product of two same-shape matrices. */
export function hadamard(a: ReadonlyMatrix, b: ReadonlyMatrix): Matrix {
  return a.map((row, i) => row.map((v, j) => v * b[i][j]));
}

/** a + s·b for same-shape weights (e.g. w − η·grad is addScaled(w, grad, −η)). */
export function addScaled(a: ReadonlyWeights, b: ReadonlyWeights, s: number): Weights {
  return a.map((m, l) => m.map((row, i) => row.map((v, j) => v + s * b[l][i][j])));
}

/** W without its bias column: W[:, :n] (the part of W2 the hidden deltas flow back through). */
export function dropBiasColumn(w: ReadonlyMatrix): Matrix {
  return w.map((row) => row.slice(0, row.length - 1));
}

/** The matrix with a last row of ones appended (inputs as columns, section 9). */
export function appendOnesRow(m: ReadonlyMatrix): Matrix {
  const cols = shape(m)[1];
  const r = cloneMatrix(m);
  r.push(new Array<number>(cols).fill(1));
  return r;
}

/** Largest |a − b| over all entries of two same-shape weight lists. */
export function maxAbsDiff(a: ReadonlyWeights, b: ReadonlyWeights): number {
  let d = 0;
  a.forEach((m, l) => {
    m.forEach((row, i) => {
      row.forEach((v, j) => {
        d = Math.max(d, Math.abs(v - b[l][i][j]));
      });
    });
  });
  return d;
}

/** All parameters, layer by layer, row by row, into one Float64Array. */
export function flattenWeights(w: ReadonlyWeights): Float64Array {
  const flat = new Float64Array(parameterCount(w));
  let p = 0;
  for (const m of w) for (const row of m) for (const v of row) flat[p++] = v;
  return flat;
}

/** The inverse of flattenWeights, given the layer sizes. */
export function unflattenWeights(flat: ArrayLike<number>, sizes: readonly number[]): Weights {
  const w: Weights = [];
  let p = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const rows = sizes[l + 1];
    const cols = sizes[l] + 1;
    const m: Matrix = new Array(rows);
    for (let i = 0; i < rows; i++) {
      const row = new Array<number>(cols);
      for (let j = 0; j < cols; j++) row[j] = flat[p++];
      m[i] = row;
    }
    w.push(m);
  }
  return w;
}
