import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SettingsControls } from '../../components/SettingsControls';
import { AiKeyPointsSetting } from '../../components/AiKeyPointsSetting';
import { AutoReaderSites } from '../../components/AutoReaderSites';
import { KeepPicturesSetting } from '../../components/KeepPicturesSetting';
import { PictureSites } from '../../components/PictureSites';
import { LibraryStorage } from '../../components/LibraryStorage';
import { SiteRulesList } from '../../components/SiteRulesList';
import { applySettingsToDocument, useSettings } from '../../components/use-settings';
import { readerShortcut } from '../../utils/reader-session';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { t } from '../../utils/i18n';

/** Where the browser lets the reader change an extension's shortcuts: Firefox has no address for it. */
const shortcutsPage = (): string => (import.meta.env.FIREFOX ? t('options.shortcut.firefoxPage') : 'chrome://extensions/shortcuts');

/** The reader's settings, also reachable from the reader's toolbar; here with a preview and a reset. */
export function App() {
  const { settings, change } = useSettings();
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => void readerShortcut().then(setShortcut), []);
  useEffect(() => applySettingsToDocument(settings), [settings]);
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <p>{t('options.intro')}</p>
      <SettingsControls settings={settings} onChange={change} idPrefix="options" />
      <p>
        <button type="button" onClick={() => change({ ...DEFAULT_SETTINGS })}>
          {t('options.restoreDefaults')}
        </button>
      </p>
      <h2>{t('options.previewHeading')}</h2>
      <div class="reader preview">
        <p>{t('options.previewText')}</p>
      </div>
      <h2>{t('settings.aiKeyPoints.title')}</h2>
      <AiKeyPointsSetting on={settings.aiKeyPoints} onChange={(on) => change({ aiKeyPoints: on })} />
      <h2>{t('settings.pictures.title')}</h2>
      <KeepPicturesSetting on={settings.keepPictures} onChange={(on) => change({ keepPictures: on })} />
      <h2>{t('options.siteRules.heading')}</h2>
      <p>{t('options.siteRules.intro')}</p>
      <SiteRulesList />
      <h2>{t('options.shortcut.heading')}</h2>
      <p class="shortcut">
        {shortcut ? (
          <>
            {shortcut.split('+').map((key, i) => (
              <Fragment key={key}>
                {i > 0 && '+'}
                <kbd>{key}</kbd>
              </Fragment>
            ))}{' '}
            {t('options.shortcut.assigned')}
          </>
        ) : (
          t('options.shortcut.none')
        )}{' '}
        {t('options.shortcut.change', [shortcutsPage()])}
      </p>
      <AutoReaderSites />
      <PictureSites />
      <LibraryStorage />
    </main>
  );
}
