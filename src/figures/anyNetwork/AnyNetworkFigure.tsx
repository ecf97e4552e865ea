import './anyNetwork.css';
import { selectAnyPass } from '../../state/anyNetwork/selectors';
import { useLiveAnyNetwork } from '../../state/anyNetwork/useLiveAnyNetwork';
import { formatNumber } from '../../tex/format';
import { Tex } from '../../tex/Tex';
import { MultiplicationCount } from '../count/MultiplicationCount';
import { AnyNetworkDiagram } from './AnyNetworkDiagram';
import { errorTex } from './anyNetworkTex';
import { DeltaRecursion } from './DeltaRecursion';
import { DeltaSizes } from './DeltaSizes';
import { GradCheckSummary } from './GradCheckSummary';
import { GradientMatrices } from './GradientMatrices';
import { ModelControls } from './ModelControls';
import { ShapeControls } from './ShapeControls';
import { WeightMatrices } from './WeightMatrices';

/**
 * Section 8's figure: a network of the reader's shape, its weights, the deltas from the output
 * back to the first hidden layer, each layer's gradient, and a numeric check that the
 * recursion gave the right gradient. Its own store, so the 2x2 network of sections 1–7 is untouched.
 */
export function AnyNetworkFigure() {
  const x = useLiveAnyNetwork((s) => s.x);
  const t = useLiveAnyNetwork((s) => s.t);
  const error = useLiveAnyNetwork((s) => selectAnyPass(s).error);
  const sizes = useLiveAnyNetwork((s) => s.sizes);
  const model = useLiveAnyNetwork((s) => s.model);
  const L = model.activation.length;
  const parameters = sizes.slice(1).reduce((sum, n, i) => sum + n * ((sizes[i] as number) + 1), 0);
  return (
    <div className="figure-stack any-network" data-x={JSON.stringify(x)} data-t={JSON.stringify(t)}>
      <ShapeControls />
      <ModelControls />
      <AnyNetworkDiagram />
      <p className="any-network__sample" data-testid="any-network-error" data-error={error}>
        Input x = ({x.map(formatNumber).join(', ')}), target t = ({t.map(formatNumber).join(', ')}), error{' '}
        <Tex tex={errorTex(model.loss, model.activation[L - 1] ?? 'sigmoid', L)} fallback="E" /> ={' '}
        {formatNumber(error)}
      </p>
      <h3 className="any-network__heading">Weights</h3>
      <WeightMatrices />
      <h3 className="any-network__heading">Deltas, from the output back</h3>
      <DeltaRecursion />
      <h3 className="any-network__heading">How big the deltas are, layer by layer</h3>
      <DeltaSizes />
      <h3 className="any-network__heading">Gradients</h3>
      <GradientMatrices />
      <GradCheckSummary />
      <MultiplicationCount shape={sizes.join('-')} parameters={parameters} />
    </div>
  );
}
