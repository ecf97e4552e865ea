import { useId } from 'react';
import { LiveField } from '../../islands/LiveField';
import type { Activation, Loss } from '../../nn';
import {
  CHOSEN_LOSSES,
  crossEntropyFits,
  HIDDEN_ACTIVATIONS,
  OUTPUT_ACTIVATIONS,
} from '../../state/anyNetwork/modelChoice';
import { useAnyNetworkStore } from '../../state/anyNetwork/store';
import { useLiveAnyNetwork } from '../../state/anyNetwork/useLiveAnyNetwork';

const ACTIVATION_LABEL: Record<Activation, string> = {
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  linear: 'linear',
  softmax: 'softmax',
};

const LOSS_LABEL: Record<Loss, string> = {
  squared: 'squared, Σ(out − t)²',
  'half-squared': 'half squared, ½Σ(out − t)²',
  'cross-entropy': 'cross-entropy',
};

/**
 * An activation for each layer with weights and a loss. The choices the engine refuses are not
 * offered: softmax appears only on the output layer, and cross-entropy is disabled (and says
 * why) unless the outputs are sigmoid or softmax. Choosing an output that does not fit
 * cross-entropy switches the loss to squared error, and the status line says so.
 */
export function ModelControls() {
  const activations = useLiveAnyNetwork((s) => s.model.activation);
  const loss = useLiveAnyNetwork((s) => s.model.loss);
  const outputs = useLiveAnyNetwork((s) => s.sizes[s.sizes.length - 1]);
  const setActivation = useAnyNetworkStore((s) => s.setActivation);
  const setLoss = useAnyNetworkStore((s) => s.setLoss);
  const id = useId();
  const L = activations.length;
  const ceFits = crossEntropyFits(activations[L - 1]);
  return (
    <div className="any-network__controls any-network__model">
      <fieldset className="any-network__sizes">
        <legend>Activation per layer</legend>
        {activations.map((a, i) => {
          const l = i + 1;
          const options = l === L ? OUTPUT_ACTIVATIONS : HIDDEN_ACTIVATIONS;
          return (
            <div className="any-network__field" key={l}>
              <label htmlFor={`${id}-act-${l}`}>
                {l === L ? `Layer ${l} (output)` : `Layer ${l}`}
                <span className="sr-only"> activation</span>
              </label>
              <LiveField
                kind="select"
                options={options.map((o) => ACTIVATION_LABEL[o])}
                shown={ACTIVATION_LABEL[a]}
              >
                <select
                  id={`${id}-act-${l}`}
                  data-activation-layer={l}
                  value={a}
                  onChange={(e) => setActivation(l, e.currentTarget.value as Activation)}
                >
                  {options.map((o) => (
                    <option key={o} value={o}>
                      {ACTIVATION_LABEL[o]}
                    </option>
                  ))}
                </select>
              </LiveField>
            </div>
          );
        })}
      </fieldset>
      <div className="any-network__field">
        <label htmlFor={`${id}-loss`}>Loss</label>
        <LiveField kind="select" options={CHOSEN_LOSSES.map((o) => LOSS_LABEL[o])} shown={LOSS_LABEL[loss]}>
          <select
            id={`${id}-loss`}
            value={loss}
            aria-describedby={ceFits ? undefined : `${id}-loss-note`}
            onChange={(e) => setLoss(e.currentTarget.value as Loss)}
          >
            {CHOSEN_LOSSES.map((o) => (
              <option key={o} value={o} disabled={o === 'cross-entropy' && !ceFits}>
                {LOSS_LABEL[o]}
              </option>
            ))}
          </select>
        </LiveField>
      </div>
      {activations[L - 1] === 'softmax' && outputs === 1 ? (
        <p className="any-network__note">
          A softmax over a single output is always 1, whatever its net input: E does not change with any
          weight here, so every δ and every gradient is 0. Give the output layer two or more units.
        </p>
      ) : null}
      {ceFits ? null : (
        <p className="any-network__note" id={`${id}-loss-note`}>
          Cross-entropy needs outputs between 0 and 1: choose a sigmoid or softmax output layer to use it.
        </p>
      )}
    </div>
  );
}
