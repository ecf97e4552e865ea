import {
  type BatchSize,
  batchOptions,
  DROPOUT_RANGE,
  MOMENTUM_RANGE,
  type Reduction,
} from '../../state/lab/labConfig';
import { selectSampleCount } from '../../state/lab/labSelectors';
import { useLabStore } from '../../state/lab/labStore';
import { formatNumber } from '../../tex/format';
import { CheckField, RangeField, SelectField } from './fields';

/** The batch sizes the set offers, largest (the whole set) first, each with what it means. */
function batchLabels(n: number): { value: BatchSize; label: string }[] {
  return [...batchOptions(n)].reverse().map((b) => ({
    value: b,
    label: b === n ? `${b}: the whole set` : b === 1 ? '1: per-sample SGD' : `${b}: mini-batches`,
  }));
}
const REDUCTION_OPTIONS: readonly { value: Reduction; label: string }[] = [
  { value: 'mean', label: 'mean' },
  { value: 'sum', label: 'sum' },
];

/** Section 10's settings: how the set is split, how gradients combine, momentum, dropout. */
export function TrainingSettings() {
  const s = useLabStore((st) => st.settings);
  const set = useLabStore((st) => st.setSetting);
  const n = useLabStore(selectSampleCount);
  return (
    <fieldset className="lab-fields lab-settings">
      <legend>Tricks</legend>
      <SelectField
        label="batch size"
        value={s.batchSize}
        options={batchLabels(n)}
        onChange={(v) => set('batchSize', v)}
      />
      <SelectField
        label="reduction"
        value={s.reduction}
        options={REDUCTION_OPTIONS}
        onChange={(v) => set('reduction', v)}
      />
      <RangeField
        label={
          <>
            momentum <i>μ</i>
          </>
        }
        value={s.momentum}
        {...MOMENTUM_RANGE}
        text={`μ = ${formatNumber(s.momentum)}`}
        onChange={(v) => set('momentum', v)}
      />
      <RangeField
        label={
          <>
            dropout <i>p</i>
          </>
        }
        value={s.dropout}
        {...DROPOUT_RANGE}
        text={`p = ${formatNumber(s.dropout)}`}
        onChange={(v) => set('dropout', v)}
      />
      <CheckField label="shuffle every epoch" checked={s.shuffle} onChange={(v) => set('shuffle', v)} />
    </fieldset>
  );
}
