import { unflattenWeights, type Weights } from '../../nn';
import { formatDecimal, parseDecimal } from '../address/decimal';
import { count, quote } from '../address/query';
import { LAB_SIZES, type LabSettings } from './labConfig';
import { PARAM_COUNT } from './labParams';
import type { LabSnapshot } from './labSnapshot';
import {
  ENTRY_MUST,
  EPOCH_RULE,
  entryOk,
  type Rule,
  ruleText,
  SEED_RULE,
  SETTING_RULES,
} from './labValidate';

/**
 * The lab in the address: one `lab=` parameter, fields split by `~`, each `key:value`:
 *   lab=v1~s:1~e:583~lr:2~b:4~r:mean~m:0~p:0~sh:0~sp:10~w:<17 numbers>~v:<17 numbers>
 * w and v list W1 then W2 row by row; v is left out while it is all zeros. Decoding never
 * throws and reads a bounded amount: a field that is malformed or out of range is dropped with
 * a notice that quotes it and states the rule, so the lab keeps its default for it.
 */
export const LAB_PARAM = 'lab';
const VERSION = 'v1';

/** The longest valid value is about 1,100 characters (two lists of 17 doubles). */
export const MAX_LAB_CHARS = 2000;
/** The version and eleven fields, with room for a repeated one. */
export const MAX_LAB_FIELDS = 16;

type SettingKey = keyof LabSettings;
const SETTING_CODES: readonly [string, SettingKey][] = [
  ['lr', 'learningRate'],
  ['b', 'batchSize'],
  ['r', 'reduction'],
  ['m', 'momentum'],
  ['p', 'dropout'],
  ['sh', 'shuffle'],
  ['sp', 'speed'],
];
const CODES = ['s', 'e', ...SETTING_CODES.map(([c]) => c), 'w', 'v'];

const flat = (w: Weights) => w.flatMap((m) => m.flatMap((r) => r.map(formatDecimal))).join(',');
const allZero = (w: Weights) => w.every((m) => m.every((r) => r.every((x) => x === 0)));

export function encodeLab(s: LabSnapshot): string {
  const fields = [VERSION, `s:${s.seed}`, `e:${s.epoch}`];
  for (const [code, key] of SETTING_CODES) {
    const v = s.settings[key];
    fields.push(
      `${code}:${typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'number' ? formatDecimal(v) : v}`,
    );
  }
  fields.push(`w:${flat(s.weights)}`);
  if (!allZero(s.velocity)) fields.push(`v:${flat(s.velocity)}`);
  return fields.join('~');
}

export interface DecodedLab extends Partial<Omit<LabSnapshot, 'settings'>> {
  settings: Partial<LabSettings>;
  notices: string[];
}

/** In a link, shuffle is 1 or 0, and every number is a decimal. */
const LINK_RULES: { readonly [K in SettingKey]: Rule } = {
  ...SETTING_RULES,
  shuffle: { ...SETTING_RULES.shuffle, must: '1 (on) or 0 (off)' },
};

function setting(key: SettingKey, raw: string): unknown {
  if (key === 'reduction') return raw;
  if (key === 'shuffle') return raw === '1' ? true : raw === '0' ? false : raw;
  return parseDecimal(raw) ?? Number.NaN;
}

const WEIGHTS_MUST = `${PARAM_COUNT} decimal numbers split by “,”, W1 row by row and then W2, each within ${ENTRY_MUST.replace(/^a decimal number within /, '')}`;

/** Entry k of the flat list as the page names it: `W1 row 2, column 3`. */
function flatEntryName(k: number): string {
  let left = k;
  for (let l = 0; l + 1 < LAB_SIZES.length; l++) {
    const cols = (LAB_SIZES[l] as number) + 1;
    const size = (LAB_SIZES[l + 1] as number) * cols;
    if (left < size) return `W${l + 1} row ${Math.floor(left / cols) + 1}, column ${(left % cols) + 1}`;
    left -= size;
  }
  return `entry ${k + 1}`;
}

/** The weights or velocity, or what is wrong with them (the end of a sentence after the rule). */
function weightsFrom(raw: string): { value: Weights } | { problem: string } {
  const texts = raw.split(',');
  if (texts.length !== PARAM_COUNT) return { problem: `it held ${count(texts.length)}` };
  const values: number[] = [];
  for (const [k, text] of texts.entries()) {
    const v = parseDecimal(text);
    if (!entryOk(v)) return { problem: `${flatEntryName(k)} was ${quote(text)}` };
    values.push(v);
  }
  return { value: unflattenWeights(values, LAB_SIZES) };
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
  for (const text of fields) {
    const colon = text.indexOf(':');
    const code = colon < 0 ? text : text.slice(0, colon);
    const val = colon < 0 ? '' : text.slice(colon + 1);
    const settingKey = SETTING_CODES.find(([c]) => c === code)?.[1];
    if (settingKey) {
      const v = setting(settingKey, val);
      const rule = LINK_RULES[settingKey];
      if (rule.ok(v)) (out.settings as Record<string, unknown>)[settingKey] = v;
      else refused(text, ruleText(rule));
    } else if (code === 's' || code === 'e') {
      const v = parseDecimal(val);
      const rule = code === 's' ? SEED_RULE : EPOCH_RULE;
      if (!rule.ok(v)) refused(text, ruleText(rule));
      else if (code === 's') out.seed = v as number;
      else out.epoch = v as number;
    } else if (code === 'w' || code === 'v') {
      const got = weightsFrom(val);
      const what = code === 'w' ? 'the weights' : 'the velocity';
      if ('problem' in got) refused(text, `${what} must be ${WEIGHTS_MUST}, and ${got.problem}`);
      else if (code === 'w') out.weights = got.value;
      else out.velocity = got.value;
    } else {
      out.notices.push(
        `The link's lab field ${quote(text)} is not one the lab knows (its fields start with ${CODES.map((c) => `${c}:`).join(', ')}), so it was ignored.`,
      );
    }
  }
  return out;
}
