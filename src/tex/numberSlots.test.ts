import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { fillSlots, slotWidth, splitNumbers } from './numberSlots';

describe('splitNumbers', () => {
  it('replaces each decimal number with a numbered slot and keeps its text', () => {
    const { template, values } = splitNumbers('2(0.7514 - 0.01000)(-0.1868) = 8.771\\times10^{-5}');
    expect(values).toEqual(['0.7514', '0.01000', '−0.1868', '8.771']);
    expect(template).toBe(
      '2({\\htmlData{slot=0}{0.0000}} - {\\htmlData{slot=1}{0.0000}})({\\htmlData{slot=2}{0.0000}}) = {\\htmlData{slot=3}{0.0000}}\\times10^{-5}',
    );
  });

  it('gives formulas that differ only in their numbers the same template', () => {
    const a = splitNumbers('\\frac{\\partial E}{\\partial e} = (0.2770)(0.5933) = 0.1643');
    const b = splitNumbers('\\frac{\\partial E}{\\partial e} = (-1.250)(0.9990) = -1.249');
    expect(a.template).toBe(b.template);
    expect(b.values).toEqual(['−1.250', '0.9990', '−1.249']);
  });

  it('leaves integers, subscripts and binary minus signs in the template', () => {
    const { template, values } = splitNumbers('(H - t_1)^2 + W_2 - 3');
    expect(values).toEqual([]);
    expect(template).toBe('(H - t_1)^2 + W_2 - 3');
  });
});

describe('fillSlots', () => {
  it('writes every number into its typeset slot, as the browser does, for the prerendered page', () => {
    const tex = '\\frac{\\partial E}{\\partial e} = (0.2770)(-0.5933) = -0.1643';
    const { template, values } = splitNumbers(tex);
    const html = katex.renderToString(template, { trust: true, strict: 'ignore', output: 'html' });
    const filled = fillSlots(html, values);
    expect(filled).not.toContain('0.0000');
    // the text a reader sees: the numbers in order, in the places of the placeholders
    const text = filled.replace(/<annotation[\s\S]*?<\/annotation>/g, '').replace(/<[^>]+>/g, '');
    expect(text).toContain('0.2770');
    expect(text).toContain('−0.5933');
    expect(text).toContain('−0.1643');
    expect(text.indexOf('0.2770')).toBeLessThan(text.indexOf('−0.5933'));
  });
});

describe('slotWidth', () => {
  it('sizes a slot from KaTeX_Main’s advance widths: digits 0.5em, the point and the minus sign their own', () => {
    expect(slotWidth('0.1500')).toBe('2.77778em');
    expect(slotWidth('−0.0138')).toBe('3.55556em');
    expect(slotWidth('12.5')).toBe('1.77778em');
  });

  it('is written into every prerendered slot with its number', () => {
    const { template, values } = splitNumbers('a = -0.1643, b = 10.25');
    const html = katex.renderToString(template, { trust: true, strict: 'ignore', output: 'html' });
    const filled = fillSlots(html, values);
    expect(filled).toContain('data-slot="0" style="width:3.55556em"');
    expect(filled).toContain('data-slot="1" style="width:2.27778em"');
  });
});
