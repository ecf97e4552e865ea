import { describe, expect, it, vi } from 'vitest';
import { advance, freshNetwork } from './advance';
import { DEFAULT_SETTINGS } from './labConfig';
import { createLabStore } from './labStore';
import { startTrainingLoop } from './trainingLoop';

/** A hand-cranked animation frame clock. */
function fakeClock() {
  let next = 1;
  const pending = new Map<number, (t: number) => void>();
  return {
    requestFrame: (cb: (t: number) => void) => {
      pending.set(next, cb);
      return next++;
    },
    cancelFrame: (h: number) => {
      pending.delete(h);
    },
    /** runs the frames requested so far; returns how many ran */
    tick() {
      const due = [...pending.entries()];
      pending.clear();
      for (const [, cb] of due) cb(0);
      return due.length;
    },
    get pending() {
      return pending.size;
    },
  };
}

describe('the training loop', () => {
  it('trains one chunk per frame while playing, and stops asking for frames when paused', () => {
    const store = createLabStore();
    store.getState().setSetting('speed', 20);
    const clock = fakeClock();
    // a budget no chunk can exceed, so the chunks are exactly the speed whatever this machine's load
    const loop = startTrainingLoop(store, clock, 1e9);
    expect(clock.pending).toBe(0);
    store.getState().play();
    expect(clock.pending).toBe(1);
    for (let i = 0; i < 5; i++) clock.tick();
    expect(store.getState().net.epoch).toBe(100);
    expect(loop.stats()).toMatchObject({ epochs: 100, frames: 5 });
    store.getState().pause();
    expect(clock.pending).toBe(0);
    expect(clock.tick()).toBe(0);
    loop.stop();
  });

  it('the chunked run equals one call of the engine, bit for bit', () => {
    const store = createLabStore();
    store.getState().setSettings({ speed: 50, batchSize: 1, momentum: 0.5, dropout: 0.2 });
    const clock = fakeClock();
    const loop = startTrainingLoop(store, clock, 1e9);
    store.getState().play();
    for (let i = 0; i < 7; i++) clock.tick();
    const expected = advance(
      freshNetwork(1),
      { ...DEFAULT_SETTINGS, speed: 50, batchSize: 1, momentum: 0.5, dropout: 0.2 },
      350,
    );
    expect(store.getState().net.weights).toEqual(expected.weights);
    expect(store.getState().net.velocity).toEqual(expected.velocity);
    loop.stop();
  });

  it('cuts the chunk to fit the time budget, from the engine time it measures', () => {
    const store = createLabStore();
    store.getState().setSetting('speed', 5000);
    const trained: number[] = [];
    // an engine that takes 0.1 ms per epoch
    store.setState({
      trainEpochs: (n: number) => {
        trained.push(n);
        return { epochs: n, ms: n * 0.1 };
      },
    });
    const clock = fakeClock();
    const loop = startTrainingLoop(store, clock, 4);
    store.getState().play();
    for (let i = 0; i < 4; i++) clock.tick();
    expect(trained[0]).toBe(50); // the first frame, before any timing
    expect(trained.slice(1)).toEqual([40, 40, 40]); // 4 ms at 10 epochs per ms
    loop.stop();
  });

  it('pauses and reports an error thrown while training', () => {
    const store = createLabStore();
    store.setState({
      trainEpochs: () => {
        throw new Error('boom');
      },
    });
    const onError = vi.fn();
    const clock = fakeClock();
    const loop = startTrainingLoop(store, clock, 4, onError);
    store.getState().play();
    clock.tick();
    expect(store.getState().playing).toBe(false);
    expect(onError).toHaveBeenCalledWith(new Error('boom'));
    expect(clock.pending).toBe(0);
    loop.stop();
  });

  it('stop() ends the loop even while playing', () => {
    const store = createLabStore();
    const clock = fakeClock();
    const loop = startTrainingLoop(store, clock);
    store.getState().play();
    loop.stop();
    expect(clock.pending).toBe(0);
    store.getState().pause();
    store.getState().play();
    expect(clock.pending).toBe(0);
  });
});
