import { useEffect } from 'react';
import { COMPARE_EPOCHS, type CompareRun, TARGET_ERROR } from '../../state/lab/compare';
import { useLabStore } from '../../state/lab/labStore';
import { useLab } from '../../state/lab/useLab';
import { formatNumber } from '../../tex/format';
import { LossCurve, lossDomain } from './LossCurve';

function verdict(run: CompareRun): string {
  if (run.stoppedAt !== null) return `diverged at epoch ${run.stoppedAt}`;
  return run.reached === null
    ? `still above ${TARGET_ERROR} after ${COMPARE_EPOCHS} epochs`
    : `below ${TARGET_ERROR} at epoch ${run.reached}`;
}

/**
 * Plain gradient descent against momentum: the same seed and settings, trained for the same
 * number of epochs (by the engine, when the button is pressed, not while drawing), on shared axes.
 */
export function CompareCurves() {
  const comparison = useLab((s) => s.comparison);
  const log = useLab((s) => s.logScale);
  const run = useLabStore((s) => s.runComparison);
  useEffect(() => {
    // the first look at the figure, and a new data set or width, show a comparison for the
    // settings as they are
    if (comparison === null) {
      const t = setTimeout(() => useLabStore.getState().runComparison(), 0);
      return () => clearTimeout(t);
    }
  }, [comparison]);
  const yDomain = comparison
    ? lossDomain([...comparison.plain.history.losses, ...comparison.withMomentum.history.losses], log)
    : undefined;
  return (
    <div className="lab-chart lab-compare">
      <h3 className="lab-subtitle">Plain gradient descent against momentum</h3>
      {comparison ? (
        <>
          <p className="lab-caption">
            Seed {comparison.seed}, η = {formatNumber(comparison.learningRate)}, {comparison.epochs} epochs
            each, the other settings as above.
          </p>
          <div className="lab-compare__pair">
            {[comparison.plain, comparison.withMomentum].map((r) => {
              const name = r.momentum === 0 ? 'μ = 0 (plain)' : `μ = ${formatNumber(r.momentum)}`;
              return (
                <div
                  key={r.momentum}
                  className="lab-compare__one"
                  data-testid={r.momentum === 0 ? 'compare-plain' : 'compare-momentum'}
                >
                  <h4>{name}</h4>
                  <LossCurve
                    title={`Loss per epoch with ${name}`}
                    series={{ id: name, ...r.history }}
                    log={log}
                    width={260}
                    height={150}
                    xMax={comparison.epochs}
                    yDomain={yDomain}
                  />
                  <p className="lab-caption">{verdict(r)}</p>
                </div>
              );
            })}
          </div>
        </>
      ) : (
        <p className="lab-caption">Computing…</p>
      )}
      <button type="button" onClick={run}>
        Compare again with the current settings
      </button>
    </div>
  );
}
