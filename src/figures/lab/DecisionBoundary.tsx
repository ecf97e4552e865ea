import { interpolateLab } from 'd3-interpolate';
import { type MouseEvent, useEffect, useRef } from 'react';
import { INPUT_DOMAIN } from '../../state/lab/decisionGrid';
import { selectDecisionMap, selectSamples, selectTextOutputs } from '../../state/lab/labSelectors';
import { useLabStore } from '../../state/lab/labStore';
import { useLab } from '../../state/lab/useLab';
import { formatNumber } from '../../tex/format';
import { resolveColorVar, useColorScheme } from '../useColorScheme';
import { colorTable, paint } from './colorTable';
import { DrawControls, useDrawClass } from './DrawControls';

/** Up to this many samples, each is drawn as a large dot (XOR's four corners). */
const BIG_DOTS = 8;
/** How many samples the screen-reader summary reads out. */
const SUMMARY = 8;

/**
 * What the network answers over the whole input square: the output for 100x100 inputs, in the
 * same blues as the diagram's nodes (pale 0, deep 1), drawn on a canvas; the outline of where the
 * output is at least 0.5 and the samples (filled: target 1, hollow: target 0) on top. With the
 * reader's own data set, a click adds a point of the chosen class and a shift-click one of the
 * other (DrawControls offers the same from the keyboard).
 */
export function DecisionBoundary() {
  const map = useLab(selectDecisionMap);
  const outputs = useLab(selectTextOutputs);
  const data = useLab(selectSamples);
  const drawing = useLab((s) => s.data.name === 'drawn');
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawClass, setDrawClass] = useDrawClass();
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
  const big = data.length <= BIG_DOTS;
  const summary = data
    .slice(0, SUMMARY)
    .map((d, j) => `(${d.x.map(formatNumber).join(', ')}) → ${formatNumber(outputs[j] ?? Number.NaN)}`)
    .join('; ');
  const add = (e: MouseEvent<SVGSVGElement>) => {
    if (!drawing) return;
    const r = e.currentTarget.getBoundingClientRect();
    const fx = (e.clientX - r.left) / r.width;
    const fy = (e.clientY - r.top) / r.height;
    const t = (e.shiftKey ? 1 - drawClass : drawClass) as 0 | 1;
    useLabStore.getState().addPoint(lo + fx * (hi - lo), hi - fy * (hi - lo), t);
  };
  return (
    <figure className="lab-chart lab-decision">
      <h3 className="lab-subtitle">What the network answers</h3>
      <div className="lab-decision__plot">
        <div className={`lab-decision__layers${drawing ? ' is-drawing' : ''}`} aria-hidden="true">
          <canvas ref={canvas} width={map.n} height={map.n} />
          <svg
            viewBox={`0 0 ${map.n} ${map.n}`}
            // stretched exactly as the canvas is, so dots, outline and pixels line up (and a click lands where it points)
            preserveAspectRatio="none"
            aria-hidden="true"
            onClick={add}
            data-testid="lab-decision-plot"
          >
            <path className="lab-decision__boundary" d={map.boundary} />
            {data.map((d, j) => (
              <circle
                // biome-ignore lint/suspicious/noArrayIndexKey: samples have no identity beyond their place
                key={j}
                cx={gx(d.x[0] as number)}
                cy={gy(d.x[1] as number)}
                r={big ? 4.5 : 1.6}
                className={`lab-sample ${d.t[0] === 1 ? 'lab-sample--one' : 'lab-sample--zero'}${big ? '' : ' lab-sample--small'}`}
              />
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
        at least 0.5. Dots: the {data.length === 4 ? 'four' : data.length} samples, filled where the target is
        1.
        {drawing
          ? ' Click the square to add a point of the chosen class; shift-click adds the other class.'
          : ''}{' '}
        {data.length ? (
          <span className="sr-only sr-only--live">
            At {data.length > SUMMARY ? `the first ${SUMMARY} samples` : 'the samples'}: {summary}.
          </span>
        ) : null}
      </figcaption>
      {drawing ? <DrawControls drawClass={drawClass} setDrawClass={setDrawClass} /> : null}
    </figure>
  );
}
