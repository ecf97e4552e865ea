import { describeStep, STEPS } from '../../state/steps2x2';
import { useAppStore } from '../../state/store';
import { StepperPredict } from '../../teach/StepperPredict';

/**
 * Previous / Next / Play / Reset through the forward and backward pass, one quantity a step.
 * The live region says each step in words; the figure around it takes ← → and space too
 * (useStepperKeys).
 */
export function StepperBar() {
  const step = useAppStore((s) => s.step);
  const playing = useAppStore((s) => s.playing);
  const { stepNext, stepPrev, stepTo, play, pause } = useAppStore.getState();
  const atEnd = step !== null && step >= STEPS.length - 1;
  return (
    <div className="stepper">
      <div className="stepper__buttons">
        <button type="button" onClick={stepPrev} disabled={step === null || step === 0}>
          ← Previous
        </button>
        <button type="button" onClick={stepNext} disabled={atEnd}>
          {step === null ? 'Step through' : 'Next →'}
        </button>
        <button type="button" onClick={playing ? pause : play} aria-pressed={playing}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => stepTo(null)} disabled={step === null}>
          Show all
        </button>
      </div>
      <p className="stepper__status" aria-live="polite" data-testid="stepper-status">
        {step === null ? 'Every quantity is shown live.' : describeStep(step)}
      </p>
      <StepperPredict />
    </div>
  );
}

/** ← → step, space plays or pauses, when focus is in the figure but not on a control. */
export function onStepperKey(e: React.KeyboardEvent) {
  const target = e.target as HTMLElement;
  if (target.closest('[role="slider"], input, button, select, textarea')) return;
  const s = useAppStore.getState();
  if (e.key === 'ArrowRight') s.stepNext();
  else if (e.key === 'ArrowLeft') s.stepPrev();
  else if (e.key === ' ') (s.playing ? s.pause : s.play)();
  else return;
  e.preventDefault();
}
