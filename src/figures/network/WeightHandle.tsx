import { memo, useCallback, useRef } from 'react';
import { clampRound, sliderKeyValue } from '../controls/sliderKeys';
import { useDragValue } from '../controls/useDrag';
import { HIT_HEIGHT, handleLook } from './diagramLooks';
import { Subscripted } from './Subscripted';

export interface SliderRange {
  min: number;
  max: number;
  step: number;
}

interface WeightHandleProps {
  /** the quantity it stands for (a parameter id), shared with formulas and matrices */
  q: string;
  x: number;
  y: number;
  /** plain symbol drawn in the chip: `a`, `b_F` */
  symbol: string;
  value: number;
  ariaLabel: string;
  /** more for screen readers after the value, e.g. the weight's gradient */
  detail?: string;
  range: SliderRange;
  lit?: boolean;
  onChange?: (q: string, value: number) => void;
  onHover?: (q: string | null) => void;
}

/**
 * An edge's label and its handle in one: the symbol and its value, an ARIA slider that the
 * reader drags (right or up to increase) or moves with the arrow keys.
 */
export const WeightHandle = memo(function WeightHandle(props: WeightHandleProps) {
  const { q, x, y, symbol, value, ariaLabel, detail, range, lit, onChange, onHover } = props;
  const ref = useRef<SVGGElement>(null);
  const set = onChange ? (v: number) => onChange(q, clampRound(v, range)) : undefined;
  // The value the reader sees, read when a drag or a key starts: a figure may have written newer
  // numbers into the drawn diagram than this render's props (patchDiagram.ts).
  const shown = useCallback(() => {
    const now = Number(ref.current?.getAttribute('aria-valuenow') ?? Number.NaN);
    return Number.isFinite(now) ? now : value;
  }, [value]);
  useDragValue(ref, shown, set);
  const { valueText, width, height, hitWidth, arrows, valueWords } = handleLook(symbol, value, detail);
  return (
    <g
      ref={ref}
      className={`weight-handle${lit ? ' is-lit' : ''}${set ? ' is-editable' : ''}`}
      data-q={q}
      transform={`translate(${x},${y})`}
      role="slider"
      tabIndex={set ? 0 : -1}
      aria-label={ariaLabel}
      aria-valuenow={value}
      aria-valuetext={valueWords}
      aria-valuemin={range.min}
      aria-valuemax={range.max}
      aria-readonly={set ? undefined : true}
      onKeyDown={(e) => {
        if (!set) return;
        const next = sliderKeyValue(e.key, e.shiftKey, shown(), range);
        if (next === null) return;
        e.preventDefault();
        set(next);
      }}
      // while a button is down the reader is dragging something: passing over this is not pointing at it
      onPointerEnter={(e) => e.buttons === 0 && onHover?.(q)}
      onPointerLeave={(e) => e.buttons === 0 && onHover?.(null)}
      onFocus={() => onHover?.(q)}
      onBlur={() => onHover?.(null)}
    >
      <rect
        className="weight-handle__hit"
        x={-hitWidth / 2}
        y={-HIT_HEIGHT / 2}
        width={hitWidth}
        height={HIT_HEIGHT}
      />
      <rect
        className="weight-handle__box"
        x={-width / 2}
        y={-height / 2}
        width={width}
        height={height}
        rx={5}
      />
      {set ? <path className="weight-handle__arrows" d={arrows} /> : null}
      <text textAnchor="middle" dy="0.35em">
        <tspan className="weight-handle__symbol">
          <Subscripted text={symbol} />
        </tspan>
        <tspan className="weight-handle__value" dx={4}>
          {valueText}
        </tspan>
      </text>
    </g>
  );
});
