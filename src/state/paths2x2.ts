import { anchorOf } from './quantities2x2';
import { PARAM_BY_ID, PARAMS, type ParamId } from './twoByTwo';

/** The output weights out of hidden unit `row` (0: F, 1: G): e, g for F; f, h for G. */
const outOf = (row: number) => PARAMS.filter((p) => p.layer === 1 && p.col === row);

/**
 * The diagram elements (edge and node ids) a quantity's formula runs along. A hidden weight's
 * ∂E/∂a runs a → F → H and a → F → I, so both paths light; ∂H/∂a only the first; a hidden δ
 * comes back from both outputs through W2ᵀ. Anything else lights its own anchor.
 */
export function pathOf(key: string): string[] {
  const [kind, a, b] = key.split(':');
  if (kind === 'jac' && a && b) {
    const p = PARAM_BY_ID[b as ParamId];
    if (!p) return [anchorOf(key)];
    if (p.layer === 1) return p.to === a ? [p.id, a] : [p.id];
    const link = outOf(p.row).find((q) => q.to === a);
    return link ? [p.id, p.to, link.id, a] : [p.id];
  }
  if (kind === 'grad' && a) {
    const p = PARAM_BY_ID[a as ParamId];
    if (!p) return [anchorOf(key)];
    if (p.layer === 1) return [p.id, p.to];
    return [p.id, p.to, ...outOf(p.row).flatMap((q) => [q.id, q.to])];
  }
  if (kind === 'delta' && (a === 'F' || a === 'G')) {
    return [a, ...outOf(a === 'F' ? 0 : 1).flatMap((q) => [q.id, q.to])];
  }
  return [anchorOf(key)];
}

/** Does the formula for this key run through a hidden unit to the outputs (more than one link)? */
export const hasPath = (key: string) => pathOf(key).length > 2;

/**
 * The error signal of a hidden δ, travelling back from each output along its edge of W2ᵀ:
 * δ_F gets δ_H along e and δ_I along g. Empty for every other key.
 */
export function signalsOf(key: string): { edge: ParamId; from: string; to: string }[] {
  const [kind, a] = key.split(':');
  if (kind !== 'delta' || (a !== 'F' && a !== 'G')) return [];
  return outOf(a === 'F' ? 0 : 1).map((q) => ({ edge: q.id, from: q.to, to: q.from }));
}
