// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLabStore } from '../../state/lab/labStore';
import { LabControls } from './LabControls';

const fresh = useLabStore.getState();
beforeEach(() => useLabStore.setState(fresh, true));
afterEach(cleanup);

describe('Start with all weights equal', () => {
  it('sets every weight of each layer to one value, and the hidden units stay identical while training', () => {
    render(<LabControls advanced />);
    expect(screen.queryByTestId('lab-symmetry')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start with all weights equal' }));
    const start = useLabStore.getState().net;
    expect(start.epoch).toBe(0);
    expect(new Set(start.weights.flat(2)).size).toBe(1);
    expect(screen.getByTestId('lab-symmetry').textContent).toMatch(/four hidden units are identical/);
    for (let i = 0; i < 20; i++) fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    const W1 = useLabStore.getState().net.weights[0] ?? [];
    expect(useLabStore.getState().net.epoch).toBe(20);
    expect(W1[0]).not.toEqual(start.weights[0]?.[0]);
    for (const row of W1) expect(row).toEqual(W1[0]);
    expect(screen.getByTestId('lab-symmetry')).toBeTruthy();
  });

  it('with dropout on, says dropout breaks the symmetry, and the note goes once it has', () => {
    render(<LabControls advanced />);
    act(() => useLabStore.getState().setSetting('dropout', 0.5));
    fireEvent.click(screen.getByRole('button', { name: 'Start with all weights equal' }));
    expect(screen.getByTestId('lab-symmetry').textContent).toMatch(/breaks the symmetry/);
    for (let i = 0; i < 20; i++) fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(screen.queryByTestId('lab-symmetry')).toBeNull();
  });
});
