import { limitText } from '../address/decimal';
import { count, quote } from '../address/query';
import {
  COUNTS,
  DATA_NAMES,
  type DataSpec,
  DRAW_DOMAIN,
  type DrawnPoint,
  isGenerated,
  MAX_DRAWN,
  roundPoint,
} from './datasets';
import {
  batchOptions,
  DEFAULT_WIDTH,
  DROPOUT_RANGE,
  HIDDEN_ACTIVATIONS,
  LAB_LOSSES,
  type LabSettings,
  LEARNING_RATE_RANGE,
  labSizes,
  MAX_EPOCH,
  MOMENTUM_RANGE,
  REDUCTIONS,
  SEED_RANGE,
  SPEEDS,
  WEIGHT_LIMIT,
  WIDTH_RANGE,
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
  if (shown.length === 1) return String(shown[0]);
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

/** The largest set the lab can hold: a generated set's largest count, or MAX_DRAWN points. */
export const MAX_SET_SIZE = Math.max(...COUNTS, MAX_DRAWN);

/** The batch sizes a set of n samples offers (batchOptions): for XOR, “1, 2 or 4” as always. */
export const batchRule = (n: number): Rule => oneOf('the batch size', batchOptions(n));

export const SETTING_RULES: { readonly [K in keyof LabSettings]: Rule } = {
  learningRate: inRange('the learning rate', LEARNING_RATE_RANGE.min, LEARNING_RATE_RANGE.max),
  // any size a set could offer; links and files check it against their set (batchRule)
  batchSize: wholeIn('the batch size', 1, MAX_SET_SIZE),
  reduction: oneOf('the reduction', REDUCTIONS),
  momentum: inRange('the momentum μ', MOMENTUM_RANGE.min, MOMENTUM_RANGE.max),
  dropout: inRange('the dropout probability p', DROPOUT_RANGE.min, DROPOUT_RANGE.max),
  shuffle: { what: 'shuffle', must: 'true or false', ok: (v) => typeof v === 'boolean' },
  speed: oneOf('the speed (epochs per frame)', SPEEDS),
  activation: oneOf('the hidden activation', HIDDEN_ACTIVATIONS),
  loss: oneOf('the loss', LAB_LOSSES),
};

/** Settings a link or file made before they existed may leave out: they keep their defaults. */
export const OPTIONAL_SETTINGS: readonly (keyof LabSettings)[] = ['activation', 'loss'];

export const WIDTH_RULE = wholeIn('the hidden width', WIDTH_RANGE.min, WIDTH_RANGE.max);
export const DATA_NAME_RULE = oneOf('the data set', DATA_NAMES);
export const DATA_SEED_RULE = wholeIn('the data seed', SEED_RANGE.min, SEED_RANGE.max);
export const COUNT_RULE = oneOf('the number of points', COUNTS);

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

const LAYERS = labSizes(DEFAULT_WIDTH).length - 1;
const shapeOf = (l: number, width: number) => {
  const sizes = labSizes(width);
  return { rows: sizes[l + 1] as number, cols: (sizes[l] as number) + 1 };
};
const rowsText = (l: number, width: number) => {
  const { rows, cols } = shapeOf(l, width);
  return `${rows} row${rows > 1 ? 's' : ''} of ${cols} numbers`;
};

/** The rule for one weight or velocity entry. */
export const ENTRY_MUST = `a decimal number within ±${limitText(WEIGHT_LIMIT)}`;
export const entryOk = (x: unknown): x is number => isNum(x) && Math.abs(x) <= WEIGHT_LIMIT;

/** What `weights` (or `velocity`) must be, as a file holds it, for `width` hidden units. */
export const matricesMust = (width: number) =>
  `a list of ${LAYERS} matrices, ${Array.from({ length: LAYERS }, (_, l) => `W${l + 1} (${rowsText(l, width)})`).join(' and ')}`;
/** The same for the default 2-4-1 network. */
export const MATRICES_MUST = matricesMust(DEFAULT_WIDTH);

/**
 * `weights` or `velocity` for the 2-h-1 network, as nested lists: null when usable, else what
 * is wrong, as the end of a sentence that begins with the field's name (`The file's "weights"`).
 */
export function weightsProblem(v: unknown, width = DEFAULT_WIDTH): string | null {
  if (!Array.isArray(v) || v.length !== LAYERS)
    return `${wasOrMissing(v)}: it must be ${matricesMust(width)}`;
  for (let l = 0; l < LAYERS; l++) {
    const { rows, cols } = shapeOf(l, width);
    const m: unknown = v[l];
    if (!Array.isArray(m) || m.length !== rows)
      return `W${l + 1} ${wasOrMissing(m)}: it must be ${rowsText(l, width)}`;
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

/** What a file's or a link's drawn point must be. */
export const POINT_MUST = `two coordinates from ${DRAW_DOMAIN[0]} to ${DRAW_DOMAIN[1]} and a class, 0 or 1`;

/** A drawn point [i1, i2, t] from a file, or null (rounded to hundredths as the lab keeps them). */
export function pointFrom(v: unknown): DrawnPoint | null {
  if (!Array.isArray(v) || v.length !== 3) return null;
  const [i1, i2, t] = v as unknown[];
  const inSquare = (x: unknown): x is number => isNum(x) && x >= DRAW_DOMAIN[0] && x <= DRAW_DOMAIN[1];
  if (!inSquare(i1) || !inSquare(i2) || (t !== 0 && t !== 1)) return null;
  return roundPoint(i1, i2, t);
}

/**
 * A file's "data": `{ "name": "xor" }`, `{ "name": "moons", "seed": 1, "count": 120 }` or
 * `{ "name": "drawn", "points": [[i1, i2, t], …] }`. The spec, or what is wrong, as the end of
 * a sentence that begins with `The file's "data"`.
 */
export function dataFrom(v: unknown): { spec: DataSpec } | { problem: string } {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return { problem: `${wasOrMissing(v)}: it must be an object naming the data set` };
  const o = v as Record<string, unknown>;
  if (!DATA_NAME_RULE.ok(o.name))
    return { problem: `name ${wasOrMissing(o.name)}: ${ruleText(DATA_NAME_RULE)}` };
  const name = o.name as DataSpec['name'];
  if (name === 'xor') return { spec: { name } };
  if (isGenerated(name)) {
    if (!DATA_SEED_RULE.ok(o.seed))
      return { problem: `seed ${wasOrMissing(o.seed)}: ${ruleText(DATA_SEED_RULE)}` };
    if (!COUNT_RULE.ok(o.count))
      return { problem: `count ${wasOrMissing(o.count)}: ${ruleText(COUNT_RULE)}` };
    return { spec: { name, seed: o.seed as number, count: o.count as number } };
  }
  const pts = o.points;
  if (!Array.isArray(pts) || pts.length > MAX_DRAWN)
    return { problem: `points ${wasOrMissing(pts)}: they must be a list of at most ${MAX_DRAWN} points` };
  const points: DrawnPoint[] = [];
  for (const [k, raw] of pts.entries()) {
    const p = pointFrom(raw);
    if (!p) return { problem: `point ${k + 1} was ${describe(raw)}: a point must be ${POINT_MUST}` };
    points.push(p);
  }
  return { spec: { name, points } };
}
