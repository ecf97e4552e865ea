/**
 * The PyTorch version of numpyScript: the page's forward pass once with autograd, the hand-written
 * backward pass of sections 6-7 beside it (no autograd), and torch.allclose between the two, so a
 * reader sees loss.backward() produce the same matrices. Plain string building.
 */
import { pyList, pyMatrix } from './pyNumber';
import { deltaName, LOSS_FORMULA, plan, type ScriptInput, SLOPE_FORMULA } from './scriptModel';

const APPLY: Record<string, (z: string) => string> = {
  sigmoid: (z) => `torch.sigmoid(${z})`,
  tanh: (z) => `torch.tanh(${z})`,
  relu: (z) => `torch.relu(${z})`,
  linear: (z) => z,
  softmax: (z) => `torch.softmax(${z}, dim=0)`,
};

const SLOPE: Record<string, (l: number) => string> = {
  sigmoid: (l) => `out${l} * (1 - out${l})`,
  tanh: (l) => `1 - out${l} ** 2`,
  relu: (l) => `(net${l} > 0).double()`,
  linear: (l) => `torch.ones_like(net${l})`,
};

export function torchScript(input: ScriptInput): string {
  const { L, sizes, activations, loss } = plan(input);
  const lines: string[] = [];
  const add = (...more: string[]) => lines.push(...more);
  const outAct = activations[L - 1];
  add(
    '#!/usr/bin/env python3',
    '"""Backprop, one matrix at a time: the network on the page, in PyTorch.',
    '',
    `Layers ${sizes.join('-')}; activations ${activations.join(', ')}; loss ${loss}: ${LOSS_FORMULA[loss]}.`,
    'The backward pass is written out by hand, as sections 6-7 derive it, and checked against',
    'what autograd computes with loss.backward().',
    '"""',
    'import torch',
    '',
    'torch.set_default_dtype(torch.float64)  # the page computes in doubles too',
    'one = torch.ones(1)',
    '',
  );
  input.weights.forEach((m, l) => {
    add(`W${l + 1} = torch.tensor(${pyMatrix(m, '')}, requires_grad=True)`);
  });
  add(`x = torch.tensor(${pyList(input.x)})`, `t = torch.tensor(${pyList(input.t)})`, '');
  add('# forward pass: net_l = W_l (out_{l−1} ‖ 1), out_l = f(net_l), with out0 = x', 'out0 = x');
  for (let l = 1; l <= L; l++) {
    add(
      `net${l} = W${l} @ torch.cat([out${l - 1}, one])`,
      `out${l} = ${APPLY[activations[l - 1]](`net${l}`)}`,
    );
  }
  const out = `out${L}`;
  const net = `net${L}`;
  add('', `# the error: ${LOSS_FORMULA[loss]}`);
  if (loss === 'cross-entropy') {
    add(
      outAct === 'softmax'
        ? `E = -(t * torch.log_softmax(${net}, dim=0)).sum()`
        : `E = torch.nn.functional.binary_cross_entropy_with_logits(${net}, t, reduction="sum")`,
    );
  } else {
    add(`E = ${loss === 'squared' ? '' : '0.5 * '}((${out} - t) ** 2).sum()`);
  }
  add(
    '',
    '# autograd: every W.grad = ∂E/∂W',
    'E.backward()',
    '',
    '# by hand, the page’s formulas',
    'with torch.no_grad():',
  );
  const ind = '    ';
  if (loss === 'cross-entropy') {
    add(
      `${ind}delta${L} = ${outAct === 'softmax' ? `${out} * t.sum() - t` : `${out} - t`}  # ${deltaName(L, L)}: f' and ∂E/∂out cancel`,
    );
  } else {
    add(`${ind}dE_dout = ${loss === 'squared' ? '2 * ' : ''}(${out} - t)`);
    if (outAct === 'softmax') {
      add(
        `${ind}J = torch.diag(${out}) - torch.outer(${out}, ${out})  # ${SLOPE_FORMULA.softmax}`,
        `${ind}delta${L} = J @ dE_dout`,
      );
    } else {
      add(
        `${ind}delta${L} = (${SLOPE[outAct](L)}) * dE_dout  # ${deltaName(L, L)}, with ${SLOPE_FORMULA[outAct]}`,
      );
    }
  }
  add(`${ind}dE_dW${L} = torch.outer(delta${L}, torch.cat([out${L - 1}, one]))`);
  for (let l = L - 1; l >= 1; l--) {
    add(
      `${ind}# ${deltaName(l, L)} = diag(f'(net${l})) · W${l + 1}[:, :n]ᵀ · ${deltaName(l + 1, L).split(' ')[0]}, with ${SLOPE_FORMULA[activations[l - 1]]}`,
      `${ind}delta${l} = (${SLOPE[activations[l - 1]](l)}) * (W${l + 1}[:, :-1].T @ delta${l + 1})`,
      `${ind}dE_dW${l} = torch.outer(delta${l}, torch.cat([out${l - 1}, one]))`,
    );
  }
  add('', 'print("E =", repr(E.item()))');
  for (let l = 1; l <= L; l++) {
    add(
      `print("dE/dW${l} by hand    =", dE_dW${l}.tolist())`,
      `print("dE/dW${l} by autograd =", W${l}.grad.tolist())`,
    );
  }
  const pairs = Array.from({ length: L }, (_, k) => `torch.allclose(dE_dW${k + 1}, W${k + 1}.grad)`);
  add(`same = ${pairs.join(' and ')}`, 'print("the hand-written gradients equal loss.backward():", same)');
  return `${lines.join('\n')}\n`;
}
