import type { SlipId } from './checkAnswer';

/** Which store an exercise reads: the shared 2x2 network, section 8's network, or the XOR lab. */
export type ExerciseStore = '2x2' | 'any' | 'lab';

/**
 * One "Your turn": a quantity of the current network for the reader to compute. `answer` reads
 * the value from the store's selectors (the engine computed it); each slip recomputes the
 * quantity from the forward pass with one classic mistake built in, by its own formula.
 */
export interface Exercise<C> {
  id: string;
  store: ExerciseStore;
  /** the section (meta id of content/NN-*.mdx) it belongs to */
  section: string;
  /** the question; `$…$` spans are TeX */
  question: string;
  hint: string;
  answer: (c: C) => number;
  /** the worked numbers as TeX, ending with `= value` */
  worked: (c: C) => string;
  slips: Partial<Record<SlipId, (c: C) => number>>;
}
