/**
 * brain.js 1.6.1's NeuralNetwork set up to train exactly like the engine, for the benchmark.
 *
 * - Same initial weights: after net.initialize(), weights[l][i][j] and biases[l][i] are
 *   overwritten with ours (brain stores them in Float32Arrays, so they are rounded to float32).
 * - Same update: brain minimises ½Σ(t − o)^2 (delta = (t − o)·o(1 − o)); our E has no ½, so our
 *   gradient is twice brain's and brain's learningRate is set to 2·lr to take the same steps.
 * - momentum 0, errorThresh 0 (run every iteration), log off. brain's public train() rejects
 *   those values ("[errorThresh, 0] is out of normal training range", and it requires
 *   0 < momentum < 1 and learningRate < 1), so we time train()'s own body instead:
 *   prepTraining() with valid placeholder options, then the real options written into
 *   net.trainOpts, then `while (net.trainingTick(...))`, which is exactly what train() runs.
 *   Each tick is one epoch of per-sample updates (trainPattern per sample, which also
 *   computes the sample's mse, like our running loss).
 * - brain.js 1.6.1 has no batch mode: it updates after every pattern, so it has no
 *   full-batch figure.
 */
import { createRequire } from 'node:module';
import type { Sample, Weights } from '../src/nn';

interface BrainNet {
  sizes: number[];
  weights: Float32Array[][];
  biases: Float32Array[];
  trainOpts: Record<string, unknown>;
  initialize(): void;
  prepTraining(
    data: unknown,
    options: Record<string, unknown>,
  ): { data: unknown; status: { error: number; iterations: number }; endTime: number };
  trainingTick(data: unknown, status: { error: number; iterations: number }, endTime: number): boolean;
  run(input: number[]): ArrayLike<number>;
}

interface BrainModule {
  NeuralNetwork: new (options: Record<string, unknown>) => BrainNet;
}

/** Loads brain.js; throws with the underlying reason if it cannot be imported. */
export function loadBrain(): BrainModule {
  const require = createRequire(import.meta.url);
  return require('brain.js') as BrainModule;
}

/** A 2-4-1 (or any) brain.js net holding a copy of `weights`. */
export function brainNet(brain: BrainModule, weights: Weights): BrainNet {
  const hidden = weights.slice(0, -1).map((m) => m.length);
  const net = new brain.NeuralNetwork({ hiddenLayers: hidden, activation: 'sigmoid' });
  net.sizes = [weights[0][0].length - 1, ...weights.map((m) => m.length)];
  net.initialize();
  weights.forEach((m, l) => {
    m.forEach((row, i) => {
      const n = row.length - 1;
      for (let j = 0; j < n; j++) net.weights[l + 1][i][j] = row[j];
      net.biases[l + 1][i] = row[n];
    });
  });
  return net;
}

/** Per-sample SGD for `epochs` epochs with our learning rate `lr` (brain gets 2·lr). */
export function trainBrain(net: BrainNet, data: readonly Sample[], epochs: number, lr: number): number {
  const brainData = data.map((s) => ({ input: s.x, output: s.t }));
  const prepared = net.prepTraining(brainData, {
    iterations: epochs,
    errorThresh: 0.005,
    learningRate: 0.3,
    momentum: 0.1,
    log: false,
  });
  Object.assign(net.trainOpts, { iterations: epochs, errorThresh: 0, learningRate: 2 * lr, momentum: 0 });
  const { status, endTime } = prepared;
  while (net.trainingTick(prepared.data, status, endTime)) {
    // each tick: one epoch of trainPattern(sample) for every sample
  }
  return status.error;
}

/** brain's weights back in our layout (bias last), for checking it trained like the engine. */
export function brainWeights(net: BrainNet): Weights {
  return net.weights
    .slice(1)
    .map((layer, l) => layer.map((row, i) => [...Array.from(row), net.biases[l + 1][i]]));
}
