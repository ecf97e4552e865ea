import type { Activation, Loss } from '../../nn';
import { paramValue, quote, type ReadQuery } from '../address/query';
import { crossEntropyFits, HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS } from './modelChoice';
import { DEFAULT_SEED, DEFAULT_SIZES, LIMITS } from './shape';

/**
 * Section 8 in the address, one short parameter each, written only when it differs from the
 * default so a plain link stays plain:
 *
 *   net8=2-4-4-1          the layer sizes, input first (2 to 5 layers of 1 to 8 units)
 *   act8=relu,relu,sigmoid one activation per layer with weights, layer 1 first
 *   loss8=sq | half | ce  squared, half squared, cross-entropy
 *   seed8=7               the seed that draws W, x and t
 *
 * Parsing never throws. A value that breaks its rule keeps the default, and a notice quotes
 * it and states the rule; an activation list that does not fit the shape, or cross-entropy on
 * outputs it does not fit, is refused the same way.
 */
export const ANY_PARAMS = { net: 'net8', act: 'act8', loss: 'loss8', seed: 'seed8' } as const;
export const ANY_PARAM_NAMES: ReadonlySet<string> = new Set(Object.values(ANY_PARAMS));

export const LOSS_CODES: Record<Loss, string> = {
  squared: 'sq',
  'half-squared': 'half',
  'cross-entropy': 'ce',
};
const LOSS_BY_CODE = new Map(Object.entries(LOSS_CODES).map(([loss, code]) => [code, loss as Loss]));

export interface AnyNetworkAddress {
  sizes: number[];
  seed: number;
  activations: Activation[];
  loss: Loss;
}

export interface ParsedAnyNetwork extends Partial<AnyNetworkAddress> {
  notices: string[];
}

const SIZES = new RegExp(
  `^[${LIMITS.minUnits}-${LIMITS.maxUnits}](?:-[${LIMITS.minUnits}-${LIMITS.maxUnits}]){${LIMITS.minLayers - 1},${LIMITS.maxLayers - 1}}$`,
);
const SEED = /^\d{1,9}$/;

export function parseAnyNetworkQuery(query: ReadQuery): ParsedAnyNetwork {
  const notices: string[] = [];
  const parsed: ParsedAnyNetwork = { notices };
  const net = paramValue(query, ANY_PARAMS.net);
  if (net !== null) {
    if (SIZES.test(net)) parsed.sizes = net.split('-').map(Number);
    else {
      notices.push(
        `${ANY_PARAMS.net} was ${quote(net)}: it must be ${LIMITS.minLayers} to ${LIMITS.maxLayers} layer sizes of ${LIMITS.minUnits} to ${LIMITS.maxUnits} units joined by “-”, input first, such as 2-3-3-2. Section 8 keeps its shape, ${DEFAULT_SIZES.join('-')}.`,
      );
    }
  }
  const seed = paramValue(query, ANY_PARAMS.seed);
  if (seed !== null) {
    if (SEED.test(seed)) parsed.seed = Number(seed);
    else {
      notices.push(
        `${ANY_PARAMS.seed} was ${quote(seed)}: a seed is a whole number from 0 to 999999999 written in digits. Section 8 keeps seed ${DEFAULT_SEED}.`,
      );
    }
  }
  const layers = (parsed.sizes ?? DEFAULT_SIZES).length - 1;
  const act = paramValue(query, ANY_PARAMS.act);
  if (act !== null) {
    const names = act.split(',');
    const fits =
      names.length === layers &&
      names.every((a, i) =>
        (i === layers - 1 ? OUTPUT_ACTIVATIONS : HIDDEN_ACTIVATIONS).includes(a as Activation),
      );
    if (fits) parsed.activations = names as Activation[];
    else {
      notices.push(
        `${ANY_PARAMS.act} was ${quote(act)}: it must list ${layers} activation${layers === 1 ? '' : 's'}, one per layer with weights, joined by “,”, each one of ${HIDDEN_ACTIVATIONS.join(', ')} (softmax on the output layer only). Section 8 keeps sigmoid on every layer.`,
      );
    }
  }
  const loss = paramValue(query, ANY_PARAMS.loss);
  if (loss !== null) {
    const named = LOSS_BY_CODE.get(loss);
    const output = parsed.activations?.[layers - 1] ?? 'sigmoid';
    if (named === undefined) {
      notices.push(
        `${ANY_PARAMS.loss} was ${quote(loss)}: it must be sq (squared error), half (half squared error) or ce (cross-entropy). Section 8 keeps squared error.`,
      );
    } else if (named === 'cross-entropy' && !crossEntropyFits(output)) {
      notices.push(
        `${ANY_PARAMS.loss} was ${quote(loss)}: cross-entropy needs a sigmoid or softmax output layer, and this one is ${output}. Section 8 keeps squared error.`,
      );
    } else parsed.loss = named;
  }
  return parsed;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/** The parameters for a state: only those that differ from the default. */
export function anyNetworkParams(s: AnyNetworkAddress): string[] {
  const params: string[] = [];
  if (!sameList(s.sizes, DEFAULT_SIZES)) params.push(`${ANY_PARAMS.net}=${s.sizes.join('-')}`);
  if (s.activations.some((a) => a !== 'sigmoid')) params.push(`${ANY_PARAMS.act}=${s.activations.join(',')}`);
  if (s.loss !== 'squared') params.push(`${ANY_PARAMS.loss}=${LOSS_CODES[s.loss]}`);
  if (s.seed !== DEFAULT_SEED) params.push(`${ANY_PARAMS.seed}=${s.seed}`);
  return params;
}
