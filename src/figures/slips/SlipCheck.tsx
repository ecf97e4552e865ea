import { selectEnv } from '../../state/selectors';
import { SLIPS, type SlipId, slipValues } from '../../state/slips';
import { useLive } from '../../state/useLive';
import { formatNumber, texNumber } from '../../tex/format';
import { Tex } from '../../tex/Tex';

/**
 * A printed slip beside the correct form, with the reader's numbers and a central difference
 * as the referee: `<SlipCheck slip="bG-uses-e" />`.
 */
export function SlipCheck({ slip }: { slip: SlipId }) {
  const spec = SLIPS[slip];
  const env = useLive(selectEnv);
  const v = slipValues(env, slip);
  const rows = [
    ['slip', `${spec.lhs} \\overset{?}{=} ${spec.wrong.tex} = ${texNumber(v.wrong)}`],
    ['right', `${spec.lhs} = ${spec.right.tex} = ${texNumber(v.right)}`],
    ['check', `\\text{central difference} = ${texNumber(v.numeric)}`],
  ] as const;
  return (
    <aside className="slip-check" aria-label={`A common slip: ${spec.note}`} data-slip={slip}>
      <p className="slip-check__note">Slip: {spec.note}.</p>
      <ul>
        {rows.map(([kind, tex]) => (
          <li key={kind} className={`slip-check__${kind}`}>
            <span className="slip-check__tag">
              {kind === 'slip' ? '✗ slip' : kind === 'right' ? '✓ right' : 'referee'}
            </span>
            <Tex
              tex={tex}
              fallback={
                kind === 'slip'
                  ? formatNumber(v.wrong)
                  : kind === 'right'
                    ? formatNumber(v.right)
                    : formatNumber(v.numeric)
              }
            />
          </li>
        ))}
      </ul>
    </aside>
  );
}
