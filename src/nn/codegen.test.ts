import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sigmoid } from './activation';
import { compile, MAX_GENERATED_PARAMETERS, source } from './codegen';
import { initWeights } from './init';
import { accumulateSample, applyUpdate, sgdFused } from './kernel';
import { createRng } from './prng';
import type { Sample } from './types';
import { createWorkspace, type Workspace } from './workspace';

function setup(sizes: number[], seed: number): { a: Workspace; b: Workspace } {
  const rng = createRng(seed);
  const data: Sample[] = Array.from({ length: 3 }, () => ({
    x: Array.from({ length: sizes[0] }, () => 4 * rng() - 2),
    t: Array.from({ length: sizes[sizes.length - 1] }, () => rng()),
  }));
  const w = initWeights(sizes, seed, 1.5);
  const a = createWorkspace(sizes, w, undefined, data);
  const b = createWorkspace(sizes, w, undefined, data);
  a.order.set([2, 0, 1]);
  b.order.set([2, 0, 1]);
  return { a, b };
}

const shapes = fc.record({
  sizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 5 }),
  seed: fc.integer({ min: 0, max: 1e6 }),
});

describe('generated kernels', () => {
  it("'sgd' mode equals the generic fused loop bit for bit (weights and errors)", () => {
    fc.assert(
      fc.property(shapes, ({ sizes, seed }) => {
        const { a, b } = setup(sizes, seed);
        const k = compile(sizes, 'sgd');
        expect(k).not.toBeNull();
        const totals = new Float64Array(5);
        const last = k?.(a.w, a.g, a.X, a.T, a.order, 0, 3, 0.7, sigmoid, 5, totals, 0, 1, false);
        const generic: number[] = [];
        for (let e = 0; e < 5; e++) generic.push(sgdFused(b, 0, 3, 0.7));
        expect(Array.from(a.w)).toEqual(Array.from(b.w));
        expect(Array.from(totals)).toEqual(generic);
        expect(last).toBe(generic[4]);
      }),
      { numRuns: 60 },
    );
  });

  it("'accumulate' mode equals the generic per-sample accumulation bit for bit", () => {
    fc.assert(
      fc.property(shapes, ({ sizes, seed }) => {
        const { a, b } = setup(sizes, seed);
        const k = compile(sizes, 'accumulate');
        const total = k?.(a.w, a.g, a.X, a.T, a.order, 0, 3, 0, sigmoid, 1, null, 0, 1, false);
        let generic = 0;
        for (let q = 0; q < 3; q++) generic += accumulateSample(b, b.order[q], 0, 1);
        expect(Array.from(a.g)).toEqual(Array.from(b.g));
        expect(total).toBe(generic);
        expect(Array.from(a.w)).toEqual(Array.from(b.w)); // weights untouched
      }),
      { numRuns: 60 },
    );
  });

  it("'batch' mode equals the general path (accumulate, then the checked update with mu = 0)", () => {
    fc.assert(
      fc.property(shapes, fc.integer({ min: 1, max: 3 }), fc.boolean(), ({ sizes, seed }, batchSize, sum) => {
        const { a, b } = setup(sizes, seed);
        const k = compile(sizes, 'batch');
        const totals = new Float64Array(4);
        k?.(a.w, a.g, a.X, a.T, a.order, 0, 3, 0.6, sigmoid, 4, totals, 0, batchSize, sum);
        const generic: number[] = [];
        for (let e = 0; e < 4; e++) {
          let total = 0;
          for (let start = 0; start < 3; start += batchSize) {
            const end = Math.min(3, start + batchSize);
            b.g.fill(0);
            let sub = 0;
            for (let q = start; q < end; q++) sub += accumulateSample(b, b.order[q], 0, 1);
            total += sub;
            expect(applyUpdate(b, sum ? 0.6 : 0.6 / (end - start), 0)).toBe(-1);
          }
          generic.push(total);
        }
        expect(Array.from(a.w)).toEqual(Array.from(b.w));
        expect(Array.from(totals)).toEqual(generic);
      }),
      { numRuns: 60 },
    );
  });

  it('is memoised per shape and mode, and declines networks that are too large', () => {
    expect(compile([2, 4, 1], 'sgd')).toBe(compile([2, 4, 1], 'sgd'));
    expect(compile([2, 4, 1], 'sgd')).not.toBe(compile([2, 4, 1], 'accumulate'));
    // 30·21 + 2·31 = 692 parameters
    expect(692).toBeGreaterThan(MAX_GENERATED_PARAMETERS);
    expect(compile([20, 30, 2], 'sgd')).toBeNull();
  });

  it('generates code from numbers only', () => {
    const src = ['sgd', 'accumulate', 'batch'].map((m) => source([3, 4, 2, 1], m as 'sgd')).join('\n');
    // Every identifier is one of the kernel's own names; no text from outside is interpolated.
    const words = new Set(src.match(/[A-Za-z_$][\w$]*/g));
    const allowed =
      /^(use|strict|let|const|for|if|null|return|total|ep|epochs|q|from|to|order|s|xb|tb|X|T|w|g|lr|sigma|totals|base|batchSize|sum|sub|start|end|step|p|fill|Math|min|a\d+_\d+|d\d+_\d+|e\d+)$/;
    for (const word of words) expect(word).toMatch(allowed);
  });
});
