import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readQuery } from '../address/query';
import { syncAddress } from '../address/syncAddress';
import { ANY_URL_DELAY_MS, anyNetworkAddressPart } from './anyNetworkAddress';
import { anyNetworkParams, parseAnyNetworkQuery } from './anyNetworkUrl';
import { createAnyNetworkStore } from './store';

const parse = (search: string) => parseAnyNetworkQuery(readQuery(search));

describe('parseAnyNetworkQuery', () => {
  it('reads shape, activations, loss and seed', () => {
    expect(parse('?net8=2-4-4-1&act8=relu,relu,sigmoid&loss8=ce&seed8=7')).toEqual({
      sizes: [2, 4, 4, 1],
      activations: ['relu', 'relu', 'sigmoid'],
      loss: 'cross-entropy',
      seed: 7,
      notices: [],
    });
    expect(parse('?loss8=half').loss).toBe('half-squared');
    expect(parse('?act8=tanh,linear,softmax&loss8=sq').activations).toEqual(['tanh', 'linear', 'softmax']);
  });

  it('leaves everything at its default when the address says nothing about section 8', () => {
    expect(parse('?W1=1,2,3;4,5,6&lab=x')).toEqual({ notices: [] });
    expect(parse('')).toEqual({ notices: [] });
  });

  it.each([
    ['net8=2-9-1', /^net8 was “2-9-1”: it must be 2 to 5 layer sizes of 1 to 8 units/],
    ['net8=2', /^net8 was “2”/],
    ['net8=1-1-1-1-1-1', /^net8 was “1-1-1-1-1-1”/],
    ['net8=2--1', /^net8 was “2--1”/],
    ['net8=', /^net8 was empty/],
    ['net8=٢-3', /^net8 was “٢-3”/],
    ['seed8=-1', /^seed8 was “-1”: a seed is a whole number/],
    ['seed8=1.5', /^seed8 was “1.5”/],
    ['seed8=0x10', /^seed8 was “0x10”/],
    ['seed8=1234567890', /^seed8 was “1234567890”/],
    ['act8=relu', /^act8 was “relu”: it must list 3 activations/],
    ['act8=softmax,relu,sigmoid', /^act8 was “softmax,relu,sigmoid”/],
    ['act8=RELU,relu,relu', /^act8 was “RELU,relu,relu”/],
    ['loss8=squared', /^loss8 was “squared”: it must be sq/],
    ['loss8=', /^loss8 was empty/],
  ])('refuses %s with a notice that quotes it, keeping the default', (query, notice) => {
    const p = parse(`?${query}`);
    expect(p.notices).toEqual([expect.stringMatching(notice)]);
    expect(Object.keys(p)).toEqual(['notices']);
  });

  it('checks the activations against the shape the address gives, and cross-entropy against the output', () => {
    expect(parse('?net8=3-1&act8=relu').activations).toEqual(['relu']);
    expect(parse('?net8=3-1&act8=sigmoid,relu').notices[0]).toMatch(/it must list 1 activation,/);
    const p = parse('?act8=relu,relu,tanh&loss8=ce');
    expect(p.activations).toEqual(['relu', 'relu', 'tanh']);
    expect(p.loss).toBeUndefined();
    expect(p.notices).toEqual([
      expect.stringMatching(
        /^loss8 was “ce”: cross-entropy needs a sigmoid or softmax output layer, and this one is tanh/,
      ),
    ]);
  });

  it('writes only what differs from the default, and reads back what it writes', () => {
    expect(
      anyNetworkParams({
        sizes: [2, 3, 3, 2],
        seed: 1,
        activations: ['sigmoid', 'sigmoid', 'sigmoid'],
        loss: 'squared',
      }),
    ).toEqual([]);
    const state = {
      sizes: [2, 4, 1],
      seed: 12,
      activations: ['relu', 'softmax'] as const,
      loss: 'cross-entropy' as const,
    };
    const params = anyNetworkParams({ ...state, activations: [...state.activations] });
    expect(params).toEqual(['net8=2-4-1', 'act8=relu,softmax', 'loss8=ce', 'seed8=12']);
    expect(parse(`?${params.join('&')}`)).toEqual({
      sizes: [2, 4, 1],
      seed: 12,
      activations: ['relu', 'softmax'],
      loss: 'cross-entropy',
      notices: [],
    });
  });
});

describe('anyNetworkAddressPart in the address sync', () => {
  function fakeWindow(search: string) {
    const location = { pathname: '/', search, hash: '' };
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
  let stop = () => {};
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('loads the store from the address, and writes the reader’s changes back', () => {
    const store = createAnyNetworkStore();
    const w = fakeWindow('?keep=me&net8=2-4-1&act8=relu,sigmoid&seed8=7');
    const notices: string[] = [];
    stop = syncAddress(w.win, [anyNetworkAddressPart(store)], (t) => notices.push(...t));
    expect(notices).toEqual([]);
    expect(store.getState()).toMatchObject({
      sizes: [2, 4, 1],
      seed: 7,
      model: { activation: ['relu', 'sigmoid'], loss: 'squared' },
    });
    expect(w.search()).toBe('?keep=me&net8=2-4-1&act8=relu,sigmoid&seed8=7');
    store.getState().setLoss('cross-entropy');
    vi.advanceTimersByTime(ANY_URL_DELAY_MS);
    expect(w.search()).toBe('?net8=2-4-1&act8=relu,sigmoid&loss8=ce&seed8=7&keep=me');
  });

  it('a malformed value: a notice, the default kept, the address corrected at once', () => {
    const store = createAnyNetworkStore();
    const w = fakeWindow('?net8=2-x-1&act8=relu,relu,tanh');
    const notices: string[] = [];
    stop = syncAddress(w.win, [anyNetworkAddressPart(store)], (t) => notices.push(...t));
    expect(notices).toEqual([expect.stringMatching(/^net8 was “2-x-1”/)]);
    expect(store.getState().sizes).toEqual([2, 3, 3, 2]);
    expect(store.getState().model.activation).toEqual(['relu', 'relu', 'tanh']);
    expect(w.search()).toBe('?act8=relu,relu,tanh');
  });
});
