import { unflattenWeights, type Weights } from '../../nn';
import { LAB_SIZES, type LabSettings } from './labConfig';
import { PARAM_COUNT } from './labParams';
import type { LabSnapshot } from './labSnapshot';
import { type Check, checkEpoch, checkSeed, checkWeights, SETTING_CHECKS } from './labValidate';

/**
 * The lab in the address: one `lab=` parameter, fields split by `~`, each `key:value`:
 *   lab=v1~s:1~e:583~lr:2~b:4~r:mean~m:0~p:0~sh:0~sp:10~w:<17 numbers>~v:<17 numbers>
 * w and v list W1 then W2 row by row; v is left out while it is all zeros. Decoding never
 * throws: a field that is malformed or out of range is dropped with a notice naming it, so
 * the lab keeps its default for it.
 */
export const LAB_PARAM = 'lab';
const VERSION = 'v1';

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

/**
 * Shortest text that reads back as the same double (−0 included), without the `+` of `1e+21`:
 * a query decodes `+` as a space.
 */
const num = (v: number) => (Object.is(v, -0) ? '-0' : String(v).replace('e+', 'e'));
const flat = (w: Weights) => w.flatMap((m) => m.flatMap((r) => r.map(num))).join(',');
const allZero = (w: Weights) => w.every((m) => m.every((r) => r.every((x) => x === 0)));

export function encodeLab(s: LabSnapshot): string {
  const fields = [VERSION, `s:${s.seed}`, `e:${s.epoch}`];
  for (const [code, key] of SETTING_CODES) {
    const v = s.settings[key];
    fields.push(`${code}:${typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'number' ? num(v) : v}`);
  }
  fields.push(`w:${flat(s.weights)}`);
  if (!allZero(s.velocity)) fields.push(`v:${flat(s.velocity)}`);
  return fields.join('~');
}

export interface DecodedLab extends Partial<Omit<LabSnapshot, 'settings'>> {
  settings: Partial<LabSettings>;
  notices: string[];
}

const toNumber = (raw: string) => (raw.trim() === '' ? Number.NaN : Number(raw));

function setting(key: SettingKey, raw: string): unknown {
  if (key === 'reduction') return raw;
  if (key === 'shuffle') return raw === '1' ? true : raw === '0' ? false : raw;
  return toNumber(raw);
}

function weightsFrom(raw: string, name: string): { value?: Weights; problem?: string } {
  const values = raw.split(',').map(toNumber);
  if (values.length !== PARAM_COUNT) {
    return { problem: `${name} should list ${PARAM_COUNT} numbers, got ${values.length}.` };
  }
  const value = unflattenWeights(values, LAB_SIZES);
  const problem = checkWeights(value, name);
  return problem ? { problem } : { value };
}

export function decodeLab(raw: string): DecodedLab {
  const out: DecodedLab = { settings: {}, notices: [] };
  const note = (text: string) =>
    out.notices.push(`The link's lab settings: ${text} The lab keeps its default.`);
  const [version, ...fields] = raw.split('~');
  if (version !== VERSION) {
    note(`its version is “${(version ?? '').slice(0, 12)}”, and this page reads ${VERSION}.`);
    return out;
  }
  const checked = (check: Check, value: unknown, set: () => void) => {
    const problem = check(value);
    if (problem) note(problem);
    else set();
  };
  for (const field of fields) {
    const colon = field.indexOf(':');
    const code = colon < 0 ? field : field.slice(0, colon);
    const val = colon < 0 ? '' : field.slice(colon + 1);
    const settingKey = SETTING_CODES.find(([c]) => c === code)?.[1];
    if (settingKey) {
      const v = setting(settingKey, val);
      checked(SETTING_CHECKS[settingKey], v, () => {
        (out.settings as Record<string, unknown>)[settingKey] = v;
      });
    } else if (code === 's') {
      checked(checkSeed, toNumber(val), () => {
        out.seed = toNumber(val);
      });
    } else if (code === 'e') {
      checked(checkEpoch, toNumber(val), () => {
        out.epoch = toNumber(val);
      });
    } else if (code === 'w' || code === 'v') {
      const name = code === 'w' ? 'The weights' : 'The velocity';
      const { value, problem } = weightsFrom(val, name);
      if (problem) note(problem);
      else if (code === 'w') out.weights = value;
      else out.velocity = value;
    } else {
      note(`“${code.slice(0, 12)}” is not one of its fields.`);
    }
  }
  return out;
}

/** The query with `lab=` set to `value` (or removed when null); every other parameter kept as it was. */
export function labQuery(current: string, value: string | null): string {
  const kept = current
    .replace(/^\?/, '')
    .split('&')
    .filter((kv) => kv !== '' && decodeURIComponent(kv.split('=')[0] ?? '') !== LAB_PARAM);
  const all = value === null ? kept : [...kept, `${LAB_PARAM}=${value}`];
  return all.length ? `?${all.join('&')}` : '';
}

/** The raw `lab=` value in a query, or null. */
export function labParamIn(search: string): string | null {
  return new URLSearchParams(search).get(LAB_PARAM);
}
