import { describe, expect, it } from 'vitest';
import { backward } from './backward';
import { initWeights } from './init';
import { addScaled } from './matrix';
import { train } from './train';
import type { Sample, Weights } from './types';
import { XOR } from './xor';

const allFinite = (w: Weights) => w.every((m) => m.every((r) => r.every(Number.isFinite)));

/**
 * A one-layer, two-output network whose output 0 has weights ±1.79e308 that cancel for x = [1, 1]
 * (net = 0, so its gradient is not saturated away). Samples 0-2 (x = 0) only train output 1's
 * bias; sample 3 asks output 0 to move, and w[0][0][0] + lr·0.25 overflows for lr = 1e307.
 */
const BIG = 1.79e308;
const w0 = (): Weights => [
  [
    [BIG, -BIG, 0],
    [0.3, -0.2, 0.1],
  ],
];
const data: Sample[] = [
  { x: [0, 0], t: [0.5, 0.9] },
  { x: [0, 0], t: [0.5, 0.9] },
  { x: [0, 0], t: [0.5, 0.9] },
  { x: [1, 1], t: [1, 0.5] },
];

describe('train stops before an update that would overflow', () => {
  for (const [name, extra] of [
    ['per-sample SGD (fused kernel, many epochs per call)', { batchSize: 1 }],
    ['per-sample SGD, shuffled', { batchSize: 1, shuffle: true, seed: 4 }],
    ['per-sample SGD with momentum', { batchSize: 1, momentum: 0.5 }],
  ] as const) {
    it(`${name}: names the parameter and returns the weights from before it`, () => {
      const r = train(w0(), data, { learningRate: 1e307, epochs: 50, ...extra });
      expect(r.diverged).toBeDefined();
      const d = r.diverged as NonNullable<typeof r.diverged>;
      expect([d.epoch, d.layer, d.row, d.col]).toEqual([0, 0, 0, 0]);
      expect(d.gradient).toBeCloseTo(-0.25, 15); // 2(0.5 − 1)·0.5·0.5
      expect(r.errors).toEqual([]); // epoch 0 never completed
      expect(allFinite(r.weights) && allFinite(r.velocity)).toBe(true);
      // Output 0's weights are untouched; output 1's bias took its finite steps.
      expect(r.weights[0][0]).toEqual([BIG, -BIG, 0]);
      if (!('shuffle' in extra) && !('momentum' in extra)) {
        let w = w0();
        for (const s of data.slice(0, 3)) w = addScaled(w, backward(w, s.x, s.t).grad, -1e307);
        expect(r.weights).toEqual(w);
      }
    });
  }

  it('full batch: the mean gradient is reported, nothing is applied', () => {
    const r = train(w0(), data, { learningRate: 1e308, epochs: 10 });
    expect(r.diverged).toMatchObject({ epoch: 0, layer: 0, row: 0, col: 0 });
    expect(r.diverged?.gradient).toBeCloseTo(-0.25 / 4, 15);
    expect(r.weights).toEqual(w0());
  });

  it('with momentum the overflow can come epochs later; errors cover the completed epochs', () => {
    // The first step breaks the cancellation (outputs saturate, gradients vanish), but the
    // velocity keeps pushing w[0][0][0] towards the largest double.
    const start: Weights = [[[1e308, -1e308, 0]]];
    const one: Sample[] = [{ x: [1, 1], t: [1] }];
    const r = train(start, one, { learningRate: 1e307, epochs: 200, momentum: 0.99, startEpoch: 1000 });
    const d = r.diverged as NonNullable<typeof r.diverged>;
    expect(d.epoch).toBeGreaterThan(1000);
    expect([d.layer, d.row, d.col]).toEqual([0, 0, 0]);
    expect(r.errors).toHaveLength(d.epoch - 1000);
    expect(allFinite(r.weights) && allFinite(r.velocity)).toBe(true);
    // Exactly the state after the completed epochs.
    const before = train(start, one, { learningRate: 1e307, epochs: d.epoch - 1000, momentum: 0.99 });
    expect(before.diverged).toBeUndefined();
    expect(r.weights).toEqual(before.weights);
    expect(r.velocity).toEqual(before.velocity);
  });

  it('a huge learning rate (1e300) on XOR saturates the units but never yields NaN', () => {
    for (const batchSize of [1, 4]) {
      const r = train(initWeights([2, 4, 1], 1), XOR, { learningRate: 1e300, epochs: 100, batchSize });
      expect(allFinite(r.weights)).toBe(true);
      expect(r.errors.every(Number.isFinite)).toBe(true);
    }
  });

  it('dropout path: names the first parameter whose update overflows once both hidden units are kept', () => {
    // Two identical hidden units (out 0.5, ×2 when kept at p = 0.5) feed weights ±1.79e308.
    // When one is dropped the output saturates and nothing moves. When both are kept they cancel
    // (output net 0, delta_o = −0.25), and the hidden deltas BIG·delta_o·s(1−s)·2 = ∓BIG/8 make
    // the very first hidden weight's step, 1e307·BIG/8, overflow: (layer 0, row 0, col 0).
    const start: Weights = [
      [
        [0, 0, 0],
        [0, 0, 0],
      ],
      [[BIG, -BIG, 0]],
    ];
    let diverged = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const r = train(start, [{ x: [1, 1], t: [1] }], {
        learningRate: 1e307,
        epochs: 30,
        dropout: 0.5,
        seed,
      });
      expect(allFinite(r.weights) && allFinite(r.velocity)).toBe(true);
      if (r.diverged) {
        diverged++;
        expect([r.diverged.layer, r.diverged.row, r.diverged.col]).toEqual([0, 0, 0]);
        expect(r.diverged.gradient / (-BIG / 8)).toBeCloseTo(1, 12);
        expect(r.weights[1][0]).toEqual([BIG, -BIG, 0]);
        expect(r.errors).toHaveLength(r.diverged.epoch);
        expect(r.lastMask).toEqual([[2, 2]]);
      }
    }
    expect(diverged).toBeGreaterThan(0);
  });
});
