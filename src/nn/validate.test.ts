import { describe, expect, it } from 'vitest';
import { backward } from './backward';
import { forward } from './forward';
import { initWeights } from './init';
import { type TrainOptions, train } from './train';
import type { Weights } from './types';
import { XOR } from './xor';

const w241 = () => initWeights([2, 4, 1], 1);
const ok: TrainOptions = { learningRate: 0.5, epochs: 1 };
const trainWith = (options: Partial<TrainOptions> & Record<string, unknown>) => () =>
  train(w241(), XOR, { ...ok, ...options } as TrainOptions);

describe('weights validation (forward, backward, train)', () => {
  it('names a row whose length does not fit the layer below', () => {
    const w = w241();
    w[1][0] = [1, 2, 3];
    const msg = 'weights[1] row 0 has 3 entries; expected 5 (4 units of layer 0 plus the bias)';
    expect(() => forward(w, [0, 1])).toThrow(msg);
    expect(() => backward(w, [0, 1], [1])).toThrow(msg);
    expect(() => train(w, XOR, ok)).toThrow(msg);
  });

  it('names ragged rows in the first layer and counts inputs', () => {
    const w = w241();
    w[0][2] = [1, 2];
    expect(() => forward(w, [0, 1])).toThrow(
      'weights[0] row 2 has 2 entries; expected 3 (2 inputs plus the bias)',
    );
  });

  it('rejects empty weights, empty layers and a first layer without inputs', () => {
    expect(() => forward([], [0])).toThrow(/weights must be a non-empty array of weight matrices/);
    expect(() => forward([[[1, 2]], []], [0])).toThrow(/weights\[1\] must be a non-empty array of rows/);
    expect(() => forward([[[1]]], [])).toThrow(/weights\[0\] row 0 must have at least 2 entries/);
  });

  it('names a non-finite weight by its indices', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity]) {
      const w = w241();
      w[0][3][1] = bad;
      expect(() => forward(w, [0, 1])).toThrow(
        `weights[0][3][1] is ${bad}; every entry must be a finite number`,
      );
    }
    const w = w241() as unknown as unknown[][][];
    w[1][0][4] = '1';
    expect(() => forward(w as Weights, [0, 1])).toThrow(
      "weights[1][0][4] is '1'; every entry must be a finite number",
    );
  });
});

describe('x and t validation', () => {
  it('checks the lengths of x and t against the network', () => {
    expect(() => forward(w241(), [0, 1, 2])).toThrow(
      "x has 3 entries; expected 2 (the network's input size)",
    );
    expect(() => backward(w241(), [0, 1], [1, 0])).toThrow(
      "t has 2 entries; expected 1 (the network's output size)",
    );
  });

  it('rejects non-finite x and t', () => {
    expect(() => forward(w241(), [0, Number.NaN])).toThrow('x[1] is NaN; it must be a finite number');
    expect(() => backward(w241(), [0, 1], [Infinity])).toThrow(
      't[0] is Infinity; it must be a finite number',
    );
  });
});

describe('train options and data validation', () => {
  it('learningRate must be finite and positive', () => {
    for (const lr of [Number.NaN, 0, -1, Infinity]) {
      expect(trainWith({ learningRate: lr })).toThrow(
        `learningRate must be a finite positive number, got ${lr}`,
      );
    }
    expect(trainWith({ learningRate: '0.5' as never })).toThrow(/learningRate .* got '0.5'/);
  });

  it('epochs must be a non-negative integer', () => {
    for (const e of [-1, 2.5, Number.NaN, Infinity]) {
      expect(trainWith({ epochs: e })).toThrow(`epochs must be a non-negative integer, got ${e}`);
    }
    expect(trainWith({ epochs: 0 })).not.toThrow();
  });

  it('batchSize must be an integer in [1, data.length]', () => {
    for (const b of [0, 5, 1.5, -1, Number.NaN]) {
      expect(trainWith({ batchSize: b })).toThrow(
        `batchSize must be an integer in [1, 4] (the data set's size), got ${b}`,
      );
    }
  });

  it('momentum and dropout must be in [0, 1)', () => {
    for (const v of [1, -0.1, Number.NaN, 2]) {
      expect(trainWith({ momentum: v })).toThrow(`momentum must be a number in [0, 1), got ${v}`);
      expect(trainWith({ dropout: v })).toThrow(`dropout must be a number in [0, 1), got ${v}`);
    }
  });

  it('reduction, shuffle, seed and startEpoch are checked', () => {
    expect(trainWith({ reduction: 'avg' as never })).toThrow("reduction must be 'mean' or 'sum', got 'avg'");
    expect(trainWith({ shuffle: 1 as never })).toThrow('shuffle must be true or false, got 1');
    expect(trainWith({ seed: 0.5 })).toThrow('seed must be an integer, got 0.5');
    expect(trainWith({ startEpoch: -3 })).toThrow('startEpoch must be a non-negative integer, got -3');
  });

  it('velocity must have the weights’ shape and be finite', () => {
    const v = initWeights([2, 4, 1], 2);
    v[1][0].pop();
    expect(trainWith({ velocity: v })).toThrow(
      'velocity[1] row 0 has 4 entries; expected 5 (4 units of layer 0 plus the bias)',
    );
    expect(trainWith({ velocity: [v[0]] })).toThrow(/velocity must have 2 layers like the weights/);
    const v2 = initWeights([2, 4, 1], 2);
    v2[0][1][2] = Number.NaN;
    expect(trainWith({ velocity: v2 })).toThrow(
      'velocity[0][1][2] is NaN; every entry must be a finite number',
    );
    const v3 = initWeights([3, 4, 1], 2);
    expect(trainWith({ velocity: v3 })).toThrow(
      /velocity\[0\] rows have 4 entries; expected 3 like weights\[0\]/,
    );
  });

  it('data must be a non-empty set of samples that fit the network', () => {
    expect(() => train(w241(), [], ok)).toThrow(
      'data must be a non-empty array of samples { x, t }, got an array of length 0',
    );
    expect(() =>
      train(
        w241(),
        [
          { x: [0, 1], t: [1] },
          { x: [0], t: [1] },
        ],
        ok,
      ),
    ).toThrow("data[1].x has 1 entries; expected 2 (the network's input size)");
    expect(() => train(w241(), [{ x: [0, 1], t: [Number.NaN] }], ok)).toThrow(
      'data[0].t[0] is NaN; it must be a finite number',
    );
    expect(() => train(w241(), [null as never], ok)).toThrow('data[0] must be a sample { x, t }, got null');
  });

  it('options must be an object', () => {
    expect(() => train(w241(), XOR, undefined as never)).toThrow(/options must be an object/);
  });
});
