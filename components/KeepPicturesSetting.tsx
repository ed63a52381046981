import { useEffect, useId, useState } from 'preact/hooks';
import { askForOtherSitesAccess, giveBackOtherSitesAccess, holdsOtherSitesAccess, watchOtherSitesAccess } from '../utils/pictures/other-sites-access';
import { t } from '../utils/i18n';

type Access = 'checking' | 'off' | 'asking' | 'on';
type Notice = 'asking' | 'refused' | 'givenBack' | 'failed';

const NOTICES = {
  asking: 'settings.pictures.asking',
  refused: 'settings.pictures.refused',
  givenBack: 'settings.pictures.givenBack',
  failed: 'settings.pictures.failed',
} as const satisfies Record<Notice, string>;

interface Props {
  on: boolean;
  onChange: (on: boolean) => void;
}

/**
 * "Keep pictures with saved articles" for the options page (on by default: only the page's own site is fetched,
 * with the toolbar click's access), and "Also keep pictures from other sites", which asks the browser for access
 * to every site when ticked and gives it back when unticked.
 */
export function KeepPicturesSetting({ on, onChange }: Props) {
  const [access, setAccess] = useState<Access>('checking');
  const [notice, setNotice] = useState<Notice | null>(null);
  const keepHint = useId();
  const otherHint = useId();

  useEffect(() => {
    let live = true;
    const show = () => void holdsOtherSitesAccess().then((held) => live && setAccess((current) => (current === 'asking' ? current : held ? 'on' : 'off')));
    show();
    const stop = watchOtherSitesAccess(show);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const giveBack = () => {
    setAccess('off');
    giveBackOtherSitesAccess().then(
      () => setNotice('givenBack'),
      () => setNotice('failed'),
    );
  };

  const onKeep = (next: boolean) => {
    onChange(next);
    if (!next && access === 'on') giveBack();
  };

  const onOtherSites = () => {
    if (access === 'on') return giveBack();
    setAccess('asking');
    setNotice('asking');
    // Nothing awaited before this call: the browser grants only while it handles the click.
    askForOtherSitesAccess().then(
      (granted) => {
        setAccess(granted ? 'on' : 'off');
        setNotice(granted ? null : 'refused');
      },
      () => {
        setAccess('off');
        setNotice('failed');
      },
    );
  };

  return (
    <fieldset class="pictures-setting">
      <legend>{t('settings.pictures.title')}</legend>
      <label>
        <input type="checkbox" class="keep-pictures" checked={on} aria-describedby={keepHint} onChange={(event) => onKeep(event.currentTarget.checked)} />
        {t('settings.pictures.keep')}
      </label>
      <p class="hint" id={keepHint}>
        {t('settings.pictures.keepHint')}
      </p>
      <label>
        <input
          type="checkbox"
          class="other-sites-pictures"
          checked={access === 'on' || access === 'asking'}
          disabled={!on || access === 'checking' || access === 'asking'}
          aria-describedby={otherHint}
          onClick={onOtherSites}
        />
        {t('settings.pictures.otherSites')}
      </label>
      <p class="hint" id={otherHint}>
        {t('settings.pictures.otherSitesHint')}
      </p>
      <p class="pictures-setting-notice" role="status">
        {notice ? t(NOTICES[notice]) : ''}
      </p>
    </fieldset>
  );
}
