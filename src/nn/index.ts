/**
 * The engine's public API (DESIGN.md, "The engine's public API"). Pure: nothing under src/nn
 * imports the DOM, React or d3-selection (checked by purity.test.ts).
 */
export type { Matrix, ReadonlyMatrix, ReadonlyWeights, Sample, Weights } from './types';
export { sigmoid, sigmoidPrime, sigmoidPrimeFromOut } from './activation';
export {
  addScaled,
  appendOne,
  appendOnesRow,
  cloneMatrix,
  cloneWeights,
  dropBiasColumn,
  filled,
  flattenWeights,
  hadamard,
  layerSizes,
  mapMatrix,
  matMul,
  matVec,
  matVecWithBias,
  maxAbsDiff,
  outer,
  parameterCount,
  shape,
  transpose,
  unflattenWeights,
  zeros,
  zerosLike,
} from './matrix';
export { forward, sampleError } from './forward';
export { backward, type BackwardResult } from './backward';
export { forwardBatch, batchGradient, type BatchForward, type BatchGradient } from './forwardBatch';
export { gradientCheck, type GradientCheckEntry } from './gradientCheck';
export { createRng, hashSeed } from './prng';
export { initWeights, INIT_GAIN, DEFAULT_INIT_SEED } from './init';
export { XOR } from './xor';
export { train, DEFAULT_SEED, type Divergence, type TrainOptions, type TrainResult } from './train';
export { validateWeights } from './validate';
