import { texNumber } from '../tex/format';
import type { Pass } from './selectors';
import { type Loss2x2, PARAM_BY_ID, PARAMS, type ParamId } from './twoByTwo';

/**
 * Every named quantity of the 2x2 derivation, once: its symbol, where it sits in the diagram,
 * its formula in symbols and with the reader's numbers. Formulas, matrices, the stepper and the
 * diagram all refer to quantities by key (`net:F`, `out:H`, `delta:I`, `grad:e`, `jac:H:a` …),
 * which is how one hover or one step lights the same thing everywhere.
 */
export interface Env {
  weights: readonly (readonly (readonly number[])[])[];
  x: readonly number[];
  t: readonly number[];
  pass: Pass;
  /** the error E is measured with; absent means 'squared', the page's Σ(out − t)² */
  loss?: Loss2x2;
}

export interface Quantity {
  key: string;
  /** TeX of the symbol on the left-hand side: `net_F`, `\frac{\partial E}{\partial e}` */
  tex: string;
  /** in words, for the stepper's announcements */
  words: string;
  /** the diagram element it belongs to: a node id or a parameter (edge) id */
  anchor: string;
  /** the right-hand side in symbols; terms that are quantities themselves carry their key */
  symbolic: string;
  /** the same with Mazur's ½ in E, where it differs (no factor 2 in the error's slopes) */
  symbolicHalf?: string;
  /** the right-hand side with the reader's numbers substituted */
  numeric: (env: Env) => string;
  value: (env: Env) => number;
}

/** Is E Mazur's ½Σ(out − t)²? Then differentiating brings down no 2. */
export const isHalf = (env: Env) => env.loss === 'half-squared';
/** The factor 2 that differentiating (out − t)² brings down; the ½ cancels it. */
const two = (env: Env) => (isHalf(env) ? 1 : 2);
/** `2` before a bracket, or nothing under the ½ */
const twoTex = (env: Env) => (isHalf(env) ? '' : '2');

/** The right-hand side in symbols for the error E is measured with. */
export const symbolicOf = (q: Quantity, env: Env): string =>
  isHalf(env) ? (q.symbolicHalf ?? q.symbolic) : q.symbolic;

/** A number in parentheses, as it is substituted into a product: (−0.2171) */
const n = (v: number) => `(${texNumber(v)})`;
const w = (env: Env, id: ParamId) => {
  const q = PARAM_BY_ID[id];
  return env.weights[q.layer]?.[q.row]?.[q.col] ?? Number.NaN;
};
const out = (env: Env, layer: number, i: number) => env.pass.out[layer]?.[i] ?? Number.NaN;
const net = (env: Env, layer: number, i: number) => env.pass.net[layer]?.[i] ?? Number.NaN;
/** σ'(net) = σ(net)(1 − σ(net)), read from the activation the forward pass already has */
const sp = (env: Env, layer: number, i: number) => out(env, layer, i) * (1 - out(env, layer, i));
const delta = (env: Env, layer: number, i: number) => env.pass.delta[layer]?.[i] ?? Number.NaN;

interface Unit {
  name: 'F' | 'G' | 'H' | 'I';
  layer: 0 | 1;
  row: number;
}
const F: Unit = { name: 'F', layer: 0, row: 0 };
const G: Unit = { name: 'G', layer: 0, row: 1 };
const H: Unit = { name: 'H', layer: 1, row: 0 };
const I: Unit = { name: 'I', layer: 1, row: 1 };
const OUTPUTS = [H, I] as const;
const HIDDEN = [F, G] as const;

/** the three parameters feeding a unit, in column order (two weights, then the bias) */
const paramsInto = (u: Unit) => PARAMS.filter((p) => p.layer === u.layer && p.row === u.row);

/** the sender of a column into layer `layer`: i1, i2, 1 or F, G, 1 */
const SENDER_TEX = [
  ['i_1', 'i_2', '1'],
  ['F', 'G', '1'],
] as const;
const sender = (env: Env, layer: number, col: number) =>
  col === 2 ? 1 : layer === 0 ? (env.x[col] ?? Number.NaN) : out(env, 0, col);

function netQ(u: Unit): Quantity {
  const ps = paramsInto(u);
  return {
    key: `net:${u.name}`,
    tex: `net_${u.name}`,
    words: `the net input of ${u.name}`,
    anchor: u.name,
    symbolic: ps.map((p) => (p.col === 2 ? p.tex : `${p.tex}\\,${SENDER_TEX[u.layer][p.col]}`)).join(' + '),
    numeric: (env) =>
      ps
        .map((p) => (p.col === 2 ? n(w(env, p.id)) : `${n(w(env, p.id))}${n(sender(env, u.layer, p.col))}`))
        .join(' + '),
    value: (env) => net(env, u.layer, u.row),
  };
}

function outQ(u: Unit): Quantity {
  return {
    key: `out:${u.name}`,
    tex: u.name,
    words: `the activation ${u.name}`,
    anchor: u.name,
    symbolic: `\\sigma(net_${u.name})`,
    numeric: (env) => `\\sigma${n(net(env, u.layer, u.row))}`,
    value: (env) => out(env, u.layer, u.row),
  };
}

const ERROR: Quantity = {
  key: 'E',
  tex: 'E',
  words: 'the error E',
  anchor: 'E',
  symbolic: '(H - t_1)^2 + (I - t_2)^2',
  symbolicHalf: '\\tfrac12\\big[(H - t_1)^2 + (I - t_2)^2\\big]',
  numeric: (env) => {
    const sum = `(${texNumber(out(env, 1, 0))} - ${texNumber(env.t[0] ?? 0)})^2 + (${texNumber(out(env, 1, 1))} - ${texNumber(env.t[1] ?? 0)})^2`;
    return isHalf(env) ? `\\tfrac12\\big[${sum}\\big]` : sum;
  },
  value: (env) => env.pass.error,
};

/** δ of an output unit: ∂E/∂net = 2(out − t)·σ'(net) */
function outputDeltaQ(u: Unit): Quantity {
  const k = u.row;
  return {
    key: `delta:${u.name}`,
    tex: `\\delta_${u.name}`,
    words: `δ of ${u.name}, how fast the error changes with net_${u.name}`,
    anchor: u.name,
    symbolic: `2(${u.name} - t_${k + 1})\\,\\sigma'(net_${u.name})`,
    symbolicHalf: `(${u.name} - t_${k + 1})\\,\\sigma'(net_${u.name})`,
    numeric: (env) =>
      `${twoTex(env)}(${texNumber(out(env, 1, k))} - ${texNumber(env.t[k] ?? 0)})${n(sp(env, 1, k))}`,
    value: (env) => delta(env, 1, k),
  };
}

/** δ of a hidden unit: σ'(net)·(weights out of it · the output deltas) — the reused bracket */
function hiddenDeltaQ(u: Unit): Quantity {
  const [toH, toI] = PARAMS.filter((p) => p.layer === 1 && p.col === u.row);
  if (!toH || !toI) throw new Error('the 2x2 table lost a weight');
  return {
    key: `delta:${u.name}`,
    tex: `\\delta_${u.name}`,
    words: `δ of ${u.name}, passed back from δ_H and δ_I`,
    anchor: u.name,
    symbolic: `\\sigma'(net_${u.name})\\,(${toH.tex}\\,\\delta_H + ${toI.tex}\\,\\delta_I)`,
    numeric: (env) =>
      `${n(sp(env, 0, u.row))}\\big(${n(w(env, toH.id))}${n(delta(env, 1, 0))} + ${n(w(env, toI.id))}${n(delta(env, 1, 1))}\\big)`,
    value: (env) => delta(env, 0, u.row),
  };
}

const partial = (of: string, by: string) => `\\frac{\\partial ${of}}{\\partial ${by}}`;

/** ∂E/∂(a weight into u) = δ_u · (what that weight multiplies) */
function gradQ(u: Unit, col: number): Quantity {
  const p = paramsInto(u)[col];
  if (!p) throw new Error('no such column');
  const senderTex = SENDER_TEX[u.layer][col];
  const expanded = (factor: string) =>
    u.layer === 1
      ? `${factor}(${u.name} - t_${u.row + 1})\\,\\sigma'(net_${u.name})${col === 2 ? '' : `\\,${senderTex}`}`
      : `\\sigma'(net_${u.name})\\,(${hiddenOutWeights(u)})${col === 2 ? '' : `\\,${senderTex}`}`;
  const lhs = `\\delta_${u.name}${col === 2 ? '\\cdot 1' : `\\,${senderTex}`}`;
  return {
    key: `grad:${p.id}`,
    tex: partial('E', p.tex),
    words: `the gradient of E with respect to ${p.label}`,
    anchor: p.id,
    symbolic: `${lhs} = ${expanded('2')}`,
    symbolicHalf: `${lhs} = ${expanded('')}`,
    numeric: (env) => `${n(delta(env, u.layer, u.row))}${n(sender(env, u.layer, col))}`,
    value: (env) => env.pass.grad[p.layer]?.[p.row]?.[p.col] ?? Number.NaN,
  };
}

const hiddenOutWeights = (u: Unit) => {
  const [toH, toI] = PARAMS.filter((p) => p.layer === 1 && p.col === u.row);
  return `${toH?.tex}\\,\\delta_H + ${toI?.tex}\\,\\delta_I`;
};

/** ∂o/∂θ from the engine's output Jacobian */
const jac = (env: Env, o: Unit, p: (typeof PARAMS)[number]) =>
  env.pass.jacobian[o.row]?.[p.layer]?.[p.row]?.[p.col] ?? Number.NaN;

/** ∂out/∂(a weight): the output layer's Jacobian (section 3) and the hidden one's (section 4) */
function jacobianQ(o: Unit, p: (typeof PARAMS)[number]): Quantity {
  const key = `jac:${o.name}:${p.id}`;
  const senderTex = SENDER_TEX[p.layer][p.col];
  const base = {
    key,
    tex: partial(o.name, p.tex),
    words: `how ${o.name} moves with ${p.label}`,
    anchor: p.id,
  };
  if (p.layer === 1) {
    if (p.row !== o.row) return { ...base, symbolic: '0', numeric: () => '0', value: () => 0 };
    return {
      ...base,
      symbolic: `\\sigma'(net_${o.name})\\,${senderTex}`,
      numeric: (env) => `${n(sp(env, 1, o.row))}${n(sender(env, 1, p.col))}`,
      value: (env) => jac(env, o, p),
    };
  }
  // through the hidden unit p feeds: σ'(net_o) · (weight from that unit to o) · σ'(net_hidden) · sender
  const hidden = HIDDEN[p.row] as Unit;
  const link = PARAMS.find((q) => q.layer === 1 && q.row === o.row && q.col === p.row);
  if (!link) throw new Error('the 2x2 table lost a weight');
  return {
    ...base,
    symbolic: `\\sigma'(net_${o.name})\\,${link.tex}\\,\\sigma'(net_${hidden.name})\\,${senderTex}`,
    numeric: (env) =>
      `${n(sp(env, 1, o.row))}${n(w(env, link.id))}${n(sp(env, 0, p.row))}${n(sender(env, 0, p.col))}`,
    value: (env) => jac(env, o, p),
  };
}

/** σ'(net_u), shown in the diagonal matrices of sections 6 and 7 */
function slopeQ(u: Unit): Quantity {
  return {
    key: `slope:${u.name}`,
    tex: `\\sigma'(net_${u.name})`,
    words: `the slope of the sigmoid at net_${u.name}`,
    anchor: u.name,
    symbolic: `${u.name}(1 - ${u.name})`,
    numeric: (env) => `${texNumber(out(env, u.layer, u.row))}(1 - ${texNumber(out(env, u.layer, u.row))})`,
    value: (env) => sp(env, u.layer, u.row),
  };
}

/** The inputs and targets, as quantities so matrices and formulas can link them. */
const INPUTS: Quantity[] = [0, 1].map((k) => ({
  key: `in:i${k + 1}`,
  tex: `i_${k + 1}`,
  words: `the input i${k + 1}`,
  anchor: `i${k + 1}`,
  symbolic: `i_${k + 1}`,
  numeric: (env: Env) => texNumber(env.x[k] ?? Number.NaN),
  value: (env: Env) => env.x[k] ?? Number.NaN,
}));
const TARGETS: Quantity[] = [0, 1].map((k) => ({
  key: `target:t${k + 1}`,
  tex: `t_${k + 1}`,
  words: `the target t${k + 1}`,
  anchor: k === 0 ? 'H' : 'I',
  symbolic: `t_${k + 1}`,
  numeric: (env: Env) => texNumber(env.t[k] ?? Number.NaN),
  value: (env: Env) => env.t[k] ?? Number.NaN,
}));

/** ∂E/∂H = 2(H − t1), or H − t1 under the ½: how the error moves with an output (section 5) */
function errorSlopeQ(u: Unit): Quantity {
  const k = u.row;
  return {
    key: `dE:${u.name}`,
    tex: partial('E', u.name),
    words: `how the error moves with ${u.name}`,
    anchor: u.name,
    symbolic: `2(${u.name} - t_${k + 1})`,
    symbolicHalf: `${u.name} - t_${k + 1}`,
    numeric: (env) =>
      isHalf(env)
        ? `${texNumber(out(env, 1, k))} - ${texNumber(env.t[k] ?? 0)}`
        : `2(${texNumber(out(env, 1, k))} - ${texNumber(env.t[k] ?? 0)})`,
    value: (env) => two(env) * (out(env, 1, k) - (env.t[k] ?? Number.NaN)),
  };
}

export const QUANTITIES: readonly Quantity[] = [
  ...INPUTS,
  ...TARGETS,
  ...OUTPUTS.map(errorSlopeQ),
  ...[F, G, H, I].flatMap((u) => [netQ(u), outQ(u), slopeQ(u)]),
  ERROR,
  ...OUTPUTS.map(outputDeltaQ),
  ...HIDDEN.map(hiddenDeltaQ),
  ...[F, G, H, I].flatMap((u) => [0, 1, 2].map((c) => gradQ(u, c))),
  ...OUTPUTS.flatMap((o) => PARAMS.map((p) => jacobianQ(o, p))),
];

export const QUANTITY: Readonly<Record<string, Quantity>> = Object.fromEntries(
  QUANTITIES.map((q) => [q.key, q]),
);

export function quantity(key: string): Quantity {
  const q = QUANTITY[key];
  if (!q) throw new Error(`unknown quantity ${key}`);
  return q;
}

/** The diagram element a key belongs to; a parameter or node id is its own anchor. */
export const anchorOf = (key: string): string => QUANTITY[key]?.anchor ?? key;
