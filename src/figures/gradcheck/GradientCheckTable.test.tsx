// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectGradientCheck } from '../../state/gradientCheck';
import { useAppStore } from '../../state/store';
import { formatNumber } from '../../tex/format';
import { GradientCheckTable } from './GradientCheckTable';

beforeEach(() => useAppStore.getState().resetNetwork());
afterEach(cleanup);

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('GradientCheckTable', () => {
  it('shows the 12 parameters in order, with the analytic and numeric values and a caption', () => {
    render(<GradientCheckTable />);
    expect(screen.getByRole('table', { name: /gradient check for the current weights/i })).toBeTruthy();
    const rows = bodyRows();
    expect(rows).toHaveLength(12);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'a',
      'b',
      'βF',
      'c',
      'd',
      'βG',
      'e',
      'f',
      'βH',
      'g',
      'h',
      'βI',
    ]);
    const check = selectGradientCheck(useAppStore.getState());
    rows.forEach((row, i) => {
      const cells = within(row).getAllByRole('cell');
      expect(cells[0].textContent).toBe(formatNumber(check.rows[i].analytic));
      expect(cells[1].textContent).toBe(formatNumber(check.rows[i].numeric));
      expect(cells[2].textContent).toMatch(/^(0|\d\.\d\u2009×\u200910−\d+)$/);
    });
    expect(screen.getByText(/relative error is \|analytic − numeric\|/)).toBeTruthy();
    expect(screen.getByTestId('gradcheck-verdict').textContent).toMatch(/agree for all 12 parameters/);
  });

  it('follows the shared 2x2 network: a new weight changes the row for e', () => {
    render(<GradientCheckTable />);
    const before = within(bodyRows()[6]).getAllByRole('cell')[0].textContent;
    act(() => useAppStore.getState().setParam('e', -2));
    const after = within(bodyRows()[6]).getAllByRole('cell')[0].textContent;
    expect(after).not.toBe(before);
    expect(after).toBe(formatNumber(selectGradientCheck(useAppStore.getState()).rows[6].analytic));
  });

  it('says so when the check fails (saturated units)', () => {
    render(<GradientCheckTable />);
    act(() =>
      useAppStore
        .getState()
        .setNetwork({ weights: useAppStore.getState().weights.map((m) => m.map((r) => r.map(() => 10))) }),
    );
    const verdict = screen.getByTestId('gradcheck-verdict');
    expect(verdict.className).toMatch(/is-off/);
    expect(verdict.textContent).toMatch(/disagrees/);
  });
});
