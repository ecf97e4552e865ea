import { selectDivergence, selectEpoch, selectError } from '../../state/lab/labSelectors';
import { useLabStore } from '../../state/lab/labStore';
import { divergenceMessage, statusText } from '../../state/lab/labText';
import { useLab } from '../../state/lab/useLab';

/**
 * The run in one line, `epoch 1234 · error 0.0087` (the set's error at the current weights,
 * evaluated without dropout), and, when training stopped by itself, why, with a way back.
 */
export function LabStatus() {
  const epoch = useLab(selectEpoch);
  const error = useLab(selectError);
  const divergence = useLab(selectDivergence);
  const reset = useLabStore((s) => s.reset);
  const activation = useLab((s) => s.settings.activation);
  return (
    <div className="lab-status">
      <p className="lab-status__line" data-testid="lab-status">
        {statusText(epoch, error)}
      </p>
      {divergence ? (
        <div className="lab-alert" role="alert" data-testid="lab-divergence">
          <p>{divergenceMessage(divergence, activation)}</p>
          <button type="button" onClick={reset}>
            Reset
          </button>
        </div>
      ) : null}
    </div>
  );
}
