/**
 * The reader's theme: `light`, `dark`, or `system` (follow prefers-color-scheme). The choice lives
 * on <html data-theme> (the stylesheet reads it) and in localStorage (so it is remembered); the
 * inline script in index.html copies it from storage to the attribute before first paint, so a
 * prerendered page never flashes the wrong theme.
 */
export type ThemeChoice = 'light' | 'dark' | 'system';

/** Keep in step with the inline script in index.html. */
export const THEME_STORAGE_KEY = 'backprop-theme';

export function isThemeChoice(v: unknown): v is ThemeChoice {
  return v === 'light' || v === 'dark' || v === 'system';
}

/** The choice the page shows now: the attribute, or `system` when there is none. */
export function readThemeChoice(root: HTMLElement): ThemeChoice {
  const v = root.dataset.theme;
  return v === 'light' || v === 'dark' ? v : 'system';
}

/** Show `choice` and remember it; storage may be unavailable (private mode), the page still switches. */
export function applyThemeChoice(root: HTMLElement, storage: Storage | null, choice: ThemeChoice): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'system') storage?.removeItem(THEME_STORAGE_KEY);
    else storage?.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // storage refused (quota, privacy settings): the choice lasts for this visit only
  }
}

/**
 * Calls `onChange` whenever the theme the page is drawn in may have changed: the reader's choice,
 * the system's scheme, or print. Returns the unsubscribe function.
 */
export function subscribeTheme(win: Window, onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(win.document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const queries = ['(prefers-color-scheme: dark)', 'print'].map((q) => win.matchMedia(q));
  for (const q of queries) q.addEventListener('change', onChange);
  win.addEventListener('beforeprint', onChange);
  win.addEventListener('afterprint', onChange);
  return () => {
    observer.disconnect();
    for (const q of queries) q.removeEventListener('change', onChange);
    win.removeEventListener('beforeprint', onChange);
    win.removeEventListener('afterprint', onChange);
  };
}

/** The scheme the page is drawn in now: what a canvas must paint with. */
export function resolvedScheme(win: Window): 'light' | 'dark' {
  if (win.matchMedia('print').matches) return 'light';
  const choice = readThemeChoice(win.document.documentElement);
  if (choice !== 'system') return choice;
  return win.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
