import { describe, expect, it } from 'vitest';
import { initWeights } from '../../nn';
import { DEFAULT_SETTINGS } from './labConfig';
import { MAX_FILE_CHARS, parseLabJson, toLabJson } from './labFile';
import type { LabSnapshot } from './labSnapshot';

const weights = initWeights([2, 4, 1], 9);
const snap: LabSnapshot = {
  seed: 9,
  epoch: 321,
  settings: { ...DEFAULT_SETTINGS, momentum: 0.5, batchSize: 2 },
  weights,
  velocity: weights.map((m) => m.map((r) => r.map((x) => x / 100))),
};
const good = () => JSON.parse(toLabJson(snap)) as Record<string, unknown>;
const message = (data: unknown) => {
  const r = parseLabJson(typeof data === 'string' ? data : JSON.stringify(data));
  if (r.ok) throw new Error('expected a rejection');
  return r.message;
};

describe('toLabJson / parseLabJson', () => {
  it('round-trips the whole state', () => {
    const r = parseLabJson(toLabJson(snap));
    expect(r).toEqual({ ok: true, snapshot: snap });
  });

  it('accepts a file without velocity (zeros)', () => {
    const { velocity: _, ...rest } = good();
    const r = parseLabJson(JSON.stringify(rest));
    expect(r.ok && r.snapshot.velocity.flat(2).every((v) => v === 0)).toBe(true);
  });
});

describe('parseLabJson rejects, with one clear message each', () => {
  const cases: [string, () => unknown, RegExp][] = [
    [
      'a huge file',
      () => ' '.repeat(MAX_FILE_CHARS + 1),
      /has 100001 characters; a lab file has a few thousand/,
    ],
    ['text that is not JSON', () => '{"format": ', /not valid JSON/],
    ['JSON that is not an object', () => [1, 2], /should hold one JSON object, got a list of 2/],
    [
      'another format',
      () => ({ ...good(), format: 'tensorflow' }),
      /not a lab file: its "format" should be "backprop-lab", got “tensorflow”/,
    ],
    ['another version', () => ({ ...good(), version: 2 }), /version 2; this page reads version 1/],
    [
      'another network',
      () => ({ ...good(), sizes: [2, 3, 1] }),
      /network of sizes “2-3-1”; the lab's network is 2-4-1/,
    ],
    [
      'a bad seed',
      () => ({ ...good(), seed: 1.5 }),
      /seed must be a whole number from 0 to 4294967295, got 1.5/,
    ],
    [
      'a negative epoch',
      () => ({ ...good(), epoch: -1 }),
      /epoch must be a whole number from 0 to 1000000000000, got -1/,
    ],
    [
      'settings that are not an object',
      () => ({ ...good(), settings: 'fast' }),
      /"settings" must be an object, got “fast”/,
    ],
    [
      'a learning rate of 0',
      () => ({ ...good(), settings: { ...snap.settings, learningRate: 0 } }),
      /learning rate must be a number from/,
    ],
    [
      'a batch size of 3',
      () => ({ ...good(), settings: { ...snap.settings, batchSize: 3 } }),
      /batch size must be one of 1, 2, 4, got 3/,
    ],
    [
      'an unknown reduction',
      () => ({ ...good(), settings: { ...snap.settings, reduction: 'max' } }),
      /reduction must be one of mean, sum/,
    ],
    [
      'momentum 1',
      () => ({ ...good(), settings: { ...snap.settings, momentum: 1 } }),
      /momentum μ must be a number from 0 to 0.99, got 1/,
    ],
    [
      'dropout as text',
      () => ({ ...good(), settings: { ...snap.settings, dropout: '0.2' } }),
      /dropout probability p must be a number from 0 to 0.9, got “0.2”/,
    ],
    [
      'shuffle as a number',
      () => ({ ...good(), settings: { ...snap.settings, shuffle: 1 } }),
      /Shuffle must be true or false, got 1/,
    ],
    [
      'an unknown speed',
      () => ({ ...good(), settings: { ...snap.settings, speed: 7 } }),
      /speed \(epochs per frame\) must be one of/,
    ],
    [
      'a missing setting',
      () => ({ ...good(), settings: { ...snap.settings, speed: undefined } }),
      /speed .* got missing/,
    ],
    [
      'weights of the wrong shape',
      () => ({ ...good(), weights: [weights[0]] }),
      /weights must be a list of 2 matrices \(W1 and W2\), got a list of 1/,
    ],
    [
      'a short row',
      () => ({ ...good(), weights: [weights[0].map((r) => r.slice(0, 2)), weights[1]] }),
      /weights W1 must be 4 rows of 3 numbers/,
    ],
    [
      'a weight that is null',
      () => ({ ...good(), weights: [weights[0], [[1, 2, null, 4, 5]]] }),
      /weights W2\[1,3\] must be a finite number, got null/,
    ],
    [
      'a weight beyond the limit',
      () => ({ ...good(), weights: [weights[0], [[1, 2, 3, 4, 5e6]]] }),
      /weights W2\[1,5\] is 5000000, beyond ±1000000/,
    ],
    [
      'a bad velocity',
      () => ({ ...good(), velocity: [weights[0]] }),
      /velocity must be a list of 2 matrices/,
    ],
  ];
  for (const [what, data, pattern] of cases) {
    it(what, () => {
      expect(message(data())).toMatch(pattern);
    });
  }
});
