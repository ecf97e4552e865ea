import { scaleLinear, scaleLog } from 'd3-scale';
import { type DeltaSize, selectDeltaSizes } from '../../state/anyNetwork/selectors';
import { useLiveAnyNetwork } from '../../state/anyNetwork/useLiveAnyNetwork';
import { formatNumber } from '../../tex/format';
import { Scientific } from '../gradcheck/Scientific';

const WIDTH = 440;
const HEIGHT = 190;
const M = { top: 18, right: 16, bottom: 30, left: 52 };

type Line = 'current' | 'sigmoid';
const meanOf = (d: DeltaSize, s: Line) => (s === 'current' ? d.meanAbs : d.sigmoidMeanAbs);

/**
 * The size of δ per layer, mean |(δ_l)_j|, on a log scale, for the reader's activations and
 * for sigmoid on every layer (same weights, input, target and loss). Each step back multiplies
 * by the slopes f′(net_l) and the weights: σ′ ≤ ¼ shrinks the deltas, and a ReLU unit with
 * net ≤ 0 contributes exactly 0. A mean of 0 has no place on a log scale: it sits on the
 * bottom line, marked 0.
 */
export function DeltaSizes() {
  const sizes = useLiveAnyNetwork(selectDeltaSizes);
  const activations = useLiveAnyNetwork((s) => s.model.activation);
  const allSigmoid = activations.every((a) => a === 'sigmoid');
  const positive = sizes.flatMap((d) => [d.meanAbs, d.sigmoidMeanAbs]).filter((v) => v > 0);
  const lo = positive.length ? 10 ** Math.floor(Math.log10(Math.min(...positive))) : 1e-6;
  const hi = positive.length ? 10 ** Math.ceil(Math.log10(Math.max(...positive))) : 1;
  const y = scaleLog()
    .domain([lo, hi === lo ? lo * 10 : hi])
    .range([HEIGHT - M.bottom, M.top]);
  const x = scaleLinear()
    .domain([0.5, sizes.length + 0.5])
    .range([M.left, WIDTH - M.right]);
  const ticks = y
    .ticks()
    .filter((t) => Math.abs(Math.log10(t) % 1) < 1e-9 || Math.abs(Math.log10(t) % 1) > 1 - 1e-9);
  const yOf = (v: number) => y(v > 0 ? v : lo);
  /** a label sits on the side of its point away from the other line's point, so the two never collide */
  const labelShift = (d: DeltaSize, s: Line) => {
    const other = s === 'current' ? d.sigmoidMeanAbs : d.meanAbs;
    const mine = meanOf(d, s);
    const otherAbove = yOf(other) < yOf(mine) - 1;
    return otherAbove && yOf(mine) + 20 < HEIGHT - M.bottom ? 19 : -9;
  };
  const series = (s: Line) => (
    <g className={`delta-sizes__series delta-sizes__series--${s}`} data-series={s}>
      <polyline
        className="delta-sizes__line"
        points={sizes.map((d) => `${x(d.l)},${yOf(meanOf(d, s))}`).join(' ')}
      />
      {sizes.map((d) => {
        const v = meanOf(d, s);
        return (
          <g key={d.l} className="delta-sizes__point" data-layer={d.l} data-mean-abs={v}>
            {s === 'current' ? (
              <circle cx={x(d.l)} cy={yOf(v)} r={4.5} />
            ) : (
              <rect x={x(d.l) - 4} y={yOf(v) - 4} width={8} height={8} />
            )}
            {s === 'current' || v === 0 ? (
              <text x={x(d.l) + (s === 'current' ? 0 : 12)} y={yOf(v) + labelShift(d, s)} textAnchor="middle">
                {v === 0 ? '0' : formatNumber(v)}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
  return (
    <figure className="delta-sizes" data-testid="delta-sizes">
      <ul className="delta-sizes__legend">
        <li className="delta-sizes__key delta-sizes__key--current">
          your activations ({activations.join(', ')})
        </li>
        <li className="delta-sizes__key delta-sizes__key--sigmoid">sigmoid on every layer</li>
      </ul>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={words(sizes, allSigmoid)}>
        <g className="delta-sizes__grid">
          {ticks.map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`}>
              <line x1={M.left} x2={WIDTH - M.right} />
              <text x={M.left - 6} dy="0.32em" textAnchor="end">
                10
                <tspan dy="-0.45em" fontSize="0.8em">
                  {String(Math.round(Math.log10(t))).replace('-', '−')}
                </tspan>
              </text>
            </g>
          ))}
        </g>
        {series('sigmoid')}
        {series('current')}
        {sizes.map((d) => (
          <text key={d.l} x={x(d.l)} y={HEIGHT - 10} textAnchor="middle" className="delta-sizes__layer">
            {d.l === sizes.length ? `layer ${d.l} (output)` : `layer ${d.l}`}
          </text>
        ))}
      </svg>
      <figcaption>
        Mean |δ<sub>l</sub>| per layer, log scale (each grid line is ten times the one below); a mean of
        exactly 0 is drawn on the bottom line and marked 0. The squares use the same weights, input, target
        and loss with sigmoid on every layer
        {allSigmoid ? ', which is your choice too, so the two lines coincide' : ''}.
        <Ratio sizes={sizes} />
        <DeadUnits sizes={sizes} />
      </figcaption>
    </figure>
  );
}

/** Layer 1's mean |δ| against the output layer's, for both series (only when both are defined). */
function Ratio({ sizes }: { sizes: readonly DeltaSize[] }) {
  const first = sizes[0];
  const last = sizes.at(-1);
  if (!first || !last || sizes.length < 2) return null;
  const ratio = (a: number, b: number) => (a > 0 && b > 0 ? <Scientific value={a / b} /> : null);
  const mine = ratio(first.meanAbs, last.meanAbs);
  const sig = ratio(first.sigmoidMeanAbs, last.sigmoidMeanAbs);
  if (!mine && !sig) return null;
  return (
    <span data-testid="delta-ratio">
      {' '}
      Layer 1's mean |δ| divided by the output layer's: {mine ?? 'not defined (a mean of 0)'} with your
      activations, {sig ?? 'not defined (a mean of 0)'} with sigmoid.
    </span>
  );
}

/** How many ReLU units are off for this input (net ≤ 0): their slope is 0, so their δ is 0. */
function DeadUnits({ sizes }: { sizes: readonly DeltaSize[] }) {
  const dead = sizes.reduce((n, d) => n + d.dead, 0);
  const reluUnits = sizes.reduce((n, d) => n + d.reluUnits, 0);
  if (reluUnits === 0) return null;
  // the layer nearest the output whose units are all off: from there back every δ is 0
  const allOff = sizes.filter((d) => d.reluUnits > 0 && d.dead === d.reluUnits).at(-1);
  return (
    <span data-testid="dead-units" data-dead={dead} data-relu-units={reluUnits}>
      {' '}
      {dead === 0
        ? `All ${reluUnits} ReLU units have net > 0 for this input, so each passes δ back with slope 1.`
        : `${dead} of ${reluUnits} ReLU units have net ≤ 0 for this input (dead here): their slope is 0, so their δ is 0, and so is the gradient of every weight into them.`}
      {allOff
        ? ` Every unit of layer ${allOff.l} is off, so δ is 0 in layer ${allOff.l} and in every layer before it.`
        : ''}
    </span>
  );
}

const words = (sizes: readonly DeltaSize[], allSigmoid: boolean) =>
  `Mean absolute delta per layer, log scale: ${sizes
    .map(
      (d) =>
        `layer ${d.l}, ${formatNumber(d.meanAbs)}${allSigmoid ? '' : ` (all-sigmoid ${formatNumber(d.sigmoidMeanAbs)})`}`,
    )
    .join('; ')}.`;
