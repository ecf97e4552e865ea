import { describe, expect, it } from 'vitest';
import { forward } from './forward';
import { initWeights } from './init';
import { train } from './train';
import type { Sample, Weights } from './types';

const sig = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * One SGD step on a 2-3-1 network with hidden units multiplied by mask m (0 or 1/(1-p)),
 * written out by hand: out_h = sigma(net_h)·m, delta_h = W2[0][h]·delta_o·s_h(1−s_h)·m.
 */
function maskedStep(w: Weights, s: Sample, m: number[], lr: number): Weights {
  const [W1, W2] = w;
  const h = W1.map((row) => sig(row[0] * s.x[0] + row[1] * s.x[1] + row[2]));
  const hm = h.map((v, j) => v * m[j]);
  const o = sig(W2[0][0] * hm[0] + W2[0][1] * hm[1] + W2[0][2] * hm[2] + W2[0][3]);
  const dO = 2 * (o - s.t[0]) * o * (1 - o);
  const dH = h.map((v, j) => W2[0][j] * dO * v * (1 - v) * m[j]);
  return [
    W1.map((row, j) => [row[0] - lr * dH[j] * s.x[0], row[1] - lr * dH[j] * s.x[1], row[2] - lr * dH[j]]),
    [[...hm.map((v, j) => W2[0][j] - lr * dO * v), W2[0][3] - lr * dO]],
  ];
}

describe('train with dropout', () => {
  const sample: Sample = { x: [0.4, -0.9], t: [0.7] };

  it('drops hidden units only, and backpropagates through the same mask (inverted scaling)', () => {
    const w0 = initWeights([2, 3, 1], 2);
    let sawDrop = false;
    for (let seed = 1; seed <= 20; seed++) {
      const r = train(w0, [sample], { learningRate: 0.5, epochs: 1, dropout: 0.4, seed });
      const mask = r.lastMask as number[][];
      expect(mask).toHaveLength(1); // one hidden layer; inputs and outputs have no mask
      expect(mask[0]).toHaveLength(3);
      for (const m of mask[0]) expect([0, 1 / 0.6]).toContain(m);
      if (mask[0].includes(0)) sawDrop = true;
      const expected = maskedStep(w0, sample, mask[0], 0.5);
      expected.forEach((m, l) => {
        m.forEach((row, i) => {
          row.forEach((v, j) => {
            expect(r.weights[l][i][j]).toBeCloseTo(v, 14);
          });
        });
      });
    }
    expect(sawDrop).toBe(true);
  });

  it('keeps each hidden unit with probability 1 − p, so the scaled output is unbiased', () => {
    const p = 0.3;
    const w0 = initWeights([2, 8, 8, 1], 3);
    let kept = 0;
    let total = 0;
    let sum = 0;
    for (let seed = 0; seed < 1500; seed++) {
      const r = train(w0, [sample], { learningRate: 0.1, epochs: 1, dropout: p, seed });
      for (const layer of r.lastMask as number[][]) {
        for (const m of layer) {
          total++;
          sum += m;
          if (m !== 0) kept++;
        }
      }
    }
    // 24,000 Bernoulli draws: standard deviation of the fraction ≈ 0.003.
    expect(Math.abs(kept / total - (1 - p))).toBeLessThan(0.015);
    // E[m] = (1 − p) · 1/(1 − p) = 1, so E[m · out] = out.
    expect(Math.abs(sum / total - 1)).toBeLessThan(0.02);
  });

  it('changes training, and dropout 0 reports no mask', () => {
    const w0 = initWeights([2, 6, 1], 4);
    const plain = train(w0, [sample], { learningRate: 0.5, epochs: 5, batchSize: 1 });
    const dropped = train(w0, [sample], {
      learningRate: 0.5,
      epochs: 5,
      batchSize: 1,
      dropout: 0.5,
      seed: 2,
    });
    expect(dropped.weights).not.toEqual(plain.weights);
    expect(plain.lastMask).toBeUndefined();
  });

  it('has nothing to drop in a network without hidden layers', () => {
    const w0 = initWeights([2, 1], 4);
    const plain = train(w0, [sample], { learningRate: 0.5, epochs: 5 });
    const dropped = train(w0, [sample], { learningRate: 0.5, epochs: 5, dropout: 0.5 });
    expect(dropped.weights).toEqual(plain.weights);
    expect(dropped.lastMask).toBeUndefined();
  });

  it('is off at evaluation: forward() after training is deterministic and unmasked', () => {
    const r = train(initWeights([2, 3, 1], 2), [sample], {
      learningRate: 0.5,
      epochs: 3,
      dropout: 0.5,
      seed: 5,
    });
    const a = forward(r.weights, sample.x);
    expect(forward(r.weights, sample.x)).toEqual(a);
    const [W1, W2] = r.weights;
    const h = W1.map((row) => sig(row[0] * sample.x[0] + row[1] * sample.x[1] + row[2]));
    const o = sig(W2[0][0] * h[0] + W2[0][1] * h[1] + W2[0][2] * h[2] + W2[0][3]);
    expect(a.out[1][0]).toBeCloseTo(o, 15);
  });
});
