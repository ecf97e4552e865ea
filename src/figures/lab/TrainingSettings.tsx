import { type BatchSize, DROPOUT_RANGE, MOMENTUM_RANGE, type Reduction } from '../../state/lab/labConfig';
import { useLabStore } from '../../state/lab/labStore';
import { formatNumber } from '../../tex/format';
import { CheckField, RangeField, SelectField } from './fields';

const BATCH_OPTIONS: readonly { value: BatchSize; label: string }[] = [
  { value: 4, label: '4: the whole set' },
  { value: 2, label: '2: mini-batches' },
  { value: 1, label: '1: per-sample SGD' },
];
const REDUCTION_OPTIONS: readonly { value: Reduction; label: string }[] = [
  { value: 'mean', label: 'mean' },
  { value: 'sum', label: 'sum' },
];

/** Section 10's settings: how the set is split, how gradients combine, momentum, dropout. */
export function TrainingSettings() {
  const s = useLabStore((st) => st.settings);
  const set = useLabStore((st) => st.setSetting);
  return (
    <fieldset className="lab-fields lab-settings">
      <legend>Tricks</legend>
      <SelectField
        label="batch size"
        value={s.batchSize}
        options={BATCH_OPTIONS}
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
