// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { Profiler, type ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Stage } from '../../state/stage';
import { useAppStore } from '../../state/store';
import { loadKatex } from '../../tex/katex';
import { MatrixEquation } from './MatrixEquation';
import { OutputsLine } from './OutputsLine';
import { TwoByTwoDiagram } from './TwoByTwoDiagram';

/*
 * The 2x2 figures write a dragged weight's numbers into what they last rendered instead of
 * rendering again (src/state/useLivePatch.ts). A figure patched from one network to another
 * must read exactly as the same figure rendered afresh for the second: same elements, same
 * attributes, same text, for any weights.
 */

beforeAll(async () => {
  await loadKatex();
});

afterEach(() => {
  cleanup();
  act(() => useAppStore.setState(useAppStore.getInitialState(), true));
});

const weight = fc.double({ min: -10, max: 10, noNaN: true });
const network = fc.record({
  weights: fc.tuple(
    fc.array(fc.array(weight, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 2 }),
    fc.array(fc.array(weight, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 2 }),
  ),
  x: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 2, maxLength: 2 }),
  t: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 2 }),
});
type Network = { weights: number[][][]; x: number[]; t: number[] };
const setNetwork = (n: Network) => act(() => useAppStore.getState().setNetwork(n));

/** every part of a 2x2 figure that patches its numbers, at the given stage */
function Figure({ stage }: { stage: Stage }) {
  return (
    <>
      <TwoByTwoDiagram stage={stage} />
      <MatrixEquation terms={['W2']} />
      <MatrixEquation terms={['gradW2', '=', 'slopeOutDiag', '\\cdot', 'errSlope', '\\cdot', 'hiddenRow']} />
      <OutputsLine withError />
    </>
  );
}

/** the markup of `ui` rendered afresh for the store as it is now */
function fresh(ui: ReactNode): string {
  const { container, unmount } = render(ui);
  const html = container.innerHTML;
  unmount();
  return html;
}

describe('a 2x2 figure following the store without rendering', () => {
  it('reads, after new numbers are patched in, exactly as the figure rendered for them', () => {
    for (const stage of ['forward', 'hidden'] as const) {
      fc.assert(
        fc.property(network, network, (a, b) => {
          setNetwork(a);
          const { container, unmount } = render(<Figure stage={stage} />);
          setNetwork(b);
          const patched = container.innerHTML;
          unmount();
          expect(patched).toBe(fresh(<Figure stage={stage} />));
        }),
        { numRuns: 8 },
      );
    }
  }, 60_000);

  it('renders nothing for new numbers, and renders when its shape changes', () => {
    let renders = 0;
    const { container } = render(
      <Profiler id="figure" onRender={() => renders++}>
        <Figure stage="hidden" />
      </Profiler>,
    );
    const handle = () => container.querySelector('g.weight-handle[data-q="e"]');
    const before = renders;
    act(() => useAppStore.getState().setParam('e', 0.9));
    act(() => useAppStore.getState().setParam('e', -2.5));
    expect(renders).toBe(before);
    expect(handle()?.getAttribute('aria-valuenow')).toBe('-2.5');
    expect(handle()?.querySelector('.weight-handle__value')?.textContent).toBe('−2.500');
    // the reader points at e: the diagram lights it and reads its gradient, which takes a render
    act(() => useAppStore.getState().setHighlight({ q: 'e', source: 'diagram' }));
    expect(renders).toBeGreaterThan(before);
    const lit = renders;
    act(() => useAppStore.getState().setParam('e', 1.25));
    expect(renders).toBe(lit);
    const patched = container.innerHTML;
    expect(container.querySelector('[data-testid="diagram-legend"]')?.textContent).toMatch(/^∂E\/∂e = \S/);
    expect(patched).toBe(fresh(<Figure stage="hidden" />));
  });

  it('lets the next drag or key start from the value the reader sees', () => {
    const { container } = render(<TwoByTwoDiagram />);
    act(() => useAppStore.getState().setParam('e', 3));
    const handle = container.querySelector('g.weight-handle[data-q="e"]') as SVGGElement;
    act(() => {
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    // one arrow step (0.01) from 3, not from the value of the diagram's last render
    expect(useAppStore.getState().weights[1]?.[0]?.[0]).toBeCloseTo(3.01, 10);
  });
});
