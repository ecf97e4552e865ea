import { PARAM_BY_ID, type ParamId } from './twoByTwo';

/**
 * How far the derivation has got by a section, which bounds what its figure may show, so no
 * figure gives away a value before the prose defines it:
 * - `forward` (sections 1–4): inputs, net inputs, activations;
 * - `error` (section 5): also the targets, E and ∂E/∂w for the output weights (W2);
 * - `output` (section 6): also δ_H and δ_I;
 * - `hidden` (section 7): also δ_F, δ_G and ∂E/∂w for the hidden weights (W1).
 */
export type Stage = 'forward' | 'error' | 'output' | 'hidden';

const ORDER: readonly Stage[] = ['forward', 'error', 'output', 'hidden'];

/** The stage whose section defines a quantity (by key: `E`, `delta:F`, `grad:a`, `target:t1` …). */
export function definedIn(key: string): Stage {
  const [kind, a] = key.split(':');
  if (kind === 'E' || kind === 'target' || kind === 'dE') return 'error';
  if (kind === 'delta') return a === 'H' || a === 'I' ? 'output' : 'hidden';
  if (kind === 'grad' && a) return PARAM_BY_ID[a as ParamId]?.layer === 0 ? 'hidden' : 'error';
  return 'forward';
}

/** Has a section at `stage` defined this quantity? */
export const isDefinedBy = (stage: Stage, key: string) =>
  ORDER.indexOf(definedIn(key)) <= ORDER.indexOf(stage);
