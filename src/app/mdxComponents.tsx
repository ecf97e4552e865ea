import type { MDXComponents } from 'mdx/types';
import { TwoPaths } from '../figures/chainRule/TwoPaths';
import { GradientCheckTable, LiveFormula, OpenControls, SlipCheck, YourTurn } from '../islands/Island';
import { Term } from '../teach/Term';

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
  /** `<YourTurn id="grad-e" />`: an exercise on the current network, checked, with its slips named (src/teach) */
  YourTurn,
  /** `<Term id="jacobian">Jacobian</Term>`: a glossary popover on a term's first use (src/teach/glossary.ts) */
  Term,
  /** `<OpenControls what="targets" />`: a Try it's button that opens the folded controls it needs */
  OpenControls,
  a: (props) => <a {...props} />,
  table: (props) => (
    <div className="table-scroll">
      <table {...props} />
    </div>
  ),
};
