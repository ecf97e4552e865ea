import { selectAnyGradCheck } from '../../state/anyNetwork/selectors';
import { useLiveAnyNetwork } from '../../state/anyNetwork/useLiveAnyNetwork';
import { GRADIENT_TOLERANCE } from '../../state/gradientAgreement';
import { Scientific } from '../gradcheck/Scientific';

/**
 * One line of proof that the recursion holds for this shape and model: src/nn's gradient check
 * with the same activations and loss, judged by the same criterion as section 7's table
 * (gradientAgreement.ts), with its worst entry.
 */
export function GradCheckSummary() {
  const check = useLiveAnyNetwork(selectAnyGradCheck);
  const where = check.worst
    ? ` (row ${check.worst.row + 1}, column ${check.worst.col + 1} of W${check.worst.l})`
    : '';
  return (
    <p
      className={`any-network__check${check.agrees ? '' : ' is-off'}`}
      data-testid="any-network-check"
      data-max-scaled={check.maxScaled}
      data-agrees={check.agrees}
    >
      <strong>Gradient check.</strong> For all {check.count} weights and biases, ∂E/∂W from the recursion was
      compared with the central difference (E(w + ε) − E(w − ε)) / 2ε, by section 7's criterion |difference| ≤{' '}
      <Scientific value={GRADIENT_TOLERANCE} /> × max(1, |∂E/∂w|). Largest scaled difference:{' '}
      <Scientific value={check.maxScaled} />
      {where}. {check.agrees ? 'The two agree for every one.' : 'At least one entry disagrees.'}
      {!check.agrees && check.nearKink
        ? ` Unit ${check.nearKink.unit + 1} of layer ${check.nearKink.l} is a ReLU unit with its net input within a nudge of 0, where ReLU has a corner: the difference quotient straddles the corner, so there it measures neither slope.`
        : ''}
    </p>
  );
}
