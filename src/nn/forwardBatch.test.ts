import { describe, expect, it } from 'vitest';
import { backward } from './backward';
import { forward } from './forward';
import { batchGradient, forwardBatch } from './forwardBatch';
import { initWeights } from './init';
import type { Sample } from './types';
import { XOR } from './xor';

const near = (a: number, b: number, tol = 1e-15) =>
  expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThanOrEqual(tol);

describe('forwardBatch', () => {
  const w = initWeights([2, 4, 1], 1);

  it('lays the XOR inputs out as a 3x4 matrix with a row of ones', () => {
    const { X } = forwardBatch(
      w,
      XOR.map((s) => s.x),
    );
    expect(X).toEqual([
      [0, 0, 1, 1],
      [0, 1, 0, 1],
      [1, 1, 1, 1],
    ]);
  });

  it('column j equals forward() of sample j, bit for bit', () => {
    const xs = XOR.map((s) => s.x);
    const { net, out } = forwardBatch(w, xs);
    expect(net.map((m) => [m.length, m[0].length])).toEqual([
      [4, 4],
      [1, 4],
    ]);
    xs.forEach((xj, j) => {
      const single = forward(w, xj);
      single.net.forEach((n, l) => {
        n.forEach((v, i) => {
          expect(net[l][i][j]).toBe(v);
        });
      });
      single.out.forEach((o, l) => {
        o.forEach((v, i) => {
          expect(out[l][i][j]).toBe(v);
        });
      });
    });
  });

  it('rejects an empty set and inputs of the wrong size', () => {
    expect(() => forwardBatch(w, [])).toThrow(/xs must be a non-empty array/);
    expect(() => forwardBatch(w, [[0, 1, 2]])).toThrow(/xs\[0\] has 3 entries; expected 2/);
  });
});

describe('batchGradient', () => {
  const w = initWeights([3, 5, 4, 2], 7);
  const data: Sample[] = [
    { x: [0.1, -0.5, 2], t: [0, 1] },
    { x: [1, 1, -1], t: [1, 1] },
    { x: [-0.3, 0.8, 0], t: [0.2, 0.4] },
  ];

  it("agrees with the mean of per-sample backward() for 'mean'", () => {
    const r = batchGradient(w, data);
    const per = data.map((s) => backward(w, s.x, s.t));
    per.forEach((p, j) => {
      near(r.perSample[j], p.error);
    });
    near(r.error, per.reduce((a, p) => a + p.error, 0) / data.length);
    w.forEach((m, l) => {
      m.forEach((row, i) => {
        row.forEach((_, c) => {
          near(r.grad[l][i][c], per.reduce((a, p) => a + p.grad[l][i][c], 0) / data.length);
        });
      });
    });
    per.forEach((p, j) => {
      p.delta.forEach((d, l) => {
        d.forEach((v, i) => {
          near(r.delta[l][i][j], v);
        });
      });
    });
  });

  it("agrees with the sum of per-sample backward() for 'sum'", () => {
    const r = batchGradient(w, data, 'sum');
    const per = data.map((s) => backward(w, s.x, s.t));
    near(
      r.error,
      per.reduce((a, p) => a + p.error, 0),
    );
    w.forEach((m, l) => {
      m.forEach((row, i) => {
        row.forEach((_, c) => {
          near(
            r.grad[l][i][c],
            per.reduce((a, p) => a + p.grad[l][i][c], 0),
          );
        });
      });
    });
  });

  it('rejects an unknown reduction', () => {
    expect(() => batchGradient(w, data, 'avg' as never)).toThrow(
      /reduction must be 'mean' or 'sum', got 'avg'/,
    );
  });
});
