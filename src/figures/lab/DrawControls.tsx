import { useId, useState } from 'react';
import { parseDecimal } from '../../state/address/decimal';
import { DRAW_DOMAIN, MAX_DRAWN } from '../../state/lab/datasets';
import { useLabStore } from '../../state/lab/labStore';
import { useLab } from '../../state/lab/useLab';

/** The class a click adds, shared by the plot and its controls (component state: it is not part of a run). */
export const useDrawClass = () => useState<0 | 1>(1);

/**
 * The reader's own data set: which class a click adds, a point typed from the keyboard, and
 * Clear. Points are kept rounded to hundredths inside the square (datasets.ts, roundPoint).
 */
export function DrawControls({
  drawClass,
  setDrawClass,
}: {
  drawClass: 0 | 1;
  setDrawClass: (t: 0 | 1) => void;
}) {
  const count = useLab((s) => (s.data.name === 'drawn' ? s.data.points.length : 0));
  const [i1, setI1] = useState('0.5');
  const [i2, setI2] = useState('0.5');
  const [problem, setProblem] = useState<string | null>(null);
  const name = useId();
  const [lo, hi] = DRAW_DOMAIN;
  const addTyped = () => {
    const a = parseDecimal(i1.trim());
    const b = parseDecimal(i2.trim());
    const inside = (v: number | null): v is number => v !== null && v >= lo && v <= hi;
    if (!inside(a) || !inside(b)) {
      setProblem(`Both coordinates must be decimal numbers from ${lo} to ${hi}; got “${i1}” and “${i2}”.`);
      return;
    }
    setProblem(null);
    useLabStore.getState().addPoint(a, b, drawClass);
  };
  const full = count >= MAX_DRAWN;
  return (
    <div className="lab-draw">
      <fieldset className="lab-draw__class">
        <legend>A click adds</legend>
        <label>
          <input type="radio" name={name} checked={drawClass === 1} onChange={() => setDrawClass(1)} /> class
          1 (filled)
        </label>
        <label>
          <input type="radio" name={name} checked={drawClass === 0} onChange={() => setDrawClass(0)} /> class
          0 (hollow)
        </label>
      </fieldset>
      <div className="lab-draw__typed">
        <label>
          <i>i</i>
          <sub>1</sub>{' '}
          <input type="text" inputMode="decimal" value={i1} onChange={(e) => setI1(e.currentTarget.value)} />
        </label>
        <label>
          <i>i</i>
          <sub>2</sub>{' '}
          <input type="text" inputMode="decimal" value={i2} onChange={(e) => setI2(e.currentTarget.value)} />
        </label>
        <button type="button" onClick={addTyped} disabled={full}>
          Add point
        </button>
        <button type="button" onClick={() => useLabStore.getState().clearPoints()} disabled={count === 0}>
          Clear
        </button>
      </div>
      <p className="lab-caption" role="status" data-testid="lab-draw-count">
        {count} of at most {MAX_DRAWN} points{full ? ': full.' : '.'}
        {count === 0 ? ' Add points of both classes, then press Play.' : ''}
      </p>
      {problem ? (
        <p className="lab-field__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
