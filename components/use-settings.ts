import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, settingsStyle, updateSettings, watchSettings, type ReaderSettings } from '../utils/settings';

/** The stored settings, live (a change in another page applies here at once), and a setter that persists. */
export function useSettings(): { settings: ReaderSettings; loaded: boolean; change: (change: Partial<ReaderSettings>) => void } {
  const [settings, setSettings] = useState<ReaderSettings>({ ...DEFAULT_SETTINGS });
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void loadSettings().then((value) => {
      setSettings(value);
      setLoaded(true);
    });
    return watchSettings(setSettings);
  }, []);
  const change = (delta: Partial<ReaderSettings>) => {
    setSettings((current) => ({ ...current, ...delta }));
    void updateSettings(delta);
  };
  return { settings, loaded, change };
}

/** Applies the settings to the document root: `data-theme` plus the typography custom properties. */
export function applySettingsToDocument(settings: ReaderSettings, root: HTMLElement = document.documentElement): void {
  const { theme, vars } = settingsStyle(settings);
  root.dataset.theme = theme;
  for (const [name, value] of Object.entries(vars)) root.style.setProperty(name, value);
}
