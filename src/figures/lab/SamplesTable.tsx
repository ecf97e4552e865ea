import { useId } from 'react';
import { LAB_DATA } from '../../state/lab/labConfig';
import { selectTextOutputs, selectTextPerSample } from '../../state/lab/labSelectors';
import { useLabStore } from '../../state/lab/labStore';
import { useLab } from '../../state/lab/useLab';
import { formatNumber } from '../../tex/format';

/**
 * The four XOR samples with their target, the network's output and each sample's error
 * E = (out − t)² (numbers: see the store's textNet); the radio buttons pick the sample the diagram shows.
 */
export function SamplesTable() {
  const outputs = useLab(selectTextOutputs);
  const errors = useLab(selectTextPerSample);
  const selected = useLab((s) => s.selected);
  const selectSample = useLabStore((s) => s.selectSample);
  const name = useId();
  return (
    <div className="table-scroll">
      <table className="lab-samples">
        <caption>
          The XOR set, with each sample's error (<i>o</i> − <i>t</i>)². Pick the sample the diagram shows.
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
          {LAB_DATA.map((d, j) => (
            <tr key={d.x.join()} className={j === selected ? 'is-selected' : undefined}>
              <td>
                <input
                  type="radio"
                  name={name}
                  checked={j === selected}
                  onChange={() => selectSample(j)}
                  aria-label={`show sample ${j + 1}: inputs ${d.x.join(' and ')}`}
                />
              </td>
              <td>{d.x[0]}</td>
              <td>{d.x[1]}</td>
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
