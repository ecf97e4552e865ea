import { judge, type SlipId, type Verdict } from './checkAnswer';
import type { Exercise } from './exercise';

/**
 * The slip recogniser: for the current network `ctx`, the right value of the exercise and each
 * of its slips' wrong values (each by its own formula), and which of them the typed answer matches.
 */
export function diagnose<C>(exercise: Exercise<C>, ctx: C, text: string): Verdict {
  const slips = (Object.entries(exercise.slips) as [SlipId, (c: C) => number][]).map(([id, f]) => ({
    id,
    value: f(ctx),
  }));
  return judge(text, exercise.answer(ctx), slips);
}
