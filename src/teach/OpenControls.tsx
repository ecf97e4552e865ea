import { useRef } from 'react';

const WHAT = {
  targets: { label: 'Open the targets', focus: 't1' },
  inputs: { label: 'Open the inputs', focus: 'i1' },
  display: { label: 'Open the symbols/numbers switch', focus: 'legend' },
} as const;

/**
 * A "Try it" that needs controls folded away under the figure opens them: `<OpenControls
 * what="targets" />` unfolds this section's "Inputs, targets and display" panel, brings it into
 * view and puts focus on the control named.
 */
export function OpenControls({ what }: { what: keyof typeof WHAT | string }) {
  const ref = useRef<HTMLButtonElement>(null);
  const spec = WHAT[what as keyof typeof WHAT] ?? WHAT.inputs;
  const open = () => {
    const details = ref.current
      ?.closest('section')
      ?.querySelector<HTMLDetailsElement>('details.figure-details');
    if (!details) return;
    details.open = true;
    details.scrollIntoView({ block: 'nearest' });
    const target =
      spec.focus === 'legend'
        ? details.querySelector<HTMLInputElement>('fieldset input:checked, fieldset input')
        : [...details.querySelectorAll('label')].find((l) => l.textContent?.trim() === spec.focus)?.control;
    (target as HTMLElement | null | undefined)?.focus({ preventScroll: true });
  };
  return (
    <button ref={ref} type="button" className="open-controls" onClick={open}>
      {spec.label}
    </button>
  );
}
