/**
 * XOR 2-4-1 training throughput, side by side in one run (npm run bench):
 *   engine    src/nn train(): the public API call (validation, flat copies, kernel, copy back)
 *   brain.js  1.6.1 NeuralNetwork, the body of its train() (see bench/brain.ts for exactly what)
 *   textbook  bench/textbook.ts: plain number[][] loops, fresh arrays per sample
 *   unrolled  bench/unrolled.ts: hand-unrolled Float64Array loop for 2-4-1, the floor
 * Unit: sample-updates per second = epochs × 4 samples / seconds (full batch: samples whose
 * gradient went into an update). All start from the same weights and learning rate (brain gets
 * 2·lr because its loss has a ½), all record a per-epoch running loss, and all must end at the
 * same weights (checked at the bottom).
 * Method: warm-up, then ROUNDS rounds. A budget ratio is the median over rounds of
 * rate(engine) / rate(other) measured back to back (order alternating), so a busy moment on this
 * shared 2-core machine hits both sides of a ratio; the table shows each one's median rate.
 */
import os from 'node:os';
import type { Weights } from '../src/nn';
import {
  DEFAULT_INIT_SEED,
  flattenWeights,
  initWeights,
  maxAbsDiff,
  train,
  unflattenWeights,
  XOR,
} from '../src/nn';
import { brainNet, brainWeights, loadBrain, trainBrain } from './brain';
import { trainTextbook } from './textbook';
import { trainUnrolled241, trainUnrolled241Batch } from './unrolled';

const SIZES = [2, 4, 1];
const LR = 0.5;
const EPOCHS = 12_000;
const WARMUP = 3;
const ROUNDS = 21;
const N = XOR.length;

type Mode = 'sgd' | 'batch';
type Run = (w0: Weights, mode: Mode) => Weights;
interface Impl {
  name: string;
  /** Trains from w0 for EPOCHS epochs and returns the final weights; undefined if unavailable. */
  run: Run | undefined;
  modes: Mode[];
}

const w0 = initWeights(SIZES, DEFAULT_INIT_SEED);
const X = new Float64Array(XOR.flatMap((s) => s.x));
const T = new Float64Array(XOR.flatMap((s) => s.t));

let brainStatus = 'imports and runs under node';
let brainRun: Run | undefined;
try {
  const brain = loadBrain();
  const probe = brainNet(brain, w0);
  trainBrain(probe, XOR, 2, LR);
  const y = probe.run([1, 0])[0];
  if (!Number.isFinite(y)) throw new Error(`run([1, 0]) returned ${y}`);
  brainRun = (w) => {
    const net = brainNet(brain, w);
    trainBrain(net, XOR, EPOCHS, LR);
    return brainWeights(net);
  };
} catch (err) {
  brainStatus = `could not run: ${(err as Error).message}`;
}

const engine: Impl = {
  name: 'engine (src/nn train)',
  modes: ['sgd', 'batch'],
  run: (w, mode) =>
    train(w, XOR, { learningRate: LR, epochs: EPOCHS, batchSize: mode === 'sgd' ? 1 : N }).weights,
};
const brainImpl: Impl = { name: 'brain.js 1.6.1', modes: ['sgd'], run: brainRun };
const textbook: Impl = {
  name: 'textbook number[][]',
  modes: ['sgd', 'batch'],
  run: (w, mode) => {
    const W = w.map((m) => m.map((r) => r.slice()));
    trainTextbook(W, XOR, EPOCHS, LR, mode === 'sgd' ? 1 : N);
    return W;
  },
};
const unrolled: Impl = {
  name: 'hand-unrolled Float64Array',
  modes: ['sgd', 'batch'],
  run: (w, mode) => {
    const flat = flattenWeights(w);
    (mode === 'sgd' ? trainUnrolled241 : trainUnrolled241Batch)(flat, X, T, EPOCHS, LR);
    return unflattenWeights(flat, SIZES);
  },
};
const impls = [engine, brainImpl, textbook, unrolled];
const has = (impl: Impl, mode: Mode) => impl.run !== undefined && impl.modes.includes(mode);

const rates = new Map<string, number[]>();
const ratios = new Map<string, number[]>();
const finals = new Map<string, Weights>();
const keep = new Map<string, number[]>();
const keptRatios = new Map<string, number[]>();
const push = (map: Map<string, number[]>, key: string, v: number) =>
  map.set(key, [...(map.get(key) ?? []), v]);

/** One timed run; records its rate (sample-updates/s) and final weights. */
function measure(impl: Impl, mode: Mode): number {
  const t0 = performance.now();
  const weights = (impl.run as Run)(w0, mode);
  const rate = (EPOCHS * N) / ((performance.now() - t0) / 1000);
  push(rates, `${impl.name}|${mode}`, rate);
  finals.set(`${impl.name}|${mode}`, weights);
  return rate;
}

/** engine and `other` back to back (order alternating by round); records their ratio. */
function pair(other: Impl, mode: Mode, round: number): void {
  if (!has(other, mode)) return;
  const first = round % 2 === 0;
  const a = first ? measure(engine, mode) : 0;
  const b = measure(other, mode);
  const e = first ? a : measure(engine, mode);
  push(ratios, `${other.name}|${mode}`, e / b);
}

const started = performance.now();
for (const mode of ['sgd', 'batch'] as Mode[]) {
  for (let r = 0; r < WARMUP; r++) for (const impl of impls) if (has(impl, mode)) measure(impl, mode);
  rates.clear();
  ratios.clear();
  for (let r = 0; r < ROUNDS; r++) {
    pair(unrolled, mode, r);
    pair(brainImpl, mode, r);
    if (r % 3 === 0) pair(textbook, mode, r); // slow; a third of the rounds is plenty
  }
  for (const impl of impls) {
    const k = `${impl.name}|${mode}`;
    if (rates.has(k)) keep.set(k, rates.get(k) as number[]);
  }
  for (const [k, v] of ratios) keptRatios.set(k, v);
}
const elapsed = (performance.now() - started) / 1000;

function median(a: number[]): number {
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const cpu = os.cpus()[0]?.model ?? 'unknown';
const load = os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
console.log(
  `XOR 2-4-1: ${EPOCHS} epochs x ${N} samples per run, lr ${LR}, ${WARMUP} warm-up + ${ROUNDS} rounds`,
);
console.log(`node ${process.version} (V8 ${process.versions.v8}), ${os.platform()} ${os.arch()}`);
console.log(`cpu: ${cpu}, ${os.cpus().length} logical cores, load average ${load}`);
console.log(`brain.js 1.6.1: ${brainStatus}`);
console.log('');
const col = Math.max(...impls.map((i) => i.name.length)) + 2;
const fmt = (impl: Impl, mode: Mode) => {
  const a = keep.get(`${impl.name}|${mode}`);
  return a ? `${(median(a) / 1e6).toFixed(2)} M/s` : 'n/a';
};
console.log(
  `${'sample-updates per second'.padEnd(col)}${'per-sample SGD'.padStart(16)}${'full batch'.padStart(16)}`,
);
for (const impl of impls) {
  console.log(`${impl.name.padEnd(col)}${fmt(impl, 'sgd').padStart(16)}${fmt(impl, 'batch').padStart(16)}`);
}
console.log('');
const show = (label: string, other: Impl, mode: Mode, budget?: number) => {
  const a = keptRatios.get(`${other.name}|${mode}`);
  const v = a ? median(a) : undefined;
  const text = v === undefined ? 'n/a' : `${v.toFixed(2)}x`;
  const verdict =
    budget === undefined || v === undefined
      ? ''
      : `  ${v >= budget ? 'PASS' : 'FAIL'} (budget >= ${budget}x)`;
  console.log(`${label.padEnd(40)}${text.padStart(7)}${verdict}`);
};
show('engine / brain.js       per-sample SGD', brainImpl, 'sgd', 2.5);
show('engine / unrolled       per-sample SGD', unrolled, 'sgd', 0.8);
show('engine / textbook       per-sample SGD', textbook, 'sgd');
show('engine / unrolled       full batch', unrolled, 'batch');
show('engine / textbook       full batch', textbook, 'batch');

// Same start, same learning rate: every implementation must end at the same weights.
console.log('');
for (const mode of ['sgd', 'batch'] as Mode[]) {
  const ref = finals.get(`${unrolled.name}|${mode}`) as Weights;
  for (const impl of [engine, brainImpl, textbook]) {
    const w = finals.get(`${impl.name}|${mode}`);
    if (w)
      console.log(
        `check ${mode.padEnd(6)}${impl.name.padEnd(col)}max |w - unrolled's w| = ${maxAbsDiff(w, ref).toExponential(2)}`,
      );
  }
}
console.log(`(brain.js stores weights as float32, hence its larger difference)`);
console.log(`total ${elapsed.toFixed(1)} s`);
