import { describe, expect, it } from 'vitest';
import { initWeights, zerosLike } from '../../nn';
import { readQuery } from '../address/query';
import OLD from './__fixtures__/lab-v1-before-data-sets.json';
import { generate } from './datasets';
import { labAddressPart } from './labAddress';
import { DEFAULT_SETTINGS } from './labConfig';
import { parseLabJson, toLabJson } from './labFile';
import type { LabSnapshot } from './labSnapshot';
import { createLabStore, type LabStore } from './labStore';
import { decodeLab, encodeLab } from './labUrl';

/**
 * Links and files in the format from before the lab had activations, losses, widths and data
 * sets (the fixture was written by that version of the page: seed 7, 250 epochs with η = 1.5,
 * batches of 2, μ = 0.9, shuffling, and the weights that version reached 50 epochs later) load
 * as they always did, and the new fields travel through both.
 */
const loadLink = (store: LabStore, value: string) =>
  labAddressPart(store).load(readQuery(`?lab=${encodeURIComponent(value)}`));

/** Trains `epochs` more epochs in the store, as the training loop would. */
function train(store: LabStore, epochs: number) {
  const end = OLD_EPOCH + epochs;
  while (store.getState().net.epoch < end)
    store.getState().trainEpochs(Math.min(7, end - store.getState().net.epoch));
}
const OLD_EPOCH = 250;

describe('an old lab link', () => {
  it('decodes with no notice and no new fields', () => {
    const d = decodeLab(OLD.link);
    expect(d.notices).toEqual([]);
    expect(d.data).toBeUndefined();
    expect(d.width).toBeUndefined();
    expect(d.settings).toEqual({
      learningRate: 1.5,
      batchSize: 2,
      reduction: 'mean',
      momentum: 0.9,
      dropout: 0,
      shuffle: true,
      speed: 10,
    });
  });

  it('continues the run exactly where the old page would have: the same weights 50 epochs on', () => {
    const store = createLabStore();
    expect(loadLink(store, OLD.link)).toEqual([]);
    const s = store.getState();
    expect(s.data).toEqual({ name: 'xor' });
    expect(s.settings.activation).toBe('sigmoid');
    expect(s.settings.loss).toBe('squared');
    expect(s.net.epoch).toBe(OLD_EPOCH);
    train(store, 50);
    expect(store.getState().net.weights).toEqual(OLD.after50.weights);
    expect(store.getState().net.history.losses.slice(-3)).toEqual(OLD.after50.losses);
  });

  it('is what the page still writes for the same state', () => {
    const store = createLabStore();
    loadLink(store, OLD.link);
    expect(encodeLab(store.getState().snapshot())).toBe(OLD.link);
  });
});

describe('an old lab file', () => {
  it('imports with XOR, a sigmoid hidden layer and squared error, and trains on exactly as before', () => {
    const r = parseLabJson(OLD.file);
    if (!r.ok) throw new Error(r.message);
    expect(r.snapshot.data).toEqual({ name: 'xor' });
    expect(r.snapshot.settings).toEqual({
      ...DEFAULT_SETTINGS,
      learningRate: 1.5,
      batchSize: 2,
      momentum: 0.9,
      shuffle: true,
    });
    const store = createLabStore();
    expect(store.getState().importJson(OLD.file)).toBe(true);
    train(store, 50);
    expect(store.getState().net.weights).toEqual(OLD.after50.weights);
  });
});

const weights6 = initWeights([2, 6, 1], 4);
const newer: LabSnapshot = {
  seed: 4,
  epoch: 12,
  settings: { ...DEFAULT_SETTINGS, activation: 'relu', loss: 'cross-entropy', batchSize: 16 },
  data: { name: 'moons', seed: 5, count: 60 },
  weights: weights6,
  velocity: zerosLike(weights6),
};

describe('the new settings and data sets', () => {
  it('travel through a link: relu, cross-entropy, 6 hidden units, the moons', () => {
    const text = encodeLab(newer);
    expect(text).toMatch(/~a:relu~l:cross-entropy~h:6~d:moons~ds:5~n:60~/);
    const store = createLabStore();
    expect(loadLink(store, text)).toEqual([]);
    const s = store.getState();
    expect(s.snapshot()).toEqual(newer);
    // the moons' 60 points, from their seed
    expect(s.data.name === 'moons' && s.data.count).toBe(60);
    expect(generate('moons', 5, 60)).toHaveLength(60);
  });

  it('travel through a file, and drawn points are kept rounded to hundredths', () => {
    const drawn: LabSnapshot = {
      ...newer,
      settings: { ...newer.settings, batchSize: 3 },
      data: {
        name: 'drawn',
        points: [
          { i1: 0.12, i2: -0.25, t: 1 },
          { i1: 1.25, i2: 0.5, t: 0 },
          { i1: 0.33, i2: 0.67, t: 1 },
        ],
      },
    };
    expect(parseLabJson(toLabJson(drawn))).toEqual({ ok: true, snapshot: drawn });
    const text = encodeLab(drawn);
    expect(text).toMatch(/~d:drawn~pt:12,-25,1,125,50,0,33,67,1~/);
    expect(decodeLab(text).data).toEqual(drawn.data);
    const r = parseLabJson(
      JSON.stringify({
        ...JSON.parse(toLabJson({ ...drawn, settings: { ...drawn.settings, batchSize: 1 } })),
        data: { name: 'drawn', points: [[0.123456, 0.5, 0]] },
      }),
    );
    expect(r.ok ? r.snapshot.data : r.message).toEqual({
      name: 'drawn',
      points: [{ i1: 0.12, i2: 0.5, t: 0 }],
    });
  });

  it('a malformed new field is refused with a notice quoting it; everything else still loads', () => {
    const text = `${encodeLab(newer)
      .replace('a:relu', 'a:softplus')
      .replace('l:cross-entropy', 'l:hinge')
      .replace('n:60', 'n:61')}~pt:1,2`;
    const store = createLabStore();
    const notices = loadLink(store, text);
    const tail = 'The lab keeps its default instead.';
    expect(notices).toEqual([
      `The link's lab field “a:softplus” was refused: the hidden activation must be “sigmoid”, “tanh”, “relu” or “linear”. ${tail}`,
      `The link's lab field “l:hinge” was refused: the loss must be “squared”, “half-squared” or “cross-entropy”. ${tail}`,
      `The link's lab field “n:61” was refused: the number of points must be 60, 120 or 200. ${tail}`,
      `The link's lab field “pt:1,2” was refused: the drawn points must be whole numbers split by “,”, three per point (i1 and i2 in hundredths from -25 to 125, then the class 0 or 1), at most 100 points, and it held 2 numbers. ${tail}`,
    ]);
    const s = store.getState();
    // the moons keep their seed, with the default count; the width and weights load
    expect(s.data).toEqual({ name: 'moons', seed: 5, count: 120 });
    expect(s.net.weights).toEqual(weights6);
    expect(s.settings.activation).toBe('sigmoid');
    expect(s.settings.loss).toBe('squared');
    // a batch of 16 is one the moons offer
    expect(s.settings.batchSize).toBe(16);
  });

  it('refuses a width out of range, an unknown data set and a batch size the set does not offer', () => {
    const d = decodeLab('v1~s:1~h:9~d:ring~b:16');
    expect(d.notices).toEqual([
      "The link's lab field “h:9” was refused: the hidden width must be a whole number from 1 to 8. The lab keeps its default instead.",
      "The link's lab field “d:ring” was refused: the data set must be “xor”, “circle”, “moons”, “spiral”, “blobs” or “drawn”. The lab keeps its default instead.",
      "The link's lab field “b:16” was refused: the batch size must be 1, 2 or 4. The lab keeps its default instead.",
    ]);
    expect(d.width).toBeUndefined();
    expect(d.data).toBeUndefined();
  });

  it('a file with a malformed data set is refused whole, naming the value', () => {
    const store = createLabStore();
    const before = store.getState().snapshot();
    const bad = JSON.stringify({
      ...JSON.parse(toLabJson(newer)),
      data: { name: 'moons', seed: 5, count: 7 },
    });
    expect(store.getState().importJson(bad, 'x.json')).toBe(false);
    expect(store.getState().fileMessage?.text).toBe(
      '“x.json” was not imported. The file\'s "data" count was 7: the number of points must be 60, 120 or 200. Nothing was changed.',
    );
    const points = JSON.stringify({
      ...JSON.parse(toLabJson(newer)),
      data: { name: 'drawn', points: [[0.5, 0.5, 2]] },
    });
    expect(parseLabJson(points)).toEqual({
      ok: false,
      message:
        'The file\'s "data" point 1 was a list of 3 items: a point must be two coordinates from -0.25 to 1.25 and a class, 0 or 1.',
    });
    expect(store.getState().snapshot()).toEqual(before);
  });
});
