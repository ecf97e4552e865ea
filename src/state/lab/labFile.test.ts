import { describe, expect, it } from 'vitest';
import { initWeights } from '../../nn';
import { XOR_SPEC } from './datasets';
import { DEFAULT_SETTINGS } from './labConfig';
import { MAX_FILE_CHARS, parseLabJson, toLabJson } from './labFile';
import type { LabSnapshot } from './labSnapshot';

const weights = initWeights([2, 4, 1], 9);
const snap: LabSnapshot = {
  seed: 9,
  epoch: 321,
  settings: { ...DEFAULT_SETTINGS, momentum: 0.5, batchSize: 2 },
  data: XOR_SPEC,
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

describe('parseLabJson rejects, with one message that quotes the value and states the rule', () => {
  const cases: [string, () => unknown, string][] = [
    [
      'a huge file',
      () => ' '.repeat(MAX_FILE_CHARS + 1),
      'The file has 100,001 characters, and a lab file has a few thousand (at most 100,000). Is it the right file?',
    ],
    [
      'JSON that is not an object',
      () => [1, 2],
      'The file holds a list of 2 items, and a lab file holds one JSON object.',
    ],
    ['null', () => 'null', 'The file holds null, and a lab file holds one JSON object.'],
    [
      'another format',
      () => ({ ...good(), format: 'tensorflow' }),
      'This is not a lab file: its "format" was “tensorflow”, and a lab file\'s is “backprop-lab”.',
    ],
    [
      'no format',
      () => ({ ...good(), format: undefined }),
      'This is not a lab file: its "format" is missing, and a lab file\'s is “backprop-lab”.',
    ],
    [
      'another version',
      () => ({ ...good(), version: 2 }),
      'The file\'s "version" was 2: this page reads version 1 files.',
    ],
    [
      'no version',
      () => ({ ...good(), version: undefined }),
      'The file\'s "version" is missing: this page reads version 1 files.',
    ],
    [
      'the version as text',
      () => ({ ...good(), version: '1' }),
      'The file\'s "version" was “1”: this page reads version 1 files.',
    ],
    [
      'another network',
      () => ({ ...good(), sizes: [2, 9, 1] }),
      'The file\'s "sizes" was [2,9,1]: they must be the numbers [2, h, 1] with h, the hidden width, a whole number from 1 to 8 (the lab\'s 2-4-1 network is [2, 4, 1]).',
    ],
    [
      'the sizes as text (compared as numbers, not as strings)',
      () => ({ ...good(), sizes: ['2', '4', '1'] }),
      'The file\'s "sizes" was ["2","4","1"]: they must be the numbers [2, h, 1] with h, the hidden width, a whole number from 1 to 8 (the lab\'s 2-4-1 network is [2, 4, 1]).',
    ],
    [
      'the sizes nested',
      () => ({ ...good(), sizes: [2, [4], 1] }),
      'The file\'s "sizes" was [2,[4],1]: they must be the numbers [2, h, 1] with h, the hidden width, a whole number from 1 to 8 (the lab\'s 2-4-1 network is [2, 4, 1]).',
    ],
    [
      'no sizes',
      () => ({ ...good(), sizes: undefined }),
      'The file\'s "sizes" is missing: they must be the numbers [2, h, 1] with h, the hidden width, a whole number from 1 to 8 (the lab\'s 2-4-1 network is [2, 4, 1]).',
    ],
    [
      'a bad seed',
      () => ({ ...good(), seed: 1.5 }),
      'The file\'s "seed" was 1.5: the seed must be a whole number from 0 to 4294967295.',
    ],
    [
      'a seed that is null',
      () => ({ ...good(), seed: null }),
      'The file\'s "seed" was null: the seed must be a whole number from 0 to 4294967295.',
    ],
    [
      'a negative epoch',
      () => ({ ...good(), epoch: -1 }),
      'The file\'s "epoch" was -1: the epoch must be a whole number from 0 to 1e12.',
    ],
    [
      'an epoch too large for a double',
      () => toLabJson(snap).replace('"epoch": 321', '"epoch": 1e400'),
      'The file\'s "epoch" was a number too large for a double: the epoch must be a whole number from 0 to 1e12.',
    ],
    [
      'settings that are not an object',
      () => ({ ...good(), settings: 'fast' }),
      'The file\'s "settings" was “fast”: it must be an object holding the lab\'s settings.',
    ],
    [
      'a learning rate of 0',
      () => ({ ...good(), settings: { ...snap.settings, learningRate: 0 } }),
      'The file\'s "settings.learningRate" was 0: the learning rate must be a decimal number from 0.000001 to 1e300.',
    ],
    [
      'a batch size of 3',
      () => ({ ...good(), settings: { ...snap.settings, batchSize: 3 } }),
      'The file\'s "settings.batchSize" was 3: the batch size must be 1, 2 or 4.',
    ],
    [
      'an unknown reduction',
      () => ({ ...good(), settings: { ...snap.settings, reduction: 'max' } }),
      'The file\'s "settings.reduction" was “max”: the reduction must be “mean” or “sum”.',
    ],
    [
      'momentum 1',
      () => ({ ...good(), settings: { ...snap.settings, momentum: 1 } }),
      'The file\'s "settings.momentum" was 1: the momentum μ must be a decimal number from 0 to 0.99.',
    ],
    [
      'dropout as text',
      () => ({ ...good(), settings: { ...snap.settings, dropout: '0.2' } }),
      'The file\'s "settings.dropout" was “0.2”: the dropout probability p must be a decimal number from 0 to 0.9.',
    ],
    [
      'shuffle as a number',
      () => ({ ...good(), settings: { ...snap.settings, shuffle: 1 } }),
      'The file\'s "settings.shuffle" was 1: shuffle must be true or false.',
    ],
    [
      'an unknown speed',
      () => ({ ...good(), settings: { ...snap.settings, speed: 7 } }),
      'The file\'s "settings.speed" was 7: the speed (epochs per frame) must be one of 1, 2, 5, …, 5000.',
    ],
    [
      'a missing setting',
      () => ({ ...good(), settings: { ...snap.settings, speed: undefined } }),
      'The file\'s "settings.speed" is missing: the speed (epochs per frame) must be one of 1, 2, 5, …, 5000.',
    ],
    [
      'weights of the wrong shape',
      () => ({ ...good(), weights: [weights[0]] }),
      'The file\'s "weights" was a list of 1 item: it must be a list of 2 matrices, W1 (4 rows of 3 numbers) and W2 (1 row of 5 numbers).',
    ],
    [
      'a short row',
      () => ({ ...good(), weights: [weights[0].map((r) => r.slice(0, 2)), weights[1]] }),
      'The file\'s "weights" W1 row 1 was a list of 2 items: it must be a list of 3 numbers.',
    ],
    [
      'a weight that is null',
      () => ({ ...good(), weights: [weights[0], [[1, 2, null, 4, 5]]] }),
      'The file\'s "weights" W2 row 1, column 3 was null: an entry must be a decimal number within ±1e6.',
    ],
    [
      'a weight beyond the limit',
      () => ({ ...good(), weights: [weights[0], [[1, 2, 3, 4, 5e6]]] }),
      'The file\'s "weights" W2 row 1, column 5 was 5000000: an entry must be a decimal number within ±1e6.',
    ],
    [
      'a bad velocity',
      () => ({ ...good(), velocity: [weights[0]] }),
      'The file\'s "velocity" was a list of 1 item: it must be a list of 2 matrices, W1 (4 rows of 3 numbers) and W2 (1 row of 5 numbers).',
    ],
  ];
  for (const [what, data, expected] of cases) {
    it(what, () => {
      expect(message(data())).toBe(expected);
    });
  }

  it('text that is not JSON names the parser’s complaint', () => {
    expect(message('{"format": ')).toMatch(/^The file is not valid JSON \(.+\)\.$/);
  });
});
