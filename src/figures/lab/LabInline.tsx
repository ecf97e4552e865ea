import {
  selectKeepScale,
  selectSampleCount,
  selectTextError,
  selectTextGrad,
  selectUpdatesPerEpoch,
  selectWidth,
} from '../../state/lab/labSelectors';
import type { LabState } from '../../state/lab/labStore';
import { useLab } from '../../state/lab/useLab';
import { formatNumber, texNumber } from '../../tex/format';
import { texNumberMatrix } from '../../tex/matrix';
import { Tex } from '../../tex/Tex';

/**
 * Live numbers inside the prose of sections 9–10: `<LabValue of="error" />` typesets the
 * current value with its symbol, from the same store the figures draw.
 */
export const QUANTITIES = {
  error: { sym: 'E', words: 'the error over the set', pick: selectTextError },
  eta: { sym: '\\eta', words: 'the learning rate', pick: (s: LabState) => s.settings.learningRate },
  mu: { sym: '\\mu', words: 'the momentum', pick: (s: LabState) => s.settings.momentum },
  p: { sym: 'p', words: 'the dropout probability', pick: (s: LabState) => s.settings.dropout },
  keep: { sym: '1/(1-p)', words: 'the scale of kept units', pick: selectKeepScale },
  batch: { sym: 'B', words: 'the batch size', pick: (s: LabState) => s.settings.batchSize },
  updates: { sym: 'N/B', words: 'updates per epoch', pick: selectUpdatesPerEpoch },
  samples: { sym: 'N', words: 'the number of samples', pick: selectSampleCount },
  width: { sym: 'h', words: 'the hidden width', pick: selectWidth },
  epoch: { sym: '\\text{epoch}', words: 'the epoch', pick: (s: LabState) => s.textNet.epoch },
} as const;

export type LabQuantity = keyof typeof QUANTITIES;

export function LabValue({ of }: { of: LabQuantity }) {
  const q = QUANTITIES[of];
  // counts (the batch size, updates per epoch, the epoch) are whole numbers: 4, not 4.000
  const v = useLab(q.pick as (s: LabState) => number);
  const shown = Number.isInteger(v) && of !== 'error' ? String(v) : texNumber(v);
  const words = Number.isInteger(v) && of !== 'error' ? String(v) : formatNumber(v);
  return (
    <span className="lab-inline">
      <span aria-hidden="true">
        <Tex tex={`${q.sym} = ${shown}`} fallback={words} />
      </span>
      <span className="sr-only sr-only--live">{`${q.words} = ${words}`}</span>
    </span>
  );
}

/**
 * The output layer's averaged gradient as a live row vector, for the prose of section 9: a
 * display formula of its own, scrolling in its own box on a phone (1x5 numbers are wider).
 */
export function LabGradW2() {
  const g = useLab(selectTextGrad);
  return (
    <figure className="live-matrix lab-matrix" aria-label="dE/dW2, averaged over the set">
      <Tex
        tex={`\\frac{\\partial E}{\\partial W_2} = ${texNumberMatrix(g[1])}`}
        display
        fallback={`dE/dW2 = ${g[1][0].map(formatNumber).join(', ')}`}
      />
    </figure>
  );
}
