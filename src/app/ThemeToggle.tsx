import { useSyncExternalStore } from 'react';
import { type Choice, Segmented } from '../figures/controls/Segmented';
import { applyThemeChoice, readThemeChoice, subscribeTheme, type ThemeChoice } from './theme';

const CHOICES: Choice<ThemeChoice>[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
];

const subscribe = (onChange: () => void) => subscribeTheme(window, onChange);
const current = () => readThemeChoice(document.documentElement);
// the server cannot know the reader's choice; hydration starts from `system` and React then
// re-renders with the attribute the inline script set
const onServer = (): ThemeChoice => 'system';

/** Light, dark, or follow the system: in the page header, remembered across visits. */
export function ThemeToggle() {
  const choice = useSyncExternalStore(subscribe, current, onServer);
  return (
    <Segmented
      legend="Theme"
      className="theme-toggle"
      choiceClassName="theme-toggle__choice"
      choices={CHOICES}
      value={choice}
      onChange={(c) => applyThemeChoice(document.documentElement, safeStorage(), c)}
    />
  );
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
