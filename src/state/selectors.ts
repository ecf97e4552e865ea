import { forwardBackward, outputJacobian, type Weights } from '../nn';
import type { Env } from './quantities2x2';
import type { AppState } from './store';
import { DEFAULT_LOSS_2X2, type Loss2x2, type NodeId, PARAM_BY_ID, type ParamId } from './twoByTwo';

export interface Pass {
  /** net[l], out[l] per layer: net[0] = (net_F, net_G), out[1] = (H, I) */
  net: number[][];
  out: number[][];
  error: number;
  /** delta[l] = ∂E/∂net[l]: delta[1] is the bracket the hidden layer reuses (section 7) */
  delta: number[][];
  grad: Weights;
  /** jacobian[k][l][i][j] = ∂out_k/∂W[l][i][j]: how H (k = 0) and I (k = 1) move with each weight */
  jacobian: Weights[];
}

/** What the 2x2 passes depend on; a state without `loss2x2` uses the default error. */
export type NetworkInputs2x2 = Pick<AppState, 'weights' | 'x' | 't'> & { loss2x2?: Loss2x2 };

/**
 * The forward and backward pass for the current (weights, x, t, error), computed once per
 * change of any of them and shared by every selector, so a figure never runs the engine itself.
 */
let cache: { weights: Weights; x: number[]; t: number[]; loss: Loss2x2; pass: Pass } | null = null;
export function selectPass(s: NetworkInputs2x2): Pass {
  const loss = s.loss2x2 ?? DEFAULT_LOSS_2X2;
  if (cache && cache.weights === s.weights && cache.x === s.x && cache.t === s.t && cache.loss === loss)
    return cache.pass;
  const { net, out, error, delta, grad } = forwardBackward(s.weights, s.x, s.t, { loss });
  const { weights, x } = s;
  // The output Jacobian (two more backward passes, one seeded at each output) is read only by
  // sections 3 and 4: it is worked out the first time one of them reads it, not on every frame
  // of a drag elsewhere.
  let jacobian: Weights[] | null = null;
  const pass: Pass = {
    net,
    out,
    error,
    delta,
    grad,
    get jacobian() {
      jacobian ??= outputJacobian(weights, x);
      return jacobian;
    },
  };
  cache = { weights: s.weights, x: s.x, t: s.t, loss, pass };
  return pass;
}

/** Is the 2x2 error Mazur's ½Σ(out − t)²? */
export const selectHalf = (s: Pick<AppState, 'loss2x2'>) => s.loss2x2 === 'half-squared';

export const selectParam = (id: ParamId) => (s: AppState) => {
  const { layer, row, col } = PARAM_BY_ID[id];
  return s.weights[layer]?.[row]?.[col] ?? Number.NaN;
};

export const selectGrad = (id: ParamId) => (s: AppState) => {
  const { layer, row, col } = PARAM_BY_ID[id];
  return selectPass(s).grad[layer]?.[row]?.[col] ?? Number.NaN;
};

/** A node's shown value: the input, the activation, or the constant 1 of a bias node. */
export const selectNodeValue = (id: NodeId) => (s: AppState) => {
  switch (id) {
    case 'i1':
      return s.x[0] ?? Number.NaN;
    case 'i2':
      return s.x[1] ?? Number.NaN;
    case 'one0':
    case 'one1':
      return 1;
    default: {
      const [layer, row] = NODE_POSITION[id];
      return selectPass(s).out[layer]?.[row] ?? Number.NaN;
    }
  }
};

export const selectNet = (id: 'F' | 'G' | 'H' | 'I') => (s: AppState) => {
  const [layer, row] = NODE_POSITION[id];
  return selectPass(s).net[layer]?.[row] ?? Number.NaN;
};

export const selectError = (s: AppState) => selectPass(s).error;

const NODE_POSITION: Record<'F' | 'G' | 'H' | 'I', [number, number]> = {
  F: [0, 0],
  G: [0, 1],
  H: [1, 0],
  I: [1, 1],
};

/** Everything a formula needs to substitute numbers, one object per change of the network. */
let envCache: { pass: Pass; env: Env } | null = null;
export function selectEnv(s: NetworkInputs2x2): Env {
  const pass = selectPass(s);
  if (envCache && envCache.pass === pass) return envCache.env;
  const env: Env = { weights: s.weights, x: s.x, t: s.t, pass, loss: s.loss2x2 ?? DEFAULT_LOSS_2X2 };
  envCache = { pass, env };
  return env;
}
