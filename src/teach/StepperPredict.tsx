import { useId, useState } from 'react';
import { LiveField } from '../islands/LiveField';
import { QUANTITY, quantity } from '../state/quantities2x2';
import { selectEnv } from '../state/selectors';
import { STEPS, UPDATE_STEP } from '../state/steps2x2';
import { useAppStore } from '../state/store';
import { howClose, parseAnswer } from './checkAnswer';

/**
 * The stepper's predict mode: before the next blank quantity is revealed, the reader may type a
 * guess; "Reveal" (or Enter) takes the step and says how close the guess was.
 */
export function StepperPredict() {
  const id = useId();
  const predict = useAppStore((s) => s.predict);
  const step = useAppStore((s) => s.step);
  const playing = useAppStore((s) => s.playing);
  const [guess, setGuess] = useState('');
  const [verdict, setVerdict] = useState('');
  const nextKey = step === null ? undefined : STEPS[step + 1];
  const canGuess = predict && !playing && nextKey !== undefined && nextKey !== UPDATE_STEP;
  const what = nextKey ? (QUANTITY[nextKey]?.words ?? nextKey) : '';
  const reveal = (e: React.FormEvent) => {
    e.preventDefault();
    if (!nextKey) return;
    const g = parseAnswer(guess);
    const s = useAppStore.getState();
    s.stepNext();
    if (g === null) setVerdict('');
    else if (Number.isNaN(g)) setVerdict(`“${guess}” is not a number; the value is shown above.`);
    else setVerdict(howClose(g, quantity(nextKey).value(selectEnv(useAppStore.getState())), what));
    setGuess('');
  };
  return (
    <div className="stepper__predict-area">
      <label className="stepper__predict-toggle">
        <LiveField kind="checkbox" checked={predict}>
          <input
            type="checkbox"
            checked={predict}
            onChange={(e) => {
              useAppStore.getState().setPredict(e.currentTarget.checked);
              setVerdict('');
            }}
          />
        </LiveField>{' '}
        Predict each value before it is shown
      </label>
      {canGuess ? (
        <form className="stepper__predict" onSubmit={reveal}>
          <label htmlFor={id}>Your guess for {what}</label>
          <input
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={guess}
            onChange={(e) => setGuess(e.currentTarget.value)}
          />
          <button type="submit">Reveal</button>
        </form>
      ) : predict && step === null ? (
        <p className="stepper__verdict">
          Press Step through; from the second quantity on you can guess each one.
        </p>
      ) : null}
      <p className="stepper__verdict" role="status">
        {predict ? verdict : ''}
      </p>
    </div>
  );
}
