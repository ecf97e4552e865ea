import { useAppStore } from '../../state/store';
import type { MathMode } from '../../state/uiSlice';
import { type Choice, Segmented } from './Segmented';

const MODES: Choice<MathMode>[] = [
  { value: 'symbols', label: 'symbols' },
  { value: 'numbers', label: 'numbers' },
  { value: 'both', label: 'both' },
];

/** Whether the live formulas show symbols, the reader's numbers, or both. */
export function MathModeControl() {
  const mode = useAppStore((s) => s.mathMode);
  const setMode = useAppStore((s) => s.setMathMode);
  return <Segmented legend="Formulas show" choices={MODES} value={mode} onChange={setMode} />;
}
