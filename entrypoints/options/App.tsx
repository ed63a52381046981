import { useEffect } from 'preact/hooks';
import { SettingsControls } from '../../components/SettingsControls';
import { applySettingsToDocument, useSettings } from '../../components/use-settings';
import { DEFAULT_SETTINGS } from '../../utils/settings';

/** The reader's settings, also reachable from the reader's toolbar; here with a preview and a reset. */
export function App() {
  const { settings, change } = useSettings();
  useEffect(() => applySettingsToDocument(settings), [settings]);
  return (
    <main class="options">
      <h1>Clearpress settings</h1>
      <p>How the reader view looks. Changes are saved at once and apply to open reader views.</p>
      <SettingsControls settings={settings} onChange={change} idPrefix="options" />
      <p>
        <button type="button" onClick={() => change({ ...DEFAULT_SETTINGS })}>
          Restore defaults
        </button>
      </p>
      <h2>Preview</h2>
      <div class="reader preview">
        <p>
          Clearpress shows one headline, a summary, the implications an article lists and the sources it cites, in a quiet page you can
          set up to read comfortably.
        </p>
      </div>
      <h2>Keyboard shortcut</h2>
      <p>
        <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>R</kbd> switches the current tab into the reader view and back. Change it on your browser’s
        extension shortcuts page.
      </p>
    </main>
  );
}
