import { type ComponentProps, type ReactNode, useId, useState } from 'react';
import { LiveField } from '../../islands/LiveField';
import { parseDecimal } from '../../state/address/decimal';
import { NumberSlider } from '../controls/NumberSlider';

/**
 * The lab's form controls: native inputs with visible labels, so the keyboard, screen readers
 * and touch work without extra code.
 */

/** A range input in the lab's layout: the page's one slider component. */
export const RangeField = (
  props: Omit<ComponentProps<typeof NumberSlider>, 'className'> & { text: string },
) => <NumberSlider {...props} className="lab-field lab-field--range" />;

interface NumberFieldProps {
  label: ReactNode;
  value: number | null;
  /** returns an error message, or null after applying the value */
  onCommit: (v: number | null) => string | null;
  placeholder?: string;
  className?: string;
}

/**
 * A number typed in full, then applied on Enter or on leaving the field (not per keystroke:
 * typing “1e9” must not apply 1 first). A value that cannot be used is kept in the field and
 * explained beside it; the lab keeps its previous value.
 */
export function NumberField({ label, value, onCommit, placeholder, className }: NumberFieldProps) {
  const id = useId();
  // what the reader is typing, and the value it was typed over: once the store's value moves on
  // (Reset, an import), the stale draft is dropped and the field shows the new value
  const [typed, setTyped] = useState<{ text: string; over: number | null } | null>(null);
  const draft = typed && typed.over === value ? typed.text : null;
  const setDraft = (text: string | null) => setTyped(text === null ? null : { text, over: value });
  const [problem, setProblem] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const trimmed = draft.trim();
    // decimal only, as in a link or a file: Number() would take 0x10, 0b11 or Infinity
    const v = trimmed === '' ? null : parseDecimal(trimmed);
    const message =
      trimmed !== '' && v === null
        ? `“${trimmed}” is not a finite decimal number (such as 0.5 or 1e-3).`
        : onCommit(v);
    setProblem(message);
    if (!message) setDraft(null);
  };
  const shown = draft ?? (value === null ? '' : String(value));
  return (
    <div className={`lab-field lab-field--number${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <LiveField kind="text" text={shown || (placeholder ?? '')} hint={shown === ''}>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          value={shown}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setDraft(null);
              setProblem(null);
            }
          }}
        />
      </LiveField>
      {problem ? (
        <span id={`${id}-problem`} className="lab-field__problem" role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}

interface SelectFieldProps<T extends string | number> {
  label: ReactNode;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
}

export function SelectField<T extends string | number>({
  label,
  value,
  options,
  onChange,
}: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="lab-field lab-field--select">
      <label htmlFor={id}>{label}</label>
      <LiveField
        kind="select"
        options={options.map((o) => o.label)}
        shown={options.find((o) => o.value === value)?.label ?? ''}
      >
        <select
          id={id}
          value={String(value)}
          onChange={(e) => {
            const picked = options.find((o) => String(o.value) === e.currentTarget.value);
            if (picked) onChange(picked.value);
          }}
        >
          {options.map((o) => (
            <option key={String(o.value)} value={String(o.value)}>
              {o.label}
            </option>
          ))}
        </select>
      </LiveField>
    </div>
  );
}

export function CheckField({
  label,
  checked,
  onChange,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="lab-field lab-field--check">
      <LiveField kind="checkbox" checked={checked}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
      </LiveField>
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
