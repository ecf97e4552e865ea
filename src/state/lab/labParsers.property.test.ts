import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOrNearValid } from '../address/__fixtures__/nearValid';
import { LAB_SIZES, type LabSettings, WEIGHT_LIMIT } from './labConfig';
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
const weights = fc.tuple(matrix(4, 3), matrix(1, 5));
const settings: fc.Arbitrary<LabSettings> = fc.record({
  learningRate: fc.double({ min: 1e-6, max: 1e300, noNaN: true }),
  batchSize: fc.constantFrom(1, 2, 4),
  reduction: fc.constantFrom('mean', 'sum'),
  momentum: fc.double({ min: 0, max: 0.99, noNaN: true }),
  dropout: fc.double({ min: 0, max: 0.9, noNaN: true }),
  shuffle: fc.boolean(),
  speed: fc.constantFrom(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000),
});
const snapshot: fc.Arbitrary<LabSnapshot> = fc.record({
  seed: fc.integer({ min: 0, max: 4294967295 }),
  epoch: fc.integer({ min: 0, max: 1e12 }),
  settings,
  weights,
  velocity: weights,
});

const finiteWithin = (v: unknown, lo: number, hi: number) =>
  typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;

/** The lab's rules, written out again here rather than taken from labValidate.ts. */
function expectUsableSettings(s: Partial<LabSettings>) {
  if ('learningRate' in s) expect(finiteWithin(s.learningRate, 1e-6, 1e300)).toBe(true);
  if ('batchSize' in s) expect([1, 2, 4]).toContain(s.batchSize);
  if ('reduction' in s) expect(['mean', 'sum']).toContain(s.reduction);
  if ('momentum' in s) expect(finiteWithin(s.momentum, 0, 0.99)).toBe(true);
  if ('dropout' in s) expect(finiteWithin(s.dropout, 0, 0.9)).toBe(true);
  if ('shuffle' in s) expect(typeof s.shuffle).toBe('boolean');
  if ('speed' in s) expect([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]).toContain(s.speed);
}

function expectUsableWeights(w: unknown) {
  expect(Array.isArray(w)).toBe(true);
  const m = w as number[][][];
  expect(m.map((l) => [l.length, ...l.map((r) => r.length)])).toEqual([
    [LAB_SIZES[1], 3, 3, 3, 3],
    [LAB_SIZES[2], 5],
  ]);
  expect(m.flat(2).every((x) => finiteWithin(x, -WEIGHT_LIMIT, WEIGHT_LIMIT))).toBe(true);
}

function expectUsableDecoded(d: DecodedLab) {
  expectUsableSettings(d.settings);
  if (d.seed !== undefined)
    expect(Number.isInteger(d.seed) && finiteWithin(d.seed, 0, 4294967295)).toBe(true);
  if (d.epoch !== undefined) expect(Number.isInteger(d.epoch) && finiteWithin(d.epoch, 0, 1e12)).toBe(true);
  if (d.weights) expectUsableWeights(d.weights);
  if (d.velocity) expectUsableWeights(d.velocity);
  expect(d.notices.length).toBeLessThanOrEqual(16);
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
        expect(d).toEqual({ ...s, velocity: still ? undefined : s.velocity, notices: [] });
      }),
      { numRuns: 10_000 },
    );
  });
});

/** A valid file with one field replaced by an arbitrary JSON value, or removed. */
const fileWithOneFieldReplaced = fc
  .tuple(
    snapshot,
    fc.constantFrom('format', 'version', 'sizes', 'seed', 'epoch', 'settings', 'weights', 'velocity'),
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
      ['batchSize', 'dropout', 'learningRate', 'momentum', 'reduction', 'shuffle', 'speed'].sort(),
    );
    expectUsableSettings(s.settings);
    expectUsableWeights(s.weights);
    expectUsableWeights(s.velocity);
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
