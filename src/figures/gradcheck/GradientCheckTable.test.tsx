// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectGradientCheck } from '../../state/gradientCheck';
import { useAppStore } from '../../state/store';
import { GradientCheckTable } from './GradientCheckTable';
import { formatPrecise } from './precise';

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
      expect(cells[0].textContent).toBe(formatPrecise(check.rows[i].analytic));
      expect(cells[1].textContent).toBe(formatPrecise(check.rows[i].numeric));
      expect(cells[2].textContent).toMatch(/^(0|\d\.\d\u2009×\u200910−\d+)$/);
      expect(cells[3].textContent).toBe('yes');
    });
    // the one threshold, stated once, in the caption
    expect(screen.getByTestId('gradcheck-criterion').textContent).toBe(
      'A row agrees when its scaled difference, |backward − central| ÷ max(1, |backward|, |central|), is at most 10−6.',
    );
    expect(screen.getByTestId('gradcheck-verdict').textContent).toMatch(/agree for all 12 parameters/);
  });

  it('follows the shared 2x2 network: a new weight changes the row for e', () => {
    render(<GradientCheckTable />);
    const before = within(bodyRows()[6]).getAllByRole('cell')[0].textContent;
    act(() => useAppStore.getState().setParam('e', -2));
    const after = within(bodyRows()[6]).getAllByRole('cell')[0].textContent;
    expect(after).not.toBe(before);
    expect(after).toBe(formatPrecise(selectGradientCheck(useAppStore.getState()).rows[6].analytic));
  });

  it('shows a gradient of 5e-9 with enough digits to see it agree (W1 = (3, 2, 1; −2, 4, 0.5))', () => {
    render(<GradientCheckTable />);
    act(() =>
      useAppStore.getState().setNetwork({
        weights: [
          [
            [3, 2, 1],
            [-2, 4, 0.5],
          ],
          [
            [9, -8, 7],
            [-6, 9, -5],
          ],
        ],
        x: [4, 3],
        t: [0.2, 0.9],
      }),
    );
    const bF = within(bodyRows()[2]).getAllByRole('cell');
    // 5.2e-9 with its significant digits; the two agree far beyond the tolerance
    expect(bF[0].textContent).toMatch(/^0\.000000005\d{3}$/);
    expect(bF[1].textContent?.slice(0, 12)).toBe(bF[0].textContent?.slice(0, 12));
    expect(bF[3].textContent).toBe('yes');
    expect(screen.getByTestId('gradcheck-verdict').textContent).toMatch(/agree for all 12 parameters/);
  });
});
