import { type Env, type Quantity, symbolicOf } from '../../state/quantities2x2';
import type { MathMode } from '../../state/uiSlice';
import { texNumber } from '../../tex/format';
import { texTerm } from '../../tex/matrix';

/**
 * A quantity's formula as TeX in the reader's chosen mode:
 *   symbols: ∂E/∂e = 2(H − t1) σ'(net_H) F
 *   numbers: ∂E/∂e = 2(0.7514 − 0.01)(0.1868)(0.5933) = 0.1643
 *   both:    the two, aligned on their equals signs.
 * While stepping, a value not reached yet is a blank box. The left-hand side and the result
 * carry the quantity's key so the page can light them (Tex's `lit`).
 */

export function formulaTex(
  q: Quantity,
  env: Env,
  mode: MathMode,
  opts: {
    /** blank the numbers: the stepper has not reached this quantity */
    hidden: boolean;
    /** TeX characters past which the result gets its own line */
    long?: number;
  },
): string {
  const lhs = texTerm(q.tex, q.key);
  const blank = '\\boxed{\\phantom{0.000}}';
  const value = opts.hidden ? blank : texTerm(texNumber(q.value(env)), q.key);
  const numeric = opts.hidden ? blank : q.numeric(env);
  // a numeric side identical to the result (an input, a 0) is said once; a long one gets the
  // result on a line of its own, so the formula fits the prose column
  const sameAsValue = numeric === texNumber(q.value(env)) || opts.hidden;
  const lines = [
    ...(mode === 'numbers' ? [] : [symbolicOf(q, env)]),
    ...(mode === 'symbols'
      ? []
      : sameAsValue
        ? [value]
        : numeric.length > (opts.long ?? 48)
          ? [numeric, value]
          : [`${numeric} = ${value}`]),
  ];
  if (lines.length === 1) return `${lhs} = ${lines[0]}`;
  return `\\begin{aligned} ${lhs} &= ${lines.join(' \\\\ &= ')} \\end{aligned}`;
}
