import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchGradient, XOR } from '../../nn';
import { advance, freshNetwork, type LabNetwork, startFrom } from './advance';
import { DEFAULT_SETTINGS, type LabSettings, WEIGHT_LIMIT } from './labConfig';

const settings = (over: Partial<LabSettings> = {}): LabSettings => ({ ...DEFAULT_SETTINGS, ...over });

function inChunks(net: LabNetwork, s: LabSettings, chunks: readonly number[]): LabNetwork {
  return chunks.reduce((n, c) => advance(n, s, c), net);
}

describe('advance', () => {
  it('trains the given number of epochs and records their losses', () => {
    const n = advance(freshNetwork(1), settings(), 50);
    expect(n.epoch).toBe(50);
    expect(n.history.epochs).toHaveLength(50);
    expect(n.history.losses[0]).toBeCloseTo(batchGradient(freshNetwork(1).weights, XOR).error, 14);
    expect(n.divergence).toBeNull();
  });

  it('learns XOR with the default settings (mean error below 0.01 within 2000 epochs)', () => {
    const n = advance(freshNetwork(1), settings(), 2000);
    expect(batchGradient(n.weights, XOR).error).toBeLessThan(0.01);
  });

  it('gives bit-identical weights, velocity and curve however the epochs are chunked', () => {
    const variants: Partial<LabSettings>[] = [
      {},
      { batchSize: 1 },
      { batchSize: 2, shuffle: true },
      { momentum: 0.9 },
      { dropout: 0.25, batchSize: 2, momentum: 0.5, reduction: 'sum', learningRate: 0.5 },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...variants),
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 8 }),
        (over, chunks) => {
          const s = settings(over);
          const total = chunks.reduce((x, y) => x + y, 0);
          const whole = advance(freshNetwork(5), s, total);
          const split = inChunks(freshNetwork(5), s, chunks);
          expect(split.weights).toEqual(whole.weights);
          expect(split.velocity).toEqual(whole.velocity);
          expect(split.history).toEqual(whole.history);
          expect(split.mask).toEqual(whole.mask);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('shows the dropout mask of the last pass: 0 or 1/(1−p) per hidden unit', () => {
    const n = advance(freshNetwork(1), settings({ dropout: 0.5 }), 3);
    expect(n.mask).toHaveLength(4);
    for (const m of n.mask ?? []) expect([0, 2]).toContain(m);
    expect(advance(n, settings(), 1).mask).toBeNull();
  });

  it('stops before the first epoch that takes a weight past the limit, and says which', () => {
    const s = settings({ learningRate: 1e9 });
    const start = advance(freshNetwork(1), settings(), 3);
    const n = advance(start, s, 500);
    expect(n.divergence?.kind).toBe('limit');
    expect(n.divergence?.epoch).toBe(3);
    expect(n.epoch).toBe(3);
    expect(n.weights).toEqual(start.weights);
    const d = n.divergence;
    if (!d) throw new Error('no divergence');
    expect(Math.abs(d.step ?? 0)).toBeGreaterThan(WEIGHT_LIMIT);
    // the set's gradient for that parameter, times η, is the step a full batch takes
    expect(d.step).toBeCloseTo(-1e9 * d.gradient, -2);
    expect(d.learningRate).toBe(1e9);
  });

  it("reports the engine's overflow with the parameter whose update overflowed", () => {
    // two identical hidden units cancelled by huge opposite output weights: the output stays
    // at 0.5, so the hidden gradients are ~1e5, and η = 1e306 overflows them
    const w = [
      [
        [1, 1, 0],
        [1, 1, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
      [[1e6, -1e6, 0, 0, 0]],
    ];
    const n = advance(startFrom(1, w, 10), settings({ learningRate: 1e306 }), 5);
    expect(n.divergence?.kind).toBe('overflow');
    expect(n.divergence?.param.layer).toBe(0);
    expect(n.epoch).toBe(10);
    expect(n.weights).toEqual(w);
    expect(Number.isFinite(n.divergence?.gradient)).toBe(true);
  });

  it('does nothing for zero epochs', () => {
    const n = freshNetwork(1);
    expect(advance(n, settings(), 0)).toBe(n);
  });
});
