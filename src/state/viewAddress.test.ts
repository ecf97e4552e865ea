import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { train } from '../nn';
import { readQuery } from './address/query';
import { flushAddress } from './address/syncAddress';
import { createLabStore } from './lab/labStore';
import { URL_DELAY_MS } from './networkAddress';
import { STEPS } from './steps2x2';
import { useAppStore } from './store';
import { DEFAULT_T, DEFAULT_WEIGHTS, DEFAULT_X } from './twoByTwo';
import { startUrlSync } from './urlSync';

/** A window with just what the sync touches. */
function fakeWindow(search: string) {
  const location = { pathname: '/', search, hash: '#forward' };
  const win = {
    location,
    history: {
      state: null,
      replaceState: (_s: unknown, _t: string, url: string) => {
        location.search = new URL(url, 'https://example.org').search;
      },
    },
    performance: { now: () => Date.now() },
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    clearTimeout: (h: number) => clearTimeout(h),
  };
  return { win: win as unknown as Window, search: () => location.search };
}

const initial = useAppStore.getState();
let stop: () => void = () => {};
const start = (search: string) => {
  const w = fakeWindow(search);
  stop = startUrlSync(w.win, { app: useAppStore, lab: createLabStore() });
  return w;
};
const param = (search: string, name: string) => readQuery(search).pairs.find((p) => p.name === name)?.value;
const notices = () => useAppStore.getState().notices.map((n) => n.text);

beforeEach(() => {
  vi.useFakeTimers();
  useAppStore.getState().pause();
  useAppStore.setState(initial, true);
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('the stepper position, display mode and learning rate in the address', () => {
  it('step=12&show=numbers&eta=2 loads, and the address keeps them', () => {
    const w = start('?step=12&show=numbers&eta=2');
    const s = useAppStore.getState();
    expect([s.step, s.mathMode, s.learningRate]).toEqual([11, 'numbers', 2]);
    expect(notices()).toEqual([]);
    expect(w.search()).toBe('?step=12&show=numbers&eta=2');
  });

  it('stepping and switching the display reach the address; defaults are not written', () => {
    const w = start('');
    const s = useAppStore.getState();
    s.stepNext();
    s.stepNext();
    s.setMathMode('symbols');
    vi.advanceTimersByTime(100);
    expect(param(w.search(), 'step')).toBe('2');
    expect(param(w.search(), 'show')).toBe('symbols');
    s.stepTo(null);
    s.setMathMode('both');
    vi.advanceTimersByTime(100);
    expect(w.search()).toBe('');
  });

  it('at the update step the link carries the weights before it, and reopening applies it again', () => {
    const w = start('');
    const s = useAppStore.getState();
    for (let i = 0; i < STEPS.length; i++) s.stepNext();
    expect(useAppStore.getState().step).toBe(STEPS.length - 1);
    vi.advanceTimersByTime(URL_DELAY_MS);
    expect(param(w.search(), 'step')).toBe(String(STEPS.length));
    // the weights before the update are the defaults, so the address still has no W1
    expect(param(w.search(), 'W1')).toBeUndefined();
    const link = w.search();
    stop();
    useAppStore.setState(initial, true);
    start(link);
    const after = train(DEFAULT_WEIGHTS, [{ x: [...DEFAULT_X], t: [...DEFAULT_T] }], {
      learningRate: 0.5,
      epochs: 1,
    }).weights;
    expect(useAppStore.getState().weights).toEqual(after);
    expect(useAppStore.getState().lastUpdate?.before).toEqual(DEFAULT_WEIGHTS);
  });

  it('a changed weight at the update step: the link carries it, not the updated weights', () => {
    const w = start('');
    const s = useAppStore.getState();
    s.setParam('a', 0.16);
    for (let i = 0; i < STEPS.length; i++) s.stepNext();
    vi.advanceTimersByTime(URL_DELAY_MS);
    expect(param(w.search(), 'W1')).toBe('0.16,0.2,0.35;0.25,0.3,0.35');
    expect(useAppStore.getState().weights[0]?.[0]?.[0]).not.toBe(0.16);
  });

  it('refused values are named, and the address is corrected', () => {
    const w = start('?step=99&show=big&eta=-1&W1=1,2,3;4,5,6');
    expect(notices()).toEqual([
      'show was “big”: it must be symbols, numbers or both. The formulas show both.',
      'eta was “-1”: the learning rate must be a decimal number above 0 and at most 10. It stays 0.5.',
      `step was “99”: it must be a whole number from 1 to ${STEPS.length}. Every quantity is shown live.`,
    ]);
    expect(useAppStore.getState().step).toBeNull();
    expect(w.search()).toBe('?W1=1,2,3;4,5,6');
  });

  it('flushAddress writes what is still waiting, at once (Copy link must not copy a lagging address)', () => {
    const w = start('');
    const s = useAppStore.getState();
    s.setParam('a', 0.5);
    s.stepNext();
    expect(w.search()).toBe('');
    flushAddress();
    expect(param(w.search(), 'W1')).toBe('0.5,0.2,0.35;0.25,0.3,0.35');
    expect(param(w.search(), 'step')).toBe('1');
    const written = w.search();
    vi.advanceTimersByTime(URL_DELAY_MS);
    expect(w.search()).toBe(written);
  });
});
