import type { Verdict } from '../../teach/checkAnswer';
import type { Exercise } from '../../teach/exercise';
import { EXERCISE_BY_ID } from '../../teach/exercises';
import { type Ctx2x2, EXERCISES_2X2 } from '../../teach/exercises2x2';

/**
 * Exercise sets: a teacher's choice of the page's "Your turn" exercises on the 2-2-2 network,
 * with a seed, as a link (`?exercises=net-F,grad-e&seed=7`). Pure, so it is tested alone.
 */
export const SET_EXERCISES: readonly Exercise<Ctx2x2>[] = EXERCISES_2X2;

/** The learning rate η the update exercise uses in a set: the page's default. */
export const SET_ETA = 0.5;

/** The exercises a link names, in its order, each once; what it names that cannot go in a set, said. */
export function readSet(ids: readonly string[]): { exercises: Exercise<Ctx2x2>[]; notices: string[] } {
  const exercises: Exercise<Ctx2x2>[] = [];
  const notices: string[] = [];
  for (const id of new Set(ids)) {
    const ex = SET_EXERCISES.find((e) => e.id === id);
    if (ex) exercises.push(ex);
    else if (EXERCISE_BY_ID.has(id))
      notices.push(
        `“${id}” is an exercise on another network of the page; a set holds the 2-2-2 network’s exercises only.`,
      );
    else notices.push(`There is no exercise named “${id.slice(0, 40)}”; it was left out.`);
  }
  return { exercises, notices };
}

/** The link that opens a set, relative to the page. */
export function setLink(ids: readonly string[], seed: number): string {
  return `?exercises=${ids.map(encodeURIComponent).join(',')}&seed=${seed}`;
}

/** How many exercises are answered right, by each one's latest check. */
export function score(verdicts: Readonly<Record<string, Verdict | undefined>>, ids: readonly string[]) {
  const right = ids.filter((id) => verdicts[id]?.kind === 'right').length;
  const checked = ids.filter((id) => verdicts[id] !== undefined && verdicts[id]?.kind !== 'empty').length;
  return { right, checked, total: ids.length };
}
