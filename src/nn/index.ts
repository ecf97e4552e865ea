/**
 * The engine's public API (DESIGN.md, "The engine's public API"). Pure: nothing under src/nn
 * imports the DOM, React or d3-selection (checked by purity.test.ts).
 */

export { relu, sigmoid, sigmoidPrime, sigmoidPrimeFromOut, softplus } from './activation';
export { type BackwardResult, backward, forwardBackward } from './backward';
export { type FastNet, type FastNetOptions, fastNet } from './fastNet';
export { forward } from './forward';
export { type BatchForward, type BatchGradient, batchGradient, forwardBatch } from './forwardBatch';
export { type GradientCheckEntry, gradientCheck } from './gradientCheck';
export { DEFAULT_INIT_SEED, INIT_GAIN, initWeights } from './init';
export { outputJacobian } from './jacobian';
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
export {
  ACTIVATIONS,
  type Activation,
  LOSSES,
  type Loss,
  type Model,
  type NamedModel,
  nameModel,
} from './model';
export { type NetworkGraph, networkGraph } from './networkGraph';
export { createRng, hashSeed } from './prng';
export { DEFAULT_SEED, type Divergence, type TrainOptions, type TrainResult, train } from './train';
export type { Matrix, ReadonlyMatrix, ReadonlyWeights, Sample, Weights } from './types';
export { validateWeights } from './validate';
export { type Op, Value } from './value';
export { XOR } from './xor';
