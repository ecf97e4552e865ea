import { describe, expect, it } from 'vitest';
import { copyNumber, plainTex, toCsv, toPlainText } from './copyFormats';

describe('plainTex', () => {
  it('drops the highlighting markup and keeps what it wraps', () => {
    expect(plainTex('\\frac{\\partial E}{\\partial e} = \\htmlData{q=grad:e}{0.1643}')).toBe(
      '\\frac{\\partial E}{\\partial e} = 0.1643',
    );
  });
  it('keeps braces round a wrapped group of several symbols, and unwraps nested markup', () => {
    expect(plainTex('\\htmlData{q=x}{a + \\htmlClass{lit}{b}}^2')).toBe('{a + b}^2');
  });
  it('leaves TeX without markup as it is, matrices included', () => {
    const tex = '\\begin{bmatrix}0.15 & 0.2 \\\\ 0.25 & 0.3\\end{bmatrix}';
    expect(plainTex(tex)).toBe(tex);
  });
});

describe('matrix copies', () => {
  const w = {
    label: 'W1',
    rows: [
      [copyNumber(0.15), copyNumber(-0.2), copyNumber(0.35)],
      [copyNumber(0.25), copyNumber(0.3), copyNumber(10.5)],
    ],
  };
  it('gives CSV rows by rows, with an ASCII minus', () => {
    expect(toCsv([w])).toBe('0.1500,-0.2000,0.3500\n0.2500,0.3000,10.50');
  });
  it('names each matrix of an equation in CSV, quoting a name with a comma', () => {
    expect(
      toCsv([
        { ...w, label: 'W1, weights' },
        { label: 'x', rows: [['1'], ['2']] },
      ]),
    ).toBe('"W1, weights"\n0.1500,-0.2000,0.3500\n0.2500,0.3000,10.50\n\nx\n1\n2');
  });
  it('aligns plain-text columns on the right', () => {
    expect(
      toPlainText([
        {
          label: 'm',
          rows: [
            ['1.000', '-22.00'],
            ['-0.5000', '3.000'],
          ],
        },
      ]),
    ).toBe('  1.000  -22.00\n-0.5000   3.000');
  });
});
