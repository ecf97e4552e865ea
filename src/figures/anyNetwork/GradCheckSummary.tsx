import { selectAnyGradCheck } from '../../state/anyNetwork/selectors';
import { useLiveAnyNetwork } from '../../state/anyNetwork/useLiveAnyNetwork';
import { Scientific } from '../gradcheck/Scientific';

/** One line of proof that the recursion holds for this shape: src/nn's gradient check, worst entry. */
export function GradCheckSummary() {
  const check = useLiveAnyNetwork(selectAnyGradCheck);
  return (
    <p
      className="any-network__check"
      data-testid="any-network-check"
      data-max-relative-error={check.maxRelativeError}
    >
      <strong>Gradient check.</strong> For all {check.count} weights and biases, ∂E/∂W from the recursion was
      compared with the central difference (E(w + ε) − E(w − ε)) / 2ε. Largest relative error:{' '}
      <Scientific value={check.maxRelativeError} />
      {check.worst
        ? `, at row ${check.worst.row + 1}, column ${check.worst.col + 1} of W${check.worst.l}`
        : ''}
      .
    </p>
  );
}
