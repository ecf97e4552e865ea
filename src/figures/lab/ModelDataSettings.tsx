import type { Loss } from '../../nn';
import {
  COUNTS,
  DATA_LABELS,
  DATA_NAMES,
  type DataName,
  DEFAULT_COUNT,
  DEFAULT_DATA_SEED,
  isGenerated,
} from '../../state/lab/datasets';
import {
  HIDDEN_ACTIVATIONS,
  type HiddenActivation,
  SEED_RANGE,
  WIDTHS,
  widthOf,
} from '../../state/lab/labConfig';
import { useLabStore } from '../../state/lab/labStore';
import { SelectField } from './fields';

const ACTIVATION_OPTIONS: readonly { value: HiddenActivation; label: string }[] = HIDDEN_ACTIVATIONS.map(
  (a) => ({
    value: a,
    label: a === 'relu' ? 'ReLU' : a,
  }),
);
const LOSS_OPTIONS: readonly { value: Loss; label: string }[] = [
  { value: 'squared', label: 'squared (o − t)²' },
  { value: 'half-squared', label: 'half-squared ½(o − t)²' },
  { value: 'cross-entropy', label: 'cross-entropy' },
];
const WIDTH_OPTIONS = WIDTHS.map((w) => ({ value: w, label: `${w} (a 2-${w}-1 network)` }));
const DATA_OPTIONS = DATA_NAMES.map((d) => ({ value: d, label: DATA_LABELS[d] }));
const COUNT_OPTIONS = COUNTS.map((c) => ({ value: c, label: String(c) }));

/**
 * What the lab learns and with what: the data set (and, for a generated one, how many points
 * and a new draw of them), the hidden width, the hidden activation and the loss. A new data set
 * or width starts again from the seed's initial weights; activation and loss apply from the
 * next epoch, like every other setting. The output unit is always a sigmoid.
 */
export function ModelDataSettings({ folded = false }: { folded?: boolean }) {
  const data = useLabStore((s) => s.data);
  const width = useLabStore((s) => widthOf(s.net.weights));
  const activation = useLabStore((s) => s.settings.activation);
  const loss = useLabStore((s) => s.settings.loss);
  const a = useLabStore.getState();
  const choose = (name: DataName) => {
    if (name === data.name) return;
    if (name === 'xor') a.setData({ name });
    else if (name === 'drawn') a.setData({ name, points: [] });
    else {
      const prev = isGenerated(data.name) && 'seed' in data ? data : null;
      a.setData({ name, seed: prev?.seed ?? DEFAULT_DATA_SEED, count: prev?.count ?? DEFAULT_COUNT });
    }
  };
  const fields = (
    <fieldset className="lab-fields lab-settings">
      <legend>Data and network</legend>
      <SelectField label="data set" value={data.name} options={DATA_OPTIONS} onChange={choose} />
      {data.name !== 'xor' && data.name !== 'drawn' ? (
        <>
          <SelectField
            label="points"
            value={data.count}
            options={COUNT_OPTIONS}
            onChange={(count) => a.setData({ ...data, count })}
          />
          <button
            type="button"
            className="lab-settings__button"
            onClick={() => a.setData({ ...data, seed: Math.floor(Math.random() * (SEED_RANGE.max + 1)) })}
            title={`These points are drawn with data seed ${data.seed}`}
          >
            New points
          </button>
        </>
      ) : null}
      <SelectField label="hidden units" value={width} options={WIDTH_OPTIONS} onChange={a.setWidth} />
      <SelectField
        label="hidden activation"
        value={activation}
        options={ACTIVATION_OPTIONS}
        onChange={(v) => a.setSetting('activation', v)}
      />
      <SelectField
        label="loss"
        value={loss}
        options={LOSS_OPTIONS}
        onChange={(v) => a.setSetting('loss', v)}
      />
    </fieldset>
  );
  if (!folded) return fields;
  return (
    <details className="lab-settings__folded">
      <summary>
        Data and network: {DATA_LABELS[data.name]}, 2-{width}-1, {activation === 'relu' ? 'ReLU' : activation}
        , {loss} loss
      </summary>
      {fields}
    </details>
  );
}
