import { QUANTITY } from './quantities2x2';

/**
 * The forward pass, then the backward pass, one quantity per step, in the order the
 * derivation computes them; the last step applies the update W ← W − η·∂E/∂W.
 */
export const FORWARD_STEPS = [
  'net:F',
  'out:F',
  'net:G',
  'out:G',
  'net:H',
  'out:H',
  'net:I',
  'out:I',
  'E',
] as const;
export const BACKWARD_STEPS = [
  'delta:H',
  'delta:I',
  'grad:e',
  'grad:f',
  'grad:bH',
  'grad:g',
  'grad:h',
  'grad:bI',
  'delta:F',
  'delta:G',
  'grad:a',
  'grad:b',
  'grad:bF',
  'grad:c',
  'grad:d',
  'grad:bG',
] as const;
export const UPDATE_STEP = 'update';
export const STEPS: readonly string[] = [...FORWARD_STEPS, ...BACKWARD_STEPS, UPDATE_STEP];

const STEP_INDEX = new Map(STEPS.map((k, i) => [k, i]));

/**
 * The step at which a quantity becomes known. Quantities that are not steps themselves are
 * known once what they are made of is: σ'(net_X) with X, the Jacobian entries ∂o/∂θ with o.
 * Inputs, targets and weights are known from the start (-1).
 */
export function revealedAt(key: string): number {
  const direct = STEP_INDEX.get(key);
  if (direct !== undefined) return direct;
  const [kind, a] = key.split(':');
  if (kind === 'slope' && a) return STEP_INDEX.get(`out:${a}`) ?? -1;
  if (kind === 'jac' && a) return STEP_INDEX.get(`out:${a}`) ?? -1;
  if (kind === 'dE') return STEP_INDEX.get('E') ?? -1;
  return -1;
}

/** Words for the live region: "Step 3 of 26, forward pass: the net input of G." */
export function describeStep(index: number): string {
  const key = STEPS[index];
  if (key === undefined) return '';
  const phase =
    index < FORWARD_STEPS.length ? 'forward pass' : key === UPDATE_STEP ? 'update' : 'backward pass';
  const what =
    key === UPDATE_STEP ? 'every weight moves by −η times its gradient' : (QUANTITY[key]?.words ?? key);
  return `Step ${index + 1} of ${STEPS.length}, ${phase}: ${what}.`;
}
