import { describe, expect, it } from 'vitest';
import {
  addScaled,
  appendOne,
  appendOnesRow,
  cloneWeights,
  dropBiasColumn,
  flattenWeights,
  layerSizes,
  matMul,
  matVec,
  matVecWithBias,
  maxAbsDiff,
  outer,
  parameterCount,
  shape,
  transpose,
  unflattenWeights,
  zerosLike,
} from './matrix';

describe('matrix helpers', () => {
  const A = [
    [1, 2, 3],
    [4, 5, 6],
  ];

  it('shape, transpose, matMul, matVec', () => {
    expect(shape(A)).toEqual([2, 3]);
    expect(transpose(A)).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(matMul(A, transpose(A))).toEqual([
      [14, 32],
      [32, 77],
    ]);
    expect(matVec(A, [1, 0, -1])).toEqual([-2, -2]);
  });

  it('matVecWithBias(W, a) = W · (a ‖ 1)', () => {
    expect(matVecWithBias(A, [1, 1])).toEqual([6, 15]);
    expect(matVecWithBias(A, [1, 1])).toEqual(matVec(A, appendOne([1, 1])));
  });

  it('outer, dropBiasColumn, appendOnesRow', () => {
    expect(outer([1, 2], [3, 4, 1])).toEqual([
      [3, 4, 1],
      [6, 8, 2],
    ]);
    expect(dropBiasColumn(A)).toEqual([
      [1, 2],
      [4, 5],
    ]);
    expect(appendOnesRow(A)).toEqual([...A, [1, 1, 1]]);
  });

  it('layerSizes and parameterCount read the network off the weights', () => {
    const w = [
      [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ],
      [[1, 2, 3, 4]],
    ];
    expect(layerSizes(w)).toEqual([2, 3, 1]);
    expect(parameterCount(w)).toBe(13);
  });

  it('cloneWeights is deep; zerosLike keeps shapes; addScaled; maxAbsDiff', () => {
    const w = [A];
    const c = cloneWeights(w);
    c[0][0][0] = 99;
    expect(A[0][0]).toBe(1);
    expect(zerosLike(w)).toEqual([
      [
        [0, 0, 0],
        [0, 0, 0],
      ],
    ]);
    expect(addScaled(w, w, -0.5)).toEqual([
      [
        [0.5, 1, 1.5],
        [2, 2.5, 3],
      ],
    ]);
    expect(maxAbsDiff(w, c)).toBe(98);
  });

  it('flattenWeights and unflattenWeights are inverse, row-major, layer by layer', () => {
    const w = [A, [[7, 8, 9]]];
    const flat = flattenWeights(w);
    expect(Array.from(flat)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(unflattenWeights(flat, [2, 2, 1])).toEqual([A, [[7, 8, 9]]]);
  });
});
