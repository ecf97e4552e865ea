import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readQuery } from './address/query';
import { URL_INTERVAL_PAUSED_MS, URL_INTERVAL_WHILE_PLAYING_MS } from './lab/labAddress';
import { createLabStore, type LabStore } from './lab/labStore';
import { encodeLab } from './lab/labUrl';
import { URL_DELAY_MS } from './networkAddress';
import { useAppStore } from './store';
import { startUrlSync } from './urlSync';

/** A window with just what the sync touches: the address, replaceState and the timers. */
function fakeWindow(search: string) {
  const location = { pathname: '/backprop/', search, hash: '#xor' };
  const writes: string[] = [];
  const win = {
    location,
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, url: string) => {
        const u = new URL(url, 'https://example.org');
        expect(u.pathname).toBe('/backprop/');
        expect(u.hash).toBe('#xor');
        location.search = u.search;
        writes.push(u.search);
      },
    },
    performance: { now: () => Date.now() },
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    clearTimeout: (h: number) => clearTimeout(h),
  };
  return { win: win as unknown as Window, writes, search: () => location.search };
}

const initialApp = useAppStore.getState();
let lab: LabStore;
let stop: () => void = () => {};

const start = (search: string) => {
  const w = fakeWindow(search);
  stop = startUrlSync(w.win, { app: useAppStore, lab });
  return w;
};
const noticeTexts = () => useAppStore.getState().notices.map((n) => n.text);
const param = (search: string, name: string) => readQuery(search).pairs.find((p) => p.name === name)?.value;

beforeEach(() => {
  vi.useFakeTimers();
  useAppStore.setState(initialApp, true);
  lab = createLabStore();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('startUrlSync: one address sync for the 2x2 network and the lab', () => {
  it('a stray % beside a bad weight: a notice for each, the address corrected at once, nothing thrown', () => {
    const w = start('?W1=x&%=1');
    expect(noticeTexts()).toEqual([
      expect.stringMatching(/^The address held “%=1”, which is not valid percent-encoding/),
      expect.stringMatching(/^W1 was “x”: it must be 2 rows of 3 numbers/),
      expect.stringMatching(
        /^W1 row 1, column 1 \(a\) was “x”: a weight must be a decimal number within ±1e6/,
      ),
    ]);
    expect(w.search()).toBe(
      '?W1=0.15,0.2,0.35;0.25,0.3,0.35&W2=0.4,0.45,0.6;0.5,0.55,0.6&x=0.05,0.1&t=0.01,0.99',
    );
  });

  it('a stray % alone: removed at once, and every later weight change still reaches the address', () => {
    const w = start('?%=1&keep=me');
    expect(w.search()).toBe('?keep=me');
    useAppStore.getState().setParam('a', 0.5);
    vi.advanceTimersByTime(URL_DELAY_MS - 1);
    expect(param(w.search(), 'W1')).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(param(w.search(), 'W1')).toBe('0.5,0.2,0.35;0.25,0.3,0.35');
    useAppStore.getState().setParam('a', -2);
    vi.advanceTimersByTime(URL_DELAY_MS);
    expect(param(w.search(), 'W1')).toBe('-2,0.2,0.35;0.25,0.3,0.35');
    expect(param(w.search(), 'keep')).toBe('me');
  });

  it('while the reader drags, the address waits for a pause, then writes once', () => {
    const w = start('');
    for (let i = 1; i <= 20; i++) {
      useAppStore.getState().setParam('e', i / 10);
      vi.advanceTimersByTime(URL_DELAY_MS / 2);
    }
    expect(w.writes).toEqual([]);
    vi.advanceTimersByTime(URL_DELAY_MS);
    expect(w.writes).toHaveLength(1);
    expect(param(w.search(), 'W2')).toBe('2,0.45,0.6;0.5,0.55,0.6');
    expect(param(w.search(), 'lab')).toBeUndefined();
  });

  it('a refused lab= value is replaced at once by the lab the page shows, and said', () => {
    const w = start('?W1=1,2,3;4,5,6&lab=v1~lr:zz~s:5');
    expect(noticeTexts()).toEqual([
      "The link's lab field “lr:zz” was refused: the learning rate must be a decimal number from 0.000001 to 1e300. The lab keeps its default instead.",
    ]);
    expect(lab.getState().net.seed).toBe(5);
    expect(param(w.search(), 'lab')).toBe(encodeLab(lab.getState().snapshot()));
    expect(param(w.search(), 'lab')).toMatch(/^v1~s:5~e:0~lr:2~/);
    expect(param(w.search(), 'W1')).toBe('1,2,3;4,5,6');
  });

  it('20,000 bad lab= fields: one notice, and the address corrected', () => {
    const w = start(`?lab=v1${'~zz:1'.repeat(20_000)}`);
    expect(noticeTexts()).toEqual([
      expect.stringMatching(/has 100,002 characters, and a lab link has at most 4,000/),
    ]);
    expect(param(w.search(), 'lab')).toBe(encodeLab(lab.getState().snapshot()));
  });

  it('a valid lab= loads the lab and leaves the address alone', () => {
    const other = createLabStore();
    other.getState().reseed(9);
    other.getState().trainEpochs(4);
    const text = encodeLab(other.getState().snapshot());
    const w = start(`?lab=${text}`);
    expect(lab.getState().snapshot()).toEqual(other.getState().snapshot());
    expect(w.writes).toEqual([]);
    expect(noticeTexts()).toEqual([]);
  });

  it('the lab writes lab= soon after a change while paused, and at most every 5 s while playing', () => {
    const w = start('?W1=1,2,3;4,5,6');
    lab.getState().setSetting('momentum', 0.5);
    vi.advanceTimersByTime(URL_INTERVAL_PAUSED_MS);
    expect(param(w.search(), 'lab')).toMatch(/~m:0.5~/);
    expect(param(w.search(), 'W1')).toBe('1,2,3;4,5,6');
    const before = w.writes.length;
    lab.setState({ playing: true });
    for (let t = 0; t < 4 * URL_INTERVAL_WHILE_PLAYING_MS; t += 16) {
      lab.getState().trainEpochs(1);
      vi.advanceTimersByTime(16);
    }
    expect(w.writes.length - before).toBeGreaterThanOrEqual(3);
    expect(w.writes.length - before).toBeLessThanOrEqual(5);
    lab.setState({ playing: false });
    vi.advanceTimersByTime(URL_INTERVAL_PAUSED_MS);
    expect(param(w.search(), 'lab')).toBe(encodeLab(lab.getState().snapshot()));
  });

  it('stopping ends the writes', () => {
    const w = start('');
    stop();
    useAppStore.getState().setParam('a', 3);
    lab.getState().reseed(3);
    vi.advanceTimersByTime(10 * URL_INTERVAL_WHILE_PLAYING_MS);
    expect(w.writes).toEqual([]);
  });

  it('a browser that refuses replaceState does not break the page', () => {
    const w = fakeWindow('?W1=bad');
    w.win.history.replaceState = () => {
      throw new Error('SecurityError: too many calls');
    };
    expect(() => {
      stop = startUrlSync(w.win, { app: useAppStore, lab });
    }).not.toThrow();
    useAppStore.getState().setParam('a', 1);
    expect(() => vi.advanceTimersByTime(URL_DELAY_MS)).not.toThrow();
  });
});
