import { isHidden } from '../../state/focus';
import { selectPass } from '../../state/selectors';
import { useLive } from '../../state/useLive';
import { formatNumber, texNumber } from '../../tex/format';
import { Tex } from '../../tex/Tex';

/**
 * The network's outputs H and I (and optionally E), as the reader sees and hears them. While
 * the stepper runs, a value it has not reached yet is a "?".
 */
export function OutputsLine({ withError = false }: { withError?: boolean }) {
  const [H = Number.NaN, I = Number.NaN] = useLive((s) => selectPass(s).out[1]) ?? [];
  const E = useLive((s) => selectPass(s).error);
  const step = useLive((s) => s.step);
  const shown = [
    { name: 'H', key: 'out:H', value: H },
    { name: 'I', key: 'out:I', value: I },
    ...(withError ? [{ name: 'E', key: 'E', value: E }] : []),
  ].map((q) => ({ ...q, hidden: isHidden(q.key, step) }));
  const tex = shown.map((q) => `${q.name} = ${q.hidden ? '\\text{?}' : texNumber(q.value)}`).join(',\\quad ');
  const text = shown.map((q) => `${q.name} = ${q.hidden ? 'not computed yet' : formatNumber(q.value)}`);
  return (
    <p className="figure-outputs" data-testid="outputs">
      <span aria-hidden="true">
        <Tex tex={tex} />
      </span>
      <span className="sr-only sr-only--live">{`Outputs: ${text.join(', ')}`}</span>
    </p>
  );
}
