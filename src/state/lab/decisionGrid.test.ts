import { describe, expect, it } from 'vitest';
import { forward, initWeights } from '../../nn';
import { boundaryPath, cellCentre, INPUT_DOMAIN, outputGrid, tableSigmoid } from './decisionGrid';

describe('outputGrid', () => {
  const w = initWeights([2, 4, 1], 3);
  const n = 10;
  const values = outputGrid(w, n);

  it('holds the output at each cell centre, row 0 at the top (largest i2)', () => {
    for (const [row, col] of [
      [0, 0],
      [9, 0],
      [4, 7],
    ] as const) {
      const x = [cellCentre(col, n, INPUT_DOMAIN), cellCentre(n - 1 - row, n, INPUT_DOMAIN)];
      expect(values[row * n + col]).toBeCloseTo(forward(w, x).out[1]?.[0] as number, 6);
    }
  });

  it('covers the input square with a margin, so the XOR corners are inside', () => {
    expect(cellCentre(0, n, INPUT_DOMAIN)).toBeLessThan(0);
    expect(cellCentre(n - 1, n, INPUT_DOMAIN)).toBeGreaterThan(1);
  });
});

describe('boundaryPath', () => {
  it('outlines where the output crosses 0.5', () => {
    // out = σ(20·i1 − 10) through a hidden unit: the boundary is the vertical line i1 ≈ 0.5
    const w = [
      [
        [20, 0, -10],
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
      [[20, 0, 0, 0, -10]],
    ];
    const d = boundaryPath(outputGrid(w, 20), 20);
    expect(d).toMatch(/^M/);
    expect(d).toMatch(/Z$/);
  });

  it('is empty when the output is below 0.5 everywhere', () => {
    const w = [
      [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
      [[0, 0, 0, 0, -5]],
    ];
    expect(boundaryPath(outputGrid(w, 20), 20)).toBe('');
  });
});

describe('outputGrid for other shapes and activations', () => {
  it('runs the same pass for a deeper network and matches forward() to the table precision', () => {
    const w = initWeights([2, 3, 2, 1], 4);
    const n = 6;
    const values = outputGrid(w, n);
    const x = [cellCentre(2, n, INPUT_DOMAIN), cellCentre(n - 1 - 3, n, INPUT_DOMAIN)];
    expect(Math.abs(values[3 * n + 2] - (forward(w, x).out[2]?.[0] as number))).toBeLessThan(1e-6);
  });

  it('follows the model: tanh hidden units give what forward() gives with tanh', () => {
    const w = initWeights([2, 4, 1], 5);
    const model = { activation: ['tanh', 'sigmoid'] } as const;
    const n = 8;
    const values = outputGrid(w, n, INPUT_DOMAIN, model);
    const x = [cellCentre(5, n, INPUT_DOMAIN), cellCentre(n - 1 - 1, n, INPUT_DOMAIN)];
    const exact = forward(w, x, model).out[1]?.[0] as number;
    expect(Math.abs(values[1 * n + 5] - exact)).toBeLessThan(1e-6);
    expect(Math.abs(values[1 * n + 5] - (forward(w, x).out[1]?.[0] as number))).toBeGreaterThan(1e-4);
  });
});

describe('tableSigmoid', () => {
  it('is within 1e-6 of σ everywhere, and 0…1 at the extremes', () => {
    let worst = 0;
    for (let z = -30; z <= 30; z += 0.0137)
      worst = Math.max(worst, Math.abs(tableSigmoid(z) - 1 / (1 + Math.exp(-z))));
    expect(worst).toBeLessThan(1e-6);
    expect(tableSigmoid(-1e300)).toBeLessThan(1e-8);
    expect(tableSigmoid(1e300)).toBeGreaterThan(1 - 1e-8);
  });
});
