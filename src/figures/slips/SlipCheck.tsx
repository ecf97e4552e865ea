import { isHidden } from '../../state/focus';
import { isHalf } from '../../state/quantities2x2';
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
  const half = isHalf(env);
  // while stepping, the numbers wait until the stepper reaches the quantity they are about
  const hidden = useLive((s) => isHidden(spec.right.key, s.step));
  const v = hidden ? { wrong: Number.NaN, right: Number.NaN, numeric: Number.NaN } : slipValues(env, slip);
  const num = (x: number) => (hidden ? '\\text{?}' : texNumber(x));
  const rows = [
    [
      'slip',
      `${spec.lhs} \\overset{?}{=} ${(half && spec.wrong.texHalf) || spec.wrong.tex} = ${num(v.wrong)}`,
    ],
    ['right', `${spec.lhs} = ${(half && spec.right.texHalf) || spec.right.tex} = ${num(v.right)}`],
    ['check', `\\text{central difference} = ${num(v.numeric)}`],
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
                hidden
                  ? 'not computed yet'
                  : kind === 'slip'
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
