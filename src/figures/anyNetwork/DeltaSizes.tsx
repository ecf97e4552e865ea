import { scaleLinear, scaleLog } from 'd3-scale';
import { selectDeltaSizes } from '../../state/anyNetwork/selectors';
import { useLiveAnyNetwork } from '../../state/anyNetwork/useLiveAnyNetwork';
import { formatNumber } from '../../tex/format';
import { Scientific } from '../gradcheck/Scientific';

const WIDTH = 440;
const HEIGHT = 170;
const M = { top: 14, right: 16, bottom: 30, left: 52 };

/**
 * The size of δ per layer, mean |δ^l_j|, on a log scale: in a deep sigmoid network each step
 * back multiplies by σ′ ≤ ¼ and by the weights, so the first layers' deltas (and with them their
 * gradients) come out orders of magnitude smaller than the last's.
 */
export function DeltaSizes() {
  const sizes = useLiveAnyNetwork(selectDeltaSizes);
  const positive = sizes.map((d) => d.meanAbs).filter((v) => v > 0);
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
  const first = sizes[0];
  const last = sizes.at(-1);
  const points = sizes.map((d) => `${x(d.l)},${yOf(d.meanAbs)}`).join(' ');
  return (
    <figure className="delta-sizes" data-testid="delta-sizes">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={words(sizes)}>
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
        <polyline className="delta-sizes__line" points={points} />
        {sizes.map((d) => (
          <g key={d.l} className="delta-sizes__point" data-layer={d.l} data-mean-abs={d.meanAbs}>
            <circle cx={x(d.l)} cy={yOf(d.meanAbs)} r={4.5} />
            <text x={x(d.l)} y={yOf(d.meanAbs) - 9} textAnchor="middle">
              {formatNumber(d.meanAbs)}
            </text>
            <text x={x(d.l)} y={HEIGHT - 10} textAnchor="middle" className="delta-sizes__layer">
              {d.l === sizes.length ? `layer ${d.l} (output)` : `layer ${d.l}`}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        Mean |δ<sup>l</sup>| per layer, log scale (each grid line is ten times the one below). Every layer
        back multiplies by slopes σ′(net) of at most ¼ and by the weights, so unless the weights are large the
        deltas, and with them the gradients, shrink towards the input.
        {first && last && sizes.length > 1 && first.meanAbs > 0 && last.meanAbs > 0 ? (
          <>
            {' '}
            Layer 1's mean |δ| is <Scientific value={first.meanAbs / last.meanAbs} /> times the output
            layer's.
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}

const words = (sizes: readonly { l: number; meanAbs: number }[]) =>
  `Mean absolute delta per layer, log scale: ${sizes.map((d) => `layer ${d.l}, ${formatNumber(d.meanAbs)}`).join('; ')}.`;
