import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOrNearValid } from '../address/__fixtures__/nearValid';
import type { DataSpec } from './datasets';
import { type LabSettings, WEIGHT_LIMIT } from './labConfig';
import { parseLabJson, toLabJson } from './labFile';
import type { LabSnapshot } from './labSnapshot';
import { createLabStore } from './labStore';
import { type DecodedLab, decodeLab, encodeLab } from './labUrl';

/**
 * The lab's two readers, the `lab=` decoder and the file importer, over 10,000 generated inputs
 * each: any text, and valid encodings with a few edits. They never throw, whatever they accept is
 * a usable lab (checked here against the rules written out independently), and every valid
 * state round-trips exactly.
 */
const entry = fc.double({ min: -WEIGHT_LIMIT, max: WEIGHT_LIMIT, noNaN: true });
const matrix = (rows: number, cols: number) =>
  fc.array(fc.array(entry, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
/** The weights of a 2-h-1 network: W1 (h x 3) and W2 (1 x (h + 1)). */
const weightsOf = (h: number) => fc.tuple(matrix(h, 3), matrix(1, h + 1));
const hundredth = fc.integer({ min: -25, max: 125 }).map((k) => k / 100);
const dataSpec: fc.Arbitrary<DataSpec> = fc.oneof(
  fc.constant<DataSpec>({ name: 'xor' }),
  fc.record({
    name: fc.constantFrom('circle' as const, 'moons' as const, 'spiral' as const, 'blobs' as const),
    seed: fc.integer({ min: 0, max: 4294967295 }),
    count: fc.constantFrom(60, 120, 200),
  }),
  fc.record({
    name: fc.constant('drawn' as const),
    points: fc.array(
      fc.record({ i1: hundredth, i2: hundredth, t: fc.constantFrom(0 as const, 1 as const) }),
      {
        maxLength: 100,
      },
    ),
  }),
);
/** How many samples a set has, counted here without generating it. */
const sizeOf = (d: DataSpec) => (d.name === 'xor' ? 4 : d.name === 'drawn' ? d.points.length : d.count);
/** The batch sizes a set of n offers, written out again: XOR's 1, 2, 4; else 1, 4, 16 below n, and n. */
const batchesFor = (n: number) =>
  n === 4
    ? [1, 2, 4]
    : n < 4
      ? [...new Set([1, 2, n])].filter((b) => b >= 1 && b <= Math.max(1, n))
      : [...[1, 4, 16].filter((b) => b < n), n];
const settingsFor = (n: number): fc.Arbitrary<LabSettings> =>
  fc.record({
    learningRate: fc.double({ min: 1e-6, max: 1e300, noNaN: true }),
    batchSize: fc.constantFrom(...batchesFor(n)),
    reduction: fc.constantFrom('mean', 'sum'),
    momentum: fc.double({ min: 0, max: 0.99, noNaN: true }),
    dropout: fc.double({ min: 0, max: 0.9, noNaN: true }),
    shuffle: fc.boolean(),
    speed: fc.constantFrom(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000),
    activation: fc.constantFrom('sigmoid', 'tanh', 'relu', 'linear'),
    loss: fc.constantFrom('squared', 'half-squared', 'cross-entropy'),
  });
const snapshot: fc.Arbitrary<LabSnapshot> = fc
  .tuple(fc.integer({ min: 1, max: 8 }), dataSpec)
  .chain(([h, data]) =>
    fc.record({
      seed: fc.integer({ min: 0, max: 4294967295 }),
      epoch: fc.integer({ min: 0, max: 1e12 }),
      settings: settingsFor(sizeOf(data)),
      data: fc.constant(data),
      weights: weightsOf(h),
      velocity: weightsOf(h),
    }),
  );

const finiteWithin = (v: unknown, lo: number, hi: number) =>
  typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;

/** The lab's rules, written out again here rather than taken from labValidate.ts. */
function expectUsableSettings(s: Partial<LabSettings>, data: DataSpec = { name: 'xor' }) {
  if ('learningRate' in s) expect(finiteWithin(s.learningRate, 1e-6, 1e300)).toBe(true);
  if ('batchSize' in s) expect(batchesFor(sizeOf(data))).toContain(s.batchSize);
  if ('activation' in s) expect(['sigmoid', 'tanh', 'relu', 'linear']).toContain(s.activation);
  if ('loss' in s) expect(['squared', 'half-squared', 'cross-entropy']).toContain(s.loss);
  if ('reduction' in s) expect(['mean', 'sum']).toContain(s.reduction);
  if ('momentum' in s) expect(finiteWithin(s.momentum, 0, 0.99)).toBe(true);
  if ('dropout' in s) expect(finiteWithin(s.dropout, 0, 0.9)).toBe(true);
  if ('shuffle' in s) expect(typeof s.shuffle).toBe('boolean');
  if ('speed' in s) expect([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]).toContain(s.speed);
}

/** A 2-h-1 network's weights, h from 1 to 8 (the given h, when known). */
function expectUsableWeights(w: unknown, h?: number) {
  expect(Array.isArray(w)).toBe(true);
  const m = w as number[][][];
  const width = h ?? m[0]?.length ?? 0;
  expect(width >= 1 && width <= 8).toBe(true);
  expect(m.map((l) => [l.length, ...l.map((r) => r.length)])).toEqual([
    [width, ...Array(width).fill(3)],
    [1, width + 1],
  ]);
  expect(m.flat(2).every((x) => finiteWithin(x, -WEIGHT_LIMIT, WEIGHT_LIMIT))).toBe(true);
}

/** A data set the lab can hold: a known name, a 32-bit seed and a known count, or ≤ 100 points in the square. */
function expectUsableData(d: DataSpec) {
  if (d.name === 'xor') return;
  if (d.name === 'drawn') {
    expect(d.points.length).toBeLessThanOrEqual(100);
    for (const p of d.points) {
      expect(finiteWithin(p.i1, -0.25, 1.25) && finiteWithin(p.i2, -0.25, 1.25)).toBe(true);
      expect([0, 1]).toContain(p.t);
    }
    return;
  }
  expect(['circle', 'moons', 'spiral', 'blobs']).toContain(d.name);
  expect(Number.isInteger(d.seed) && finiteWithin(d.seed, 0, 4294967295)).toBe(true);
  expect([60, 120, 200]).toContain(d.count);
}

function expectUsableDecoded(d: DecodedLab) {
  if (d.data) expectUsableData(d.data);
  expectUsableSettings(d.settings, d.data);
  if (d.width !== undefined) expect(Number.isInteger(d.width) && finiteWithin(d.width, 1, 8)).toBe(true);
  if (d.seed !== undefined)
    expect(Number.isInteger(d.seed) && finiteWithin(d.seed, 0, 4294967295)).toBe(true);
  if (d.epoch !== undefined) expect(Number.isInteger(d.epoch) && finiteWithin(d.epoch, 0, 1e12)).toBe(true);
  if (d.weights) expectUsableWeights(d.weights, d.width ?? 4);
  if (d.velocity) expectUsableWeights(d.velocity, d.width ?? 4);
  expect(d.notices.length).toBeLessThanOrEqual(24);
  // the wording itself is checked exactly in labUrl.test.ts; here, that every notice is one of its sentences
  for (const n of d.notices) expect(n).toMatch(/^The link's lab (field|value) [\s\S]*\.$/);
}

const validLink = snapshot.map(encodeLab);
const validFile = snapshot.map(toLabJson);

describe('decodeLab, driven by generated links', { timeout: 120_000 }, () => {
  it('never throws and accepts only usable values, for any text or near-valid link', () => {
    fc.assert(
      fc.property(anyOrNearValid(validLink), (raw) => expectUsableDecoded(decodeLab(raw))),
      { numRuns: 10_000 },
    );
  });

  it('round-trips every valid state exactly, with no notice', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const d = decodeLab(encodeLab(s));
        const still = s.velocity.flat(2).every((x) => x === 0);
        const width = s.weights[0].length;
        // fields added after the first links are left out at their defaults
        const { activation, loss, ...older } = s.settings;
        expect(d).toEqual({
          ...s,
          settings: {
            ...older,
            ...(activation === 'sigmoid' ? {} : { activation }),
            ...(loss === 'squared' ? {} : { loss }),
          },
          data: s.data.name === 'xor' ? undefined : s.data,
          width: width === 4 ? undefined : width,
          velocity: still ? undefined : s.velocity,
          notices: [],
        });
      }),
      { numRuns: 10_000 },
    );
  });
});

/** A valid file with one field replaced by an arbitrary JSON value, or removed. */
const fileWithOneFieldReplaced = fc
  .tuple(
    snapshot,
    fc.constantFrom('format', 'version', 'sizes', 'seed', 'epoch', 'settings', 'data', 'weights', 'velocity'),
    fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
  )
  .map(([s, key, value]) => {
    const o = JSON.parse(toLabJson(s)) as Record<string, unknown>;
    o[key] = value;
    return JSON.stringify(o);
  });

function expectUsableImport(text: string) {
  const r = parseLabJson(text);
  if (r.ok) {
    const s = r.snapshot;
    expect(Number.isInteger(s.seed) && finiteWithin(s.seed, 0, 4294967295)).toBe(true);
    expect(Number.isInteger(s.epoch) && finiteWithin(s.epoch, 0, 1e12)).toBe(true);
    expect(Object.keys(s.settings).sort()).toEqual(
      [
        'activation',
        'batchSize',
        'dropout',
        'learningRate',
        'loss',
        'momentum',
        'reduction',
        'shuffle',
        'speed',
      ].sort(),
    );
    expectUsableData(s.data);
    expectUsableSettings(s.settings, s.data);
    expectUsableWeights(s.weights);
    expectUsableWeights(s.velocity, s.weights[0].length);
  } else {
    // the wording itself is checked exactly in labFile.test.ts
    expect(r.message).toMatch(/^(The file|This is not a lab file)[\s\S]*[.?]$/);
  }
}

describe('parseLabJson, driven by generated files', { timeout: 120_000 }, () => {
  it('never throws, and accepts only usable states, for any text or near-valid file', () => {
    fc.assert(fc.property(anyOrNearValid(validFile), expectUsableImport), { numRuns: 10_000 });
  });

  it('never throws for a valid file with one field replaced by any JSON value', () => {
    fc.assert(fc.property(fileWithOneFieldReplaced, expectUsableImport), { numRuns: 10_000 });
  });

  it('round-trips every valid state exactly', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        // JSON writes −0 as 0, the one difference a file may make (and one no update can see)
        const plusZero = (w: number[][][]) => w.map((m) => m.map((r) => r.map((x) => x + 0)));
        expect(parseLabJson(toLabJson(s))).toEqual({
          ok: true,
          snapshot: { ...s, weights: plusZero(s.weights), velocity: plusZero(s.velocity) },
        });
      }),
      { numRuns: 10_000 },
    );
  });

  it('an import that fails leaves the lab exactly as it was', () => {
    const store = createLabStore();
    store.getState().setSetting('momentum', 0.5);
    store.getState().trainEpochs(3);
    const before = store.getState().snapshot();
    fc.assert(
      fc.property(fileWithOneFieldReplaced, (text) => {
        if (store.getState().importJson(text)) {
          store.getState().setData(before.data);
          store.getState().loadSnapshot(before);
          store.getState().setSettings(before.settings);
        } else {
          expect(store.getState().snapshot()).toEqual(before);
          expect(store.getState().fileMessage?.text).toMatch(/Nothing was changed\.$/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
