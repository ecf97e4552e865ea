import { describe, expect, it } from 'vitest';
import { sectionNumbers } from './sectionNumbers';

const s = (unnumbered?: boolean) => ({ meta: { unnumbered } });

describe('sectionNumbers', () => {
  it('counts only numbered sections, so an opening leaves "section 1" where it was', () => {
    expect(sectionNumbers([s(true), s(), s(), s(true), s()])).toEqual([null, 1, 2, null, 3]);
  });
  it('numbers every section when none is unnumbered', () => {
    expect(sectionNumbers([s(), s(false), s()])).toEqual([1, 2, 3]);
  });
});
