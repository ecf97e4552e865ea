import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backward, forward } from '../nn';
import { EXERCISES_2X2 } from '../teach/exercises2x2';
import { autodiffGraph, describeAdjoint, gradientPairs } from './autodiff2x2';
import { selectEnv } from './selectors';
import { DEFAULT_T, DEFAULT_WEIGHTS, DEFAULT_X, type Loss2x2 } from './twoByTwo';

const x = [...DEFAULT_X];
const t = [...DEFAULT_T];
const LOSSES: Loss2x2[] = ['squared', 'half-squared'];

const network = fc.record({
  weights: fc.array(
    fc.array(fc.array(fc.double({ min: -8, max: 8, noNaN: true }), { minLength: 3, maxLength: 3 }), {
      minLength: 2,
      maxLength: 2,
    }),
    { minLength: 2, maxLength: 2 },
  ),
  x: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 2, maxLength: 2 }),
  t: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 2 }),
  loss: fc.constantFrom(...LOSSES),
});

describe('the 2x2 network as a computational graph', () => {
  it('draws 39 nodes (14 leaves, 25 operations), 40 with the ½, each once at its own place', () => {
    for (const [loss, count] of [
      ['squared', 39],
      ['half-squared', 40],
    ] as const) {
      const g = autodiffGraph(DEFAULT_WEIGHTS, x, t, loss);
      expect(g.nodes).toHaveLength(count);
      expect(g.nodes.filter((n) => n.leaf)).toHaveLength(14);
      expect(new Set(g.nodes.map((n) => n.id)).size).toBe(count);
      expect(new Set(g.nodes.map((n) => `${n.row},${n.col}`)).size).toBe(count);
      // every edge runs exactly one row down, so edges never pass behind a node
      for (const n of g.nodes) for (const i of n.inputs) expect(n.row - (g.byId[i]?.row ?? -9)).toBe(1);
    }
  });

  it('its forward values are the forward pass: net_F, H, E', () => {
    const g = autodiffGraph(DEFAULT_WEIGHTS, x, t);
    const f = forward(DEFAULT_WEIGHTS, x);
    expect(g.byId['net:F']?.value).toBe(f.net[0]?.[0]);
    expect(g.byId['out:H']?.value).toBe(f.out[1]?.[0]);
    expect(g.byId.E?.value).toBeCloseTo(backward(DEFAULT_WEIGHTS, x, t).error, 15);
    expect(g.byId['diff:I']?.value).toBe((f.out[1]?.[1] ?? 0) - (t[1] ?? 0));
  });

  it('steps E first, and every node only after all the nodes that use it (reverse topological)', () => {
    for (const loss of LOSSES) {
      const g = autodiffGraph(DEFAULT_WEIGHTS, x, t, loss);
      expect(g.order[0]).toBe('E');
      expect(new Set(g.order).size).toBe(g.nodes.length);
      const at = new Map(g.order.map((id, k) => [id, k]));
      for (const n of g.nodes)
        for (const u of n.uses) expect(at.get(u.id) as number).toBeLessThan(at.get(n.id) as number);
    }
  });

  it('each adjoint is the sum over its uses of their adjoint times the local slope (fan-out adds)', () => {
    const g = autodiffGraph(DEFAULT_WEIGHTS, x, t);
    for (const n of g.nodes) {
      if (n.id === 'E') continue;
      const sum = n.uses.reduce((s, u) => s + (g.byId[u.id]?.adjoint ?? Number.NaN) * u.local, 0);
      expect(n.adjoint, n.id).toBeCloseTo(sum, 15);
    }
    expect(g.byId.F).toBeUndefined();
    expect(g.byId['out:F']?.uses.map((u) => u.id).sort()).toEqual(['mul:e', 'mul:g']);
    expect(g.byId.i1?.uses).toHaveLength(2);
    expect(describeAdjoint(g, 'out:F')).toContain('F feeds 2 boxes');
    expect(describeAdjoint(g, 'out:F')).toContain('∂E/∂F = ∂E/∂(e·F) × ∂(e·F)/∂F + ∂E/∂(g·F) × ∂(g·F)/∂F');
    expect(describeAdjoint(g, 'E')).toContain('= 1');
    expect(describeAdjoint(g, 'e')).toContain('∂E/∂e');
  });

  it("section 11's exercise asks for the adjoint of F the graph shows, with either error", () => {
    const ex = EXERCISES_2X2.find((e) => e.id === 'adjoint-F');
    for (const loss of LOSSES) {
      const env = selectEnv({ weights: DEFAULT_WEIGHTS, x, t, loss2x2: loss });
      const g = autodiffGraph(DEFAULT_WEIGHTS, x, t, loss);
      expect(ex?.answer({ env, eta: 0.5 })).toBeCloseTo(g.byId['out:F']?.adjoint ?? Number.NaN, 15);
      // its slips are other numbers, so a slip is never taken for the answer
      for (const slip of Object.values(ex?.slips ?? {}))
        expect(Math.abs(slip({ env, eta: 0.5 }) - (g.byId['out:F']?.adjoint ?? 0))).toBeGreaterThan(1e-4);
    }
  });

  it('the adjoint of σ is σ(1 − σ) times the next adjoint, and of (H − t1)² it is 2(H − t1)', () => {
    const g = autodiffGraph(DEFAULT_WEIGHTS, x, t);
    const H = g.byId['out:H']?.value ?? 0;
    const miss = g.byId['diff:H']?.value ?? 0;
    expect(g.byId['diff:H']?.adjoint).toBeCloseTo(2 * miss, 15);
    expect(g.byId['net:H']?.adjoint).toBeCloseTo(2 * miss * H * (1 - H), 15);
    const half = autodiffGraph(DEFAULT_WEIGHTS, x, t, 'half-squared');
    expect(half.byId['diff:H']?.adjoint).toBeCloseTo(miss, 15);
  });

  it("its weights' adjoints equal backward()'s ∂E/∂W1 and ∂E/∂W2 for random networks, both errors (fast-check)", () => {
    fc.assert(
      fc.property(network, (c) => {
        const pairs = gradientPairs({ weights: c.weights, x: c.x, t: c.t, loss2x2: c.loss });
        const b = backward(c.weights, c.x, c.t, { loss: c.loss });
        expect(pairs).toHaveLength(12);
        for (const p of pairs) {
          expect(p.matrix).toBe(b.grad[p.param.layer]?.[p.param.row]?.[p.param.col]);
          expect(Math.abs(p.difference)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(p.matrix)));
        }
      }),
      { numRuns: 200 },
    );
  });
});
