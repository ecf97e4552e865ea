import type { MDXComponents } from 'mdx/types';
import { TwoPaths } from '../figures/chainRule/TwoPaths';
import { GradientCheckTable, LiveFormula, SlipCheck } from '../islands/Island';

/**
 * How MDX elements render. The live components are islands (src/islands/Island.tsx): prerendered
 * with the default network, brought to life near the viewport. Display math from rehype-katex can
 * be wider than a phone: it scrolls inside its own box instead of widening the page.
 */
export const mdxComponents: MDXComponents = {
  /** `<LiveFormula q="grad:e" />`: a formula with the reader's numbers (src/state/quantities2x2.ts) */
  LiveFormula,
  /** `<GradientCheckTable />`: the 12 gradients beside central differences, for the current network */
  GradientCheckTable,
  /** `<SlipCheck slip="bG-uses-e" />`: a printed slip, the right form and a central difference */
  SlipCheck,
  /** `<TwoPaths />`: the static two-path picture of the multivariable chain rule (section 5) */
  TwoPaths,
  a: (props) => <a {...props} />,
  table: (props) => (
    <div className="table-scroll">
      <table {...props} />
    </div>
  ),
};
