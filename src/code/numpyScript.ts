/**
 * "The same in code": a self-contained NumPy script that computes what sections 6-7 compute,
 * layer by layer for any depth, from the page's current weights, input, target and model, and
 * prints E and every ∂E/∂W at full precision. Plain string building; no engine arithmetic here
 * except the page's own numbers, quoted at the end for comparison.
 */
import { backward } from '../nn';
import { pyFloat, pyList, pyMatrix } from './pyNumber';
import { deltaName, LOSS_FORMULA, plan, type ScriptInput, SLOPE_FORMULA } from './scriptModel';

const ACTIVATION_DEFS: Record<string, string> = {
  sigmoid: `def sigmoid(z):
    # 1 / (1 + e^−z), written so exp never overflows (as the page computes it)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))`,
  tanh: '',
  relu: `def relu(z):
    return np.where(z > 0, z, 0.0)`,
  linear: '',
  softmax: `def softmax(z):
    e = np.exp(z - np.max(z))  # shifted by the largest net input: no overflow
    return e / np.sum(e)`,
};

const APPLY: Record<string, (z: string) => string> = {
  sigmoid: (z) => `sigmoid(${z})`,
  tanh: (z) => `np.tanh(${z})`,
  relu: (z) => `relu(${z})`,
  linear: (z) => z,
  softmax: (z) => `softmax(${z})`,
};

const SLOPE: Record<string, (l: number) => string> = {
  sigmoid: (l) => `out${l} * (1 - out${l})`,
  tanh: (l) => `1 - out${l} ** 2`,
  relu: (l) => `(net${l} > 0).astype(float)`,
  linear: (l) => `np.ones_like(net${l})`,
};

export function numpyScript(input: ScriptInput): string {
  const { L, sizes, activations, loss } = plan(input);
  const used = [...new Set(activations)];
  const lines: string[] = [];
  const add = (...more: string[]) => lines.push(...more);
  add(
    '#!/usr/bin/env python3',
    '"""Backprop, one matrix at a time: the network on the page, in NumPy.',
    '',
    `Layers ${sizes.join('-')}; activations ${activations.join(', ')}; loss ${loss}: ${LOSS_FORMULA[loss]}.`,
    'W{l} maps layer l−1 (with a 1 appended for the bias) to layer l: one row per receiving',
    'unit, the bias in the last column. Run it with python3; it needs only numpy.',
    '"""',
    'import numpy as np',
    '',
  );
  for (const a of used) if (ACTIVATION_DEFS[a]) add(ACTIVATION_DEFS[a], '', '');
  if (loss === 'cross-entropy' && activations[L - 1] === 'sigmoid') {
    add(
      'def softplus(z):',
      '    # ln(1 + e^z) without overflow',
      '    return np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))',
      '',
      '',
    );
  }
  add('# the page’s numbers, exactly (each is the shortest decimal that reads back as the same double)');
  input.weights.forEach((m, l) => {
    add(`W${l + 1} = np.array(${pyMatrix(m, '')}, dtype=float)`);
  });
  add(`x = np.array(${pyList(input.x)}, dtype=float)`, `t = np.array(${pyList(input.t)}, dtype=float)`, '');
  add('# forward pass: net_l = W_l (out_{l−1} ‖ 1), out_l = f(net_l), with out0 = x', 'out0 = x');
  for (let l = 1; l <= L; l++) {
    add(`net${l} = W${l} @ np.append(out${l - 1}, 1.0)`, `out${l} = ${APPLY[activations[l - 1]](`net${l}`)}`);
  }
  add('');
  const out = `out${L}`;
  const net = `net${L}`;
  const outAct = activations[L - 1];
  add(`# the error: ${LOSS_FORMULA[loss]}`);
  if (loss === 'cross-entropy') {
    if (outAct === 'softmax') {
      add(
        `lse = np.max(${net}) + np.log(np.sum(np.exp(${net} - np.max(${net}))))  # ln Σ e^net`,
        `E = np.sum(t * (lse - ${net}))  # −Σ t ln softmax(net)`,
        '',
        `# ${deltaName(L, L)} = ∂E/∂net${L} = out · Σt − t: the softmax Jacobian and ∂E/∂out cancel`,
        `delta${L} = ${out} * np.sum(t) - t`,
      );
    } else {
      add(
        `E = np.sum(t * softplus(-${net}) + (1 - t) * softplus(${net}))  # −Σ [t ln out + (1 − t) ln(1 − out)]`,
        '',
        `# ${deltaName(L, L)} = ∂E/∂net${L} = out − t: σ' and ∂E/∂out cancel`,
        `delta${L} = ${out} - t`,
      );
    }
  } else {
    const c = loss === 'squared' ? '2 * ' : '';
    add(
      `E = ${loss === 'squared' ? '' : '0.5 * '}np.sum((${out} - t) ** 2)`,
      `dE_dout = ${c}(${out} - t)  # the error's slope per output`,
      '',
    );
    if (outAct === 'softmax') {
      add(
        `# ${deltaName(L, L)} = J · ∂E/∂out with J = ${SLOPE_FORMULA.softmax}`,
        `J = np.diag(${out}) - np.outer(${out}, ${out})`,
        `delta${L} = J @ dE_dout`,
      );
    } else {
      add(
        `# ${deltaName(L, L)} = diag(f'(net${L})) · ∂E/∂out, with ${SLOPE_FORMULA[outAct]}`,
        `delta${L} = (${SLOPE[outAct](L)}) * dE_dout`,
      );
    }
  }
  add(
    `dE_dW${L} = np.outer(delta${L}, np.append(out${L - 1}, 1.0))  # ∂E/∂W${L} = ${deltaName(L, L).split(' ')[0]} (out${L - 1} ‖ 1)ᵀ`,
    '',
  );
  for (let l = L - 1; l >= 1; l--) {
    const d = deltaName(l, L).split(' ')[0];
    const above = deltaName(l + 1, L).split(' ')[0];
    add(
      `# ${d} = diag(f'(net${l})) · W${l + 1}[:, :n]ᵀ · ${above}: the bracket reused from the layer above,`,
      `# with ${SLOPE_FORMULA[activations[l - 1]]}; the bias column carries nothing back`,
      `delta${l} = (${SLOPE[activations[l - 1]](l)}) * (W${l + 1}[:, :-1].T @ delta${l + 1})`,
      `dE_dW${l} = np.outer(delta${l}, np.append(out${l - 1}, 1.0))  # ∂E/∂W${l} = ${d} (out${l - 1} ‖ 1)ᵀ`,
      '',
    );
  }
  add('# full precision: repr() prints the shortest decimal that reads back as the same double');
  add('print("E =", repr(float(E)))');
  for (let l = 1; l <= L; l++) add(`print("dE/dW${l} =", [[float(v) for v in row] for row in dE_dW${l}])`);
  const page = backward(input.weights, input.x, input.t, input.model);
  add(
    '',
    '# What the page computed for the same network (its engine, in JavaScript):',
    `#   E = ${pyFloat(page.error)}`,
  );
  page.grad.forEach((m, l) => {
    add(`#   dE/dW${l + 1} = [${m.map(pyList).join(', ')}]`);
  });
  return `${lines.join('\n')}\n`;
}
