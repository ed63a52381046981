import { useEffect, useId, useState } from 'preact/hooks';
import { stopAutoReader } from '../utils/auto-reader/ask';
import { listAutoReaderSites, watchAutoReaderSites, type AutoReaderSite } from '../utils/auto-reader/sites';
import { t, tCount } from '../utils/i18n';
import './auto-reader.css';

/** The options page's list of sites always shown in the reader view, each with Remove, which gives its access back. */
export function AutoReaderSites() {
  const [sites, setSites] = useState<AutoReaderSite[] | null>(null);
  const [status, setStatus] = useState('');
  const headingId = useId();

  useEffect(() => {
    void listAutoReaderSites().then(setSites, () => setSites([]));
    return watchAutoReaderSites(setSites);
  }, []);

  const remove = (host: string) =>
    stopAutoReader(host).then(
      (result) => setStatus(result.ok ? t('autoReader.sites.removed', [host]) : result.message),
      () => setStatus(t('autoReader.failed')),
    );

  return (
    <section class="auto-reader-sites" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('autoReader.sites.heading')}</h2>
      <p>{t('autoReader.sites.intro')}</p>
      {sites !== null && sites.length === 0 && <p class="auto-reader-sites-empty">{t('autoReader.sites.empty')}</p>}
      {sites !== null && sites.length > 0 && (
        <>
          <p class="auto-reader-sites-count">{tCount('autoReader.sites.count', sites.length)}</p>
          <ul>
            {sites.map((site) => (
              <li key={site.host} data-host={site.host}>
                <span class="host">{site.host}</span>{' '}
                <button type="button" aria-label={t('autoReader.sites.removeLabel', [site.host])} onClick={() => void remove(site.host)}>
                  {t('autoReader.sites.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="auto-reader-sites-status" role="status">
        {status}
      </p>
    </section>
  );
}
