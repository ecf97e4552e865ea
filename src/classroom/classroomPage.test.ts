import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../state/twoByTwo';
import { seededNetwork } from './classNetwork';
import { classroomPage } from './classroomPage';

describe('classroomPage', () => {
  it('is no classroom page for the article', () => {
    expect(classroomPage('')).toBeNull();
    expect(classroomPage('?W1=1,2,3;4,5,6#bias')).toBeNull();
  });
  it('reads a worksheet of the address network, or of a seed', () => {
    const page = classroomPage('?worksheet&W1=0.42,0.2,0.35;0.25,0.3,0.35&x=1,2');
    expect(page?.kind).toBe('worksheet');
    expect(page?.network.weights[0]).toEqual([
      [0.42, 0.2, 0.35],
      [0.25, 0.3, 0.35],
    ]);
    expect(page?.network.weights[1]).toEqual(DEFAULT_WEIGHTS[1]);
    expect(page?.network.x).toEqual([1, 2]);
    const seeded = classroomPage('?worksheet&seed=12&W1=9,9,9;9,9,9');
    expect(seeded?.network).toMatchObject({ ...seededNetwork(12), seed: 12, notices: [] });
  });
  it('says why a seed is refused and falls back to the address network', () => {
    const page = classroomPage('?worksheet&seed=-3');
    expect(page?.network.seed).toBeNull();
    expect(page?.network.notices[0]).toMatch(/^The seed “-3” is not a whole number/);
    expect(page?.network.weights).toEqual(DEFAULT_WEIGHTS);
  });
  it('reads an exercise set, or the page that makes one', () => {
    expect(classroomPage('?exercises=net-F,%20grad-e,&seed=3')).toMatchObject({
      kind: 'exercises',
      ids: ['net-F', 'grad-e'],
      network: { seed: 3 },
    });
    expect(classroomPage('?exercises')).toMatchObject({ kind: 'exercises', ids: [] });
  });
});
