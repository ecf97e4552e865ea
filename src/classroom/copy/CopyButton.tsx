import './copy.css';
import { copyText } from './clipboard';
import { copySources, openCopyMenu } from './copyMenu';

/**
 * The small Copy control of a live matrix or formula: it copies from the nearest `[data-copy]`
 * element around it (copyMenu.ts). A formula has one thing to copy, so its button copies the
 * LaTeX at once; a matrix's opens the menu of LaTeX, CSV and plain text. Hidden in print, shown
 * on hover or focus where there is a pointer that hovers, always there on a touch screen.
 */
export function CopyButton({ name, matrix = false }: { name: string; matrix?: boolean }) {
  const onClick = (e: React.MouseEvent<HTMLButtonElement>) => {
    const button = e.currentTarget;
    const target = button.closest<HTMLElement>('[data-copy]');
    if (!target) return;
    const r = button.getBoundingClientRect();
    if (matrix) {
      openCopyMenu(target, { x: r.left, y: r.bottom + 2 }, button);
      return;
    }
    const tex = copySources(target).tex;
    if (tex) void copyText(button.ownerDocument, tex, 'LaTeX', r);
  };
  return (
    <button
      type="button"
      className="copy-button"
      data-copy-skip=""
      aria-label={matrix ? `Copy ${name}: LaTeX, CSV or plain text` : `Copy LaTeX of ${name}`}
      aria-haspopup={matrix ? 'menu' : undefined}
      title={matrix ? 'Copy as LaTeX, CSV or plain text' : 'Copy LaTeX'}
      onClick={onClick}
      // the figure's own pointer and key handlers (highlighting, walking entries) are not for it
      onPointerOver={(e) => e.stopPropagation()}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M11 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        />
      </svg>
    </button>
  );
}
