// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchGradient, initWeights, XOR } from '../../nn';
import { useLabStore } from '../../state/lab/labStore';
import { statusText } from '../../state/lab/labText';
import { LabControls } from './LabControls';
import { LabStatus } from './LabStatus';

// the page's store, as it starts (its actions are bound to it): every test starts from here
const fresh = useLabStore.getState();
beforeEach(() => useLabStore.setState(fresh, true));
afterEach(cleanup);

/** Types into a text field and presses Enter, as the reader would. */
function typeAndEnter(label: string | RegExp, text: string) {
  const field = screen.getByLabelText(label);
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
}

describe('LabControls', () => {
  it('Step trains one epoch, and the status line says so', () => {
    render(
      <>
        <LabStatus />
        <LabControls />
      </>,
    );
    expect(screen.getByTestId('lab-status').textContent).toBe('epoch 0 · error 0.2921');
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(useLabStore.getState().net.epoch).toBe(1);
    const error = batchGradient(useLabStore.getState().net.weights, XOR).error;
    expect(screen.getByTestId('lab-status').textContent).toBe(statusText(1, error));
    expect(error).toBeLessThan(0.2921);
  });

  it('Play and Pause toggle the run, with the button saying what it will do', () => {
    render(<LabControls />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(useLabStore.getState().playing).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(useLabStore.getState().playing).toBe(false);
  });

  it('applies a typed learning rate only on Enter, and explains one it cannot use', () => {
    render(<LabControls />);
    const field = screen.getByLabelText(/type/);
    fireEvent.change(field, { target: { value: '1e9' } });
    expect(useLabStore.getState().settings.learningRate).toBe(2);
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(useLabStore.getState().settings.learningRate).toBe(1e9);

    typeAndEnter(/type/, 'fast');
    expect(screen.getByRole('alert').textContent).toBe(
      '“fast” is not a finite decimal number (such as 0.5 or 1e-3).',
    );
    typeAndEnter(/type/, '0x10');
    expect(screen.getByRole('alert').textContent).toBe(
      '“0x10” is not a finite decimal number (such as 0.5 or 1e-3).',
    );
    typeAndEnter(/type/, '-1');
    expect(screen.getByRole('alert').textContent).toMatch(
      /learning rate must be a decimal number from 0.000001/,
    );
    expect(useLabStore.getState().settings.learningRate).toBe(1e9);
  });

  it('a typed seed re-initialises from it; a bad one is refused with a reason', () => {
    render(<LabControls />);
    typeAndEnter('seed', '42');
    expect(useLabStore.getState().net.weights).toEqual(initWeights([2, 4, 1], 42));
    typeAndEnter('seed', '1.5');
    expect(screen.getByRole('alert').textContent).toMatch(/seed must be a whole number/);
    expect(useLabStore.getState().net.seed).toBe(42);
  });

  it('a field shows the new value once the store moves on (Reset after a typed seed)', () => {
    render(<LabControls />);
    const field = screen.getByLabelText('seed') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '77' } });
    expect(field.value).toBe('77');
    act(() => useLabStore.getState().reseed(5));
    expect(field.value).toBe('5');
  });

  it('the section 10 settings change the store and keep the weights', () => {
    render(<LabControls advanced />);
    const before = useLabStore.getState().net.weights;
    fireEvent.change(screen.getByLabelText(/momentum/), { target: { value: '0.9' } });
    fireEvent.change(screen.getByLabelText('batch size'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText(/dropout/), { target: { value: '0.25' } });
    fireEvent.click(screen.getByLabelText('shuffle every epoch'));
    expect(useLabStore.getState().settings).toMatchObject({
      momentum: 0.9,
      batchSize: 1,
      dropout: 0.25,
      shuffle: true,
    });
    expect(useLabStore.getState().net.weights).toBe(before);
  });
});
