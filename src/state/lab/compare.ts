import type { Sample } from '../../nn';
import { advance, freshNetwork } from './advance';
import type { LabSettings } from './labConfig';
import { firstEpochBelow, type LossHistory } from './lossHistory';

/**
 * Section 10's comparison: the same seed, the same settings, trained once without momentum and
 * once with it, so the only difference between the two curves is μ.
 */
export const COMPARE_EPOCHS = 1000;
/** μ for the momentum run when the reader's own μ is 0. */
export const COMPARE_DEFAULT_MU = 0.9;
export const TARGET_ERROR = 0.01;

export interface CompareRun {
  momentum: number;
  history: LossHistory;
  /** first epoch whose running loss is below TARGET_ERROR, or null */
  reached: number | null;
  /** epochs trained before a divergence, or null when all COMPARE_EPOCHS ran */
  stoppedAt: number | null;
}

export interface Comparison {
  seed: number;
  learningRate: number;
  epochs: number;
  plain: CompareRun;
  withMomentum: CompareRun;
}

function run(
  seed: number,
  settings: LabSettings,
  momentum: number,
  epochs: number,
  data: readonly Sample[] | undefined,
  width: number | undefined,
): CompareRun {
  // a history long enough to keep every epoch, so `reached` is exact
  const net = advance(freshNetwork(seed, width), { ...settings, momentum }, epochs, data, epochs);
  return {
    momentum,
    history: net.history,
    reached: firstEpochBelow(net.history, TARGET_ERROR),
    stoppedAt: net.divergence ? net.epoch : null,
  };
}

export function compareMomentum(
  seed: number,
  settings: LabSettings,
  epochs = COMPARE_EPOCHS,
  data?: readonly Sample[],
  width?: number,
): Comparison {
  const mu = settings.momentum > 0 ? settings.momentum : COMPARE_DEFAULT_MU;
  return {
    seed,
    learningRate: settings.learningRate,
    epochs,
    plain: run(seed, settings, 0, epochs, data, width),
    withMomentum: run(seed, settings, mu, epochs, data, width),
  };
}
