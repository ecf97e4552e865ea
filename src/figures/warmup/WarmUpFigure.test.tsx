// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../state/store';
import { formatNumber } from '../../tex/format';
import { verdict, WarmUpFigure } from './WarmUpFigure';

afterEach(() => {
  cleanup();
  useAppStore.getState().resetNetwork();
});

const e = () => useAppStore.getState().weights[1]?.[0]?.[0];

describe('WarmUpFigure', () => {
  it("moves the shared network's e with its slider", () => {
    render(<WarmUpFigure />);
    fireEvent.change(screen.getByRole('slider', { name: 'e' }), { target: { value: '-2.5' } });
    expect(e()).toBe(-2.5);
  });

  it("takes Mazur's step at η = 0.5, with our doubled gradient: e = 0.4 − 0.5·0.16433 = 0.3178", () => {
    render(<WarmUpFigure />);
    expect(screen.getByTestId('warm-up-verdict').textContent).toMatch(/positive: .*lowering e lowers E/);
    fireEvent.click(screen.getByRole('button', { name: /one step downhill/i }));
    expect(formatNumber(e() ?? Number.NaN)).toBe('0.3178');
    fireEvent.click(screen.getByRole('button', { name: /back to e = 0.4/i }));
    expect(e()).toBe(0.4);
  });

  it('says which way lowers E for either sign, and never a direction when the slope is 0 or not a number', () => {
    expect(verdict(-1e-12)).toMatch(/raising e lowers E/);
    expect(verdict(3)).toMatch(/lowering e lowers E/);
    expect(verdict(0)).toMatch(/zero/);
    expect(verdict(Number.NaN)).toMatch(/cannot be computed/);
  });
});
