import { bisectLeft } from 'd3-array';
import { format } from 'd3-format';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { type KeyboardEvent, type PointerEvent, useId, useState } from 'react';
import { formatNumber } from '../../tex/format';

export interface CurveSeries {
  id: string;
  epochs: readonly number[];
  losses: readonly number[];
}

interface LossCurveProps {
  title: string;
  series: CurveSeries;
  log: boolean;
  width?: number;
  height?: number;
  /** shared axes, for curves shown side by side */
  xMax?: number;
  yDomain?: readonly [number, number];
  className?: string;
}

const M = { top: 10, right: 14, bottom: 34, left: 50 };
/** log(0) has no place on a log axis: losses are drawn from here up */
export const LOG_FLOOR = 1e-8;
const tickEpoch = format('~s');

/** The y domain that shows every loss in `losses`, on a log or a linear axis. */
export function lossDomain(losses: readonly number[], log: boolean): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  for (const l of losses) {
    if (!Number.isFinite(l)) continue;
    if (l > hi) hi = l;
    if (l > 0 && l < lo) lo = l;
  }
  if (hi <= 0) return log ? [0.01, 1] : [0, 1]; // nothing recorded yet
  if (!log) return [0, hi];
  lo = Math.max(LOG_FLOOR, Number.isFinite(lo) ? lo : hi / 10);
  return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi) + 1e-9)];
}

/**
 * A loss curve: React renders the SVG, d3-scale and d3-shape place it. Hovering, or the arrow
 * keys once focused, read out one point's epoch and loss.
 */
export function LossCurve({
  title,
  series,
  log,
  width = 440,
  height = 170,
  xMax,
  yDomain,
  className,
}: LossCurveProps) {
  const [cursor, setCursor] = useState<number | null>(null);
  const readoutId = useId();
  const { epochs, losses } = series;
  const lastEpoch = epochs.length ? (epochs[epochs.length - 1] as number) : 0;
  const x = scaleLinear()
    .domain([0, Math.max(1, xMax ?? lastEpoch)])
    .range([M.left, width - M.right]);
  const domain = yDomain ?? lossDomain(losses, log);
  const y = (log ? scaleLog() : scaleLinear())
    .domain(domain)
    .range([height - M.bottom, M.top])
    .clamp(true);
  const path =
    line<number>()
      .x((i) => x(epochs[i] as number))
      .y((i) => y(Math.max(LOG_FLOOR, losses[i] as number)))
      .defined((i) => Number.isFinite(losses[i]))(epochs.map((_, i) => i)) ?? '';
  const yTicks = log ? (y.ticks(4).filter((t) => Number.isInteger(Math.log10(t))) as number[]) : y.ticks(4);
  const nearest = (epoch: number) => {
    const i = bisectLeft(epochs, epoch);
    if (i <= 0) return 0;
    if (i >= epochs.length) return epochs.length - 1;
    return epoch - (epochs[i - 1] as number) < (epochs[i] as number) - epoch ? i - 1 : i;
  };
  const index = cursor === null || !epochs.length ? null : nearest(cursor);
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (!box.width || !epochs.length) return;
    setCursor(x.invert(((e.clientX - box.left) / box.width) * width));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!epochs.length) return;
    const i = index ?? epochs.length - 1;
    const big = Math.max(1, Math.round(epochs.length / 20));
    const to: Record<string, number> = {
      ArrowLeft: i - 1,
      ArrowRight: i + 1,
      PageDown: i - big,
      PageUp: i + big,
      Home: 0,
      End: epochs.length - 1,
    };
    const next = to[e.key];
    if (next === undefined) return;
    e.preventDefault();
    setCursor(epochs[Math.max(0, Math.min(epochs.length - 1, next))] as number);
  };
  const readout =
    index === null
      ? // fixed words while nothing is read: text that changed every frame would cost a layout per frame
        'Hover, or focus and use the arrow keys, to read a point.'
      : `epoch ${epochs[index]} · loss ${formatNumber(losses[index] as number)}`;
  return (
    // the read-out is a slider over the recorded epochs: arrows, Page keys, Home and End move it
    <div
      className={`lab-curve${className ? ` ${className}` : ''}`}
      role="slider"
      aria-label={`${title}: arrow keys read the curve point by point`}
      aria-valuemin={0}
      aria-valuemax={lastEpoch}
      aria-valuenow={index === null ? lastEpoch : (epochs[index] as number)}
      aria-valuetext={readout}
      aria-describedby={readoutId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onBlur={() => setCursor(null)}
    >
      <svg
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        onPointerMove={onPointerMove}
        onPointerLeave={() => setCursor(null)}
      >
        <g className="lab-axis">
          {yTicks.map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`}>
              <line x1={M.left} x2={width - M.right} className="lab-grid" />
              <text x={M.left - 6} dy="0.32em" textAnchor="end">
                {formatNumber(t).replace(/\.?0+(?=e|$)/, '')}
              </text>
            </g>
          ))}
          {x
            .ticks(5)
            .filter(Number.isInteger) // epochs are whole numbers, also on a short axis
            .map((t) => (
              <text key={t} x={x(t)} y={height - M.bottom + 16} textAnchor="middle">
                {tickEpoch(t)}
              </text>
            ))}
          <text
            x={(M.left + width - M.right) / 2}
            y={height - 2}
            textAnchor="middle"
            className="lab-axis__label"
          >
            epoch
          </text>
        </g>
        <path className="lab-curve__line" d={path} />
        {index !== null ? (
          <circle
            className="lab-curve__dot"
            cx={x(epochs[index] as number)}
            cy={y(Math.max(LOG_FLOOR, losses[index] as number))}
            r={4}
          />
        ) : null}
      </svg>
      <p id={readoutId} className="lab-readout" aria-live="polite">
        {readout}
      </p>
    </div>
  );
}
