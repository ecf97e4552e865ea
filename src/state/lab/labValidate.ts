import { limitText } from '../address/decimal';
import { count, quote } from '../address/query';
import {
  BATCH_SIZES,
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
 * The rules every value arriving in the lab obeys, shared by its link (labUrl.ts), its files
 * (labFile.ts) and its controls. A rule states itself (“the seed must be a whole number from 0
 * to 4294967295”); each caller adds where the value came from and quotes what it was.
 */
export interface Rule {
  /** what the value is, as a sentence names it: “the learning rate” */
  what: string;
  /** what it must be: “a decimal number from 0.000001 to 1e300” */
  must: string;
  ok: (v: unknown) => boolean;
}

/** Null when the value is usable, else the rule as one sentence. */
export type Check = (v: unknown) => string | null;

export const ruleText = (r: Rule) => `${r.what} must be ${r.must}`;
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
const checkOf =
  (r: Rule): Check =>
  (v) =>
    r.ok(v) ? null : sentence(ruleText(r));

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** “1, 2 or 4”; “1, 2, 5, …, 5000” for long lists. */
function either(values: readonly (string | number)[]): string {
  const shown = values.map((v) => (typeof v === 'string' ? `“${v}”` : String(v)));
  if (shown.length > 6) return `one of ${shown.slice(0, 3).join(', ')}, …, ${shown.at(-1)}`;
  return `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

const inRange = (what: string, min: number, max: number): Rule => ({
  what,
  must: `a decimal number from ${limitText(min)} to ${limitText(max)}`,
  ok: (v) => isNum(v) && v >= min && v <= max,
});

const oneOf = (what: string, allowed: readonly (string | number)[]): Rule => ({
  what,
  must: either(allowed),
  ok: (v) => allowed.includes(v as string | number),
});

const wholeIn = (what: string, min: number, max: number): Rule => ({
  what,
  must: `a whole number from ${limitText(min)} to ${limitText(max)}`,
  ok: (v) => isNum(v) && Number.isInteger(v) && v >= min && v <= max,
});

export const SETTING_RULES: { readonly [K in keyof LabSettings]: Rule } = {
  learningRate: inRange('the learning rate', LEARNING_RATE_RANGE.min, LEARNING_RATE_RANGE.max),
  batchSize: oneOf('the batch size', BATCH_SIZES),
  reduction: oneOf('the reduction', REDUCTIONS),
  momentum: inRange('the momentum μ', MOMENTUM_RANGE.min, MOMENTUM_RANGE.max),
  dropout: inRange('the dropout probability p', DROPOUT_RANGE.min, DROPOUT_RANGE.max),
  shuffle: { what: 'shuffle', must: 'true or false', ok: (v) => typeof v === 'boolean' },
  speed: oneOf('the speed (epochs per frame)', SPEEDS),
};

export const SETTING_KEYS = Object.keys(SETTING_RULES) as (keyof LabSettings)[];

export const SETTING_CHECKS = Object.fromEntries(SETTING_KEYS.map((k) => [k, checkOf(SETTING_RULES[k])])) as {
  readonly [K in keyof LabSettings]: Check;
};

export const SEED_RULE = wholeIn('the seed', SEED_RANGE.min, SEED_RANGE.max);
export const EPOCH_RULE = wholeIn('the epoch', 0, MAX_EPOCH);
export const checkSeed = checkOf(SEED_RULE);
export const checkEpoch = checkOf(EPOCH_RULE);

/** A JSON value as a message describes it, after “was”: “abc”, 1.5, null, a list of 2 items. */
export function describe(v: unknown): string {
  if (typeof v === 'string') return v === '' ? 'an empty text' : quote(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'a number too large for a double';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list of ${count(v.length)} item${v.length === 1 ? '' : 's'}`;
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/** “was 1.5” or “is missing”. */
export const wasOrMissing = (v: unknown) => (v === undefined ? 'is missing' : `was ${describe(v)}`);

/** `W1 row 2, column 3`: where an entry sits, in the page's words. */
export const entryName = (layer: number, row: number, col: number) =>
  `W${layer + 1} row ${row + 1}, column ${col + 1}`;

const LAYERS = LAB_SIZES.length - 1;
const shapeOf = (l: number) => ({ rows: LAB_SIZES[l + 1] as number, cols: (LAB_SIZES[l] as number) + 1 });
const rowsText = (l: number) => {
  const { rows, cols } = shapeOf(l);
  return `${rows} row${rows > 1 ? 's' : ''} of ${cols} numbers`;
};

/** The rule for one weight or velocity entry. */
export const ENTRY_MUST = `a decimal number within ±${limitText(WEIGHT_LIMIT)}`;
export const entryOk = (x: unknown): x is number => isNum(x) && Math.abs(x) <= WEIGHT_LIMIT;

/** What `weights` (or `velocity`) must be, as a file holds it. */
export const MATRICES_MUST = `a list of ${LAYERS} matrices, ${Array.from({ length: LAYERS }, (_, l) => `W${l + 1} (${rowsText(l)})`).join(' and ')}`;

/**
 * `weights` or `velocity` for the 2-4-1 network, as nested lists: null when usable, else what
 * is wrong, as the end of a sentence that begins with the field's name (`The file's "weights"`).
 */
export function weightsProblem(v: unknown): string | null {
  if (!Array.isArray(v) || v.length !== LAYERS) return `${wasOrMissing(v)}: it must be ${MATRICES_MUST}`;
  for (let l = 0; l < LAYERS; l++) {
    const { rows, cols } = shapeOf(l);
    const m: unknown = v[l];
    if (!Array.isArray(m) || m.length !== rows)
      return `W${l + 1} ${wasOrMissing(m)}: it must be ${rowsText(l)}`;
    const bad = m.findIndex((r) => !Array.isArray(r) || r.length !== cols);
    if (bad >= 0)
      return `W${l + 1} row ${bad + 1} was ${describe(m[bad])}: it must be a list of ${cols} numbers`;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const x: unknown = (m as unknown[][])[i]?.[j];
        if (!entryOk(x)) return `${entryName(l, i, j)} was ${describe(x)}: an entry must be ${ENTRY_MUST}`;
      }
    }
  }
  return null;
}
