import { unflattenWeights, type Weights } from '../../nn';
import { formatDecimal, parseDecimal } from '../address/decimal';
import { count, quote } from '../address/query';
import {
  type DataSpec,
  DEFAULT_COUNT,
  DEFAULT_DATA_SEED,
  DRAW_DOMAIN,
  type DrawnPoint,
  isGenerated,
  MAX_DRAWN,
  samplesOf,
} from './datasets';
import { DEFAULT_SETTINGS, DEFAULT_WIDTH, type LabSettings, labSizes, widthOf } from './labConfig';
import { paramCount } from './labParams';
import type { LabSnapshot } from './labSnapshot';
import {
  batchRule,
  COUNT_RULE,
  DATA_NAME_RULE,
  DATA_SEED_RULE,
  ENTRY_MUST,
  EPOCH_RULE,
  entryOk,
  type Rule,
  ruleText,
  SEED_RULE,
  SETTING_RULES,
  WIDTH_RULE,
} from './labValidate';

/**
 * The lab in the address: one `lab=` parameter, fields split by `~`, each `key:value`:
 *   lab=v1~s:1~e:583~lr:2~b:4~r:mean~m:0~p:0~sh:0~sp:10~w:<17 numbers>~v:<17 numbers>
 * w and v list W1 then W2 row by row; v is left out while it is all zeros. Fields added later
 * are written only when they differ from the default, so a default lab's link reads as before:
 *   a:<hidden activation>  l:<loss>  h:<hidden width 1–8>
 *   d:<data set>  ds:<its seed>  n:<its number of points>  pt:<drawn points>
 * pt lists each point as three whole numbers, i1 and i2 in hundredths and the class:
 * `pt:12,-5,1,80,40,0`. Decoding never throws and reads a bounded amount: a field that is
 * malformed or out of range is dropped with a notice that quotes it and states the rule, so the
 * lab keeps its default for it. A link without the later fields loads exactly as it always did.
 */
export const LAB_PARAM = 'lab';
const VERSION = 'v1';

/**
 * The longest valid value is about 3,300 characters (two lists of 33 doubles for 8 hidden
 * units, and 100 drawn points).
 */
export const MAX_LAB_CHARS = 4000;
/** The version and eighteen fields, with room for repeated ones. */
export const MAX_LAB_FIELDS = 24;

type SettingKey = keyof LabSettings;
const SETTING_CODES: readonly [string, SettingKey][] = [
  ['lr', 'learningRate'],
  ['b', 'batchSize'],
  ['r', 'reduction'],
  ['m', 'momentum'],
  ['p', 'dropout'],
  ['sh', 'shuffle'],
  ['sp', 'speed'],
  ['a', 'activation'],
  ['l', 'loss'],
];
/** Settings written only when not at their default (they came after the first links). */
const LATER_SETTINGS: readonly SettingKey[] = ['activation', 'loss'];
const DATA_CODES = ['d', 'ds', 'n', 'pt'];
const CODES = ['s', 'e', ...SETTING_CODES.map(([c]) => c), 'h', ...DATA_CODES, 'w', 'v'];

const flat = (w: Weights) => w.flatMap((m) => m.flatMap((r) => r.map(formatDecimal))).join(',');
const allZero = (w: Weights) => w.every((m) => m.every((r) => r.every((x) => x === 0)));

/** The hundredths a drawn point's coordinate is kept in. */
const hundredths = (v: number) => Math.round(v * 100);

function dataFields(d: DataSpec): string[] {
  if (d.name === 'xor') return [];
  if (d.name === 'drawn')
    return [
      'd:drawn',
      `pt:${d.points.map((p) => `${hundredths(p.i1)},${hundredths(p.i2)},${p.t}`).join(',')}`,
    ];
  return [`d:${d.name}`, `ds:${d.seed}`, `n:${d.count}`];
}

export function encodeLab(s: LabSnapshot): string {
  const fields = [VERSION, `s:${s.seed}`, `e:${s.epoch}`];
  for (const [code, key] of SETTING_CODES) {
    const v = s.settings[key];
    if (LATER_SETTINGS.includes(key) && v === DEFAULT_SETTINGS[key]) continue;
    fields.push(
      `${code}:${typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'number' ? formatDecimal(v) : v}`,
    );
  }
  const width = widthOf(s.weights);
  if (width !== DEFAULT_WIDTH) fields.push(`h:${width}`);
  fields.push(...dataFields(s.data));
  fields.push(`w:${flat(s.weights)}`);
  if (!allZero(s.velocity)) fields.push(`v:${flat(s.velocity)}`);
  return fields.join('~');
}

export interface DecodedLab extends Partial<Omit<LabSnapshot, 'settings'>> {
  settings: Partial<LabSettings>;
  /** the hidden width from `h:` (the weights, when given, have this shape) */
  width?: number;
  notices: string[];
}

/** In a link, shuffle is 1 or 0, and every number is a decimal. */
const LINK_RULES: { readonly [K in SettingKey]: Rule } = {
  ...SETTING_RULES,
  shuffle: { ...SETTING_RULES.shuffle, must: '1 (on) or 0 (off)' },
};

function setting(key: SettingKey, raw: string): unknown {
  if (key === 'reduction' || key === 'activation' || key === 'loss') return raw;
  if (key === 'shuffle') return raw === '1' ? true : raw === '0' ? false : raw;
  return parseDecimal(raw) ?? Number.NaN;
}

const weightsMust = (width: number) =>
  `${paramCount(width)} decimal numbers split by “,”, W1 row by row and then W2, each within ${ENTRY_MUST.replace(/^a decimal number within /, '')}${width === DEFAULT_WIDTH ? '' : ` (for ${width} hidden units)`}`;

/** Entry k of the flat list as the page names it: `W1 row 2, column 3`. */
function flatEntryName(k: number, sizes: readonly number[]): string {
  let left = k;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const cols = (sizes[l] as number) + 1;
    const size = (sizes[l + 1] as number) * cols;
    if (left < size) return `W${l + 1} row ${Math.floor(left / cols) + 1}, column ${(left % cols) + 1}`;
    left -= size;
  }
  return `entry ${k + 1}`;
}

/** The weights or velocity, or what is wrong with them (the end of a sentence after the rule). */
function weightsFrom(raw: string, width: number): { value: Weights } | { problem: string } {
  const sizes = labSizes(width);
  const texts = raw.split(',');
  if (texts.length !== paramCount(width)) return { problem: `it held ${count(texts.length)}` };
  const values: number[] = [];
  for (const [k, text] of texts.entries()) {
    const v = parseDecimal(text);
    if (!entryOk(v)) return { problem: `${flatEntryName(k, sizes)} was ${quote(text)}` };
    values.push(v);
  }
  return { value: unflattenWeights(values, sizes) };
}

const [LO, HI] = DRAW_DOMAIN.map(hundredths) as [number, number];
const POINTS_MUST = `whole numbers split by “,”, three per point (i1 and i2 in hundredths from ${LO} to ${HI}, then the class 0 or 1), at most ${MAX_DRAWN} points`;

/** The drawn points of `pt:`, or what is wrong with them. */
function pointsFrom(raw: string): { value: DrawnPoint[] } | { problem: string } {
  if (raw === '') return { value: [] };
  const texts = raw.split(',');
  if (texts.length % 3 !== 0 || texts.length > 3 * MAX_DRAWN)
    return { problem: `it held ${count(texts.length)} numbers` };
  const points: DrawnPoint[] = [];
  for (let k = 0; k < texts.length; k += 3) {
    const [a, b, c] = texts.slice(k, k + 3).map(parseDecimal);
    const coord = (v: number | null | undefined): v is number =>
      typeof v === 'number' && Number.isInteger(v) && v >= LO && v <= HI;
    if (!coord(a) || !coord(b) || (c !== 0 && c !== 1))
      return { problem: `point ${k / 3 + 1} was ${quote(texts.slice(k, k + 3).join(','))}` };
    points.push({ i1: a / 100, i2: b / 100, t: c });
  }
  return { value: points };
}

/** A field's text split at its first colon. */
function split(text: string): [string, string] {
  const colon = text.indexOf(':');
  return colon < 0 ? [text, ''] : [text.slice(0, colon), text.slice(colon + 1)];
}

/** The last value of each field code (the one that wins when a link repeats a field). */
function lastOf(fields: readonly string[]): Map<string, string> {
  const last = new Map<string, string>();
  for (const text of fields) {
    const [code, val] = split(text);
    last.set(code, val);
  }
  return last;
}

/**
 * The data set the link names, read before the fields are walked in order (the batch size is
 * checked against its size): `d:` with its `ds:`, `n:` or `pt:` when those are valid, their
 * defaults when not. Undefined when `d:` is missing or invalid.
 */
function dataOf(last: Map<string, string>): DataSpec | undefined {
  const name = last.get('d');
  if (name === undefined || !DATA_NAME_RULE.ok(name)) return undefined;
  if (name === 'xor') return { name };
  if (isGenerated(name)) {
    const seed = parseDecimal(last.get('ds') ?? '');
    const n = parseDecimal(last.get('n') ?? '');
    return {
      name,
      seed: DATA_SEED_RULE.ok(seed) ? (seed as number) : DEFAULT_DATA_SEED,
      count: COUNT_RULE.ok(n) ? (n as number) : DEFAULT_COUNT,
    };
  }
  const got = pointsFrom(last.get('pt') ?? '');
  return { name: 'drawn', points: 'value' in got ? got.value : [] };
}

export function decodeLab(raw: string): DecodedLab {
  const out: DecodedLab = { settings: {}, notices: [] };
  const ignored = (why: string) =>
    out.notices.push(`The link's lab value ${why}, so the lab ignored it and starts from its defaults.`);
  if (raw.length > MAX_LAB_CHARS) {
    ignored(`has ${count(raw.length)} characters, and a lab link has at most ${count(MAX_LAB_CHARS)}`);
    return out;
  }
  const [version = '', ...fields] = raw.split('~');
  if (version !== VERSION) {
    ignored(`starts with ${quote(version, 12)}, and this page reads lab links that start with “${VERSION}”`);
    return out;
  }
  if (fields.length + 1 > MAX_LAB_FIELDS) {
    ignored(
      `has ${count(fields.length + 1)} fields split by “~”, and a lab link has at most ${MAX_LAB_FIELDS}`,
    );
    return out;
  }
  const refused = (text: string, rule: string) =>
    out.notices.push(
      `The link's lab field ${quote(text)} was refused: ${rule}. The lab keeps its default instead.`,
    );
  const last = lastOf(fields);
  const h = parseDecimal(last.get('h') ?? '');
  const width = WIDTH_RULE.ok(h) ? (h as number) : DEFAULT_WIDTH;
  const data = dataOf(last);
  const setSize = samplesOf(data ?? { name: 'xor' }).length;
  for (const text of fields) {
    const [code, val] = split(text);
    const settingKey = SETTING_CODES.find(([c]) => c === code)?.[1];
    if (settingKey) {
      const v = setting(settingKey, val);
      // the batch size must be one the link's data set offers (for XOR: 1, 2 or 4, as always)
      const rule = settingKey === 'batchSize' ? batchRule(setSize) : LINK_RULES[settingKey];
      if (rule.ok(v)) (out.settings as Record<string, unknown>)[settingKey] = v;
      else refused(text, ruleText(rule));
    } else if (code === 's' || code === 'e') {
      const v = parseDecimal(val);
      const rule = code === 's' ? SEED_RULE : EPOCH_RULE;
      if (!rule.ok(v)) refused(text, ruleText(rule));
      else if (code === 's') out.seed = v as number;
      else out.epoch = v as number;
    } else if (code === 'h') {
      const v = parseDecimal(val);
      if (WIDTH_RULE.ok(v)) out.width = v as number;
      else refused(text, ruleText(WIDTH_RULE));
    } else if (code === 'd') {
      if (!DATA_NAME_RULE.ok(val)) refused(text, ruleText(DATA_NAME_RULE));
    } else if (code === 'ds' || code === 'n') {
      const v = parseDecimal(val);
      const rule = code === 'ds' ? DATA_SEED_RULE : COUNT_RULE;
      if (!rule.ok(v)) refused(text, ruleText(rule));
    } else if (code === 'pt') {
      const got = pointsFrom(val);
      if ('problem' in got) refused(text, `the drawn points must be ${POINTS_MUST}, and ${got.problem}`);
    } else if (code === 'w' || code === 'v') {
      const got = weightsFrom(val, width);
      const what = code === 'w' ? 'the weights' : 'the velocity';
      if ('problem' in got) refused(text, `${what} must be ${weightsMust(width)}, and ${got.problem}`);
      else if (code === 'w') out.weights = got.value;
      else out.velocity = got.value;
    } else {
      out.notices.push(
        `The link's lab field ${quote(text)} is not one the lab knows (its fields start with ${CODES.map((c) => `${c}:`).join(', ')}), so it was ignored.`,
      );
    }
  }
  if (data) out.data = data;
  return out;
}
