import type { Exercise, ExerciseStore } from './exercise';
import { type Ctx2x2, EXERCISES_2X2 } from './exercises2x2';
import { type CtxAny, EXERCISES_ANY } from './exercisesAny';
import { type CtxLab, EXERCISES_LAB } from './exercisesLab';

/** Every exercise on the page, with the context its store gives it. */
export type AnyExercise =
  | (Exercise<Ctx2x2> & { store: '2x2' })
  | (Exercise<CtxAny> & { store: 'any' })
  | (Exercise<CtxLab> & { store: 'lab' });

export const EXERCISES: readonly AnyExercise[] = [
  ...(EXERCISES_2X2 as (Exercise<Ctx2x2> & { store: '2x2' })[]),
  ...(EXERCISES_ANY as (Exercise<CtxAny> & { store: 'any' })[]),
  ...(EXERCISES_LAB as (Exercise<CtxLab> & { store: 'lab' })[]),
];

export const EXERCISE_BY_ID: ReadonlyMap<string, AnyExercise> = new Map(EXERCISES.map((e) => [e.id, e]));

export function exerciseStore(id: string): ExerciseStore | undefined {
  return EXERCISE_BY_ID.get(id)?.store;
}
