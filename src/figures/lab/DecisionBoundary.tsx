import { interpolateLab } from 'd3-interpolate';
import { useEffect, useRef } from 'react';
import { INPUT_DOMAIN } from '../../state/lab/decisionGrid';
import { LAB_DATA } from '../../state/lab/labConfig';
import { selectDecisionMap, selectTextOutputs } from '../../state/lab/labSelectors';
import { useLab } from '../../state/lab/useLab';
import { formatNumber } from '../../tex/format';
import { resolveColorVar, useColorScheme } from '../useColorScheme';
import { colorTable, paint } from './colorTable';

/**
 * What the network answers over the whole input square: the output for 100x100 inputs, in the
 * same blues as the diagram's nodes (pale 0, deep 1), drawn on a canvas; the outline of where the
 * output is at least 0.5 and the four XOR samples (filled: target 1, hollow: target 0) on top.
 */
export function DecisionBoundary() {
  const map = useLab(selectDecisionMap);
  const outputs = useLab(selectTextOutputs);
  const canvas = useRef<HTMLCanvasElement>(null);
  // the canvas paints pixels, so it reads the theme's node colours itself and repaints on a change
  const scheme = useColorScheme();
  const table = useRef<{ scheme: string; colors: Uint8ClampedArray } | null>(null);
  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    if (table.current?.scheme !== scheme) {
      const ramp = interpolateLab(resolveColorVar(el, '--act-low'), resolveColorVar(el, '--act-high'));
      table.current = { scheme, colors: colorTable(ramp) };
    }
    const image = ctx.createImageData(map.n, map.n);
    paint(image, map.values, table.current.colors);
    ctx.putImageData(image, 0, 0);
  }, [map, scheme]);
  const [lo, hi] = INPUT_DOMAIN;
  // the overlay's units are grid cells: 0…n on both axes, i2 growing upwards
  const gx = (v: number) => ((v - lo) / (hi - lo)) * map.n;
  const gy = (v: number) => map.n - gx(v);
  const summary = LAB_DATA.map(
    (d, j) => `(${d.x.join(', ')}) → ${formatNumber(outputs[j] ?? Number.NaN)}`,
  ).join('; ');
  return (
    <figure className="lab-chart lab-decision">
      <h3 className="lab-subtitle">What the network answers</h3>
      <div className="lab-decision__plot">
        <div className="lab-decision__layers" aria-hidden="true">
          <canvas ref={canvas} width={map.n} height={map.n} />
          <svg viewBox={`0 0 ${map.n} ${map.n}`} aria-hidden="true">
            <path className="lab-decision__boundary" d={map.boundary} />
            {LAB_DATA.map((d) => (
              <g key={d.x.join()} transform={`translate(${gx(d.x[0] as number)},${gy(d.x[1] as number)})`}>
                <circle
                  r={4.5}
                  className={d.t[0] === 1 ? 'lab-sample lab-sample--one' : 'lab-sample lab-sample--zero'}
                />
              </g>
            ))}
          </svg>
        </div>
        <span className="lab-decision__axis lab-decision__axis--x" aria-hidden="true">
          <i>i</i>
          <sub>1</sub> →
        </span>
        <span className="lab-decision__axis lab-decision__axis--y" aria-hidden="true">
          <i>i</i>
          <sub>2</sub> →
        </span>
      </div>
      <figcaption className="lab-caption">
        Output for inputs from {formatNumber(lo)} to {formatNumber(hi)}; the orange line encloses where it is
        at least 0.5. Dots: the four samples, filled where the target is 1.{' '}
        <span className="sr-only">At the four samples: {summary}.</span>
      </figcaption>
    </figure>
  );
}
