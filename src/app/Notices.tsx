import { count } from '../state/address/query';
import { useAppStore } from '../state/store';

/**
 * What the page could not use (a malformed address, a bad file), said plainly and dismissible.
 * Capped (noticeSlice.ts): a repeated text shows its count, and what is beyond the cap one line.
 */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const more = useAppStore((s) => s.moreNotices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const dismissMore = useAppStore((s) => s.dismissMoreNotices);
  if (!notices.length && !more) return null;
  return (
    <div className="notices" role="alert">
      {notices.map((n) => (
        <Line key={n.id} onDismiss={() => dismiss(n.id)}>
          {n.times > 1 ? `${n.text} (${count(n.times)} times)` : n.text}
        </Line>
      ))}
      {more ? (
        <Line onDismiss={dismissMore}>{`… and ${count(more)} more notice${more === 1 ? '' : 's'}.`}</Line>
      ) : null}
    </div>
  );
}

function Line({ children, onDismiss }: { children: string; onDismiss: () => void }) {
  return (
    <p className="notice">
      <span>{children}</span>
      <button type="button" className="notice__dismiss" onClick={onDismiss} aria-label="Dismiss this notice">
        ×
      </button>
    </p>
  );
}
