import { useAppStore } from '../state/store';

/** What the page could not use (a malformed address, a bad file), said plainly and dismissible. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (!notices.length) return null;
  return (
    <div className="notices" role="alert">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>{n.text}</span>
          <button
            type="button"
            className="notice__dismiss"
            onClick={() => dismiss(n.id)}
            aria-label="Dismiss this notice"
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
