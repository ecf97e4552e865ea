import './teach.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { selectAnyPass } from '../state/anyNetwork/selectors';
import { useLiveAnyNetwork } from '../state/anyNetwork/useLiveAnyNetwork';
import { selectSamples, selectTextSetPass } from '../state/lab/labSelectors';
import { useLab } from '../state/lab/useLab';
import { selectEnv } from '../state/selectors';
import { useLive } from '../state/useLive';
import { formatNumber } from '../tex/format';
import { Tex } from '../tex/Tex';
import { AnswerForm } from './AnswerForm';
import type { Verdict } from './checkAnswer';
import { diagnose } from './diagnose';
import type { Exercise } from './exercise';
import { EXERCISE_BY_ID, EXERCISES } from './exercises';
import type { Ctx2x2 } from './exercises2x2';
import type { CtxAny } from './exercisesAny';
import type { CtxLab } from './exercisesLab';
import { NewNumbers } from './NewNumbers';
import { ProgressLine } from './ProgressLine';
import { useProgressStore } from './progress';
import { splitTex, texWords } from './texWords';

/**
 * "Your turn": `<YourTurn id="grad-e" />` asks the reader to compute one quantity of the current
 * network (src/teach/exercises*.ts), checks the answer to the shown precision and names the
 * classic slip it matches. Each store gets its own wrapper so the hooks it calls never change.
 */
export function YourTurn({ id }: { id: string }) {
  const ex = EXERCISE_BY_ID.get(id);
  if (!ex) return <p className="your-turn your-turn--missing">There is no exercise named “{id}”.</p>;
  if (ex.store === '2x2') return <YourTurn2x2 ex={ex} />;
  if (ex.store === 'any') return <YourTurnAny ex={ex} />;
  return <YourTurnLab ex={ex} />;
}

function YourTurn2x2({ ex }: { ex: Exercise<Ctx2x2> }) {
  const env = useLive(selectEnv);
  const eta = useLive((s) => s.learningRate);
  const ctx = useMemo(() => ({ env, eta }), [env, eta]);
  return <ExerciseCard ex={ex} ctx={ctx} extra={<NewNumbers store="2x2" />} />;
}

function YourTurnAny({ ex }: { ex: Exercise<CtxAny> }) {
  const pass = useLiveAnyNetwork(selectAnyPass);
  const ctx = useMemo(() => ({ pass }), [pass]);
  // section 8's exercises (and their slips) are written for a sigmoid output with squared error
  const fits = pass.loss === 'squared' && pass.layers.at(-1)?.activation === 'sigmoid';
  if (!fits) {
    return (
      <p className="your-turn your-turn--paused" data-exercise={ex.id}>
        <strong>Your turn</strong> asks for a sigmoid output layer with squared error, Σ(out − t)². Choose
        them in the figure to try it; the hidden layers may keep any activation.
      </p>
    );
  }
  return <ExerciseCard ex={ex} ctx={ctx} extra={<NewNumbers store="any" />} />;
}

function YourTurnLab({ ex }: { ex: Exercise<CtxLab> }) {
  const pass = useLab(selectTextSetPass);
  const net = useLab((s) => s.textNet);
  const settings = useLab((s) => s.settings);
  const data = useLab(selectSamples);
  const ctx = useMemo(() => ({ pass, net, settings, data }), [pass, net, settings, data]);
  return <ExerciseCard ex={ex} ctx={ctx} extra={<NewNumbers store="lab" />} />;
}

const KNOWN = new Set(EXERCISES.map((e) => e.id));

function ExerciseCard<C>({ ex, ctx, extra }: { ex: Exercise<C>; ctx: C; extra: React.ReactNode }) {
  const uid = useId();
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<Verdict | { kind: 'stale' } | null>(null);
  const [hint, setHint] = useState(false);
  const [shown, setShown] = useState(false);
  const solved = useProgressStore((s) => s.solved.includes(ex.id));
  const { load, markSolved } = useProgressStore.getState();
  useEffect(() => load(KNOWN), [load]);
  const check = (e: React.FormEvent) => {
    e.preventDefault();
    const v = diagnose(ex, ctx, text);
    setVerdict(v);
    checkedAt.current = ex.answer(ctx);
    if (v.kind === 'right') markSolved(ex.id);
  };
  const answer = ex.answer(ctx);
  // a verdict is about the network it was given: when the numbers move, say so instead
  const checkedAt = useRef<number | null>(null);
  useEffect(() => {
    if (checkedAt.current !== null && !Object.is(checkedAt.current, answer)) {
      checkedAt.current = null;
      setVerdict({ kind: 'stale' });
    }
  }, [answer]);
  return (
    <div className="your-turn" role="group" aria-labelledby={`${uid}-title`} data-exercise={ex.id}>
      <p className="your-turn__question">
        <strong id={`${uid}-title`} className="your-turn__title">
          Your turn{solved ? ' ✓' : ''}.
        </strong>{' '}
        <Question text={ex.question} />
        {solved ? <span className="sr-only"> You have answered this one right before.</span> : null}
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
      >
        <button
          type="button"
          aria-expanded={shown}
          aria-controls={`${uid}-worked`}
          onClick={() => setShown(!shown)}
        >
          {shown ? 'Hide answer' : 'Show answer'}
        </button>
      </AnswerForm>
      <div id={`${uid}-worked`} className="your-turn__worked" hidden={!shown}>
        {shown ? (
          <Tex
            tex={ex.worked(ctx)}
            display
            fallback={`The answer for the current network: ${formatNumber(answer)}`}
          />
        ) : null}
      </div>
      <div className="your-turn__footer">
        {extra}
        <ProgressLine />
      </div>
    </div>
  );
}

/** A question with its `$…$` spans typeset (also used by the exercise sets, src/classroom). */
export function Question({ text }: { text: string }) {
  return (
    <>
      {splitTex(text).map((part, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a fixed string
          <Tex key={i} tex={part} fallback={texWords(part)} />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a fixed string
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}
