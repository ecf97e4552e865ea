// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveField, LiveForm } from './LiveField';

afterEach(cleanup);

const noop = () => {};

/** One field of each kind, as the islands wrap them. */
function Fields() {
  return (
    <LiveForm className="fields" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="r">rate</label>
      <LiveField kind="range" at={0.25}>
        <input id="r" type="range" min={0} max={4} value={1} onChange={noop} />
      </LiveField>
      <label>
        <LiveField kind="checkbox" checked>
          <input type="checkbox" checked onChange={noop} />
        </LiveField>
        shuffle
      </label>
      <LiveField kind="radio" checked={false}>
        <input type="radio" checked={false} onChange={noop} />
      </LiveField>
      <LiveField kind="text" text="never" hint>
        <input type="text" value="" placeholder="never" onChange={noop} />
      </LiveField>
      <LiveField kind="select" options={['sigmoid', 'ReLU']} shown="ReLU">
        <select value="relu" onChange={noop}>
          <option value="sigmoid">sigmoid</option>
          <option value="relu">ReLU</option>
        </select>
      </LiveField>
      <LiveField kind="file" className="lab-file__input">
        <input type="file" className="lab-file__input" />
      </LiveField>
    </LiveForm>
  );
}

const FIELD = /<(input|select|textarea|form)\b/i;

describe('<LiveField>', () => {
  it('leaves no form and no form field in the server rendering: stand-ins hidden from assistive technology', () => {
    const html = renderToString(<Fields />);
    expect(html).not.toMatch(FIELD);
    const host = document.createElement('div');
    host.innerHTML = html;
    const standIns = [...host.querySelectorAll('.field-placeholder')];
    expect(standIns.map((s) => s.className)).toEqual([
      'field-placeholder field-placeholder--range',
      'field-placeholder field-placeholder--checkbox field-placeholder--checked',
      'field-placeholder field-placeholder--radio',
      'field-placeholder field-placeholder--text',
      'field-placeholder field-placeholder--select',
      'field-placeholder field-placeholder--file lab-file__input',
    ]);
    expect(standIns.every((s) => s.getAttribute('aria-hidden') === 'true')).toBe(true);
    // the form is a div of the same class until then
    expect(host.querySelector('div.fields')).not.toBeNull();
    // the labels stay in the page
    expect(host.textContent).toContain('rate');
    expect(host.textContent).toContain('shuffle');
    // a select's stand-in holds every option (the widest sets its width) and shows the chosen one
    expect(host.querySelector('.field-placeholder__shown')?.textContent).toBe('ReLU');
    expect(host.querySelectorAll('.field-placeholder__options > *')).toHaveLength(2);
  });

  it('hydrates the stand-ins without a mismatch, then puts the fields in their place', async () => {
    const host = document.createElement('div');
    host.innerHTML = renderToString(<Fields />);
    document.body.append(host);
    const errors: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(host, <Fields />, {
        onRecoverableError: (e) => errors.push(e),
        onUncaughtError: (e) => errors.push(e),
      }),
    );
    expect(errors).toEqual([]);
    expect(host.querySelectorAll('.field-placeholder')).toHaveLength(0);
    expect(host.querySelector('form.fields')).not.toBeNull();
    expect(host.querySelectorAll('input')).toHaveLength(5);
    expect(host.querySelectorAll('select')).toHaveLength(1);
    expect(host.querySelector<HTMLInputElement>('#r')?.value).toBe('1');
    act(() => root.unmount());
    host.remove();
  });

  it('renders the field at once when the component mounts in the browser', () => {
    const { container } = render(<Fields />);
    expect(container.querySelectorAll('.field-placeholder')).toHaveLength(0);
    expect(container.querySelectorAll('form.fields input, form.fields select')).toHaveLength(6);
  });
});
