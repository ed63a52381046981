import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SettingsControls } from '../../components/SettingsControls';
import { AiKeyPointsSetting } from '../../components/AiKeyPointsSetting';
import { AutoReaderSites } from '../../components/AutoReaderSites';
import { SiteRulesList } from '../../components/SiteRulesList';
import { applySettingsToDocument, useSettings } from '../../components/use-settings';
import { readerShortcut } from '../../utils/reader-session';
import { DEFAULT_SETTINGS } from '../../utils/settings';

/** The reader's settings, also reachable from the reader's toolbar; here with a preview and a reset. */
const SHORTCUTS_PAGE = import.meta.env.FIREFOX ? 'about:addons, “Manage Extension Shortcuts”' : 'chrome://extensions/shortcuts';

export function App() {
  const { settings, change } = useSettings();
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => void readerShortcut().then(setShortcut), []);
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
      <h2>AI key points</h2>
      <AiKeyPointsSetting on={settings.aiKeyPoints} onChange={(on) => change({ aiKeyPoints: on })} />
      <h2>Blocks kept on each site</h2>
      <p>What you chose to keep with “Always keep this on …”: the cleanup leaves these blocks in place on that site. Stored on this device only.</p>
      <SiteRulesList />
      <h2>Keyboard shortcut</h2>
      <p class="shortcut">
        {shortcut ? (
          <>
            {shortcut.split('+').map((key, i) => (
              <Fragment key={key}>
                {i > 0 && '+'}
                <kbd>{key}</kbd>
              </Fragment>
            ))}{' '}
            switches the current tab into the reader view and back.
          </>
        ) : (
          'No key is set to switch the current tab into the reader view.'
        )}{' '}
        Change it on your browser’s extension shortcuts page ({SHORTCUTS_PAGE}).
      </p>
      <AutoReaderSites />
    </main>
  );
}
