import { useId } from 'react';
import { LiveField } from '../../islands/LiveField';
import { useLabStore } from '../../state/lab/labStore';

/**
 * Export the lab (weights, velocity, settings, seed, epoch) as a JSON file, and import one back.
 * A file that fails any check is reported and changes nothing.
 */
export function LabFileControls() {
  const message = useLabStore((s) => s.fileMessage);
  const inputId = useId();
  const exportFile = () => {
    const s = useLabStore.getState();
    const blob = new Blob([s.exportJson()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `backprop-lab-seed${s.net.seed}-epoch${s.net.epoch}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <div className="lab-file">
      <h3 className="lab-subtitle">Keep this run</h3>
      <p className="lab-caption">The address bar already holds it; a file keeps it too.</p>
      <div className="lab-buttons">
        <button type="button" onClick={exportFile}>
          Export JSON
        </button>
        <label className="lab-file__import" htmlFor={inputId}>
          Import JSON
        </label>
        <LiveField kind="file" className="lab-file__input">
          <input
            id={inputId}
            type="file"
            accept="application/json,.json"
            className="lab-file__input"
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              await useLabStore.getState().importFile(file);
              input.value = '';
            }}
          />
        </LiveField>
      </div>
      {message ? (
        <p
          className={message.ok ? 'lab-file__ok' : 'lab-alert'}
          role={message.ok ? 'status' : 'alert'}
          data-testid="lab-file-message"
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
