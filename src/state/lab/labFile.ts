import type { Weights } from '../../nn';
import { LAB_SIZES, type LabSettings } from './labConfig';
import type { LabSnapshot } from './labSnapshot';
import { checkEpoch, checkSeed, checkWeights, SETTING_CHECKS, SETTING_KEYS, show } from './labValidate';

/**
 * The lab as a JSON file (export) and back (import). An import is checked completely before
 * anything changes: a file that fails any check yields one message and no state.
 */
export const LAB_FORMAT = 'backprop-lab';
export const LAB_VERSION = 1;
/** A lab file is about 2 KB; anything much bigger is not one. */
export const MAX_FILE_CHARS = 100_000;

export function toLabJson(s: LabSnapshot): string {
  const file = {
    format: LAB_FORMAT,
    version: LAB_VERSION,
    sizes: LAB_SIZES,
    seed: s.seed,
    epoch: s.epoch,
    settings: s.settings,
    weights: s.weights,
    velocity: s.velocity,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; snapshot: LabSnapshot } | { ok: false; message: string };

const fail = (message: string): ImportResult => ({ ok: false, message });

export function parseLabJson(text: string): ImportResult {
  if (text.length > MAX_FILE_CHARS) {
    return fail(
      `The file has ${text.length} characters; a lab file has a few thousand. Is it the right file?`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(`The file is not valid JSON (${(e as Error).message}).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(`The file should hold one JSON object, got ${show(data)}.`);
  }
  const o = data as Record<string, unknown>;
  if (o.format !== LAB_FORMAT) {
    return fail(`This is not a lab file: its "format" should be "${LAB_FORMAT}", got ${show(o.format)}.`);
  }
  if (o.version !== LAB_VERSION) {
    return fail(`The file is version ${show(o.version)}; this page reads version ${LAB_VERSION}.`);
  }
  const sizes = o.sizes;
  if (!Array.isArray(sizes) || sizes.join('-') !== LAB_SIZES.join('-')) {
    return fail(
      `The file is for a network of sizes ${show(Array.isArray(sizes) ? sizes.join('-') : sizes)}; the lab's network is ${LAB_SIZES.join('-')}.`,
    );
  }
  const problem =
    checkSeed(o.seed) ??
    checkEpoch(o.epoch) ??
    checkSettings(o.settings) ??
    checkWeights(o.weights, 'The weights');
  if (problem) return fail(problem);
  const velocityProblem = o.velocity === undefined ? null : checkWeights(o.velocity, 'The velocity');
  if (velocityProblem) return fail(velocityProblem);
  const weights = copy(o.weights as Weights);
  return {
    ok: true,
    snapshot: {
      seed: o.seed as number,
      epoch: o.epoch as number,
      settings: pickSettings(o.settings as Record<string, unknown>),
      weights,
      velocity:
        o.velocity === undefined
          ? weights.map((m) => m.map((r) => r.map(() => 0)))
          : copy(o.velocity as Weights),
    },
  };
}

function checkSettings(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return `"settings" must be an object, got ${show(v)}.`;
  const s = v as Record<string, unknown>;
  for (const key of SETTING_KEYS) {
    const problem = SETTING_CHECKS[key](s[key]);
    if (problem) return problem;
  }
  return null;
}

function pickSettings(s: Record<string, unknown>): LabSettings {
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, s[k]])) as unknown as LabSettings;
}

const copy = (w: Weights): Weights => w.map((m) => m.map((r) => [...r]));
