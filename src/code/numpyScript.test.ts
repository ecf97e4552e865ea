import { describe, expect, it } from 'vitest';
import { backward } from '../nn';
import { t, twoByTwo, x } from '../nn/__fixtures__/twoByTwo';
import { SCRIPT_NETWORKS } from './networks.fixture';
import { numpyScript } from './numpyScript';
import { pyFloat } from './pyNumber';

/** The numbers in `W1 = np.array([...])` style assignments, parsed back as JS numbers. */
function assigned(script: string, name: string): number[] {
  const m = script.match(new RegExp(`^${name} = np\\.array\\(([\\s\\S]*?), dtype=float\\)`, 'm'));
  if (!m) throw new Error(`no ${name} in the script`);
  return (m[1].match(/-?\d[\d.e+-]*/g) ?? []).map(Number);
}

describe('numpyScript', () => {
  const script = numpyScript({ weights: twoByTwo(), x, t });

  it('holds the page’s weights, input and target exactly (they read back as the same doubles)', () => {
    const w = twoByTwo();
    expect(assigned(script, 'W1')).toEqual(w[0].flat());
    expect(assigned(script, 'W2')).toEqual(w[1].flat());
    expect(assigned(script, 'x')).toEqual(x);
    expect(assigned(script, 't')).toEqual(t);
  });

  it('writes awkward doubles so Python reads back the same double', () => {
    for (const v of [0.1 + 0.2, 1e-300, -2.5e21, 5e-324, 1, -0, 123456789.5]) {
      const s = pyFloat(v);
      expect(Object.is(Number(s), v), `${v} → ${s}`).toBe(true);
      expect(s).toMatch(/[.e]/); // a float literal, never a Python int
    }
    expect(() => pyFloat(Number.NaN)).toThrow(/finite/);
  });

  it('writes the derivation of sections 6-7: δ_out, δ_hidden, both gradients, and prints them with repr', () => {
    expect(script).toContain('delta2 = (out2 * (1 - out2)) * dE_dout');
    expect(script).toContain('dE_dout = 2 * (out2 - t)');
    expect(script).toContain('delta1 = (out1 * (1 - out1)) * (W2[:, :-1].T @ delta2)');
    expect(script).toContain('dE_dW2 = np.outer(delta2, np.append(out1, 1.0))');
    expect(script).toContain('dE_dW1 = np.outer(delta1, np.append(out0, 1.0))');
    expect(script).toMatch(/# δ_out = diag\(f'\(net2\)\)/);
    expect(script).toMatch(/# δ_hidden = diag\(f'\(net1\)\) · W2\[:, :n\]ᵀ · δ_out/);
    expect(script).toContain('print("E =", repr(float(E)))');
    expect(script).toContain('print("dE/dW1 =", [[float(v) for v in row] for row in dE_dW1])');
  });

  it('quotes the page’s current E and gradients at full precision', () => {
    const r = backward(twoByTwo(), x, t);
    expect(script).toContain(`#   E = ${pyFloat(r.error)}`);
    expect(script).toContain(
      `#   dE/dW2 = [[${r.grad[1][0].map(pyFloat).join(', ')}], [${r.grad[1][1].map(pyFloat).join(', ')}]]`,
    );
  });

  it('follows the model: each activation, its slope and the loss', () => {
    const [, , deep] = SCRIPT_NETWORKS;
    const s = numpyScript(deep[1]);
    expect(s).toContain('out1 = relu(net1)');
    expect(s).toContain('out2 = np.tanh(net2)');
    expect(s).toContain('out3 = softmax(net3)');
    expect(s).toContain('delta3 = out3 * np.sum(t) - t');
    expect(s).toContain('delta2 = (1 - out2 ** 2) * (W3[:, :-1].T @ delta3)');
    expect(s).toContain('delta1 = ((net1 > 0).astype(float)) * (W2[:, :-1].T @ delta2)');
    expect(s).toMatch(/def softmax\(z\):\n {4}e = np\.exp\(z - np\.max\(z\)\)/);
    expect(s).not.toContain('def sigmoid');
    expect(s).toContain('print("dE/dW3 =",');
    const half = numpyScript({ weights: twoByTwo(), x, t, model: { loss: 'half-squared' } });
    expect(half).toContain('E = 0.5 * np.sum((out2 - t) ** 2)');
    expect(half).toContain('dE_dout = (out2 - t)');
  });

  it('refuses a network it cannot write, naming the problem', () => {
    expect(() => numpyScript({ weights: twoByTwo(), x: [1], t })).toThrow(
      /x has 1 entries; the network takes 2 inputs/,
    );
    expect(() =>
      numpyScript({ weights: twoByTwo(), x, t, model: { activation: 'relu', loss: 'cross-entropy' } }),
    ).toThrow(/'cross-entropy' needs sigmoid or softmax outputs/);
  });
});
