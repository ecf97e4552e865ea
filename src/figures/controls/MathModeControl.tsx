import { useId } from 'react';
import { LiveField } from '../../islands/LiveField';
import { useAppStore } from '../../state/store';
import type { MathMode } from '../../state/uiSlice';

const MODES: { value: MathMode; label: string }[] = [
  { value: 'symbols', label: 'symbols' },
  { value: 'numbers', label: 'numbers' },
  { value: 'both', label: 'both' },
];

/** Whether the live formulas show symbols, the reader's numbers, or both. */
export function MathModeControl() {
  const mode = useAppStore((s) => s.mathMode);
  const setMode = useAppStore((s) => s.setMathMode);
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend>Formulas show</legend>
      {MODES.map((m) => (
        <label key={m.value}>
          <LiveField kind="radio" checked={mode === m.value}>
            <input
              type="radio"
              name={name}
              value={m.value}
              checked={mode === m.value}
              onChange={() => setMode(m.value)}
            />
          </LiveField>
          {m.label}
        </label>
      ))}
    </fieldset>
  );
}
