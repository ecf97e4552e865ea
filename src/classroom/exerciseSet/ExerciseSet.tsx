import '../worksheet/worksheet.css';
import '../../teach/teach.css';
import { useId, useMemo, useState } from 'react';
import { selectEnv } from '../../state/selectors';
import { AnswerForm } from '../../teach/AnswerForm';
import type { Verdict } from '../../teach/checkAnswer';
import { diagnose } from '../../teach/diagnose';
import type { Exercise } from '../../teach/exercise';
import type { Ctx2x2 } from '../../teach/exercises2x2';
import { Question } from '../../teach/YourTurn';
import type { ClassNetwork } from '../classNetwork';
import { NetworkNumbers } from '../NetworkNumbers';
import { readSet, SET_ETA, score } from './exerciseSet';

/**
 * `?exercises=net-F,grad-e&seed=7`: the exercises a teacher chose, on the network of that seed.
 * Each answer is checked here against the engine's value, with the page's slip recogniser; the
 * score counts each exercise's latest check. Nothing leaves the browser, nothing is stored.
 */
export function ExerciseSet({ ids, network }: { ids: readonly string[]; network: ClassNetwork }) {
  const { exercises, notices } = useMemo(() => readSet(ids), [ids]);
  const ctx = useMemo(() => ({ env: selectEnv(network), eta: SET_ETA }), [network]);
  const [verdicts, setVerdicts] = useState<Record<string, Verdict | undefined>>({});
  const { right, checked, total } = score(
    verdicts,
    exercises.map((e) => e.id),
  );
  const all = [...network.notices, ...notices];
  return (
    <main className="exercise-set" id="main">
      <h1>Exercise set: backpropagation by hand</h1>
      <p className="worksheet__version" data-testid="set-version">
        {network.seed !== null ? `Version: seed ${network.seed}.` : 'The network of the address.'} {total}{' '}
        {total === 1 ? 'exercise' : 'exercises'}.
      </p>
      <p className="exercise-set__privacy">
        Your answers are checked here, in your browser, against the page’s own engine. Nothing is sent
        anywhere and nothing is stored: reloading the page clears them.
      </p>
      {all.length ? (
        <ul className="worksheet__notices" role="alert">
          {all.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ) : null}
      <h2>The network</h2>
      <p>
        Inputs i₁, i₂; hidden units F, G; outputs H, I; σ(z) = 1/(1 + e^(−z)) on every unit; E = (H − t₁)² +
        (I − t₂)², with no ½. Each matrix’s last column holds the biases. The learning rate is η = {SET_ETA}.
        Where a question speaks of the page’s diagram or controls, these are its numbers.
      </p>
      <NetworkNumbers net={network} />
      <h2>Exercises</h2>
      {exercises.length === 0 ? <p>This link names no exercise this page has.</p> : null}
      <ol className="exercise-set__list">
        {exercises.map((ex) => (
          <li key={ex.id}>
            <SetExercise
              ex={ex}
              ctx={ctx}
              onVerdict={(v) => setVerdicts((old) => ({ ...old, [ex.id]: v }))}
            />
          </li>
        ))}
      </ol>
      <p className="exercise-set__score" role="status" data-testid="set-score">
        Score: {right} of {total} right{checked < total ? ` (${total - checked} not yet checked)` : ''}.
      </p>
      <p className="worksheet__address">
        <a href="?exercises">Make another set</a>
      </p>
    </main>
  );
}

function SetExercise({
  ex,
  ctx,
  onVerdict,
}: {
  ex: Exercise<Ctx2x2>;
  ctx: Ctx2x2;
  onVerdict: (v: Verdict) => void;
}) {
  const uid = useId();
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [hint, setHint] = useState(false);
  const check = (e: React.FormEvent) => {
    e.preventDefault();
    const v = diagnose(ex, ctx, text);
    setVerdict(v);
    onVerdict(v);
  };
  return (
    <div className="your-turn" role="group" aria-labelledby={`${uid}-q`} data-exercise={ex.id}>
      <p className="your-turn__question" id={`${uid}-q`}>
        <Question text={ex.question} />
      </p>
      <AnswerForm
        uid={uid}
        text={text}
        onText={setText}
        onCheck={check}
        verdict={verdict}
        hintText={ex.hint}
        hintShown={hint}
        onHint={setHint}
      />
    </div>
  );
}
