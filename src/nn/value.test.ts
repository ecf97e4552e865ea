import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelCase, PAIRS } from './__fixtures__/randomModel';
import { t, twoByTwo, x } from './__fixtures__/twoByTwo';
import { backward } from './backward';
import { forward } from './forward';
import { networkGraph } from './networkGraph';
import { Value } from './value';

describe('Value', () => {
  it('differentiates a hand-worked expression: f = (a·b + exp(c)) · log(a), at a = 2, b = −3, c = 0.5', () => {
    const a = new Value(2, [], [], '', 'a');
    const b = new Value(-3, [], [], '', 'b');
    const c = new Value(0.5, [], [], '', 'c');
    const f = a.mul(b).add(c.exp()).mul(a.log());
    f.backward();
    const inner = 2 * -3 + Math.exp(0.5);
    expect(f.data).toBe(inner * Math.log(2));
    // ∂f/∂a = b·log a + inner / a; ∂f/∂b = a·log a; ∂f/∂c = exp(c)·log a
    expect(a.grad).toBeCloseTo(-3 * Math.log(2) + inner / 2, 15);
    expect(b.grad).toBeCloseTo(2 * Math.log(2), 15);
    expect(c.grad).toBeCloseTo(Math.exp(0.5) * Math.log(2), 15);
  });

  it('adds up the gradient of a value used twice (x·x, x + x)', () => {
    const v = new Value(3);
    v.mul(v).add(v.add(v)).backward();
    expect(v.grad).toBe(2 * 3 + 2);
  });

  it('has the local slopes of each operation', () => {
    const z = 0.7;
    const cases: [(v: Value) => Value, number][] = [
      [(v) => v.tanh(), 1 - Math.tanh(z) ** 2],
      [(v) => v.sigmoid(), (1 / (1 + Math.exp(-z))) * (1 - 1 / (1 + Math.exp(-z)))],
      [(v) => v.relu(), 1],
      [(v) => v.neg().relu(), 0],
      [(v) => v.pow(3), 3 * z * z],
      [(v) => v.softplus(), 1 / (1 + Math.exp(-z))],
      [(v) => v.sub(2).div(4), 0.25],
    ];
    for (const [f, slope] of cases) {
      const v = new Value(z);
      f(v).backward();
      expect(v.grad).toBeCloseTo(slope, 15);
    }
  });

  it('a difference is one node with slopes 1 and −1', () => {
    const a = new Value(0.75);
    const b = new Value(0.25);
    const d = a.sub(b);
    expect(d.op).toBe('-');
    expect(d.inputs).toEqual([a, b]);
    d.mul(d).backward();
    expect(d.data).toBe(0.5);
    expect(a.grad).toBe(2 * 0.5);
    expect(b.grad).toBe(-2 * 0.5);
  });

  it('orders the graph topologically: every node after its inputs, the output last', () => {
    const a = new Value(1);
    const out = a.mul(2).add(a.exp()).tanh();
    const order = out.topological();
    expect(order.at(-1)).toBe(out);
    const at = new Map(order.map((v, k) => [v, k]));
    for (const v of order)
      for (const input of v.inputs) expect(at.get(input) as number).toBeLessThan(at.get(v) as number);
    expect(new Set(order).size).toBe(order.length);
  });

  it('runs backward() on deep chains without overflowing the stack', () => {
    let v = new Value(0.5);
    const start = v;
    for (let k = 0; k < 20000; k++) v = v.mul(1);
    v.backward();
    expect(start.grad).toBe(1);
  });
});

describe('networkGraph', () => {
  it("the 2x2 network: the graph's forward values are forward()'s, its loss is backward()'s", () => {
    const g = networkGraph(twoByTwo(), x, t);
    const f = forward(twoByTwo(), x);
    expect(g.out.map((l) => l.map((v) => v.data))).toEqual(f.out);
    expect(g.net.map((l) => l.map((v) => v.data))).toEqual(f.net);
    expect(g.loss.data).toBeCloseTo(backward(twoByTwo(), x, t).error, 15);
    expect(g.nodes.at(-1)).toBe(g.loss);
    expect(g.loss.label).toBe('E');
    expect(g.params[1][0][0].label).toBe('W2[0][0]');
    expect(g.inputs.map((v) => v.label)).toEqual(['x1', 'x2']);
    expect(g.net[0][1].label).toBe('net1[1]');
    expect(g.out[1][0].label).toBe('out2[0]');
  });

  for (const [output, loss] of PAIRS) {
    it(`its gradients equal backward() to 1e-9: ${output} output, ${loss} (fast-check)`, () => {
      fc.assert(
        fc.property(modelCase(output, loss), (c) => {
          const g = networkGraph(c.weights, c.x, c.t, c.model);
          const b = backward(c.weights, c.x, c.t, c.model);
          expect(Math.abs(g.loss.data - b.error)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b.error)));
          b.grad.forEach((m, l) => {
            m.forEach((row, i) => {
              row.forEach((want, j) => {
                const got = g.params[l][i][j].grad;
                expect(Math.abs(got - want), `W${l}[${i}][${j}]`).toBeLessThanOrEqual(
                  1e-9 * Math.max(1e-6, Math.abs(want)),
                );
              });
            });
          });
        }),
        { numRuns: 40 },
      );
    });
  }

  it('rejects an invalid model like the engine does', () => {
    expect(() => networkGraph(twoByTwo(), x, t, { activation: 'tanh', loss: 'cross-entropy' })).toThrow(
      /cross-entropy/,
    );
  });
});
