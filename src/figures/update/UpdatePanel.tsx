import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { NARROW, useMediaQuery } from '../../app/useMediaQuery';
import { selectPass } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { useLive } from '../../state/useLive';
import { formatNumber, texNumber } from '../../tex/format';
import { texNumberMatrix } from '../../tex/matrix';
import { Tex } from '../../tex/Tex';
import { NumberSlider } from '../controls/NumberSlider';

/**
 * The last step of the stepper and the Train control: W ← W − η·∂E/∂W on all twelve
 * parameters, with the old weights, the gradients and the new weights side by side, and the
 * error falling as training repeats forward, backward and update.
 */
export function UpdatePanel() {
  const eta = useLive((s) => s.learningRate);
  const last = useLive((s) => s.lastUpdate);
  const training = useLive((s) => s.training);
  const history = useLive((s) => s.errorHistory);
  const error = useLive((s) => selectPass(s).error);
  const { setLearningRate, applyUpdate, startTraining, stopTraining } = useAppStore.getState();
  const narrow = useMediaQuery(NARROW);
  return (
    <section className="update-panel" aria-label="Update the weights">
      <h3 className="update-panel__title">Update: W ← W − η ∂E/∂W</h3>
      <NumberSlider label="η" value={eta} min={0.05} max={10} step={0.05} onChange={setLearningRate} />
      <div className="update-panel__buttons">
        <button type="button" onClick={() => applyUpdate()} disabled={training}>
          Update once
        </button>
        <button type="button" onClick={training ? stopTraining : startTraining} aria-pressed={training}>
          {training ? 'Pause training' : 'Train'}
        </button>
      </div>
      <p className="update-panel__status" data-testid="update-status">
        {`${history.length} update${history.length === 1 ? '' : 's'} · error ${formatNumber(error)}`}
      </p>
      {history.length > 1 ? <ErrorSparkline errors={[...history, error]} /> : null}
      {last ? (
        <div className="update-panel__matrices" data-testid="last-update">
          {[0, 1].map((l) => (
            <figure
              key={l}
              className="live-matrix"
              aria-label={`W${l + 1}: old weights, minus η times the gradients, equals the new weights`}
            >
              <Tex
                display
                tex={updateTex(l, last.before[l] ?? [], eta, last.grad[l] ?? [], last.after[l] ?? [], narrow)}
                fallback={`W${l + 1} after the update: ${(last.after[l] ?? []).map((r) => r.map(formatNumber).join(', ')).join('; ')}`}
              />
            </figure>
          ))}
        </div>
      ) : (
        <p className="update-panel__hint">
          Update once (or reach the last step of the stepper) to see old weights, gradients and new weights
          side by side.
        </p>
      )}
    </section>
  );
}

/**
 * W ← W − η ∂E/∂W with numbers, re-flowed to fit the figure's column: the new weights under the
 * old ones and the step (two lines), and on a phone the step on a line of its own (three).
 */
function updateTex(
  l: number,
  before: readonly (readonly number[])[],
  eta: number,
  grad: readonly (readonly number[])[],
  after: readonly (readonly number[])[],
  narrow: boolean,
): string {
  const step = `- ${texNumber(eta)}\\,${texNumberMatrix(grad)}`;
  const lines = narrow
    ? [`W_${l + 1}: {} & ${texNumberMatrix(before)}`, `& ${step}`]
    : [`W_${l + 1}: {} & ${texNumberMatrix(before)} ${step}`];
  return `\\begin{aligned} ${[...lines, `& = ${texNumberMatrix(after)}`].join(' \\\\ ')} \\end{aligned}`;
}

/** The error before each update, on a log scale: it should fall. */
function ErrorSparkline({ errors }: { errors: readonly number[] }) {
  const width = 300;
  const height = 60;
  const positive = errors.map((e) => Math.max(e, 1e-12));
  const x = scaleLinear()
    .domain([0, Math.max(1, positive.length - 1)])
    .range([4, width - 4]);
  const lo = Math.min(...positive);
  const hi = Math.max(...positive);
  const y = scaleLog()
    .domain([lo, hi > lo ? hi : lo * 10])
    .range([height - 4, 4]);
  const d =
    line<number>()
      .x((_, i) => x(i))
      .y((e) => y(e))(positive) ?? '';
  return (
    <svg
      className="update-panel__sparkline"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Error over ${errors.length - 1} updates, from ${formatNumber(errors[0] ?? 0)} to ${formatNumber(errors.at(-1) ?? 0)}`}
    >
      <path d={d} />
    </svg>
  );
}
