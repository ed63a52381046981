import { useEffect, useId, useState } from 'preact/hooks';
import { askForAutoReader, stopAutoReader } from '../utils/auto-reader/ask';
import { holdsSiteAccess, siteHostOf } from '../utils/auto-reader/site-access';
import { listAutoReaderSites, watchAutoReaderSites, type AutoReaderSite } from '../utils/auto-reader/sites';
import { t } from '../utils/i18n';
import './auto-reader.css';

type State = 'checking' | 'off' | 'asking' | 'on';
type Notice = 'asking' | 'on' | 'off' | 'refused' | 'failed';

/**
 * "Always use the reader view on <site>", in the popup and the reader's toolbar, for the page at `url` (nothing on
 * pages extensions may not read). Ticking asks the browser for that one host within the click itself; unticking
 * gives the access back.
 */
export function AutoReaderToggle({ url }: { url: string | null }) {
  const host = siteHostOf(url);
  const [state, setState] = useState<State>('checking');
  const [notice, setNotice] = useState<Notice | null>(null);
  const explainId = useId();

  useEffect(() => {
    if (!host) return;
    let live = true;
    // On when the site is chosen and its access still held; a question being answered keeps its own state.
    const show = async (sites: AutoReaderSite[]) => {
      const on = sites.some((site) => site.host === host) && (await holdsSiteAccess(host));
      if (live) setState((current) => (current === 'asking' ? current : on ? 'on' : 'off'));
    };
    void listAutoReaderSites().then(show, () => live && setState('off'));
    const stop = watchAutoReaderSites((sites) => void show(sites));
    return () => {
      live = false;
      stop();
    };
  }, [host]);

  if (!host) return null;

  const onClick = () => {
    if (state === 'on') {
      setState('off');
      stopAutoReader(host).then(
        (result) => setNotice(result.ok ? 'off' : 'failed'),
        () => setNotice('failed'),
      );
      return;
    }
    setState('asking');
    setNotice('asking');
    // Nothing awaited before this call: the browser grants only while it handles the click.
    askForAutoReader(host).then(
      (answer) => {
        setState(answer === 'granted' ? 'on' : 'off');
        setNotice(answer === 'granted' ? 'on' : 'refused');
      },
      () => {
        setState('off');
        setNotice('failed');
      },
    );
  };

  const notices: Record<Notice, string> = {
    asking: t('autoReader.asking'),
    on: t('autoReader.on', [host]),
    off: t('autoReader.off', [host]),
    refused: t('autoReader.refused', [host]),
    failed: t('autoReader.failed'),
  };
  return (
    <div class="auto-reader" data-state={state}>
      <label>
        <input type="checkbox" checked={state === 'on' || state === 'asking'} disabled={state === 'checking' || state === 'asking'} aria-describedby={explainId} onClick={onClick} />{' '}
        {t('autoReader.toggle', [host])}
      </label>
      <span id={explainId} class="auto-reader-explain">
        {t('autoReader.explain', [host])}
      </span>
      <span class="auto-reader-notice" role="status">
        {notice ? notices[notice] : ''}
      </span>
    </div>
  );
}
