import { describe, expect, it } from 'vitest';
import { t, twoByTwo, x } from './__fixtures__/twoByTwo';
import { backward } from './backward';

/**
 * Matt Mazur, "A Step by Step Backpropagation Example" (2015): his network is the 2x2 network
 * of sections 2-7 with the same weights, biases, input and target, and his error has the ½.
 * With loss 'half-squared' the engine must print exactly the digits he prints.
 * His w1 … w8 are a, b, c, d (weights[0]) and e, f, g, h (weights[1]), bias columns aside.
 */
describe("Mazur's example with 'half-squared'", () => {
  const r = backward(twoByTwo(), x, t, { loss: 'half-squared' });

  it('E_total = 0.298371109', () => {
    expect(r.error.toFixed(9)).toBe('0.298371109');
  });

  it('∂E/∂w5 = 0.082167041, ∂E/∂w6 = 0.082667628, ∂E/∂w7 = −0.022602540, ∂E/∂w8 = −0.022740242', () => {
    expect(r.grad[1][0][0].toFixed(9)).toBe('0.082167041');
    expect(r.grad[1][0][1].toFixed(9)).toBe('0.082667628');
    expect(r.grad[1][1][0].toFixed(9)).toBe('-0.022602540');
    expect(r.grad[1][1][1].toFixed(9)).toBe('-0.022740242');
  });

  it('∂E/∂w1 = 0.000438568, ∂E/∂w2 = 0.000877135, ∂E/∂w3 = 0.000497713, ∂E/∂w4 = 0.000995425', () => {
    expect(r.grad[0][0][0].toFixed(9)).toBe('0.000438568');
    expect(r.grad[0][0][1].toFixed(9)).toBe('0.000877135');
    expect(r.grad[0][1][0].toFixed(9)).toBe('0.000497713');
    expect(r.grad[0][1][1].toFixed(9)).toBe('0.000995425');
  });

  it('is the default error halved, exactly', () => {
    const plain = backward(twoByTwo(), x, t);
    expect(r.error).toBe(plain.error / 2);
    expect(r.grad).toEqual(plain.grad.map((m) => m.map((row) => row.map((g) => g / 2))));
  });
});
