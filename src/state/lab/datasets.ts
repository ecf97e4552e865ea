import { createRng, type Sample, XOR } from '../../nn';

/**
 * The lab's data sets: XOR's four corners, four seeded generated sets, and points the reader
 * draws. Every generated point lies inside the decision map's square (decisionGrid.ts,
 * INPUT_DOMAIN = [−0.25, 1.25]²), and each set's noise is bounded, so a point's label always
 * means what the set's name says (tested in datasets.test.ts). Pure: a spec gives its samples.
 */
export type GeneratedName = 'circle' | 'moons' | 'spiral' | 'blobs';
export type DataName = 'xor' | GeneratedName | 'drawn';

export interface DrawnPoint {
  i1: number;
  i2: number;
  /** the class, the target t */
  t: 0 | 1;
}

export type DataSpec =
  | { name: 'xor' }
  | { name: GeneratedName; seed: number; count: number }
  | { name: 'drawn'; points: readonly DrawnPoint[] };

export const DATA_NAMES: readonly DataName[] = ['xor', 'circle', 'moons', 'spiral', 'blobs', 'drawn'];
export const GENERATED_NAMES: readonly GeneratedName[] = ['circle', 'moons', 'spiral', 'blobs'];
export const DATA_LABELS: Readonly<Record<DataName, string>> = {
  xor: 'XOR (4 corners)',
  circle: 'circle',
  moons: 'two moons',
  spiral: 'spiral',
  blobs: 'two blobs',
  drawn: 'draw your own',
};
/** How many points a generated set may have. */
export const COUNTS: readonly number[] = [60, 120, 200];
export const DEFAULT_COUNT = 120;
export const DEFAULT_DATA_SEED = 1;
/** Drawn points: at most this many, coordinates rounded to hundredths (short links). */
export const MAX_DRAWN = 100;
export const DRAWN_DECIMALS = 2;
/** Where drawn points may lie: the decision map's square. */
export const DRAW_DOMAIN: readonly [number, number] = [-0.25, 1.25];

export const XOR_SPEC: DataSpec = Object.freeze({ name: 'xor' });

export const isGenerated = (name: string): name is GeneratedName =>
  (GENERATED_NAMES as readonly string[]).includes(name);

/** The circle: centre (0.5, 0.5); class 1 strictly inside CIRCLE_RADIUS, class 0 outside. */
export const CIRCLE_CENTRE = 0.5;
export const CIRCLE_RADIUS = 0.3;

/** A point uniformly in the disc of radius r: bounded noise, so no label ever lies. */
function inDisc(rng: () => number, r: number): [number, number] {
  const a = 2 * Math.PI * rng();
  const d = r * Math.sqrt(rng());
  return [d * Math.cos(a), d * Math.sin(a)];
}

const sample = (i1: number, i2: number, t: number): Sample =>
  Object.freeze({ x: Object.freeze([i1, i2]), t: Object.freeze([t]) }) as Sample;

/** Half inside radius 0.25, half in the ring 0.35–0.55: class 1 iff inside CIRCLE_RADIUS. */
function circle(rng: () => number, count: number): Sample[] {
  const out: Sample[] = [];
  for (let k = 0; k < count; k++) {
    const inside = k % 2 === 0;
    const a = 2 * Math.PI * rng();
    const r = inside ? 0.25 * Math.sqrt(rng()) : 0.35 + 0.2 * rng();
    out.push(sample(CIRCLE_CENTRE + r * Math.cos(a), CIRCLE_CENTRE + r * Math.sin(a), inside ? 1 : 0));
  }
  return out;
}

/**
 * Two interleaved half circles (as scikit-learn's make_moons), scaled by MOON_SCALE into the
 * square: class 0 on the upper arc, class 1 on the lower, each point within MOON_NOISE of its arc.
 */
export const MOON_SCALE = 1 / 3;
export const MOON_NOISE = 0.04;
export const moonArc = (t: 0 | 1, s: number): [number, number] =>
  t === 0
    ? [(1 + Math.cos(s)) * MOON_SCALE, 0.25 + (0.5 + Math.sin(s)) * MOON_SCALE]
    : [(2 - Math.cos(s)) * MOON_SCALE, 0.25 + (1 - Math.sin(s)) * MOON_SCALE];

function moons(rng: () => number, count: number): Sample[] {
  const out: Sample[] = [];
  for (let k = 0; k < count; k++) {
    const t = (k % 2) as 0 | 1;
    const [x, y] = moonArc(t, Math.PI * rng());
    const [dx, dy] = inDisc(rng, MOON_NOISE);
    out.push(sample(x + dx, y + dy, t));
  }
  return out;
}

/**
 * Two spiral arms around (0.5, 0.5), the second the first turned by π: arm t at parameter
 * s ∈ [0, 1] has radius SPIRAL_RADIUS·s and angle SPIRAL_TURNS·2π·s + tπ; each point lies within
 * SPIRAL_NOISE of its arm.
 */
export const SPIRAL_RADIUS = 0.5;
export const SPIRAL_TURNS = 1.5;
export const SPIRAL_NOISE = 0.025;
export const spiralArm = (t: 0 | 1, s: number): [number, number] => {
  const a = SPIRAL_TURNS * 2 * Math.PI * s + t * Math.PI;
  return [0.5 + SPIRAL_RADIUS * s * Math.cos(a), 0.5 + SPIRAL_RADIUS * s * Math.sin(a)];
};

function spiral(rng: () => number, count: number): Sample[] {
  const out: Sample[] = [];
  for (let k = 0; k < count; k++) {
    const t = (k % 2) as 0 | 1;
    // from a little way out: at the very centre the two arms meet
    const [x, y] = spiralArm(t, 0.08 + 0.92 * rng());
    const [dx, dy] = inDisc(rng, SPIRAL_NOISE);
    out.push(sample(x + dx, y + dy, t));
  }
  return out;
}

/**
 * Two Gaussian blobs: class 0 around (0.3, 0.3), class 1 around (0.7, 0.7), standard deviation
 * BLOB_SD, each point cut off at BLOB_CUTOFF from its centre (so it stays in the square).
 */
export const BLOB_CENTRES: readonly (readonly [number, number])[] = [
  [0.3, 0.3],
  [0.7, 0.7],
];
export const BLOB_SD = 0.13;
export const BLOB_CUTOFF = 0.5;

function blobs(rng: () => number, count: number): Sample[] {
  const out: Sample[] = [];
  for (let k = 0; k < count; k++) {
    const t = (k % 2) as 0 | 1;
    let dx: number;
    let dy: number;
    do {
      // Box–Muller: two independent standard normals from two uniforms
      const r = Math.sqrt(-2 * Math.log(1 - rng()));
      const a = 2 * Math.PI * rng();
      dx = BLOB_SD * r * Math.cos(a);
      dy = BLOB_SD * r * Math.sin(a);
    } while (Math.hypot(dx, dy) > BLOB_CUTOFF);
    const [cx, cy] = BLOB_CENTRES[t] as readonly [number, number];
    out.push(sample(cx + dx, cy + dy, t));
  }
  return out;
}

const GENERATORS: Readonly<Record<GeneratedName, (rng: () => number, count: number) => Sample[]>> = {
  circle,
  moons,
  spiral,
  blobs,
};

/** A generated set: the same name, seed and count always give the same points. */
export function generate(name: GeneratedName, seed: number, count: number): Sample[] {
  return GENERATORS[name](createRng(seed), count);
}

/** A drawn point rounded as links keep it, inside the square. */
export function roundPoint(i1: number, i2: number, t: 0 | 1): DrawnPoint {
  const f = 10 ** DRAWN_DECIMALS;
  const clamp = (v: number) => Math.min(DRAW_DOMAIN[1], Math.max(DRAW_DOMAIN[0], Math.round(v * f) / f));
  return { i1: clamp(i1), i2: clamp(i2), t };
}

const cache = new WeakMap<object, readonly Sample[]>();

/** The samples of a data set (computed once per spec object). */
export function samplesOf(spec: DataSpec): readonly Sample[] {
  if (spec.name === 'xor') return XOR;
  const hit = cache.get(spec);
  if (hit) return hit;
  const samples = Object.freeze(
    spec.name === 'drawn'
      ? spec.points.map((p) => sample(p.i1, p.i2, p.t))
      : generate(spec.name, spec.seed, spec.count),
  );
  cache.set(spec, samples);
  return samples;
}

/** How a caption names the set: “XOR”, “the circle (120 points, seed 1)”, “your 7 points”. */
export function dataTitle(spec: DataSpec): string {
  if (spec.name === 'xor') return 'XOR';
  if (spec.name === 'drawn') return `your ${spec.points.length} point${spec.points.length === 1 ? '' : 's'}`;
  return `the ${DATA_LABELS[spec.name]} (${spec.count} points, seed ${spec.seed})`;
}
