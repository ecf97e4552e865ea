import { memo } from 'react';
import { CopyButton } from '../../classroom/copy/CopyButton';
import { Tex } from '../../tex/Tex';

interface LiveLineProps {
  tex: string;
  /** what the line is, for screen readers: "W2, 3 by 4" */
  label: string;
  /** the numbers in words, shown until KaTeX has loaded */
  fallback: string;
  /** data attributes naming the line and its values, for the browser tests and debugging */
  data?: Record<`data-${string}`, string | number>;
}

/** One display line of live math; a line wider than the figure scrolls inside its own box. */
export const LiveLine = memo(function LiveLine({ tex, label, fallback, data }: LiveLineProps) {
  return (
    // data-copy: its LaTeX can be copied (src/classroom/copy)
    <figure className="any-network__line" aria-label={label} data-copy={label} {...data}>
      <Tex tex={tex} display fallback={`${label}: ${fallback}`} />
      <CopyButton name={label} />
    </figure>
  );
});
