import { selectAnyPass } from '../../state/anyNetwork/selectors';
import { useLiveAnyNetwork } from '../../state/anyNetwork/useLiveAnyNetwork';
import { matrixWords, outputDeltaTex, recursionTex } from './anyNetworkTex';
import { LiveLine } from './LiveLine';

/**
 * δ^L from the error, then δ^{L−1} … δ^1, each from the one after it: the order in which the
 * backward pass computes them, so the reader reads the recursion top to bottom.
 */
export function DeltaRecursion() {
  const { layers, t } = useLiveAnyNetwork(selectAnyPass);
  const backwards = [...layers].reverse();
  return (
    <>
      {backwards.map((v) => (
        <LiveLine
          key={v.l}
          tex={v.back ? recursionTex(v) : outputDeltaTex(v, t)}
          label={
            v.back
              ? `delta ${v.l}, from delta ${v.l + 1} through W${v.l + 1} without its bias column`
              : `delta ${v.l}, the output layer's delta, from the error`
          }
          fallback={matrixWords(v.delta.map((d) => [d]))}
          data={{ 'data-matrix': `delta${v.l}`, 'data-rows': v.delta.length, 'data-cols': 1 }}
        />
      ))}
    </>
  );
}
