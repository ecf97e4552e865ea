import { selectAnyPass } from '../../state/anyNetwork/selectors';
import { useLiveAnyNetwork } from '../../state/anyNetwork/useLiveAnyNetwork';
import { matrixWords, weightsTex } from './anyNetworkTex';
import { LiveLine } from './LiveLine';

/** W^1 … W^L: n_l rows (receiving units), n_{l−1} + 1 columns (sending units, then the bias). */
export function WeightMatrices() {
  const { layers } = useLiveAnyNetwork(selectAnyPass);
  return (
    <>
      {layers.map((v) => (
        <LiveLine
          key={v.l}
          tex={weightsTex(v)}
          label={`W${v.l}, the weights into layer ${v.l}, ${v.W.length} by ${v.W[0].length}`}
          fallback={matrixWords(v.W)}
          data={{
            'data-matrix': `W${v.l}`,
            'data-rows': v.W.length,
            'data-cols': v.W[0].length,
            'data-values': JSON.stringify(v.W),
          }}
        />
      ))}
    </>
  );
}
