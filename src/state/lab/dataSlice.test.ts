import { describe, expect, it } from 'vitest';
import { initWeights } from '../../nn';
import { type DataSpec, samplesOf } from './datasets';
import { HIDDEN_ACTIVATIONS, LAB_LOSSES } from './labConfig';
import { selectSetPass } from './labSelectors';
import { createLabStore } from './labStore';

const SETS: DataSpec[] = [
  { name: 'xor' },
  { name: 'circle', seed: 1, count: 60 },
  { name: 'moons', seed: 2, count: 120 },
  { name: 'spiral', seed: 3, count: 200 },
  { name: 'blobs', seed: 4, count: 60 },
];

describe('the lab store: data sets, width, activation and loss', () => {
  it('replays exactly from Reset for every data set, activation and loss', () => {
    for (const data of SETS) {
      for (const activation of HIDDEN_ACTIVATIONS) {
        for (const loss of LAB_LOSSES) {
          const store = createLabStore();
          store.getState().setData(data);
          store.getState().setSettings({ activation, loss, momentum: 0.5, dropout: 0.1, shuffle: true });
          store.getState().trainEpochs(5);
          store.getState().trainEpochs(4);
          const first = store.getState().net;
          store.getState().reset();
          expect(store.getState().net.epoch).toBe(0);
          store.getState().trainEpochs(9);
          expect(store.getState().net.weights).toEqual(first.weights);
          expect(store.getState().net.history).toEqual(first.history);
          expect(Number.isFinite(selectSetPass(store.getState()).gradient.error)).toBe(true);
        }
      }
    }
  });

  it('a new width draws that shape from the same seed, and the landscape axes stay valid', () => {
    const store = createLabStore();
    store.getState().reseed(5);
    store.getState().setAxis(0, 'L0r3c2');
    store.getState().setWidth(2);
    expect(store.getState().net.weights).toEqual(initWeights([2, 2, 1], 5));
    expect(store.getState().axes).toEqual(['L0r0c0', 'L0r0c1']);
    store.getState().setWidth(8);
    expect(store.getState().net.weights).toEqual(initWeights([2, 8, 1], 5));
    store.getState().setWidth(9);
    store.getState().setWidth(0);
    expect(store.getState().net.weights[0]).toHaveLength(8);
  });

  it('a new set starts again at epoch 0, and the whole batch stays the whole batch', () => {
    const store = createLabStore();
    store.getState().trainEpochs(10);
    store.getState().setData({ name: 'moons', seed: 1, count: 120 });
    expect(store.getState().net.epoch).toBe(0);
    expect(store.getState().settings.batchSize).toBe(120);
    store.getState().setSetting('batchSize', 16);
    expect(store.getState().settings.batchSize).toBe(16);
    // 2 is not a batch size a set of 120 offers
    store.getState().setSetting('batchSize', 2);
    expect(store.getState().settings.batchSize).toBe(16);
    store.getState().setData({ name: 'xor' });
    // 16 is not one XOR offers: the whole set
    expect(store.getState().settings.batchSize).toBe(4);
  });

  it('drawn points: added rounded, of both classes, at most 100; Clear empties the set and nothing is NaN', () => {
    const store = createLabStore();
    store.getState().addPoint(0.5, 0.5, 1); // ignored: the set is XOR
    expect(samplesOf(store.getState().data)).toHaveLength(4);
    store.getState().setData({ name: 'drawn', points: [] });
    const empty = selectSetPass(store.getState());
    expect(empty.gradient.error).toBe(0);
    store.getState().play();
    expect(store.getState().playing).toBe(false);
    store.getState().addPoint(0.123, 0.456, 1);
    store.getState().addPoint(0.9, 0.1, 0);
    expect(store.getState().data).toEqual({
      name: 'drawn',
      points: [
        { i1: 0.12, i2: 0.46, t: 1 },
        { i1: 0.9, i2: 0.1, t: 0 },
      ],
    });
    expect(store.getState().settings.batchSize).toBe(2);
    store.getState().trainEpochs(50);
    expect(store.getState().net.epoch).toBe(50);
    for (let k = 0; k < 120; k++) store.getState().addPoint(k / 200, 0.3, (k % 2) as 0 | 1);
    expect(samplesOf(store.getState().data)).toHaveLength(100);
    store.getState().clearPoints();
    expect(samplesOf(store.getState().data)).toHaveLength(0);
    expect(store.getState().settings.batchSize).toBe(1);
    const pass = selectSetPass(store.getState());
    expect(pass.gradient.error).toBe(0);
    expect(pass.gradient.grad.flat(2).every((g) => g === 0)).toBe(true);
    store.getState().step();
    expect(store.getState().net.epoch).toBe(50);
  });
});
