import { useId, useSyncExternalStore } from 'react';
import { LiveField } from '../islands/LiveField';
import { applyThemeChoice, readThemeChoice, subscribeTheme, type ThemeChoice } from './theme';

const CHOICES: { value: ThemeChoice; label: string }[] = [
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
  const name = useId();
  return (
    <fieldset className="theme-toggle segmented">
      <legend>Theme</legend>
      {CHOICES.map((c) => (
        <label key={c.value} className="theme-toggle__choice">
          <LiveField kind="radio" checked={choice === c.value}>
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={choice === c.value}
              onChange={() => applyThemeChoice(document.documentElement, safeStorage(), c.value)}
            />
          </LiveField>
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
