import { selectPass } from '../../state/selectors';
import { useLive } from '../../state/useLive';
import { formatNumber, texNumber } from '../../tex/format';
import { Tex } from '../../tex/Tex';

/** The network's outputs H and I (and optionally E), as the reader sees and hears them. */
export function OutputsLine({ withError = false }: { withError?: boolean }) {
  const [H = Number.NaN, I = Number.NaN] = useLive((s) => selectPass(s).out[1]) ?? [];
  const E = useLive((s) => selectPass(s).error);
  const errTex = withError ? `,\\quad E = ${texNumber(E)}` : '';
  const errText = withError ? `, E = ${formatNumber(E)}` : '';
  return (
    <p className="figure-outputs" data-testid="outputs">
      <span aria-hidden="true">
        <Tex tex={`H = ${texNumber(H)},\\quad I = ${texNumber(I)}${errTex}`} />
      </span>
      <span className="sr-only">{`Outputs: H = ${formatNumber(H)}, I = ${formatNumber(I)}${errText}`}</span>
    </p>
  );
}
