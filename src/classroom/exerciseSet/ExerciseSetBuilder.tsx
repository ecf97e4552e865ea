import '../worksheet/worksheet.css';
import { useId, useState } from 'react';
import { texWords } from '../../teach/texWords';
import { MAX_SEED } from '../classNetwork';
import { copyText } from '../copy/clipboard';
import { SET_EXERCISES, setLink } from './exerciseSet';

/** The question in plain words, for a checklist: `$net_F$` read as words. */
const plainQuestion = (q: string) =>
  q
    .split('$')
    .map((part, i) => (i % 2 ? texWords(part) : part))
    .join('');

/**
 * `?exercises`: the teacher's page. Tick exercises, pick a seed (each seed is a different
 * network, so each group can get its own version), and take the link.
 */
export function ExerciseSetBuilder() {
  const uid = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const [seedText, setSeedText] = useState('1');
  const seed = /^\d{1,9}$/.test(seedText.trim()) ? Number(seedText.trim()) : null;
  const ordered = SET_EXERCISES.map((e) => e.id).filter((id) => chosen.includes(id));
  const link =
    seed !== null && ordered.length ? new URL(setLink(ordered, seed), window.location.href).href : null;
  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
  return (
    <main className="exercise-set" id="main">
      <h1>Make an exercise set</h1>
      <p>
        Choose exercises on the 2-2-2 network and a seed. Students who open the link see only those exercises,
        on the network that seed draws, check their answers and see their score. It all happens in their
        browser: no answer is sent anywhere or stored.
      </p>
      <fieldset className="exercise-set__choice">
        <legend>Exercises</legend>
        {SET_EXERCISES.map((ex) => (
          <label key={ex.id} className="exercise-set__option">
            <input
              type="checkbox"
              value={ex.id}
              checked={chosen.includes(ex.id)}
              onChange={(e) => toggle(ex.id, e.currentTarget.checked)}
            />{' '}
            {plainQuestion(ex.question)} <span className="exercise-set__id">({ex.id})</span>
          </label>
        ))}
      </fieldset>
      <p>
        <label htmlFor={`${uid}-seed`}>
          Seed (a whole number from 0 to {MAX_SEED.toLocaleString('en-US')})
        </label>{' '}
        <input
          id={`${uid}-seed`}
          inputMode="numeric"
          value={seedText}
          onChange={(e) => setSeedText(e.currentTarget.value)}
          aria-invalid={seed === null}
          aria-describedby={`${uid}-seed-note`}
        />
        <span id={`${uid}-seed-note`} className="worksheet__notices">
          {seed === null ? ' Type a whole number from 0 to 999,999,999.' : ''}
        </span>
      </p>
      <div className="exercise-set__link" aria-live="polite">
        {link ? (
          <>
            <p>
              The link for students: <a href={link}>{link}</a>
            </p>
            <p>
              <button
                type="button"
                onClick={(e) =>
                  void copyText(document, link, 'the link', e.currentTarget.getBoundingClientRect())
                }
              >
                Copy the set’s link
              </button>{' '}
              <a href={`?worksheet&seed=${seed}`}>Print a worksheet on the same network</a>
            </p>
          </>
        ) : (
          <p>Tick at least one exercise{seed === null ? ' and give a valid seed' : ''} to get the link.</p>
        )}
      </div>
    </main>
  );
}
