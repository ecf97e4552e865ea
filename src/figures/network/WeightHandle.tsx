import { memo, useRef } from 'react';
import { formatNumber } from '../../tex/format';
import { clampRound, sliderKeyValue } from '../controls/sliderKeys';
import { useDragValue } from '../controls/useDrag';
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

/** Chip text size in the SVG's units (see .weight-handle text in styles.css) over 11.5. */
const TEXT_SCALE = 13 / 11.5;
/**
 * The handle's hit area is at least this tall, in the SVG's units: 24 CSS px on a 375 px phone,
 * where the 440-wide diagram is drawn about 375 px wide, and less than the 36.6 units between
 * two stacked handles of the 2x2 network, so neighbours do not cover each other.
 */
const HIT_HEIGHT = 30;

/**
 * An edge's label and its handle in one: the symbol and its value, an ARIA slider that the
 * reader drags (right or up to increase) or moves with the arrow keys.
 */
export const WeightHandle = memo(function WeightHandle(props: WeightHandleProps) {
  const { q, x, y, symbol, value, ariaLabel, detail, range, lit, onChange, onHover } = props;
  const ref = useRef<SVGGElement>(null);
  const set = onChange ? (v: number) => onChange(q, clampRound(v, range)) : undefined;
  useDragValue(ref, value, set);
  const text = `${symbol.replace('_', '')} ${formatNumber(value)}`;
  const width = (9 + text.length * 6.4) * TEXT_SCALE;
  const height = 20 * TEXT_SCALE;
  const hitWidth = Math.max(width, HIT_HEIGHT);
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
      aria-valuetext={`${symbol} = ${formatNumber(value)}${detail ? `, ${detail}` : ''}`}
      aria-valuemin={range.min}
      aria-valuemax={range.max}
      aria-readonly={set ? undefined : true}
      onKeyDown={(e) => {
        if (!set) return;
        const next = sliderKeyValue(e.key, e.shiftKey, value, range);
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
      {set ? (
        <path
          className="weight-handle__arrows"
          d={`M${-width / 2 - 3},-4L${-width / 2 - 8},0L${-width / 2 - 3},4ZM${width / 2 + 3},-4L${width / 2 + 8},0L${width / 2 + 3},4Z`}
        />
      ) : null}
      <text textAnchor="middle" dy="0.35em">
        <tspan className="weight-handle__symbol">
          <Subscripted text={symbol} />
        </tspan>
        <tspan className="weight-handle__value" dx={4}>
          {formatNumber(value)}
        </tspan>
      </text>
    </g>
  );
});
