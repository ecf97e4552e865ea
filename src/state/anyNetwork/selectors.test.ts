import { describe, expect, it } from 'vitest';
import { createRng, type Weights } from '../../nn';
import { selectAnyGradCheck, selectAnyPass, selectDeltaSizes } from './selectors';
import { seededNetwork } from './shape';

/** An independent forward pass and error, written out loop by loop (no src/nn). */
function errorOf(weights: Weights, x: readonly number[], t: readonly number[]): number {
  let a = [...x];
  for (const W of weights) {
    a = W.map((row) => {
      let net = row[row.length - 1];
      for (let j = 0; j < a.length; j++) net += row[j] * a[j];
      return 1 / (1 + Math.exp(-net));
    });
  }
  return a.reduce((e, o, k) => e + (o - t[k]) ** 2, 0);
}

/** ∂E/∂W by central differences, and ∂E/∂net^l by nudging the net input itself. */
function numericGrad(weights: Weights, x: number[], t: number[], eps = 1e-6): number[][][] {
  return weights.map((W, l) =>
    W.map((row, i) =>
      row.map((_, j) => {
        const at = (d: number) =>
          errorOf(
            weights.map((M, m) =>
              m !== l ? M : M.map((r, ii) => r.map((v, jj) => (ii === i && jj === j ? v + d : v))),
            ),
            x,
            t,
          );
        return (at(eps) - at(-eps)) / (2 * eps);
      }),
    ),
  );
}

/** δ^l_i = ∂E/∂net^l_i: nudging the bias of unit i nudges its net input by the same amount. */
const numericDelta = (grad: number[][][]) => grad.map((G) => G.map((row) => row[row.length - 1]));

function randomShape(rng: () => number): number[] {
  const layers = 2 + Math.floor(rng() * 4);
  return Array.from({ length: layers }, () => 1 + Math.floor(rng() * 8));
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-7 + 1e-5 * Math.abs(b);

describe('selectAnyPass', () => {
  const rng = createRng(2024);
  const cases = Array.from({ length: 8 }, (_, k) => ({ sizes: randomShape(rng), seed: k + 3 }));
  cases.push(
    { sizes: [3, 5, 2, 1], seed: 1 },
    { sizes: [1, 1], seed: 1 },
    { sizes: [8, 8, 8, 8, 8], seed: 9 },
  );

  for (const { sizes, seed } of cases) {
    it(`gives deltas and gradients that match finite differences for ${sizes.join('-')} (seed ${seed})`, () => {
      const net = seededNetwork(sizes, seed);
      const pass = selectAnyPass(net);
      const grad = numericGrad(net.weights, net.x, net.t);
      const delta = numericDelta(grad);
      expect(pass.sizes).toEqual(sizes);
      expect(pass.layers).toHaveLength(sizes.length - 1);
      pass.layers.forEach((v, i) => {
        expect(v.l).toBe(i + 1);
        expect(v.grad.map((r) => r.length)).toEqual(net.weights[i].map((r) => r.length));
        v.grad.forEach((row, r) => {
          row.forEach((g, c) => {
            expect(close(g, grad[i][r][c]), `dE/dW${v.l}[${r}][${c}] = ${g} vs ${grad[i][r][c]}`).toBe(true);
          });
        });
        v.delta.forEach((d, r) => {
          expect(close(d, delta[i][r]), `delta${v.l}[${r}]`).toBe(true);
        });
      });
      expect(pass.error).toBeCloseTo(errorOf(net.weights, net.x, net.t), 12);
    });
  }

  it('lays out each recursion step so that δ^l = σ′(net^l) ⊙ (W^{l+1}[:, :−1])ᵀ δ^{l+1}', () => {
    const net = seededNetwork([3, 4, 5, 2, 2], 11);
    const { layers } = selectAnyPass(net);
    expect(layers.at(-1)?.back).toBeNull();
    for (const v of layers.slice(0, -1)) {
      const back = v.back;
      const slope = v.slope;
      if (!back || !slope) throw new Error(`layer ${v.l} should have a recursion step and a slope`);
      const next = net.weights[v.l];
      expect(back.weightsT).toHaveLength(v.delta.length);
      expect(back.weightsT[0]).toHaveLength(next.length);
      back.weightsT.forEach((row, j) => {
        expect(row).toEqual(next.map((r) => r[j]));
        const sum = row.reduce((s, w, i) => s + w * back.deltaNext[i], 0);
        expect(slope[j] * sum).toBeCloseTo(v.delta[j], 14);
      });
      const s = v.out.map((o) => o * (1 - o));
      slope.forEach((d, j) => {
        expect(d).toBeCloseTo(s[j], 14);
      });
      expect(v.inputWithOne.at(-1)).toBe(1);
    }
  });

  it('computes once per (weights, x, t)', () => {
    const net = seededNetwork([2, 3, 1], 5);
    expect(selectAnyPass(net)).toBe(selectAnyPass({ ...net }));
    expect(selectAnyPass({ ...net, x: [...net.x] })).not.toBe(selectAnyPass(net));
  });
});

describe('selectAnyGradCheck', () => {
  it('checks every parameter and finds the recursion right', () => {
    const net = seededNetwork([3, 5, 2, 1], 1);
    const check = selectAnyGradCheck(net);
    expect(check.count).toBe(5 * 4 + 2 * 6 + 1 * 3);
    expect(check.maxScaled).toBeLessThan(1e-6);
    expect(check.agrees).toBe(true);
    expect(check.worst?.l).toBeGreaterThanOrEqual(1);
  });
});

describe('selectDeltaSizes', () => {
  it('is the mean |∂E/∂b^l| per layer, checked by nudging each bias', () => {
    const net = seededNetwork([2, 4, 3, 2], 3);
    const numeric = numericGrad(net.weights, net.x, net.t);
    const sizes = selectDeltaSizes(net);
    expect(sizes.map((d) => d.l)).toEqual([1, 2, 3]);
    sizes.forEach((d, i) => {
      // δ^l_j = ∂E/∂net^l_j = ∂E/∂(bias of unit j), the last column of the gradient
      const bias = numeric[i].map((row) => Math.abs(row[row.length - 1]));
      expect(d.meanAbs).toBeCloseTo(bias.reduce((a, b) => a + b, 0) / bias.length, 7);
    });
    expect(selectDeltaSizes(net)).toBe(sizes);
  });

  it('shrinks by orders of magnitude towards the input in a 5-layer sigmoid network', () => {
    const net = seededNetwork([2, 8, 8, 8, 1], 1);
    const [first, , , last] = selectDeltaSizes(net);
    expect((last?.meanAbs ?? 0) / (first?.meanAbs ?? 1)).toBeGreaterThan(100);
  });
});
