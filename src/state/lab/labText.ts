import { formatNumber } from '../../tex/format';
import type { LabDivergence } from './advance';
import { type HiddenActivation, WEIGHT_LIMIT } from './labConfig';
import { describeParam } from './labParams';

/** The status line the figures and the browser tests read: `epoch 583 · error 0.009987`. */
export const statusText = (epoch: number, error: number) => `epoch ${epoch} · error ${formatNumber(error)}`;

/** Why training paused by itself, in the reader's terms; numbers never NaN or infinite. */
export function divergenceMessage(d: LabDivergence, activation: HiddenActivation = 'sigmoid'): string {
  const where = describeParam(d.param);
  const at = `Training paused at epoch ${d.epoch}`;
  const advice = 'Lower the learning rate, then press Reset.';
  if (d.kind === 'limit') {
    return (
      `${at}: the next epoch would have moved ${where} by ${formatNumber(d.step ?? 0)}, past ±${formatNumber(WEIGHT_LIMIT)}. ` +
      `Its gradient over the set was ${formatNumber(d.gradient)}, and η = ${formatNumber(d.learningRate)} blew that up into a jump ` +
      (activation === 'sigmoid'
        ? `no sigmoid recovers from: every unit it feeds would sit at 0 or 1, where σ′ and with it every gradient through that unit is 0. `
        : `far beyond any weight this network needs, so the lab does not take it. `) +
      advice
    );
  }
  return (
    `${at}: the update to ${where} overflowed (its gradient was ${formatNumber(d.gradient)}, η = ${formatNumber(d.learningRate)}). ` +
    `The weights are those from before that update. ${advice}`
  );
}
