import './count.css';
import { format } from 'd3-format';
import { countMultiplications } from '../../state/multiplications';

const whole = format(',');
const ratio = format('.2~r');

interface MultiplicationCountProps {
  /** layer sizes, inputs first: "2-2-2" */
  shape: string;
  /** how many parameters the counts cover, for the sentence ("all 12 gradients") */
  parameters: number;
}

/**
 * What reuse saves: the multiplications of the per-path route (every ∂E/∂w as a sum over its
 * paths, as sections 3–4 compute them) against backpropagation's, as two bars and in words.
 * What exactly is counted is in src/state/multiplications.ts and in the note below the bars.
 */
export function MultiplicationCount({ shape, parameters }: MultiplicationCountProps) {
  const sizes = shape.split('-').map(Number);
  const { perPath, backprop } = countMultiplications(sizes);
  const rows = [
    { key: 'per-path', label: 'per path, no reuse', value: perPath },
    { key: 'backprop', label: 'backpropagation', value: backprop },
  ];
  return (
    <figure className="mult-count" data-testid="multiplication-count" data-shape={shape}>
      <figcaption className="mult-count__title">
        Multiplications for all {parameters} gradients of the {shape} network
      </figcaption>
      <dl className="mult-count__bars">
        {rows.map((r) => (
          <div key={r.key} className={`mult-count__row mult-count__row--${r.key}`} data-count={r.value}>
            <dt>{r.label}</dt>
            <dd>
              <span
                className="mult-count__bar"
                aria-hidden="true"
                style={{ width: `${Math.max(0.5, (100 * r.value) / perPath)}%` }}
              />
              <span className="mult-count__value">{whole(r.value)}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mult-count__summary">
        Reusing each δ makes {ratio(perPath / backprop)} times fewer multiplications.
      </p>
      <details className="mult-count__what">
        <summary>What is counted</summary>
        <p>
          Products of two numbers made after the forward pass. Both routes start from the same activations,
          slopes σ′(net) and error slopes 2(out − t), so those are not counted; nor is multiplying by the
          bias's constant 1. Per path: each ∂E/∂w is the sum, over every path from w to an output, of the
          product of the factors on that path (m factors are m − 1 multiplications). Backpropagation: each δ
          once, then each gradient as δ times the value the weight multiplies.
        </p>
      </details>
    </figure>
  );
}
