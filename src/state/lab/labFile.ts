import type { Weights } from '../../nn';
import { count } from '../address/query';
import { type DataSpec, samplesOf, XOR_SPEC } from './datasets';
import { DEFAULT_SETTINGS, type LabSettings, labSizes, WIDTH_RANGE, widthOf } from './labConfig';
import type { LabSnapshot } from './labSnapshot';
import {
  batchRule,
  dataFrom,
  EPOCH_RULE,
  OPTIONAL_SETTINGS,
  type Rule,
  ruleText,
  SEED_RULE,
  SETTING_KEYS,
  SETTING_RULES,
  wasOrMissing,
  weightsProblem,
} from './labValidate';

/**
 * The lab as a JSON file (export) and back (import). An import is checked completely before
 * anything changes: a file that fails any check yields one message and no state, so the
 * reader's lab stays as it was.
 */
export const LAB_FORMAT = 'backprop-lab';
export const LAB_VERSION = 1;
/** A lab file is about 2 KB; anything much bigger is not one. */
export const MAX_FILE_CHARS = 100_000;

export function toLabJson(s: LabSnapshot): string {
  const file = {
    format: LAB_FORMAT,
    version: LAB_VERSION,
    sizes: labSizes(widthOf(s.weights)),
    seed: s.seed,
    epoch: s.epoch,
    settings: s.settings,
    data: dataJson(s.data),
    weights: s.weights,
    velocity: s.velocity,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The data set as a file holds it: drawn points as [i1, i2, t] triples. */
function dataJson(d: DataSpec): unknown {
  if (d.name !== 'drawn') return d;
  return { name: d.name, points: d.points.map((p) => [p.i1, p.i2, p.t]) };
}

export type ImportResult = { ok: true; snapshot: LabSnapshot } | { ok: false; message: string };

const fail = (message: string): ImportResult => ({ ok: false, message });

/** `The file's "seed" was 1.5: the seed must be a whole number from 0 to 4294967295.` */
const field = (name: string, v: unknown, rule: Rule) =>
  rule.ok(v) ? null : `The file's "${name}" ${wasOrMissing(v)}: ${ruleText(rule)}.`;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The hidden width the sizes give, compared as numbers (`["2", "4", "1"]` or `[2, [4], 1]` are
 * not a lab network), or null: the sizes must be [2, h, 1] with h from 1 to 8.
 */
function widthFromSizes(v: unknown): number | null {
  if (!Array.isArray(v) || v.length !== 3) return null;
  const h = v[1];
  if (typeof h !== 'number' || !Number.isInteger(h) || h < WIDTH_RANGE.min || h > WIDTH_RANGE.max)
    return null;
  const sizes = labSizes(h);
  return v.every((n, i) => typeof n === 'number' && n === sizes[i]) ? h : null;
}

/** A list as the sizes message shows it, cut when long. */
function listText(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function parseLabJson(text: string): ImportResult {
  if (text.length > MAX_FILE_CHARS) {
    return fail(
      `The file has ${count(text.length)} characters, and a lab file has a few thousand (at most ${count(MAX_FILE_CHARS)}). Is it the right file?`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // the parser's words, on one line and short: it may quote a stretch of the file
    const said = String((e as Error).message)
      .replace(/\s+/g, ' ')
      .trim();
    return fail(
      `The file is not valid JSON (the parser says: ${said.length > 120 ? `${said.slice(0, 120)}…` : said}).`,
    );
  }
  if (!isRecord(data)) {
    return fail(
      `The file holds ${wasOrMissing(data).replace(/^was /, '')}, and a lab file holds one JSON object.`,
    );
  }
  const o = data;
  if (o.format !== LAB_FORMAT) {
    return fail(
      `This is not a lab file: its "format" ${wasOrMissing(o.format)}, and a lab file's is “${LAB_FORMAT}”.`,
    );
  }
  if (o.version !== LAB_VERSION) {
    return fail(
      `The file's "version" ${wasOrMissing(o.version)}: this page reads version ${LAB_VERSION} files.`,
    );
  }
  const width = widthFromSizes(o.sizes);
  if (width === null) {
    const was = o.sizes === undefined ? 'is missing' : `was ${listText(o.sizes)}`;
    return fail(
      `The file's "sizes" ${was}: they must be the numbers [2, h, 1] with h, the hidden width, a whole number from ${WIDTH_RANGE.min} to ${WIDTH_RANGE.max} (the lab's 2-4-1 network is [2, 4, 1]).`,
    );
  }
  // a file from before data sets trained on XOR
  let dataSet: DataSpec = XOR_SPEC;
  if (o.data !== undefined) {
    const got = dataFrom(o.data);
    if ('problem' in got) return fail(`The file's "data" ${got.problem}.`);
    dataSet = got.spec;
  }
  const problem =
    field('seed', o.seed, SEED_RULE) ??
    field('epoch', o.epoch, EPOCH_RULE) ??
    settingsProblem(o.settings, samplesOf(dataSet).length) ??
    matricesProblem('weights', o.weights, width) ??
    (o.velocity === undefined ? null : matricesProblem('velocity', o.velocity, width));
  if (problem) return fail(problem);
  const weights = copy(o.weights as Weights);
  return {
    ok: true,
    snapshot: {
      seed: o.seed as number,
      epoch: o.epoch as number,
      settings: pickSettings(o.settings as Record<string, unknown>),
      data: dataSet,
      weights,
      velocity:
        o.velocity === undefined
          ? weights.map((m) => m.map((r) => r.map(() => 0)))
          : copy(o.velocity as Weights),
    },
  };
}

/** The settings, the batch size checked against the file's set of `n` samples. */
function settingsProblem(v: unknown, n: number): string | null {
  if (!isRecord(v))
    return `The file's "settings" ${wasOrMissing(v)}: it must be an object holding the lab's settings.`;
  for (const key of SETTING_KEYS) {
    // files from before the activation and loss settings leave them out: the defaults apply
    if (v[key] === undefined && OPTIONAL_SETTINGS.includes(key)) continue;
    const problem = field(`settings.${key}`, v[key], key === 'batchSize' ? batchRule(n) : SETTING_RULES[key]);
    if (problem) return problem;
  }
  return null;
}

function matricesProblem(name: 'weights' | 'velocity', v: unknown, width: number): string | null {
  const problem = weightsProblem(v, width);
  return problem ? `The file's "${name}" ${problem}.` : null;
}

function pickSettings(s: Record<string, unknown>): LabSettings {
  return Object.fromEntries(
    SETTING_KEYS.map((k) => [k, s[k] ?? DEFAULT_SETTINGS[k]]),
  ) as unknown as LabSettings;
}

const copy = (w: Weights): Weights => w.map((m) => m.map((r) => [...r]));
