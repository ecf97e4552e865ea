import { useId } from 'react';
import { LiveField } from '../../islands/LiveField';
import { dataTitle } from '../../state/lab/datasets';
import { selectSamples, selectTextOutputs, selectTextPerSample } from '../../state/lab/labSelectors';
import { useLabStore } from '../../state/lab/labStore';
import { useLab } from '../../state/lab/useLab';
import { formatNumber } from '../../tex/format';

/** Rows shown: a large set is shown by its first samples (the whole set still trains). */
export const MAX_ROWS = 8;

/** An input as the table writes it: XOR's 0 and 1 as they are, other numbers to four digits. */
const coord = (v: number | undefined) =>
  v === undefined ? '' : Number.isInteger(v) ? String(v) : formatNumber(v);

/** One sample's error for the current loss, as the caption writes it. */
function lossFormula(loss: string) {
  if (loss === 'half-squared')
    return (
      <>
        ½(<i>o</i> − <i>t</i>)²
      </>
    );
  if (loss === 'cross-entropy')
    return (
      <>
        −<i>t</i> ln <i>o</i> − (1 − <i>t</i>) ln(1 − <i>o</i>)
      </>
    );
  return (
    <>
      (<i>o</i> − <i>t</i>)²
    </>
  );
}

/**
 * The samples (the first MAX_ROWS of a large set) with their target, the network's output and
 * each sample's error for the current loss (numbers: see the store's textNet); the radio
 * buttons pick the sample the diagram shows.
 */
export function SamplesTable() {
  const outputs = useLab(selectTextOutputs);
  const errors = useLab(selectTextPerSample);
  const selected = useLab((s) => s.selected);
  const data = useLab(selectSamples);
  const spec = useLab((s) => s.data);
  const loss = useLab((s) => s.settings.loss);
  const selectSample = useLabStore((s) => s.selectSample);
  const name = useId();
  const rows = data.slice(0, MAX_ROWS);
  const title = dataTitle(spec);
  return (
    <div className="table-scroll">
      <table className="lab-samples">
        <caption>
          {spec.name === 'xor' ? 'The XOR set' : `The set: ${title}`}, with each sample's error{' '}
          {lossFormula(loss)}.{' '}
          {data.length > MAX_ROWS ? (
            <span data-testid="lab-samples-note">
              Showing {MAX_ROWS} of {data.length} samples.{' '}
            </span>
          ) : null}
          {data.length ? 'Pick the sample the diagram shows.' : 'No samples yet: add points on the plot.'}
        </caption>
        <thead>
          <tr>
            <th scope="col">show</th>
            <th scope="col">
              <i>i</i>
              <sub>1</sub>
            </th>
            <th scope="col">
              <i>i</i>
              <sub>2</sub>
            </th>
            <th scope="col">
              <abbr title="target">
                <i>t</i>
              </abbr>
            </th>
            <th scope="col">
              <abbr title="output">
                <i>o</i>
              </abbr>
            </th>
            <th scope="col">error</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a sample is its place in the set
            <tr key={j} className={j === selected ? 'is-selected' : undefined}>
              <td>
                <LiveField kind="radio" checked={j === selected}>
                  <input
                    type="radio"
                    name={name}
                    checked={j === selected}
                    onChange={() => selectSample(j)}
                    aria-label={`show sample ${j + 1}: inputs ${d.x.map(coord).join(' and ')}`}
                  />
                </LiveField>
              </td>
              <td>{coord(d.x[0])}</td>
              <td>{coord(d.x[1])}</td>
              <td>{d.t[0]}</td>
              <td>{formatNumber(outputs[j] ?? Number.NaN)}</td>
              <td>{formatNumber(errors[j] ?? Number.NaN)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
