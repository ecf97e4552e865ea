import {
  BATCH_SIZES,
  type BatchSize,
  DROPOUT_RANGE,
  LAB_SIZES,
  type LabSettings,
  LEARNING_RATE_RANGE,
  MAX_EPOCH,
  MOMENTUM_RANGE,
  REDUCTIONS,
  SEED_RANGE,
  SPEEDS,
  WEIGHT_LIMIT,
} from './labConfig';

/**
 * Checks shared by the lab's link (labUrl.ts) and its files (labFile.ts). Each returns null when
 * the value is usable, else one sentence that names the field, what it must be and what it was.
 */
export type Check = (v: unknown) => string | null;

/** A value as a message shows it: short, quoted when text. */
export function show(v: unknown): string {
  if (typeof v === 'string') return `“${v.length > 24 ? `${v.slice(0, 24)}…` : v}”`;
  if (typeof v === 'number') return Number.isNaN(v) ? 'not a number' : String(v);
  if (v === null) return 'null';
  if (v === undefined) return 'missing';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object') return 'an object';
  return String(v);
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const inRange =
  (what: string, min: number, max: number): Check =>
  (v) =>
    isNum(v) && v >= min && v <= max
      ? null
      : `${what} must be a number from ${min} to ${max}, got ${show(v)}.`;

const oneOf =
  <T>(what: string, allowed: readonly T[]): Check =>
  (v) =>
    allowed.includes(v as T) ? null : `${what} must be one of ${allowed.join(', ')}, got ${show(v)}.`;

const integerIn =
  (what: string, min: number, max: number): Check =>
  (v) =>
    isNum(v) && Number.isInteger(v) && v >= min && v <= max
      ? null
      : `${what} must be a whole number from ${min} to ${max}, got ${show(v)}.`;

export const SETTING_CHECKS: { readonly [K in keyof LabSettings]: Check } = {
  learningRate: inRange('The learning rate', LEARNING_RATE_RANGE.min, LEARNING_RATE_RANGE.max),
  batchSize: oneOf<BatchSize>('The batch size', BATCH_SIZES),
  reduction: oneOf('The reduction', REDUCTIONS),
  momentum: inRange('The momentum μ', MOMENTUM_RANGE.min, MOMENTUM_RANGE.max),
  dropout: inRange('The dropout probability p', DROPOUT_RANGE.min, DROPOUT_RANGE.max),
  shuffle: (v) => (typeof v === 'boolean' ? null : `Shuffle must be true or false, got ${show(v)}.`),
  speed: oneOf('The speed (epochs per frame)', SPEEDS),
};

export const SETTING_KEYS = Object.keys(SETTING_CHECKS) as (keyof LabSettings)[];

export const checkSeed = integerIn('The seed', SEED_RANGE.min, SEED_RANGE.max);
export const checkEpoch = integerIn('The epoch', 0, MAX_EPOCH);

/**
 * `weights` or `velocity` for the 2-4-1 network: W1 is 4 rows of 3 numbers, W2 1 row of 5,
 * every entry finite and within ±WEIGHT_LIMIT.
 */
export function checkWeights(v: unknown, name: string): string | null {
  const layers = LAB_SIZES.length - 1;
  if (!Array.isArray(v) || v.length !== layers) {
    return `${name} must be a list of ${layers} matrices (W1 and W2), got ${show(v)}.`;
  }
  for (let l = 0; l < layers; l++) {
    const rows = LAB_SIZES[l + 1] as number;
    const cols = (LAB_SIZES[l] as number) + 1;
    const m: unknown = v[l];
    const shapeOk =
      Array.isArray(m) && m.length === rows && m.every((r) => Array.isArray(r) && r.length === cols);
    if (!shapeOk) return `${name} W${l + 1} must be ${rows} row${rows > 1 ? 's' : ''} of ${cols} numbers.`;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const x: unknown = (m as unknown[][])[i]?.[j];
        const where = `${name} W${l + 1}[${i + 1},${j + 1}]`;
        if (!isNum(x)) return `${where} must be a finite number, got ${show(x)}.`;
        if (Math.abs(x) > WEIGHT_LIMIT) return `${where} is ${x}, beyond ±${WEIGHT_LIMIT}.`;
      }
    }
  }
  return null;
}
