import { EXERCISES } from './exercises';
import { useProgressStore } from './progress';

/** How many exercises are answered right, and a button that forgets it (progress stays in this browser). */
export function ProgressLine() {
  const solved = useProgressStore((s) => s.solved.length);
  const problem = useProgressStore((s) => s.problem);
  const clear = useProgressStore((s) => s.clear);
  return (
    <p className="your-turn__progress">
      <span data-testid="progress-count">
        {solved} of {EXERCISES.length} exercises answered right
      </span>
      <span className="your-turn__private"> (kept in this browser only)</span>.{' '}
      <button type="button" className="link-button" onClick={clear} disabled={solved === 0 && !problem}>
        Clear my progress
      </button>
      {problem ? <span className="your-turn__problem"> {problem}</span> : null}
    </p>
  );
}
