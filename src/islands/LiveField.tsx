import type { ComponentProps, CSSProperties, ReactNode } from 'react';
import { useHydrated } from './useHydrated';

/**
 * What stands in for a form field until its island is live: enough to draw a box of the field's
 * size (liveField.css gives each kind the size the browser gives the field).
 * - `range`: where the thumb is, 0 to 1 along the track;
 * - `checkbox`, `radio`: whether it is checked;
 * - `text`: what the field shows (`hint`: a placeholder, in grey);
 * - `select`: every option's label (the widest sets the width, as it does a select's) and the
 *   one shown;
 * - `file`: a file input (no content; its width is the browser's, 34 digits).
 */
export type FieldStandIn =
  | { kind: 'range'; at: number }
  | { kind: 'checkbox' | 'radio'; checked: boolean }
  | { kind: 'text'; text: string; hint?: boolean }
  | { kind: 'select'; options: readonly string[]; shown: string }
  | { kind: 'file' };

type LiveFieldProps = FieldStandIn & {
  /** the field itself, rendered once the island is live */
  children: ReactNode;
  /** the field's own class, when the page's CSS sizes it by its class */
  className?: string;
};

/**
 * A form field (`input`, `select`, `textarea`) that exists only once its island is live; the
 * prerendered page, and the hydration render, have a stand-in of the same size in its place
 * (aria-hidden: without JavaScript the field could do nothing). Why: Chromium, when the HTML
 * parser finishes, lays out every skipped (`content-visibility: auto`) section that holds a form
 * field, apparently to extract form fields for autofill; with the page's fields in the HTML that
 * was one 4.5 s task on a throttled phone. Wrap the field only: its label and the text around it
 * stay in the HTML.
 */
export function LiveField(props: LiveFieldProps) {
  const hydrated = useHydrated();
  return hydrated ? props.children : <FieldPlaceholder {...props} />;
}

/**
 * A `<form>` once its island is live, a `<div>` of the same class before (a form and a div are
 * laid out alike). Why: Chromium does the same with a `<form>`, fields or none, when the page
 * has loaded: with the fields gone but the exercises' forms left, a throttled phone still spent
 * 4.4 s laying out skipped sections in the task that fires `load`; 0.07 s without the forms.
 */
export function LiveForm({ className, children, ...form }: ComponentProps<'form'>) {
  const hydrated = useHydrated();
  return hydrated ? (
    <form className={className} {...form}>
      {children}
    </form>
  ) : (
    <div className={className}>{children}</div>
  );
}

function FieldPlaceholder(props: LiveFieldProps) {
  const checked = (props.kind === 'checkbox' || props.kind === 'radio') && props.checked;
  const className = [
    'field-placeholder',
    `field-placeholder--${props.kind}`,
    checked ? 'field-placeholder--checked' : '',
    props.className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  switch (props.kind) {
    case 'range': {
      const at = Number.isFinite(props.at) ? Math.min(1, Math.max(0, props.at)) : 0.5;
      return <span aria-hidden="true" className={className} style={{ '--at': at } as CSSProperties} />;
    }
    case 'text':
      return (
        <span aria-hidden="true" className={className}>
          {/* an empty field still has a line of text's height */}
          <span className={props.hint ? 'field-placeholder__hint' : undefined}>{props.text || '\u200b'}</span>
        </span>
      );
    case 'select':
      return (
        <span aria-hidden="true" className={className}>
          <span className="field-placeholder__options">
            {props.options.map((o, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: labels may repeat; the list never changes order
              <span key={i} className={o === props.shown ? 'field-placeholder__shown' : undefined}>
                {o}
              </span>
            ))}
          </span>
        </span>
      );
    default:
      return <span aria-hidden="true" className={className} />;
  }
}
