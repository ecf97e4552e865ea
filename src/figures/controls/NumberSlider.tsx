import { useId } from 'react';
import { formatNumber } from '../../tex/format';

interface NumberSliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (v: number) => void;
  /** how to write the value beside the slider; the page's number format by default */
  format?: (v: number) => string;
}

/** A labelled native range input: an ARIA slider with drag and keyboard for free. */
export function NumberSlider({
  label,
  value,
  min,
  max,
  step,
  onChange,
  format = formatNumber,
}: NumberSliderProps) {
  const id = useId();
  return (
    <div className="number-slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={`${label} = ${format(value)}`}
        onChange={(e) => {
          const v = Number(e.currentTarget.value);
          if (Number.isFinite(v)) onChange(v);
        }}
      />
      <output htmlFor={id}>{format(value)}</output>
    </div>
  );
}
