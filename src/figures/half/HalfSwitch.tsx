import { format } from 'd3-format';
import { LiveField } from '../../islands/LiveField';
import { isHidden } from '../../state/focus';
import { selectHalf, selectPass } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { useLive } from '../../state/useLive';
import './half.css';

/** Nine decimals, the precision Mazur prints, with a true minus sign. */
const nine = (v: number) => (Number.isFinite(v) ? format('.9f')(v).replace('-', '−') : '—');

/**
 * Section 5's switch between the page's error Σ(out − t)² and Mazur's ½Σ(out − t)², a button
 * that loads his worked example (with the ½), and E and ∂E/∂e to the nine decimals he prints,
 * so the reader can compare the page with his post digit by digit.
 */
export function HalfSwitch() {
  const half = useLive(selectHalf);
  const error = useLive((s) => selectPass(s).error);
  const gradE = useLive((s) => selectPass(s).grad[1]?.[0]?.[0] ?? Number.NaN);
  const errorHidden = useLive((s) => isHidden('E', s.step));
  const gradHidden = useLive((s) => isHidden('grad:e', s.step));
  const { setLoss2x2, loadMazur } = useAppStore.getState();
  return (
    <div className="half-switch" role="group" aria-label="The error: with or without the ½">
      <div className="half-switch__controls">
        <label className="half-switch__toggle">
          <LiveField kind="checkbox" checked={half}>
            <input
              type="checkbox"
              checked={half}
              onChange={(e) => setLoss2x2(e.currentTarget.checked ? 'half-squared' : 'squared')}
            />
          </LiveField>
          With ½, as in Mazur’s example
        </label>
        <button type="button" onClick={loadMazur}>
          Load Mazur’s example
        </button>
      </div>
      <p className="half-switch__rule">
        {half
          ? 'E = ½[(H − t₁)² + (I − t₂)²]: no 2 in the slopes'
          : 'E = (H − t₁)² + (I − t₂)²: a 2 in every slope'}
      </p>
      <p className="half-switch__digits" data-testid="half-digits">
        To nine decimals: E ={' '}
        <output data-testid="error-9">{errorHidden ? 'not yet computed' : nine(error)}</output>, ∂E/∂e
        (Mazur’s ∂E/∂w₅) ={' '}
        <output data-testid="grad-e-9">{gradHidden ? 'not yet computed' : nine(gradE)}</output>
      </p>
    </div>
  );
}
