import { describe, expect, it } from 'vitest';
import { parseProgress } from './progress';

const known = new Set(['net-F', 'grad-e']);

describe('parseProgress', () => {
  it('reads a stored list and keeps only exercises that exist', () => {
    expect(parseProgress('{"solved":["net-F","gone","grad-e","net-F"]}', known)).toEqual({
      solved: ['net-F', 'grad-e'],
      problem: null,
    });
  });

  it('starts empty without a stored entry', () => {
    expect(parseProgress(null, known)).toEqual({ solved: [], problem: null });
  });

  it('sets a corrupt or foreign entry aside and says so', () => {
    for (const raw of ['{not json', '[1,2]', '{"solved":"net-F"}', 'null', '42']) {
      const p = parseProgress(raw, known);
      expect(p.solved).toEqual([]);
      expect(p.problem).toMatch(/starts afresh/);
    }
  });
});
