// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../state/store';
import { Notices } from './Notices';

afterEach(() => {
  cleanup();
  useAppStore.setState({ notices: [], moreNotices: 0 });
});

describe('<Notices>', () => {
  it('shows 20,001 notices as four paragraphs and one line that counts the rest', () => {
    act(() =>
      useAppStore.getState().addNotices(Array.from({ length: 20_001 }, (_, i) => `Field ${i} was bad.`)),
    );
    const { container } = render(<Notices />);
    const lines = [...container.querySelectorAll('.notice')].map((p) => p.textContent);
    expect(lines).toEqual([
      'Field 0 was bad.×',
      'Field 1 was bad.×',
      'Field 2 was bad.×',
      'Field 3 was bad.×',
      '… and 19,997 more notices.×',
    ]);
    expect(container.querySelectorAll('*').length).toBeLessThan(20);
  });

  it('says how often a repeated notice came, and each line can be dismissed', () => {
    act(() => useAppStore.getState().addNotices(['Same.', 'Same.', 'Same.']));
    render(<Notices />);
    expect(screen.getByRole('alert').textContent).toBe('Same. (3 times)×');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss this notice' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
