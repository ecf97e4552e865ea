import { describe, expect, it } from 'vitest';
import { backward, forward } from '../../nn';
import { STEPS } from '../../state/steps2x2';
import { DEFAULT_T, DEFAULT_WEIGHTS, DEFAULT_X } from '../../state/twoByTwo';
import { formatNumber } from '../../tex/format';
import { backwardEdges, backwardNodes, twoByTwoEdges, twoByTwoNodes } from './diagramModel';

const { out } = forward(DEFAULT_WEIGHTS, DEFAULT_X);
const { delta, grad } = backward(DEFAULT_WEIGHTS, DEFAULT_X, DEFAULT_T);
const nodes = (stage: 'forward' | 'error' | 'output' | 'hidden', step: number | null) =>
  backwardNodes(twoByTwoNodes(DEFAULT_X, out), { delta, t: DEFAULT_T, stage, step });
const edges = (stage: 'forward' | 'error' | 'output' | 'hidden', step: number | null) =>
  backwardEdges(twoByTwoEdges(DEFAULT_WEIGHTS), { grad, stage, step });

describe('the backward pass in the 2x2 diagram model', () => {
  it('shows only what the section has defined', () => {
    expect(nodes('forward', null).some((n) => n.deltaText || n.targetText)).toBe(false);
    expect(edges('forward', null).some((e) => e.grad !== undefined)).toBe(false);
    // section 5: targets and the output weights' gradients, no δ yet
    expect(nodes('error', null).flatMap((n) => (n.targetText ? [n.targetText] : []))).toEqual([
      't₁ = 0.01000',
      't₂ = 0.9900',
    ]);
    expect(nodes('error', null).some((n) => n.deltaText)).toBe(false);
    expect(edges('error', null).flatMap((e) => (e.grad === undefined ? [] : [e.id]))).toEqual([
      'e',
      'f',
      'bH',
      'g',
      'h',
      'bI',
    ]);
    expect(nodes('output', null).flatMap((n) => (n.deltaText ? [n.id] : []))).toEqual(['H', 'I']);
    const all = nodes('hidden', null);
    expect(all.find((n) => n.id === 'F')?.deltaText).toBe(`δ = ${formatNumber(delta[0][0])}`);
    expect(edges('hidden', null).find((e) => e.id === 'a')?.grad).toBe(grad[0][0][0]);
  });

  it('while stepping, blanks every δ and gradient not reached yet', () => {
    const atDeltaI = STEPS.indexOf('delta:I');
    const n = nodes('hidden', atDeltaI);
    expect(n.find((x) => x.id === 'H')?.deltaText).toMatch(/^δ = 0\.\d+/);
    expect(n.find((x) => x.id === 'I')?.deltaText).toMatch(/^δ = −0\.\d+/);
    expect(n.find((x) => x.id === 'F')?.deltaText).toBe('δ = ?');
    const e = edges('hidden', atDeltaI);
    expect(e.every((x) => x.gradPending)).toBe(true);
    expect(e.find((x) => x.id === 'e')?.detail).toBe('∂E/∂e = not computed yet');
    const atGradE = edges('hidden', STEPS.indexOf('grad:e'));
    expect(atGradE.filter((x) => !x.gradPending).map((x) => x.id)).toEqual(['e']);
    expect(atGradE.find((x) => x.id === 'e')?.detail).toBe(`∂E/∂e = ${formatNumber(grad[1][0][0])}`);
  });
});
