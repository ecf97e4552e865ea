import {
  LEARNING_RATE_RANGE,
  LEARNING_RATE_SLIDER,
  SEED_RANGE,
  SPEEDS,
  widthOf,
} from '../../state/lab/labConfig';
import { useLabStore } from '../../state/lab/labStore';
import { checkSeed, SETTING_CHECKS } from '../../state/lab/labValidate';
import { EQUAL_WEIGHT, hiddenUnitsIdentical } from '../../state/lab/symmetry';
import { formatNumber } from '../../tex/format';
import { NumberField, RangeField } from './fields';
import { ModelDataSettings } from './ModelDataSettings';
import { TrainingSettings } from './TrainingSettings';

/** The training loop keeps its share of a frame short, so the largest speeds are ceilings. */
const speedText = (n: number) => `${n >= 1000 ? 'up to ' : ''}${n} epoch${n === 1 ? '' : 's'} per frame`;

/**
 * Step, Play/Pause, Reset; the seed and a new random initialisation; speed, learning rate and
 * where to pause. With `advanced`, the section 10 settings too (batch size, reduction,
 * momentum, dropout, shuffle). Every change applies from the next epoch and keeps the weights.
 */
export function LabControls({ advanced = false }: { advanced?: boolean }) {
  const playing = useLabStore((s) => s.playing);
  const seed = useLabStore((s) => s.net.seed);
  const speed = useLabStore((s) => s.settings.speed);
  const learningRate = useLabStore((s) => s.settings.learningRate);
  const stopAt = useLabStore((s) => s.stopAt);
  const a = useLabStore.getState();
  const speedIndex = Math.max(0, SPEEDS.indexOf(speed));
  const sliderLog = Math.min(
    LEARNING_RATE_SLIDER.max,
    Math.max(LEARNING_RATE_SLIDER.min, Math.log10(learningRate)),
  );
  return (
    <div className="lab-controls">
      <div className="lab-buttons">
        <button type="button" onClick={a.step}>
          Step
        </button>
        <button type="button" className="lab-play" onClick={a.togglePlay}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={a.reset}>
          Reset
        </button>
        <button type="button" onClick={a.randomInit}>
          New random init
        </button>
        <button type="button" onClick={a.equalWeights} title={`Every weight and bias set to ${EQUAL_WEIGHT}`}>
          Start with all weights equal
        </button>
      </div>
      <SymmetryNote />
      <div className="lab-fields">
        <NumberField
          label="seed"
          value={seed}
          onCommit={(v) => {
            if (v === null) return `Enter a whole number from ${SEED_RANGE.min} to ${SEED_RANGE.max}.`;
            const problem = checkSeed(v);
            if (!problem) a.reseed(v);
            return problem;
          }}
        />
        <RangeField
          label="speed"
          value={speedIndex}
          min={0}
          max={SPEEDS.length - 1}
          step={1}
          text={speedText(speed)}
          onChange={(i) => a.setSetting('speed', SPEEDS[i] ?? speed)}
        />
        <RangeField
          label={
            <>
              learning rate <i>η</i>
            </>
          }
          value={sliderLog}
          min={LEARNING_RATE_SLIDER.min}
          max={LEARNING_RATE_SLIDER.max}
          step={LEARNING_RATE_SLIDER.step}
          text={`η = ${formatNumber(learningRate)}`}
          onChange={(v) => a.setSetting('learningRate', Number((10 ** v).toPrecision(2)))}
        />
        <NumberField
          label={
            <>
              type <i>η</i>
            </>
          }
          value={learningRate}
          onCommit={(v) => {
            const problem = SETTING_CHECKS.learningRate(v);
            if (problem)
              return `${problem} (from ${LEARNING_RATE_RANGE.min} up; try 1e9 to see training blow up).`;
            a.setSetting('learningRate', v as number);
            return null;
          }}
        />
        <NumberField
          label="pause at epoch"
          placeholder="never"
          value={stopAt}
          onCommit={(v) => {
            if (v !== null && !(Number.isInteger(v) && v > 0))
              return 'Enter a whole number of epochs, or leave it empty.';
            a.setStopAt(v);
            return null;
          }}
        />
      </div>
      {/* section 10 keeps these folded: they are section 9's, and shared */}
      <ModelDataSettings folded={advanced} />
      {advanced ? <TrainingSettings /> : null}
    </div>
  );
}

/**
 * While the hidden units are interchangeable (same weights in, same weights out), says so and
 * why training cannot tell them apart; with dropout on, that the random mask will.
 */
function SymmetryNote() {
  const identical = useLabStore((s) => hiddenUnitsIdentical(s.net.weights));
  const dropout = useLabStore((s) => s.settings.dropout > 0);
  const width = useLabStore((s) => widthOf(s.net.weights));
  const xor = useLabStore((s) => s.data.name === 'xor');
  if (!identical) return null;
  return (
    <p className="lab-symmetry" data-testid="lab-symmetry" role="status">
      The {width === 4 ? 'four' : width} hidden units are identical: the same weights in and the same weight
      out, so they compute the same value, get the same δ and the same gradient, and every step keeps them the
      same. The network has in effect one hidden unit{xor ? ', too few for XOR' : ''}.
      {dropout
        ? ' Dropout drops units at random, so the units it drops get different updates: it breaks the symmetry.'
        : ''}
    </p>
  );
}
