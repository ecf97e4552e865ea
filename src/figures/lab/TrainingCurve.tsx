import { useLabStore } from '../../state/lab/labStore';
import { useLab } from '../../state/lab/useLab';
import { CheckField } from './fields';
import { LossCurve } from './LossCurve';

/** The run's loss curve: every epoch's running loss, as the engine measured it while training. */
export function TrainingCurve() {
  const history = useLab((s) => s.net.history);
  const log = useLab((s) => s.logScale);
  const setLogScale = useLabStore((s) => s.setLogScale);
  return (
    <div className="lab-chart">
      <div className="lab-chart__head">
        <h3 className="lab-subtitle">Loss per epoch</h3>
        <CheckField label="log scale" checked={log} onChange={setLogScale} />
      </div>
      <LossCurve title="Loss per epoch of this run" series={{ id: 'run', ...history }} log={log} />
    </div>
  );
}
