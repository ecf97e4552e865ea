import { useId } from 'react';
import { LiveField } from '../../islands/LiveField';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/**
 * A row of radio buttons under a legend, one of which is always chosen: the theme, what the
 * formulas show. The radios exist once the island is live (LiveField); before, a stand-in of
 * their size shows which one is chosen.
 */
export function Segmented<T extends string>(props: {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
  choiceClassName?: string;
}) {
  const name = useId();
  return (
    <fieldset className={props.className ? `${props.className} segmented` : 'segmented'}>
      <legend>{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={c.value} className={props.choiceClassName}>
          <LiveField kind="radio" checked={props.value === c.value}>
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={props.value === c.value}
              onChange={() => props.onChange(c.value)}
            />
          </LiveField>
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
