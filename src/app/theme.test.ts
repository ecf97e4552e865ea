// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { applyThemeChoice, isThemeChoice, readThemeChoice, THEME_STORAGE_KEY } from './theme';

const root = () => document.documentElement;

/** A Storage that refuses every write, as a browser in strict privacy mode may. */
const refusing = {
  getItem: () => null,
  setItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
} as unknown as Storage;

afterEach(() => {
  delete root().dataset.theme;
  localStorage.clear();
});

describe('the theme choice', () => {
  it('puts light or dark on <html data-theme> and remembers it; system removes both', () => {
    applyThemeChoice(root(), localStorage, 'dark');
    expect(root().dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(readThemeChoice(root())).toBe('dark');
    applyThemeChoice(root(), localStorage, 'light');
    expect(readThemeChoice(root())).toBe('light');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
    applyThemeChoice(root(), localStorage, 'system');
    expect(root().hasAttribute('data-theme')).toBe(false);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(readThemeChoice(root())).toBe('system');
  });

  it('still switches the page when storage refuses the write', () => {
    expect(() => applyThemeChoice(root(), refusing, 'dark')).not.toThrow();
    expect(root().dataset.theme).toBe('dark');
    expect(() => applyThemeChoice(root(), null, 'light')).not.toThrow();
    expect(root().dataset.theme).toBe('light');
  });

  it('reads anything but light or dark on the attribute as following the system', () => {
    for (const junk of ['', 'DARK', 'sepia', 'system']) {
      root().dataset.theme = junk;
      expect(readThemeChoice(root())).toBe('system');
    }
    expect(isThemeChoice('dark')).toBe(true);
    expect(isThemeChoice('sepia')).toBe(false);
  });

  it('is the same key the inline script in index.html reads before first paint', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(`${process.cwd()}/index.html`, 'utf8');
    expect(html).toContain(`localStorage.getItem('${THEME_STORAGE_KEY}')`);
  });
});
