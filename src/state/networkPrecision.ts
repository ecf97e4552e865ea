import { train } from '../nn';
import { formatNumber } from '../tex/format';
import { leastPrecision, roundTo } from './address/precision';
import { QUANTITIES } from './quantities2x2';
import { selectPass } from './selectors';
import type { Network2x2 } from './urlState';

/**
 * Everything the 2x2 figures show for a network, as the reader reads it: every weight, input and
 * target, every quantity of the derivation (net inputs, outputs, E, δ, ∂E/∂w, Jacobian entries),
 * and the weights after one update with learning rate `eta` (the update panel and the stepper's
 * last step), each to four significant digits.
 */
export function shownNumbers(net: Network2x2, eta: number): string {
  const s = { weights: net.weights, x: net.x, t: net.t };
  const env = { ...s, pass: selectPass(s) };
  const updated = train(net.weights, [{ x: net.x, t: net.t }], { learningRate: eta, epochs: 1 }).weights;
  return [
    ...net.weights.flat(2),
    ...net.x,
    ...net.t,
    ...QUANTITIES.map((q) => q.value(env)),
    ...updated.flat(2),
  ]
    .map(formatNumber)
    .join(' ');
}

const roundNetwork = (net: Network2x2, p: number): Network2x2 => ({
  weights: net.weights.map((m) => m.map((r) => r.map((v) => roundTo(v, p)))),
  x: net.x.map((v) => roundTo(v, p)),
  t: net.t.map((v) => roundTo(v, p)),
});

/**
 * The network with its numbers cut to the fewest significant digits (at least 4) that leave
 * every number the page shows unchanged, so a shared link stays short and reopens the same view.
 * A value that already has a short exact form (0.15) keeps it.
 */
export function shortNetwork(net: Network2x2, eta: number): Network2x2 {
  const view = shownNumbers(net, eta);
  return leastPrecision(
    (p) => roundNetwork(net, p),
    (candidate) => shownNumbers(candidate, eta) === view,
  ).value;
}
