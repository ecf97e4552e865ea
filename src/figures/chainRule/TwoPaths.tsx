import { useId } from 'react';
import './twoPaths.css';

/**
 * The multivariable chain rule as a picture (section 5): a weight w reaches E along two paths,
 * through H and through I; each path contributes the product of its links, and E's slope is the
 * sum of the two. Static: it states the rule, the live formulas apply it.
 */
export function TwoPaths() {
  const arrow = useId();
  const node = (x: number, y: number, label: string) => (
    <g className="two-paths__node">
      <circle cx={x} cy={y} r={17} />
      <text x={x} y={y} textAnchor="middle" dominantBaseline="central">
        {label}
      </text>
    </g>
  );
  const edge = (x1: number, y1: number, x2: number, y2: number, label: string, lx: number, ly: number) => (
    <g className="two-paths__edge">
      <line x1={x1} y1={y1} x2={x2} y2={y2} markerEnd={`url(#${arrow})`} />
      <text x={lx} y={ly} textAnchor="middle">
        {label}
      </text>
    </g>
  );
  return (
    <figure className="two-paths">
      <svg
        viewBox="0 0 320 150"
        role="img"
        aria-label="A weight w reaches the error E along two paths: through H, with links ∂H/∂w and ∂E/∂H, and through I, with links ∂I/∂w and ∂E/∂I. The slope of E is the sum of the two paths' products."
      >
        <defs>
          <marker
            id={arrow}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" />
          </marker>
        </defs>
        {edge(48, 66, 140, 34, '∂H/∂w', 82, 34)}
        {edge(48, 84, 140, 116, '∂I/∂w', 82, 128)}
        {edge(178, 34, 270, 66, '∂E/∂H', 236, 34)}
        {edge(178, 116, 270, 84, '∂E/∂I', 236, 128)}
        {node(30, 75, 'w')}
        {node(160, 30, 'H')}
        {node(160, 120, 'I')}
        {node(290, 75, 'E')}
      </svg>
      <figcaption>
        Two paths from <i>w</i> to <i>E</i>: multiply along each path, then add the paths.
      </figcaption>
    </figure>
  );
}
