import { selectAnyPass } from '../../state/anyNetwork/selectors';
import { useLiveAnyNetwork } from '../../state/anyNetwork/useLiveAnyNetwork';
import { matrixWords, outputDeltaTex, recursionTex } from './anyNetworkTex';
import { LiveLine } from './LiveLine';

/**
 * δ_L from the error, then δ_{L−1} … δ_1, each from the one after it: the order in which the
 * backward pass computes them, so the reader reads the recursion top to bottom. Each line's
 * slope is the layer's own activation's; the first line's form is the loss's.
 */
export function DeltaRecursion() {
  const { layers, t, loss } = useLiveAnyNetwork(selectAnyPass);
  const backwards = [...layers].reverse();
  return (
    <>
      {backwards.map((v) => (
        <LiveLine
          key={v.l}
          tex={v.back ? recursionTex(v) : outputDeltaTex(v, t, loss)}
          label={
            v.back
              ? `delta ${v.l}, from delta ${v.l + 1} through W${v.l + 1} without its bias column (${v.activation} slope)`
              : `delta ${v.l}, the output layer's delta, from the error (${v.activation} output, ${loss} loss)`
          }
          fallback={matrixWords(v.delta.map((d) => [d]))}
          data={{
            'data-matrix': `delta${v.l}`,
            'data-rows': v.delta.length,
            'data-cols': 1,
            'data-activation': v.activation,
          }}
        />
      ))}
    </>
  );
}
