/**
 * Argument validation for the engine's public functions. Every check throws an Error whose
 * message names the argument, the index and what was expected, so the app can show it as is.
 * Cost: O(parameters + data); train() runs it once per call, never per sample.
 */

/** A value as it should appear in a message: strings quoted, numbers as JS prints them. */
export function describe(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === 'object') return 'an object';
  return String(v);
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function isNonNegativeInteger(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** Units feeding weights[l], in words: "2 inputs" or "4 units of layer 0". */
function sendersPhrase(l: number, n: number): string {
  return l === 0 ? `${n} input${n === 1 ? '' : 's'}` : `${n} unit${n === 1 ? '' : 's'} of layer ${l - 1}`;
}

/**
 * Checks that `weights` describes a network and returns its layer sizes [n_in, n_1, ..., n_out].
 * weights[l] must have ≥ 1 row, every row the same length, and weights[l+1]'s rows must have
 * weights[l].length + 1 entries (one per unit of layer l plus the bias). All entries finite.
 * `name` lets the same check serve the velocity ("velocity[0] row 1 ...").
 */
export function validateWeights(weights: unknown, name = 'weights'): number[] {
  if (!Array.isArray(weights) || weights.length === 0) {
    throw new Error(`${name} must be a non-empty array of weight matrices, got ${describe(weights)}`);
  }
  const sizes: number[] = [];
  for (let l = 0; l < weights.length; l++) {
    const m: unknown = weights[l];
    if (!Array.isArray(m) || m.length === 0) {
      throw new Error(
        `${name}[${l}] must be a non-empty array of rows (one per receiving unit), got ${describe(m)}`,
      );
    }
    const row0: unknown = m[0];
    if (l === 0) {
      if (!Array.isArray(row0) || row0.length < 2) {
        throw new Error(
          `${name}[0] row 0 must have at least 2 entries (at least one input plus the bias), got ${describe(row0)}`,
        );
      }
      sizes.push(row0.length - 1);
    }
    const senders = sizes[l];
    const expected = senders + 1;
    for (let i = 0; i < m.length; i++) {
      const row: unknown = m[i];
      if (!Array.isArray(row)) {
        throw new Error(`${name}[${l}] row ${i} must be an array of numbers, got ${describe(row)}`);
      }
      if (row.length !== expected) {
        throw new Error(
          `${name}[${l}] row ${i} has ${row.length} entries; expected ${expected} (${sendersPhrase(l, senders)} plus the bias)`,
        );
      }
      for (let j = 0; j < expected; j++) {
        const v: unknown = row[j];
        if (!isFiniteNumber(v)) {
          throw new Error(`${name}[${l}][${i}][${j}] is ${describe(v)}; every entry must be a finite number`);
        }
      }
    }
    sizes.push(m.length);
  }
  return sizes;
}

/** `other` must have exactly the shape of weights with layer sizes `sizes`, finite entries. */
export function validateSameShape(other: unknown, sizes: readonly number[], name: string): void {
  if (!Array.isArray(other) || other.length !== sizes.length - 1) {
    throw new Error(
      `${name} must have ${sizes.length - 1} layer${sizes.length === 2 ? '' : 's'} like the weights, got ${describe(other)}`,
    );
  }
  for (let l = 0; l < other.length; l++) {
    const m: unknown = other[l];
    if (!Array.isArray(m) || m.length !== sizes[l + 1]) {
      throw new Error(`${name}[${l}] must have ${sizes[l + 1]} rows like weights[${l}], got ${describe(m)}`);
    }
  }
  const got = validateWeights(other, name);
  if (got[0] !== sizes[0]) {
    throw new Error(`${name}[0] rows have ${got[0] + 1} entries; expected ${sizes[0] + 1} like weights[0]`);
  }
}

/** A vector of `expected` finite numbers; `role` names it in messages ("input size"). */
export function validateVector(v: unknown, expected: number, name: string, role: string): void {
  if (!Array.isArray(v) && !ArrayBuffer.isView(v)) {
    throw new Error(`${name} must be an array of ${expected} numbers, got ${describe(v)}`);
  }
  const a = v as ArrayLike<unknown>;
  if (a.length !== expected) {
    throw new Error(`${name} has ${a.length} entries; expected ${expected} (the network's ${role})`);
  }
  for (let i = 0; i < expected; i++) {
    if (!isFiniteNumber(a[i])) {
      throw new Error(`${name}[${i}] is ${describe(a[i])}; it must be a finite number`);
    }
  }
}

export function validateInput(x: unknown, sizes: readonly number[]): void {
  validateVector(x, sizes[0], 'x', 'input size');
}

export function validateTarget(t: unknown, sizes: readonly number[]): void {
  validateVector(t, sizes[sizes.length - 1], 't', 'output size');
}

/** A non-empty array of { x, t } with the network's input and output sizes. */
export function validateData(data: unknown, sizes: readonly number[]): void {
  if (!Array.isArray(data) || data.length === 0) {
    throw new Error(`data must be a non-empty array of samples { x, t }, got ${describe(data)}`);
  }
  const nIn = sizes[0];
  const nOut = sizes[sizes.length - 1];
  for (let s = 0; s < data.length; s++) {
    const d: unknown = data[s];
    if (typeof d !== 'object' || d === null) {
      throw new Error(`data[${s}] must be a sample { x, t }, got ${describe(d)}`);
    }
    const { x, t } = d as { x?: unknown; t?: unknown };
    validateVector(x, nIn, `data[${s}].x`, 'input size');
    validateVector(t, nOut, `data[${s}].t`, 'output size');
  }
}

export interface TrainOptionsShape {
  learningRate?: unknown;
  epochs?: unknown;
  batchSize?: unknown;
  reduction?: unknown;
  momentum?: unknown;
  dropout?: unknown;
  shuffle?: unknown;
  seed?: unknown;
  velocity?: unknown;
  startEpoch?: unknown;
}

/** Checks train()'s options against the network (sizes) and the data set's length n. */
export function validateTrainOptions(options: unknown, sizes: readonly number[], n: number): void {
  if (typeof options !== 'object' || options === null) {
    throw new Error(`options must be an object with learningRate and epochs, got ${describe(options)}`);
  }
  const o = options as TrainOptionsShape;
  if (!isFiniteNumber(o.learningRate) || o.learningRate <= 0) {
    throw new Error(`learningRate must be a finite positive number, got ${describe(o.learningRate)}`);
  }
  if (!isNonNegativeInteger(o.epochs)) {
    throw new Error(`epochs must be a non-negative integer, got ${describe(o.epochs)}`);
  }
  if (o.batchSize !== undefined) {
    const b = o.batchSize;
    if (typeof b !== 'number' || !Number.isInteger(b) || b < 1 || b > n) {
      throw new Error(`batchSize must be an integer in [1, ${n}] (the data set's size), got ${describe(b)}`);
    }
  }
  if (o.reduction !== undefined && o.reduction !== 'mean' && o.reduction !== 'sum') {
    throw new Error(`reduction must be 'mean' or 'sum', got ${describe(o.reduction)}`);
  }
  for (const key of ['momentum', 'dropout'] as const) {
    const v = o[key];
    if (v !== undefined && (!isFiniteNumber(v) || v < 0 || v >= 1)) {
      throw new Error(`${key} must be a number in [0, 1), got ${describe(v)}`);
    }
  }
  if (o.shuffle !== undefined && typeof o.shuffle !== 'boolean') {
    throw new Error(`shuffle must be true or false, got ${describe(o.shuffle)}`);
  }
  if (o.seed !== undefined && (typeof o.seed !== 'number' || !Number.isSafeInteger(o.seed))) {
    throw new Error(`seed must be an integer, got ${describe(o.seed)}`);
  }
  if (
    o.startEpoch !== undefined &&
    (!isNonNegativeInteger(o.startEpoch) || !Number.isSafeInteger(o.startEpoch))
  ) {
    throw new Error(`startEpoch must be a non-negative integer, got ${describe(o.startEpoch)}`);
  }
  if (o.velocity !== undefined) validateSameShape(o.velocity, sizes, 'velocity');
}
