import { selectAnyPass } from '../../state/anyNetwork/selectors';
import { useLiveAnyNetwork } from '../../state/anyNetwork/useLiveAnyNetwork';
import { gradientTex, matrixWords } from './anyNetworkTex';
import { LiveLine } from './LiveLine';

/** ∂E/∂W^l for every layer: δ^l times the layer's input with its 1, the shape of W^l. */
export function GradientMatrices() {
  const { layers } = useLiveAnyNetwork(selectAnyPass);
  return (
    <>
      {layers.map((v) => (
        <LiveLine
          key={v.l}
          tex={gradientTex(v)}
          label={`the gradient of E with respect to W${v.l}, ${v.grad.length} by ${v.grad[0].length}`}
          fallback={matrixWords(v.grad)}
          data={{ 'data-matrix': `gradW${v.l}`, 'data-rows': v.grad.length, 'data-cols': v.grad[0].length }}
        />
      ))}
    </>
  );
}
