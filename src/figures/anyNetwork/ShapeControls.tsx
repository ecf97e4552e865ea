import { useEffect, useId, useState } from 'react';
import { LiveField } from '../../islands/LiveField';
import { LIMITS } from '../../state/anyNetwork/shape';
import { useAnyNetworkStore } from '../../state/anyNetwork/store';
import { useLiveAnyNetwork } from '../../state/anyNetwork/useLiveAnyNetwork';

const range = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
const LAYER_COUNTS = range(LIMITS.minLayers, LIMITS.maxLayers);
const UNIT_COUNTS = range(LIMITS.minUnits, LIMITS.maxUnits);
const LAYER_LABELS = LAYER_COUNTS.map(String);
const UNIT_LABELS = UNIT_COUNTS.map(String);

const layerLabel = (layer: number, count: number) =>
  layer === 0 ? 'Inputs' : layer === count - 1 ? 'Outputs' : `Hidden ${layer}`;

/** The reader's choice of shape and seed: native selects and a number field, keyboard-ready. */
export function ShapeControls() {
  const sizes = useLiveAnyNetwork((s) => s.sizes);
  const message = useLiveAnyNetwork((s) => s.message);
  const setLayerCount = useAnyNetworkStore((s) => s.setLayerCount);
  const setLayerSize = useAnyNetworkStore((s) => s.setLayerSize);
  const id = useId();
  return (
    <div className="any-network__controls">
      <div className="any-network__field">
        <label htmlFor={`${id}-layers`}>Layers</label>
        <LiveField kind="select" options={LAYER_LABELS} shown={String(sizes.length)}>
          <select
            id={`${id}-layers`}
            value={sizes.length}
            onChange={(e) => setLayerCount(Number(e.currentTarget.value))}
          >
            {LAYER_COUNTS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </LiveField>
      </div>
      <fieldset className="any-network__sizes">
        <legend>Units per layer</legend>
        {sizes.map((n, layer) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a layer is its position
          <div className="any-network__field" key={layer}>
            <label htmlFor={`${id}-size-${layer}`}>{layerLabel(layer, sizes.length)}</label>
            <LiveField kind="select" options={UNIT_LABELS} shown={String(n)}>
              <select
                id={`${id}-size-${layer}`}
                data-layer={layer}
                value={n}
                onChange={(e) => setLayerSize(layer, Number(e.currentTarget.value))}
              >
                {UNIT_COUNTS.map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </select>
            </LiveField>
          </div>
        ))}
      </fieldset>
      <SeedField />
      <p className="any-network__message" role="status">
        {message ?? ''}
      </p>
    </div>
  );
}

/** The seed that draws W, x and t; typing a non-integer leaves the network as it was. */
function SeedField() {
  const seed = useLiveAnyNetwork((s) => s.seed);
  const setSeed = useAnyNetworkStore((s) => s.setSeed);
  const [draft, setDraft] = useState(String(seed));
  useEffect(() => setDraft(String(seed)), [seed]);
  const id = useId();
  const isSeed = (text: string) => /^\d{1,9}$/.test(text);
  return (
    <div className="any-network__field any-network__seed">
      <label htmlFor={id}>Seed</label>
      <LiveField kind="text" text={draft}>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={draft}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setDraft(text);
            if (isSeed(text)) setSeed(Number(text));
          }}
          onBlur={(e) => {
            // a valid seed was applied while typing; anything else is reported, then undone
            const text = e.currentTarget.value;
            if (text.trim() !== '' && !isSeed(text)) setSeed(Number(text));
            setDraft(String(useAnyNetworkStore.getState().seed));
          }}
        />
      </LiveField>
      <button type="button" onClick={() => setSeed(seed + 1)}>
        New weights
      </button>
    </div>
  );
}
