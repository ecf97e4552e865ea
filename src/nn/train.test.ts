import { describe, expect, it } from 'vitest';
import { backward } from './backward';
import { batchGradient } from './forwardBatch';
import { initWeights } from './init';
import { addScaled, maxAbsDiff, zerosLike } from './matrix';
import { train } from './train';
import type { Sample, Weights } from './types';
import { XOR } from './xor';

/** The summed per-sample gradient and error over `samples`, from backward() alone. */
function summed(w: Weights, samples: readonly Sample[]): { grad: Weights; error: number } {
  let grad = zerosLike(w);
  let error = 0;
  for (const s of samples) {
    const b = backward(w, s.x, s.t);
    grad = addScaled(grad, b.grad, 1);
    error += b.error;
  }
  return { grad, error };
}

const DATA: Sample[] = [
  { x: [0.5, -1, 2], t: [0.1, 0.9] },
  { x: [1, 0.3, -0.7], t: [0.8, 0.2] },
  { x: [-1.2, 0.4, 0], t: [0.5, 0.5] },
  { x: [0, 0, 1], t: [1, 0] },
  { x: [2, -2, 0.5], t: [0, 0] },
];
const W0 = () => initWeights([3, 4, 3, 2], 11);

describe('train: what one update is', () => {
  it('full batch, one epoch: w − η · mean gradient (gradient from backward)', () => {
    const lr = 0.7;
    const r = train(W0(), DATA, { learningRate: lr, epochs: 1 });
    const { grad } = summed(W0(), DATA);
    expect(maxAbsDiff(r.weights, addScaled(W0(), grad, -lr / DATA.length))).toBeLessThan(1e-15);
  });

  it("reduction 'sum': w − η · Σ gradient", () => {
    const lr = 0.3;
    const r = train(W0(), DATA, { learningRate: lr, epochs: 1, reduction: 'sum' });
    const { grad } = summed(W0(), DATA);
    expect(maxAbsDiff(r.weights, addScaled(W0(), grad, -lr))).toBeLessThan(1e-15);
  });

  it('batchSize 1: the sequential per-sample updates, epoch after epoch', () => {
    const lr = 0.9;
    let w = W0();
    for (let e = 0; e < 3; e++) for (const s of DATA) w = addScaled(w, backward(w, s.x, s.t).grad, -lr);
    const r = train(W0(), DATA, { learningRate: lr, epochs: 3, batchSize: 1 });
    expect(maxAbsDiff(r.weights, w)).toBeLessThan(1e-14);
  });

  it('mini-batches of 2 over 5 samples: batches [0,1], [2,3], [4], each its own mean', () => {
    const lr = 0.4;
    let w = W0();
    for (const batch of [DATA.slice(0, 2), DATA.slice(2, 4), DATA.slice(4)]) {
      w = addScaled(w, summed(w, batch).grad, -lr / batch.length);
    }
    const r = train(W0(), DATA, { learningRate: lr, epochs: 1, batchSize: 2 });
    expect(maxAbsDiff(r.weights, w)).toBeLessThan(1e-15);
  });

  it('momentum: the first step is the plain step; the second adds mu · v', () => {
    const lr = 0.5;
    const mu = 0.9;
    const plain1 = train(W0(), DATA, { learningRate: lr, epochs: 1 });
    const mom1 = train(W0(), DATA, { learningRate: lr, epochs: 1, momentum: mu });
    expect(maxAbsDiff(mom1.weights, plain1.weights)).toBeLessThan(1e-16);
    // v1 = −η g(w0)
    const g0 = batchGradient(W0(), DATA).grad;
    expect(maxAbsDiff(mom1.velocity, addScaled(zerosLike(g0), g0, -lr))).toBeLessThan(1e-16);
    // w2 = w1 + mu v1 − η g(w1): the momentum run minus a plain step from w1 is mu · v1.
    const mom2 = train(W0(), DATA, { learningRate: lr, epochs: 2, momentum: mu });
    const plainFromW1 = train(mom1.weights, DATA, { learningRate: lr, epochs: 1 });
    const diff = addScaled(mom2.weights, plainFromW1.weights, -1);
    expect(maxAbsDiff(diff, addScaled(zerosLike(g0), mom1.velocity, mu))).toBeLessThan(1e-15);
    expect(maxAbsDiff(mom2.weights, plainFromW1.weights)).toBeGreaterThan(1e-3);
  });

  it('momentum 0 returns the last step as velocity: v = −η · grad', () => {
    const lr = 0.5;
    const r = train(W0(), DATA, { learningRate: lr, epochs: 1 });
    const g0 = batchGradient(W0(), DATA).grad;
    expect(maxAbsDiff(r.velocity, addScaled(zerosLike(g0), g0, -lr))).toBeLessThan(1e-16);
    const sgd = train(W0(), DATA, { learningRate: lr, epochs: 2, batchSize: 1 });
    expect(maxAbsDiff(sgd.velocity, zerosLike(g0))).toBeGreaterThan(0);
  });

  it('epochs 0 returns copies of the weights and velocity, and no errors', () => {
    const v = initWeights([3, 4, 3, 2], 5);
    const r = train(W0(), DATA, { learningRate: 1, epochs: 0, velocity: v });
    expect(r).toEqual({ weights: W0(), velocity: v, errors: [] });
    expect(r.velocity).not.toBe(v);
  });
});

describe('train: errors[e], the running loss', () => {
  it('full batch: the mean (or sum) error at the weights the epoch started from', () => {
    const r = train(W0(), DATA, { learningRate: 0.8, epochs: 4 });
    let w = W0();
    for (let e = 0; e < 4; e++) {
      const b = batchGradient(w, DATA);
      expect(Math.abs(r.errors[e] - b.error)).toBeLessThan(1e-15);
      w = addScaled(w, b.grad, -0.8);
    }
    const s = train(W0(), DATA, { learningRate: 0.8, epochs: 1, reduction: 'sum' });
    expect(Math.abs(s.errors[0] - batchGradient(W0(), DATA, 'sum').error)).toBeLessThan(1e-15);
  });

  it('SGD: the mean of each sample’s error measured just before its own update', () => {
    const lr = 0.9;
    let w = W0();
    const expected: number[] = [];
    for (let e = 0; e < 2; e++) {
      let total = 0;
      for (const s of DATA) {
        const b = backward(w, s.x, s.t);
        total += b.error;
        w = addScaled(w, b.grad, -lr);
      }
      expected.push(total / DATA.length);
    }
    const r = train(W0(), DATA, { learningRate: lr, epochs: 2, batchSize: 1 });
    r.errors.forEach((v, e) => {
      expect(Math.abs(v - expected[e])).toBeLessThan(1e-15);
    });
    const s = train(W0(), DATA, { learningRate: lr, epochs: 2, batchSize: 1, reduction: 'sum' });
    s.errors.forEach((v, e) => {
      expect(Math.abs(v - expected[e] * DATA.length)).toBeLessThan(1e-14);
    });
  });

  it('has one entry per epoch and decreases on XOR', () => {
    const r = train(initWeights([2, 4, 1], 1), XOR, { learningRate: 2, epochs: 800 });
    expect(r.errors).toHaveLength(800);
    expect(r.errors[799]).toBeLessThan(r.errors[0] / 10);
  });
});

describe('train: purity', () => {
  const deepFreeze = <T>(o: T): T => {
    if (typeof o === 'object' && o !== null) {
      for (const v of Object.values(o)) deepFreeze(v);
      Object.freeze(o);
    }
    return o;
  };

  it('never mutates weights, data, options or velocity (frozen inputs, every path)', () => {
    const w = deepFreeze(W0());
    const data = deepFreeze(DATA.map((s) => ({ x: s.x.slice(), t: s.t.slice() })));
    const velocity = deepFreeze(initWeights([3, 4, 3, 2], 3));
    const copies = JSON.stringify([w, data, velocity]);
    for (const extra of [
      {},
      { batchSize: 1 },
      { batchSize: 2, momentum: 0.5, dropout: 0.3, shuffle: true },
      { batchSize: 1, shuffle: true, velocity },
    ]) {
      const options = deepFreeze({ learningRate: 0.5, epochs: 3, ...extra });
      expect(() => train(w, data, options)).not.toThrow();
    }
    expect(JSON.stringify([w, data, velocity])).toBe(copies);
  });

  it('returns fresh arrays', () => {
    const w = W0();
    const r = train(w, DATA, { learningRate: 0.5, epochs: 0 });
    expect(r.weights).not.toBe(w);
    expect(r.weights[0]).not.toBe(w[0]);
    expect(r.weights[0][0]).not.toBe(w[0][0]);
  });
});
