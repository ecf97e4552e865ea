/**
 * Shows one figure on the whole screen, for a projector: the Fullscreen API on the figure's own
 * aside, or, where the browser has none or refuses it, a fixed overlay over the page. While it
 * lasts, ← and → go to `step` (the stepper or the lab) unless the figure already took the key,
 * and Esc (or the browser's own way out of full screen) ends it.
 */
export interface Presenting {
  mode: 'fullscreen' | 'overlay';
  stop: () => void;
}

export const PRESENTING_CLASS = 'is-presenting';

export async function present(
  figure: HTMLElement,
  step: (direction: 1 | -1) => void,
  ended: () => void,
): Promise<Presenting> {
  const doc = figure.ownerDocument;
  let done = false;
  let mode: Presenting['mode'] = 'overlay';
  figure.classList.add(PRESENTING_CLASS);

  const onKey = (e: KeyboardEvent) => {
    // the browser leaves full screen on Esc itself (and the page never sees the key); where it
    // does not (an overlay, a headless or embedded browser), Esc leaves here
    if (e.key === 'Escape') {
      e.preventDefault();
      stop();
      return;
    }
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    // a slider, a field or the stepper's own figure handler already used the key
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const t = e.target as Element | null;
    if (t?.closest?.('[role="slider"], input, select, textarea')) return;
    e.preventDefault();
    step(e.key === 'ArrowRight' ? 1 : -1);
  };
  const onFullscreenChange = () => {
    if (mode === 'fullscreen' && doc.fullscreenElement !== figure) stop();
  };

  function stop() {
    if (done) return;
    done = true;
    doc.removeEventListener('keydown', onKey);
    doc.removeEventListener('fullscreenchange', onFullscreenChange);
    figure.classList.remove(PRESENTING_CLASS, `${PRESENTING_CLASS}--overlay`);
    doc.documentElement.classList.remove('has-presenting-overlay');
    if (doc.fullscreenElement === figure) void doc.exitFullscreen().catch(() => {});
    ended();
  }

  try {
    if (!doc.fullscreenEnabled || typeof figure.requestFullscreen !== 'function')
      throw new Error('no fullscreen');
    await figure.requestFullscreen({ navigationUI: 'hide' });
    mode = 'fullscreen';
  } catch {
    mode = 'overlay';
    figure.classList.add(`${PRESENTING_CLASS}--overlay`);
    doc.documentElement.classList.add('has-presenting-overlay');
  }
  doc.addEventListener('keydown', onKey);
  doc.addEventListener('fullscreenchange', onFullscreenChange);
  return { mode, stop };
}
