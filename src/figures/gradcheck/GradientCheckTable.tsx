import './gradcheck.css';
import { useId, useRef } from 'react';
import { useKeyboardScrollable } from '../../app/useKeyboardScrollable';
import { selectGradientCheck } from '../../state/gradientCheck';
import { useLive } from '../../state/useLive';
import { ParamSymbol } from './ParamSymbol';
import { formatPrecise } from './precise';
import { Scientific } from './Scientific';

/** "10⁻⁶" for a power of ten, the tolerance as the caption states it */
const Power = ({ value }: { value: number }) => (
  <>
    10<sup>{String(Math.round(Math.log10(value))).replace('-', '−')}</sup>
  </>
);

/**
 * For the current 2x2 weights: each of the 12 parameters' ∂E/∂θ from the backward pass beside
 * the central difference (E(θ + ε) − E(θ − ε)) / 2ε that ignores the derivation entirely, and
 * whether the two agree by the one criterion stated in the caption. As an island (src/islands)
 * the table follows the store only while on screen: each change costs 24 forward passes.
 */
export function GradientCheckTable() {
  const check = useLive(selectGradientCheck);
  const explainId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useKeyboardScrollable(ref, '.gradcheck__scroll'); // on a phone the table may scroll sideways
  return (
    <div className="gradcheck" ref={ref}>
      <div className="gradcheck__scroll">
        <table className="gradcheck__table" aria-describedby={explainId}>
          <caption>
            Gradient check for the current weights.{' '}
            <span className="gradcheck__criterion" data-testid="gradcheck-criterion">
              A row agrees when its scaled difference, |backward − central| ÷ max(1, |backward|, |central|),
              is at most <Power value={check.tolerance} />.
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col">θ</th>
              <th scope="col">∂E/∂θ, backward pass</th>
              <th scope="col">central difference</th>
              <th scope="col">scaled difference</th>
              <th scope="col">agrees</th>
            </tr>
          </thead>
          <tbody>
            {check.rows.map((r) => (
              <tr key={r.param.id} data-param={r.param.id} data-agrees={r.agrees}>
                <th scope="row">
                  <ParamSymbol label={r.param.label} />
                </th>
                <td>{formatPrecise(r.analytic)}</td>
                <td>{formatPrecise(r.numeric)}</td>
                <td className="gradcheck__scaled">
                  <Scientific value={r.scaled} />
                </td>
                <td className={`gradcheck__mark${r.agrees ? '' : ' is-off'}`}>{r.agrees ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="gradcheck__explain" id={explainId}>
        The central difference nudges one parameter by ε = <Scientific value={check.epsilon} /> up and down
        and measures how E changes, knowing nothing of the derivation. Below 1 the criterion compares the two
        values absolutely, above 1 relatively: a gradient of 10<sup>−9</sup> differs from its estimate by
        rounding noise of 10<sup>−12</sup> or so, a large fraction of its size, and still agrees.
      </p>
      <p className={`gradcheck__verdict${check.agrees ? '' : ' is-off'}`} data-testid="gradcheck-verdict">
        Largest scaled difference: <Scientific value={check.maxScaled} />.{' '}
        {check.agrees
          ? 'The backward pass and the central difference agree for all 12 parameters.'
          : `${check.rows.filter((r) => !r.agrees).length} of the 12 parameters disagree.`}
      </p>
    </div>
  );
}
