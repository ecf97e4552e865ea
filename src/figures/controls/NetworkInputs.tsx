import { useAppStore } from '../../state/store';
import { INPUT_RANGE, TARGET_RANGE } from '../../state/twoByTwo';
import { NumberSlider } from './NumberSlider';

/** The 2x2 network's inputs i1, i2 and targets t1, t2, and a reset to the defaults. */
export function NetworkInputs() {
  const x = useAppStore((s) => s.x);
  const t = useAppStore((s) => s.t);
  const { setInput, setTarget } = useAppStore.getState();
  return (
    <div className="network-inputs">
      <NumberSlider
        label="i1"
        value={x[0] ?? 0}
        {...INPUT_RANGE}
        step={0.01}
        onChange={(v) => setInput(0, v)}
      />
      <NumberSlider
        label="i2"
        value={x[1] ?? 0}
        {...INPUT_RANGE}
        step={0.01}
        onChange={(v) => setInput(1, v)}
      />
      <NumberSlider
        label="t1"
        value={t[0] ?? 0}
        {...TARGET_RANGE}
        step={0.01}
        onChange={(v) => setTarget(0, v)}
      />
      <NumberSlider
        label="t2"
        value={t[1] ?? 0}
        {...TARGET_RANGE}
        step={0.01}
        onChange={(v) => setTarget(1, v)}
      />
      <button type="button" className="network-inputs__reset" onClick={resetEverything}>
        Reset the network
      </button>
    </div>
  );
}

/** Back to the defaults: weights, inputs, targets, and no stepping or training in progress. */
export function resetEverything() {
  const s = useAppStore.getState();
  s.stopTraining();
  s.stepTo(null);
  s.resetNetwork();
  s.resetTraining();
}
