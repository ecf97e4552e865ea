import type { MDXComponents } from 'mdx/types';
import { LiveFormula } from '../figures/formula/LiveFormula';
import { GradientCheckTable } from '../figures/gradcheck/GradientCheckTable';
import { SlipCheck } from '../figures/slips/SlipCheck';

/**
 * How MDX elements render. Display math from rehype-katex can be wider than a phone:
 * it scrolls inside its own box instead of widening the page.
 */
export const mdxComponents: MDXComponents = {
  /** `<LiveFormula q="grad:e" />`: a formula with the reader's numbers (src/state/quantities2x2.ts) */
  LiveFormula,
  /** `<GradientCheckTable />`: the 12 gradients beside central differences, for the current network */
  GradientCheckTable,
  /** `<SlipCheck slip="bG-uses-e" />`: a printed slip, the right form and a central difference */
  SlipCheck,
  a: (props) => <a {...props} />,
  table: (props) => (
    <div className="table-scroll">
      <table {...props} />
    </div>
  ),
};
