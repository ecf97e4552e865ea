import { HandleHint } from '../../teach/HandleHint';
import { MatrixEquation } from '../twoByTwo/MatrixEquation';
import { OutputsLine } from '../twoByTwo/OutputsLine';
import { TwoByTwoDiagram } from '../twoByTwo/TwoByTwoDiagram';

/**
 * Section 1's figure: the 2x2 network with a 1 appended to every layer, its two 2x3 weight
 * matrices (last column: the biases) and the outputs they produce.
 */
export function BiasFigure() {
  return (
    <div className="figure-stack">
      <HandleHint>
        <TwoByTwoDiagram />
      </HandleHint>
      <div className="matrix-row">
        <MatrixEquation terms={['W1']} />
        <MatrixEquation terms={['W2']} />
      </div>
      <OutputsLine />
    </div>
  );
}
