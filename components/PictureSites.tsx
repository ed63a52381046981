import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { listPictureSites, removePictureSite, watchPictureSites } from '../utils/remote-content/picture-sites';
import './auto-reader.css';

/** The options page's list of sites whose saved copies show pictures from the web, each with Remove. */
export function PictureSites() {
  const [sites, setSites] = useState<string[] | null>(null);
  const [status, setStatus] = useState('');
  const headingId = useId();

  useEffect(() => {
    void listPictureSites().then(setSites, () => setSites([]));
    return watchPictureSites(setSites);
  }, []);

  const remove = (site: string) =>
    removePictureSite(site).then(
      (next) => {
        setSites(next);
        setStatus(t('pictures.sites.removed', [site]));
      },
      () => setStatus(t('pictures.notice.failed')),
    );

  return (
    <section class="picture-sites" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('pictures.sites.heading')}</h2>
      <p>{t('pictures.sites.intro')}</p>
      {sites !== null && sites.length === 0 && <p class="picture-sites-empty">{t('pictures.sites.empty')}</p>}
      {sites !== null && sites.length > 0 && (
        <ul>
          {sites.map((site) => (
            <li key={site} data-host={site}>
              <span class="host">{site}</span>{' '}
              <button type="button" aria-label={t('pictures.sites.removeLabel', [site])} onClick={() => void remove(site)}>
                {t('pictures.sites.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="picture-sites-status" role="status">
        {status}
      </p>
    </section>
  );
}
