import { type ReactNode, useId } from 'react';
import { LiveField } from '../../islands/LiveField';
import { formatNumber } from '../../tex/format';

interface NumberSliderProps {
  label: ReactNode;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (v: number) => void;
  /** the value in words, shown beside the slider and given to assistive technology */
  text?: string;
  className?: string;
}

/** A labelled native range input: an ARIA slider with drag, keyboard and touch for free. */
export function NumberSlider({ label, value, min, max, step, onChange, text, className }: NumberSliderProps) {
  const id = useId();
  const shown = text ?? formatNumber(value);
  return (
    <div className={className ?? 'number-slider'}>
      <label htmlFor={id}>{label}</label>
      <LiveField kind="range" at={(value - min) / (max - min)}>
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={step}
          value={value}
          aria-valuetext={shown}
          onChange={(e) => {
            const v = Number(e.currentTarget.value);
            if (Number.isFinite(v)) onChange(v);
          }}
        />
      </LiveField>
      <output htmlFor={id}>{shown}</output>
    </div>
  );
}
