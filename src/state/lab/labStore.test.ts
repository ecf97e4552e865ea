import { describe, expect, it, vi } from 'vitest';
import { batchGradient, initWeights, XOR } from '../../nn';
import { advance, freshNetwork } from './advance';
import { DEFAULT_SETTINGS } from './labConfig';
import { toLabJson } from './labFile';
import { selectError } from './labSelectors';
import { createLabStore } from './labStore';

const train = (store: ReturnType<typeof createLabStore>, epochs: number, chunk = 37) => {
  store.getState().play();
  while (store.getState().net.epoch < epochs && store.getState().playing) {
    store.getState().trainEpochs(Math.min(chunk, epochs - store.getState().net.epoch));
  }
  store.getState().pause();
};

describe('the lab store', () => {
  it('starts from the default seed, epoch 0, paused', () => {
    const s = createLabStore().getState();
    expect(s.net.seed).toBe(1);
    expect(s.net.epoch).toBe(0);
    expect(s.net.weights).toEqual(initWeights([2, 4, 1], 1));
    expect(s.playing).toBe(false);
    expect(s.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('Reset replays the identical run: the same error at the same epoch', () => {
    const store = createLabStore();
    train(store, 600, 53);
    const first = { epoch: store.getState().net.epoch, error: selectError(store.getState()) };
    store.getState().reset();
    expect(store.getState().net.epoch).toBe(0);
    expect(store.getState().net.history.epochs).toEqual([]);
    train(store, 600, 17);
    expect({ epoch: store.getState().net.epoch, error: selectError(store.getState()) }).toEqual(first);
    expect(first.error).toBeLessThan(0.01);
  });

  it('Step trains exactly one epoch and pauses', () => {
    const store = createLabStore();
    store.getState().play();
    store.getState().step();
    expect(store.getState().net.epoch).toBe(1);
    expect(store.getState().playing).toBe(false);
    expect(store.getState().net.weights).toEqual(advance(freshNetwork(1), DEFAULT_SETTINGS, 1).weights);
  });

  it('a setting changed mid-run keeps the weights and applies from the next epoch', () => {
    const store = createLabStore();
    train(store, 100);
    const before = store.getState().net;
    store.getState().setSetting('momentum', 0.9);
    expect(store.getState().net).toBe(before);
    store.getState().trainEpochs(10);
    expect(store.getState().net.weights).toEqual(
      advance(before, { ...DEFAULT_SETTINGS, momentum: 0.9 }, 10).weights,
    );
  });

  it('ignores a setting that fails its check', () => {
    const store = createLabStore();
    store.getState().setSetting('momentum', 1);
    store.getState().setSetting('batchSize', 3 as 4);
    store.getState().setSetting('learningRate', Number.NaN);
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
  });

  it('pauses by itself at the pause-at epoch, and a passed pause-at no longer applies', () => {
    const store = createLabStore();
    store.getState().setStopAt(250);
    store.getState().play();
    for (let i = 0; i < 100 && store.getState().playing; i++) store.getState().trainEpochs(40);
    expect(store.getState().net.epoch).toBe(250);
    expect(store.getState().playing).toBe(false);
    store.getState().play();
    expect(store.getState().stopAt).toBeNull();
  });

  it('pauses on divergence and keeps the weights from before it', () => {
    const store = createLabStore();
    store.getState().setSetting('learningRate', 1e9);
    store.getState().play();
    store.getState().trainEpochs(100);
    const s = store.getState();
    expect(s.playing).toBe(false);
    expect(s.net.divergence?.kind).toBe('limit');
    expect(s.net.epoch).toBe(0);
    expect(s.net.weights).toEqual(initWeights([2, 4, 1], 1));
    s.reset();
    expect(store.getState().net.divergence).toBeNull();
  });

  it('reseeds only from a whole number in range', () => {
    const store = createLabStore();
    store.getState().reseed(42);
    expect(store.getState().net.weights).toEqual(initWeights([2, 4, 1], 42));
    store.getState().reseed(-1);
    store.getState().reseed(2.5);
    expect(store.getState().net.seed).toBe(42);
  });

  it('sets weights by id (clamped to the limit) and continues from them', () => {
    const store = createLabStore();
    store.getState().setWeights([
      ['L0r0c0', 3.5],
      ['L1r0c4', 5e9],
      ['nope', 1],
    ]);
    const w = store.getState().net.weights;
    expect(w[0][0][0]).toBe(3.5);
    expect(w[1][0][4]).toBe(1e6);
    expect(store.getState().net.path).toHaveLength(2);
  });

  it('keeps the landscape axes distinct: picking the other axis swaps them', () => {
    const store = createLabStore();
    const [a, b] = store.getState().axes;
    store.getState().setAxis(0, b);
    expect(store.getState().axes).toEqual([b, a]);
    store.getState().setAxis(1, 'bogus');
    expect(store.getState().axes).toEqual([b, a]);
  });

  it('textNet and mapNet follow every change while paused, and at most every 250 / 30 ms while playing', () => {
    const store = createLabStore();
    // a frozen clock: every update lands within both intervals of the previous one
    const clock = vi.spyOn(performance, 'now').mockReturnValue(1000);
    store.getState().step();
    expect(store.getState().textNet).toBe(store.getState().net);
    store.getState().play();
    store.getState().trainEpochs(1);
    store.getState().trainEpochs(1);
    expect(store.getState().textNet).not.toBe(store.getState().net);
    expect(store.getState().mapNet).not.toBe(store.getState().net);
    store.getState().pause();
    expect(store.getState().textNet).toBe(store.getState().net);
    expect(store.getState().mapNet).toBe(store.getState().net);
    store.getState().play();
    clock.mockReturnValue(1040); // past the map's 30 ms, not the text's 250 ms
    store.getState().trainEpochs(1);
    expect(store.getState().mapNet).toBe(store.getState().net);
    expect(store.getState().textNet).not.toBe(store.getState().net);
    clock.mockRestore();
  });
});

describe('import and export', () => {
  it('export then import restores weights, velocity, settings, seed and epoch', () => {
    const a = createLabStore();
    a.getState().reseed(7);
    a.getState().setSettings({ momentum: 0.8, batchSize: 2, shuffle: true });
    train(a, 123);
    const json = a.getState().exportJson();
    const b = createLabStore();
    expect(b.getState().importJson(json, 'run.json')).toBe(true);
    expect(b.getState().snapshot()).toEqual(a.getState().snapshot());
    expect(b.getState().fileMessage).toEqual({ ok: true, text: 'Imported “run.json”: seed 7, epoch 123.' });
    // and the run continues exactly as it would have
    a.getState().trainEpochs(20);
    b.getState().trainEpochs(20);
    expect(b.getState().net.weights).toEqual(a.getState().net.weights);
  });

  it('a malformed file changes nothing and says why', () => {
    const store = createLabStore();
    train(store, 50);
    const before = { net: store.getState().net, settings: store.getState().settings };
    const bad = JSON.parse(store.getState().exportJson());
    bad.weights[1][0][2] = 'x';
    expect(store.getState().importJson(JSON.stringify(bad), 'bad.json')).toBe(false);
    expect(store.getState().net).toBe(before.net);
    expect(store.getState().settings).toBe(before.settings);
    expect(store.getState().fileMessage?.ok).toBe(false);
    expect(store.getState().fileMessage?.text).toBe(
      `“bad.json” was not imported. The file's "weights" W2 row 1, column 3 was “x”: an entry must be a decimal number within ±1e6. Nothing was changed.`,
    );
  });
});

describe('the comparison', () => {
  it('trains plain and momentum runs from the same seed; momentum gets there sooner on XOR', () => {
    const store = createLabStore();
    store.getState().runComparison();
    const c = store.getState().comparison;
    expect(c?.plain.momentum).toBe(0);
    expect(c?.withMomentum.momentum).toBe(0.9);
    expect(c?.plain.history.losses[0]).toBe(c?.withMomentum.history.losses[0]);
    expect(c?.plain.history.losses[0]).toBeCloseTo(batchGradient(initWeights([2, 4, 1], 1), XOR).error, 14);
    expect(c?.withMomentum.reached).not.toBeNull();
    expect(c?.withMomentum.reached as number).toBeLessThan(c?.plain.reached ?? Number.POSITIVE_INFINITY);
  });

  it('a file far too big is refused before it is read, and one the browser cannot read is said', async () => {
    const store = createLabStore();
    const before = store.getState().snapshot();
    const read = vi.fn(async () => '{}');
    expect(await store.getState().importFile({ name: 'huge.json', size: 2_000_000, text: read })).toBe(false);
    expect(read).not.toHaveBeenCalled();
    expect(store.getState().fileMessage?.text).toBe(
      '“huge.json” was not imported. The file has 2,000,000 bytes, and a lab file has a few thousand (at most 100,000 characters). Is it the right file? Nothing was changed.',
    );
    const failing = async () => {
      throw new Error('NotReadableError');
    };
    expect(await store.getState().importFile({ name: 'gone.json', size: 10, text: failing })).toBe(false);
    expect(store.getState().fileMessage?.text).toBe(
      '“gone.json” was not imported. The browser could not read it (NotReadableError). Nothing was changed.',
    );
    expect(store.getState().snapshot()).toEqual(before);
    const good = toLabJson(createLabStore().getState().snapshot());
    expect(
      await store.getState().importFile({ name: 'ok.json', size: good.length, text: async () => good }),
    ).toBe(true);
  });
});
