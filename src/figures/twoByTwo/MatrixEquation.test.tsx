// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../state/store';
import { loadKatex } from '../../tex/katex';
import { MatrixEquation } from './MatrixEquation';

afterEach(() => {
  cleanup();
  act(() => useAppStore.setState(useAppStore.getInitialState(), true));
});

/** how often each of W1's and W2's lines rendered, and what they say to a screen reader */
function renderBoth() {
  const renders = { W1: 0, W2: 0 };
  const { container } = render(
    <>
      <Profiler id="W1" onRender={() => renders.W1++}>
        <MatrixEquation terms={['W1']} />
      </Profiler>
      <Profiler id="W2" onRender={() => renders.W2++}>
        <MatrixEquation terms={['W2']} />
      </Profiler>
    </>,
  );
  const words = () => [...container.querySelectorAll('figure')].map((f) => f.getAttribute('data-copy-text'));
  return { renders, words };
}

describe('<MatrixEquation>', () => {
  it('follows its numbers without rendering again, and leaves the other matrix as it was', () => {
    const { renders, words } = renderBoth();
    const before = { ...renders };
    const [w1] = words();
    // weight e is W2's first entry: the reader drags it
    act(() => useAppStore.getState().setParam('e', 0.9));
    expect(words()[0]).toBe(w1);
    expect(words()[1]).toContain('0.9');
    // weight a is W1's: now W1 follows
    act(() => useAppStore.getState().setParam('a', -0.7));
    expect(words()[0]).toContain('-0.7');
    // new numbers in the same typeset lines: written in place, not rendered (useLivePatch)
    expect(renders).toEqual(before);
  });

  it('renders again when its typeset line changes (the stepper blanks entries not reached)', () => {
    let renders = 0;
    const { container } = render(
      <Profiler id="gradW2" onRender={() => renders++}>
        <MatrixEquation terms={['gradW2']} />
      </Profiler>,
    );
    const before = renders;
    act(() => useAppStore.getState().stepTo(0));
    expect(renders).toBeGreaterThan(before);
    expect(container.querySelector('figure')?.textContent).toContain('not yet computed');
  });

  it('typesets the numbers shown when KaTeX arrives after a drag, not those it last rendered', async () => {
    const { container } = render(<MatrixEquation terms={['W2']} />);
    // KaTeX is not here yet: the line reads in words, and a drag writes new words
    expect(container.querySelector('.live-tex--pending')).not.toBeNull();
    act(() => useAppStore.getState().setParam('e', 0.9));
    expect(container.querySelector('figure')?.textContent).toContain('0.9000');
    // KaTeX arrives; the formula typesets itself from its last render's props (e = 0.4)
    await act(() => loadKatex());
    const slots = [...container.querySelectorAll('[data-slot]')].map((el) => el.textContent);
    expect(slots[0]).toBe('0.9000');
    expect(container.querySelector('.live-tex')?.getAttribute('data-copy-tex')).toContain('0.9000');
  });
});
