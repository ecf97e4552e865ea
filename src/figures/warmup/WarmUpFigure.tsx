import './warmup.css';
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useId, useMemo } from 'react';
import { errorAlong, evenly } from '../../state/errorAlong';
import { selectError, selectGrad, selectParam } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { DEFAULT_WEIGHTS, PARAM_BY_ID, PARAM_RANGE } from '../../state/twoByTwo';
import { useLive } from '../../state/useLive';
import { formatNumber, texNumber } from '../../tex/format';
import { Tex } from '../../tex/Tex';
import { NumberSlider } from '../controls/NumberSlider';

/** The weight the warm-up hands the reader: e, from F to H (Mazur's w5). */
const ID = 'e';
const selectE = selectParam(ID);
const selectSlope = selectGrad(ID);
const { layer, row, col } = PARAM_BY_ID[ID];
const DEFAULT_E = DEFAULT_WEIGHTS[layer]?.[row]?.[col] ?? 0;
/** the learning rate of the one step the warm-up offers, the same as Mazur's */
const ETA = 0.5;

const WIDTH = 320;
const HEIGHT = 150;
const PAD = { left: 36, right: 10, top: 10, bottom: 26 };

/**
 * The opening's warm-up: one weight of the shared 2-2-2 network on a slider, the error E it
 * gives and the slope ∂E/∂e, both from the store (which asks the engine), and E drawn against e
 * with the tangent at the current point. The slope's sign says which way lowers E.
 */
export function WarmUpFigure() {
  const e = useLive(selectE);
  const error = useLive(selectError);
  const slope = useLive(selectSlope);
  const weights = useLive((s) => s.weights);
  const x = useLive((s) => s.x);
  const t = useLive((s) => s.t);
  const loss = useLive((s) => s.loss2x2);
  const setParam = useAppStore((s) => s.setParam);
  const clipId = useId();

  // a value typed or loaded outside the slider's range is kept, so the plot widens to show it
  const lo = Math.min(PARAM_RANGE.min, e);
  const hi = Math.max(PARAM_RANGE.max, e);
  const curve = useMemo(() => {
    const es = evenly(lo, hi, 161);
    const errors = errorAlong(weights, x, t, ID, es, loss);
    return es.map((v, i) => [v, errors[i] ?? Number.NaN] as const);
  }, [weights, x, t, lo, hi, loss]);

  const [yMin = 0, yMax = 1] = extent(curve, (p) => p[1]);
  const sx = scaleLinear()
    .domain([lo, hi])
    .range([PAD.left, WIDTH - PAD.right]);
  const sy = scaleLinear()
    .domain([Math.min(0, yMin), Math.max(yMax, yMin + 1e-9)])
    .range([HEIGHT - PAD.bottom, PAD.top])
    .nice();
  const path = line<readonly [number, number]>()
    .x((p) => sx(p[0]))
    .y((p) => sy(p[1]))(curve);
  // the tangent, drawn over a stretch of e either side of the point
  const run = (hi - lo) / 8;
  const tangent = [e - run, e + run].map((v) => [sx(v), sy(error + slope * (v - e))] as const);

  return (
    <div className="warm-up">
      <h3 className="warm-up__title">Warm-up: move one weight by hand</h3>
      <svg
        className="warm-up__plot"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`The error E as e runs from ${formatNumber(lo)} to ${formatNumber(hi)}, every other number held; at e = ${formatNumber(e)}, E = ${formatNumber(error)}`}
      >
        <clipPath id={clipId}>
          <rect
            x={PAD.left}
            y={PAD.top}
            width={WIDTH - PAD.left - PAD.right}
            height={HEIGHT - PAD.top - PAD.bottom}
          />
        </clipPath>
        <line
          className="warm-up__axis"
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={sy.range()[0]}
          y2={sy.range()[0]}
        />
        <line className="warm-up__axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={HEIGHT - PAD.bottom} />
        {sy.ticks(3).map((v) => (
          <text
            key={v}
            className="warm-up__tick"
            x={PAD.left - 4}
            y={sy(v)}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {formatNumber(v).replace(/\.?0+$/, '') || '0'}
          </text>
        ))}
        {sx.ticks(5).map((v) => (
          <text key={v} className="warm-up__tick" x={sx(v)} y={HEIGHT - PAD.bottom + 14} textAnchor="middle">
            {Math.round(v)}
          </text>
        ))}
        <text className="warm-up__tick" x={WIDTH - PAD.right} y={HEIGHT - 2} textAnchor="end">
          e
        </text>
        <text className="warm-up__tick" x={PAD.left + 4} y={PAD.top + 8}>
          E
        </text>
        <g clipPath={`url(#${clipId})`}>
          <path className="warm-up__curve" d={path ?? ''} />
          <line
            className="warm-up__tangent"
            x1={tangent[0]?.[0]}
            y1={tangent[0]?.[1]}
            x2={tangent[1]?.[0]}
            y2={tangent[1]?.[1]}
          />
        </g>
        <circle className="warm-up__dot" cx={sx(e)} cy={sy(error)} r={5} />
      </svg>
      <NumberSlider
        label={<i>e</i>}
        value={e}
        min={PARAM_RANGE.min}
        max={PARAM_RANGE.max}
        step={0.01}
        onChange={(v) => setParam(ID, v)}
        text={formatNumber(e)}
      />
      <div className="warm-up__numbers">
        <Tex tex={`E = ${texNumber(error)}`} fallback={`E = ${formatNumber(error)}`} />
        <Tex
          tex={`\\frac{\\partial E}{\\partial e} = ${texNumber(slope)}`}
          fallback={`slope of E with respect to e = ${formatNumber(slope)}`}
        />
      </div>
      <p className="warm-up__verdict" data-testid="warm-up-verdict">
        {verdict(slope)}
      </p>
      <div className="warm-up__buttons">
        <button type="button" onClick={() => setParam(ID, e - ETA * slope)}>
          One step downhill: e ← e − {ETA}·∂E/∂e
        </button>
        <button type="button" onClick={() => setParam(ID, DEFAULT_E)} disabled={e === DEFAULT_E}>
          Back to e = {DEFAULT_E}
        </button>
      </div>
    </div>
  );
}

/** What the slope's sign says, in words that hold for every value it can take. */
export function verdict(slope: number): string {
  if (!Number.isFinite(slope)) return 'The slope cannot be computed for these numbers.';
  if (slope > 0) return 'The slope is positive: E rises with e, so lowering e lowers E.';
  if (slope < 0) return 'The slope is negative: E falls as e grows, so raising e lowers E.';
  return 'The slope is zero: a small nudge of e either way leaves E unchanged to first order.';
}
