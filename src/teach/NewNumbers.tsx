import { useId, useState } from 'react';
import { create } from 'zustand';
import { LiveField } from '../islands/LiveField';
import { useAnyNetworkStore } from '../state/anyNetwork/store';
import { useLabStore } from '../state/lab/labStore';
import { useAppStore } from '../state/store';
import type { ExerciseStore } from './exercise';
import { isSeed, numbersFromSeed, SEED_MAX } from './newNumbers';

/** The seed the 2x2 network's numbers were last drawn from (null: the reader's or the default network). */
const useSeedStore = create<{ seed: number | null; setSeed: (s: number | null) => void }>()((set) => ({
  seed: null,
  setSeed: (seed) => set({ seed }),
}));

const randomSeed = () => 1 + Math.floor(Math.random() * SEED_MAX);

/** Draw the 2x2 network from a seed: weights, inputs and targets; stepping and training stop. */
export function apply2x2Seed(seed: number) {
  const s = useAppStore.getState();
  s.stopTraining();
  s.stepTo(null);
  s.resetTraining();
  s.setNetwork(numbersFromSeed(seed));
  useSeedStore.getState().setSeed(seed);
}

/**
 * "New numbers": fresh numbers from a seed the reader sees and can type back, so an exercise
 * can be repeated on another network (or the same one again).
 */
export function NewNumbers({ store }: { store: ExerciseStore }) {
  if (store === '2x2') return <NewNumbers2x2 />;
  if (store === 'any') return <NewNumbersAny />;
  return <NewNumbersLab />;
}

function NewNumbers2x2() {
  const seed = useSeedStore((s) => s.seed);
  const [typed, setTyped] = useState('');
  const id = useId();
  const typedSeed = Number(typed);
  return (
    <div className="new-numbers">
      <button type="button" onClick={() => apply2x2Seed(randomSeed())}>
        New numbers
      </button>
      <label htmlFor={id}>or seed</label>
      <LiveField kind="text" text={typed || (seed === null ? '1–9999' : String(seed))} hint={typed === ''}>
        <input
          id={id}
          type="number"
          min={1}
          max={SEED_MAX}
          step={1}
          value={typed}
          placeholder={seed === null ? '1–9999' : String(seed)}
          onChange={(e) => setTyped(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && isSeed(typedSeed)) apply2x2Seed(typedSeed);
          }}
        />
      </LiveField>
      <button type="button" disabled={!isSeed(typedSeed)} onClick={() => apply2x2Seed(typedSeed)}>
        Use seed
      </button>
      <span className="new-numbers__note" aria-live="polite">
        {seed === null ? '' : `Numbers from seed ${seed}. `}
        This changes the shared 2x2 network: every figure in sections 1–7 and 11 shows it.
      </span>
    </div>
  );
}

function NewNumbersAny() {
  const seed = useAnyNetworkStore((s) => s.seed);
  return (
    <div className="new-numbers">
      <button type="button" onClick={() => useAnyNetworkStore.getState().setSeed(randomSeed())}>
        New numbers
      </button>
      <span className="new-numbers__note" aria-live="polite">
        Seed {seed}: this draws the weights, input and target of this section’s network again.
      </span>
    </div>
  );
}

function NewNumbersLab() {
  const seed = useLabStore((s) => s.net.seed);
  return (
    <div className="new-numbers">
      <button type="button" onClick={() => useLabStore.getState().randomInit()}>
        New numbers
      </button>
      <span className="new-numbers__note" aria-live="polite">
        Seed {seed}: this draws new initial weights for the lab that sections 9 and 10 share.
      </span>
    </div>
  );
}
