import './gradcheck.css';
import { useId, useRef } from 'react';
import { useKeyboardScrollable } from '../../app/useKeyboardScrollable';
import { selectGradientCheck } from '../../state/gradientCheck';
import { useLive } from '../../state/useLive';
import { formatNumber } from '../../tex/format';
import { ParamSymbol } from './ParamSymbol';
import { Scientific } from './Scientific';

/**
 * For the current 2x2 weights: each of the 12 parameters' ∂E/∂θ from the backward pass beside
 * the central difference (E(θ + ε) − E(θ − ε)) / 2ε that ignores the derivation entirely.
 * Agreement to many digits is the evidence that the derived formulas are right. As an island
 * (src/islands) the table follows the store only while on screen: each change costs 24 forward passes.
 */
export function GradientCheckTable() {
  const check = useLive(selectGradientCheck);
  const captionId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useKeyboardScrollable(ref, '.gradcheck__scroll'); // on a phone the table may scroll sideways
  return (
    <div className="gradcheck" ref={ref}>
      <div className="gradcheck__scroll">
        <table className="gradcheck__table" aria-describedby={captionId}>
          <caption>Gradient check for the current weights</caption>
          <thead>
            <tr>
              <th scope="col">θ</th>
              <th scope="col">∂E/∂θ, backward pass</th>
              <th scope="col">central difference</th>
              <th scope="col">relative error</th>
            </tr>
          </thead>
          <tbody>
            {check.rows.map((r) => (
              <tr key={r.param.id} data-param={r.param.id}>
                <th scope="row">
                  <ParamSymbol label={r.param.label} />
                </th>
                <td>{formatNumber(r.analytic)}</td>
                <td>{formatNumber(r.numeric)}</td>
                <td className="gradcheck__relerr">
                  <Scientific value={r.relativeError} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="gradcheck__explain" id={captionId}>
        The central difference nudges one parameter by ε = <Scientific value={check.epsilon} /> up and down
        and measures how E changes, knowing nothing of the derivation. The relative error is |analytic −
        numeric| ÷ (|analytic| + |numeric|): 0 means the two agree exactly, 1 that they have nothing in
        common. Anything below about 10<sup>−7</sup> is as close as finite differences can get.
      </p>
      <p className={`gradcheck__verdict${check.agrees ? '' : ' is-off'}`} data-testid="gradcheck-verdict">
        Largest relative error: <Scientific value={check.maxRelativeError} />.{' '}
        {check.agrees
          ? 'The backward pass and the numeric estimate agree for all 12 parameters.'
          : 'At least one parameter disagrees: near-flat regions of σ make the numeric estimate itself unreliable.'}
      </p>
    </div>
  );
}
