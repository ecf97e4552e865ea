import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useId, useRef, useState } from 'react';
import { widthOf } from '../../state/lab/labConfig';
import { labParams } from '../../state/lab/labParams';
import {
  selectAxisParams,
  selectLandscape,
  selectLandscapePoint,
  selectPathXY,
} from '../../state/lab/labSelectors';
import { useLabStore } from '../../state/lab/labStore';
import type { Domain } from '../../state/lab/landscape';
import { useLab } from '../../state/lab/useLab';
import { formatNumber } from '../../tex/format';
import { useDragPoint } from '../controls/useDrag';
import { mixVar } from '../network/colors';
import { RangeField, SelectField } from './fields';

const SIZE = 260;
const M = { top: 8, right: 10, bottom: 36, left: 46 };
/** The weights an axis may plot, for each width (built once). */
const optionsCache = new Map<number, { value: string; label: string }[]>();
function axisOptions(width: number) {
  let o = optionsCache.get(width);
  if (!o) {
    o = labParams(width).map((p) => ({ value: p.id, label: `${p.name} (${p.role})` }));
    optionsCache.set(width, o);
  }
  return o;
}

/**
 * The error E over two weights the reader picks, every other weight held where it is now:
 * filled contours (darker = lower), the path training took (projected onto these two weights),
 * the current point, and the direction of steepest descent −∇E. Dragging in the plot moves the
 * point, which sets the two weights; the sliders below do the same from the keyboard.
 */
export function LossLandscape() {
  const [held, setHeld] = useState<readonly [Domain, Domain] | null>(null);
  const land = useLab((s) => selectLandscape(s, held));
  const [a, b] = useLab(selectAxisParams);
  const point = useLab(selectLandscapePoint);
  const OPTIONS = axisOptions(useLab((s) => widthOf(s.net.weights)));
  const path = useLab(selectPathXY);
  const act = useLabStore.getState();
  const x = scaleLinear().domain(land.domainA).range([0, SIZE]);
  const y = scaleLinear().domain(land.domainB).range([SIZE, 0]);
  // the point and the path follow every frame, the surface a few times a second: keep them in the plot
  const xc = x.copy().clamp(true);
  const yc = y.copy().clamp(true);
  // low to high error: from --land-low to --land-high (a navy-to-yellow ramp, like cividis)
  const spread = land.max - land.min;
  const color = (v: number) => mixVar('--land-low', '--land-high', spread > 0 ? (v - land.min) / spread : 0);
  const plot = useRef<SVGGElement>(null);
  const arrowhead = `lab-arrowhead-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const set = (va: number, vb: number) =>
    act.setWeights([
      [a.id, va],
      [b.id, vb],
    ]);
  useDragPoint(plot, {
    start: () => {
      act.pause();
      setHeld([land.domainA, land.domainB]);
    },
    move: (px, py) =>
      set(x.invert(Math.max(0, Math.min(SIZE, px))), y.invert(Math.max(0, Math.min(SIZE, py)))),
    end: () => setHeld(null),
  });
  const trail = line<readonly [number, number]>()
    .x((p) => xc(p[0]))
    .y((p) => yc(p[1]))(path as [number, number][]);
  // −∇E in pixels (y grows downwards); its length says how steep, up to a cap
  const dx = -point.ga * (SIZE / (land.domainA[1] - land.domainA[0]));
  const dy = point.gb * (SIZE / (land.domainB[1] - land.domainB[0]));
  const norm = Math.hypot(dx, dy);
  const length = norm > 1e-9 ? 14 + 30 * Math.min(1, Math.hypot(point.ga, point.gb) / 0.05) : 0;
  const px = xc(point.a);
  const py = yc(point.b);
  const step = (d: Domain) => (d[1] - d[0]) / 200;
  const cell = SIZE / land.n;
  return (
    <div className="lab-chart lab-landscape">
      <h3 className="lab-subtitle">The loss over two weights</h3>
      <div className="lab-fields">
        <SelectField label="across" value={a.id} options={OPTIONS} onChange={(id) => act.setAxis(0, id)} />
        <SelectField label="up" value={b.id} options={OPTIONS} onChange={(id) => act.setAxis(1, id)} />
      </div>
      <svg viewBox={`0 0 ${SIZE + M.left + M.right} ${SIZE + M.top + M.bottom}`} aria-hidden="true">
        <defs>
          <marker
            id={arrowhead}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0L10,5L0,10z" className="lab-landscape__arrowhead" />
          </marker>
        </defs>
        <g transform={`translate(${M.left},${M.top})`}>
          <rect width={SIZE} height={SIZE} style={{ fill: color(land.min) }} />
          <g transform={`scale(${cell})`}>
            {land.bands.map((band) => (
              <path
                key={band.threshold}
                d={band.path}
                style={{ fill: color(band.threshold) }}
                className="lab-landscape__band"
              />
            ))}
          </g>
          <path className="lab-landscape__path" d={trail ?? ''} />
          {length > 0 ? (
            <line
              className="lab-landscape__arrow"
              x1={px}
              y1={py}
              x2={px + (dx / norm) * length}
              y2={py + (dy / norm) * length}
              markerEnd={`url(#${arrowhead})`}
            />
          ) : null}
          <circle className="lab-landscape__point" cx={px} cy={py} r={6} />
          <g ref={plot} className="lab-landscape__drag">
            <rect width={SIZE} height={SIZE} fill="transparent" />
          </g>
          <g className="lab-axis">
            {x.ticks(4).map((t) => (
              <text key={t} x={x(t)} y={SIZE + 14} textAnchor="middle">
                {formatNumber(t).replace(/\.?0+$/, '')}
              </text>
            ))}
            {y.ticks(4).map((t) => (
              <text key={t} x={-6} y={y(t)} dy="0.32em" textAnchor="end">
                {formatNumber(t).replace(/\.?0+$/, '')}
              </text>
            ))}
            <text x={SIZE / 2} y={SIZE + 30} textAnchor="middle" className="lab-axis__label">
              {a.name}
            </text>
            <text
              transform={`translate(${-36},${SIZE / 2}) rotate(-90)`}
              textAnchor="middle"
              className="lab-axis__label"
            >
              {b.name}
            </text>
          </g>
        </g>
      </svg>
      <p className="lab-caption">
        E from {formatNumber(land.min)} (dark) to {formatNumber(land.max)} (light); −∇E = (
        {formatNumber(-point.ga)}, {formatNumber(-point.gb)}). Drag in the plot to move the point.
      </p>
      <div className="lab-fields">
        <RangeField
          label={a.name}
          value={point.a}
          min={land.domainA[0]}
          max={land.domainA[1]}
          step={step(land.domainA)}
          text={`${a.name} = ${formatNumber(point.a)}`}
          onChange={(v) => set(v, point.b)}
        />
        <RangeField
          label={b.name}
          value={point.b}
          min={land.domainB[0]}
          max={land.domainB[1]}
          step={step(land.domainB)}
          text={`${b.name} = ${formatNumber(point.b)}`}
          onChange={(v) => set(point.a, v)}
        />
      </div>
    </div>
  );
}
