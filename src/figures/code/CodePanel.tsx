import './codePanel.css';
import { useId, useMemo, useState } from 'react';
import { numpyScript } from '../../code/numpyScript';
import type { ScriptInput } from '../../code/scriptModel';
import { torchScript } from '../../code/torchScript';
import type { Loss } from '../../nn';
import { useLiveAnyNetwork } from '../../state/anyNetwork/useLiveAnyNetwork';
import { useLive } from '../../state/useLive';
import { type Flavour, scriptFileName } from './scriptFile';

/**
 * "The same in code": the network a section shows, as a self-contained NumPy or PyTorch script
 * (src/code), with Copy and Download. Collapsed until opened, so it costs a phone one line of
 * page and the script is written only while someone is reading it.
 */
export function CodePanel({ network, startOpen = false }: { network: '2x2' | 'any'; startOpen?: boolean }) {
  const [open, setOpen] = useState(startOpen);
  return (
    <details
      className="code-panel"
      open={startOpen || undefined}
      data-testid={`code-panel-${network}`}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>The same in code: NumPy or PyTorch</summary>
      {open ? network === '2x2' ? <Code2x2 /> : <CodeAny /> : null}
    </details>
  );
}

function Code2x2() {
  const weights = useLive((s) => s.weights);
  const x = useLive((s) => s.x);
  const t = useLive((s) => s.t);
  // the 2x2 store's "with ½" switch, where it exists (another part of the page owns it)
  const loss = useLive((s) => (s as { loss2x2?: Loss }).loss2x2 ?? 'squared');
  const input = useMemo(() => ({ weights, x, t, model: { loss } }), [weights, x, t, loss]);
  return <CodeView input={input} shape="2x2" />;
}

function CodeAny() {
  const weights = useLiveAnyNetwork((s) => s.weights);
  const x = useLiveAnyNetwork((s) => s.x);
  const t = useLiveAnyNetwork((s) => s.t);
  const model = useLiveAnyNetwork((s) => s.model);
  const sizes = useLiveAnyNetwork((s) => s.sizes);
  const input = useMemo(() => ({ weights, x, t, model }), [weights, x, t, model]);
  return <CodeView input={input} shape={sizes.join('-')} />;
}

type Status = { kind: 'copied' | 'refused' | 'saved'; text: string } | null;

function CodeView({ input, shape }: { input: ScriptInput; shape: string }) {
  const [flavour, setFlavour] = useState<Flavour>('numpy');
  const [status, setStatus] = useState<Status>(null);
  const id = useId();
  const script = useMemo(() => {
    try {
      return { text: flavour === 'numpy' ? numpyScript(input) : torchScript(input), problem: null };
    } catch (e) {
      return { text: '', problem: e instanceof Error ? e.message : String(e) };
    }
  }, [input, flavour]);
  const fileName = scriptFileName(shape, flavour);

  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(script.text);
      setStatus({ kind: 'copied', text: 'Copied: the script is on the clipboard.' });
    } catch {
      setStatus({
        kind: 'refused',
        text: 'The browser refused to let the page use the clipboard. Select the code below and copy it by hand (Ctrl+C, or ⌘C on a Mac), or use Download.',
      });
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([script.text], { type: 'text/x-python' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    // the click has started the download; the URL can go once the browser has read it
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus({ kind: 'saved', text: `Downloading ${fileName}.` });
  };

  return (
    <div className="code-panel__body">
      <div className="code-panel__bar">
        <fieldset className="code-panel__choice">
          <legend className="sr-only">Library</legend>
          {(['numpy', 'pytorch'] as const).map((f) => (
            <label key={f}>
              <input
                type="radio"
                name={`${id}-flavour`}
                value={f}
                checked={flavour === f}
                onChange={() => {
                  setFlavour(f);
                  setStatus(null);
                }}
              />
              {f === 'numpy' ? 'NumPy' : 'PyTorch'}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={copy} disabled={!script.text}>
          Copy
        </button>
        <button type="button" onClick={download} disabled={!script.text}>
          Download .py
        </button>
        <span className={`code-panel__status code-panel__status--${status?.kind ?? 'none'}`} role="status">
          {status?.text ?? ''}
        </span>
      </div>
      <p className="code-panel__note">
        {flavour === 'numpy'
          ? 'Runs with python3 and numpy alone; it prints E and every ∂E/∂W at full precision, with the page’s own numbers at the end for comparison.'
          : 'Needs PyTorch; it computes the gradients by hand, as derived here, and checks them against loss.backward().'}
      </p>
      {script.problem ? (
        <p className="code-panel__problem" role="alert">
          No script for this network: {script.problem}
        </p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls sideways must be reachable by keyboard
        <pre className="code-panel__code" tabIndex={0} role="region" aria-label={`${fileName}, the script`}>
          <code>{script.text}</code>
        </pre>
      )}
    </div>
  );
}
