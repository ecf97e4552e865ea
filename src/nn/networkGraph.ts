/**
 * A whole network and its loss as a graph of scalar Values (value.ts): the computational graph
 * a figure draws, and an independent check of backward(), since it differentiates by the chain
 * rule one scalar operation at a time instead of by the matrix recursion.
 */
import { type Model, nameModel } from './model';
import type { ReadonlyWeights } from './types';
import { validateInput, validateTarget, validateWeights } from './validate';
import { Value } from './value';

export interface NetworkGraph {
  /** Every node, each after its inputs; the loss is last. backward() has been run. */
  nodes: Value[];
  loss: Value;
  /** params[l][i][j] is the leaf for weights[l][i][j] (its grad is ∂E/∂weights[l][i][j]). */
  params: Value[][][];
  inputs: Value[];
  /** net[l] and out[l] per layer, as in forward(). */
  net: Value[][];
  out: Value[][];
}

/** Builds the graph of forward pass and loss for one sample, then runs backward() on it. */
export function networkGraph(
  weights: ReadonlyWeights,
  x: readonly number[],
  t: readonly number[],
  model?: Model,
): NetworkGraph {
  const sizes = validateWeights(weights);
  validateInput(x, sizes);
  validateTarget(t, sizes);
  const { activations, loss: lossName } = nameModel(model, weights.length);
  const inputs = x.map((v, j) => new Value(v).named(`x${j + 1}`));
  const params = weights.map((m, l) =>
    m.map((row, i) => row.map((v, j) => new Value(v).named(`W${l + 1}[${i}][${j}]`))),
  );
  const net: Value[][] = [];
  const out: Value[][] = [];
  let a = inputs;
  params.forEach((m, l) => {
    const n = m.map((row, i) => {
      let s = row[0].mul(a[0]);
      for (let j = 1; j < a.length; j++) s = s.add(row[j].mul(a[j]));
      return s.add(row[a.length]).named(`net${l + 1}[${i}]`);
    });
    const act = activations[l];
    const o =
      act === 'softmax'
        ? softmax(n)
        : n.map((z) =>
            act === 'sigmoid' ? z.sigmoid() : act === 'tanh' ? z.tanh() : act === 'relu' ? z.relu() : z,
          );
    o.forEach((v, i) => {
      if (v !== n[i]) v.named(`out${l + 1}[${i}]`);
    });
    net.push(n);
    out.push(o);
    a = o;
  });
  const z = net[net.length - 1];
  const y = out[out.length - 1];
  let loss: Value;
  if (lossName === 'cross-entropy') {
    if (activations[activations.length - 1] === 'softmax') {
      // −Σ t ln softmax(z) = Σ t_k (lse − z_k); the shift m is a constant (softmax ignores it)
      const m = Math.max(...z.map((v) => v.data));
      const lse = sum(z.map((v) => v.sub(m).exp()))
        .log()
        .add(m);
      loss = sum(z.map((v, k) => lse.sub(v).mul(t[k])));
    } else {
      loss = sum(
        z.map((v, k) =>
          v
            .neg()
            .softplus()
            .mul(t[k])
            .add(v.softplus().mul(1 - t[k])),
        ),
      );
    }
  } else {
    loss = sum(y.map((o, k) => o.sub(t[k]).pow(2)));
    if (lossName === 'half-squared') loss = loss.mul(0.5);
  }
  loss.named('E');
  const nodes = loss.backward();
  return { nodes, loss, params, inputs, net, out };
}

function sum(vs: Value[]): Value {
  let s = vs[0];
  for (let k = 1; k < vs.length; k++) s = s.add(vs[k]);
  return s;
}

/** softmax over a layer, shifted by its largest net input (a constant: it cancels). */
function softmax(z: Value[]): Value[] {
  const m = Math.max(...z.map((v) => v.data));
  const e = z.map((v) => v.sub(m).exp());
  const s = sum(e);
  return e.map((v) => v.div(s));
}
