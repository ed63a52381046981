import { useState } from 'preact/hooks';
import { t, tCount } from '../utils/i18n';
import { addPictureSite, removePictureSite } from '../utils/remote-content/picture-sites';
import { addressShowingPictures } from '../utils/remote-content/show-pictures';
import type { PicturesShown } from './picture-placeholders';
import './trust.css';

/** Who let a saved copy load pictures from the web: "Show pictures" for this visit, the site's option, or no one. */
export type PicturesAllowedBy = 'visit' | 'site' | null;

interface Props {
  allowedBy: PicturesAllowedBy;
  /** The article's site, as the option names it; null for an article without a web address. */
  site: string | null;
  /** What the body held back or loads, once it is rendered. */
  shown: PicturesShown | null;
}

/**
 * In a saved copy with pictures from the web: how many are not shown, "Show pictures" (this visit) and "Always show
 * pictures from <site>"; once shown, what shows them and how to stop. The page's policy cannot be lifted in place
 * (utils/remote-content/policy.ts), so each choice reloads the page.
 */
export function RemotePicturesNotice({ allowedBy, site, shown }: Props) {
  const [status, setStatus] = useState('');
  if (!shown || (allowedBy === null ? shown.withheld === 0 : shown.fromWeb === 0)) return null;

  const reloadAfter = (change: Promise<unknown>) =>
    change.then(
      () => location.reload(),
      () => setStatus(t('pictures.notice.failed')),
    );

  return (
    <div class="trust-notice remote-pictures" role="note">
      {allowedBy === null && <p>{tCount('pictures.notice.withheld', shown.withheld)}</p>}
      {allowedBy === 'visit' && <p>{t('pictures.notice.shown')}</p>}
      {allowedBy === 'site' && site && <p>{t('pictures.notice.alwaysOn', [site])}</p>}
      <p class="remote-pictures-actions">
        {allowedBy === null && (
          <button type="button" onClick={() => location.replace(addressShowingPictures(location.href))}>
            {t('pictures.notice.show')}
          </button>
        )}
        {allowedBy !== 'site' && site && (
          <button type="button" onClick={() => void reloadAfter(addPictureSite(site))}>
            {t('pictures.notice.always', [site])}
          </button>
        )}
        {allowedBy === 'site' && site && (
          <button type="button" onClick={() => void reloadAfter(removePictureSite(site))}>
            {t('pictures.notice.stop', [site])}
          </button>
        )}
      </p>
      <p class="remote-pictures-status" role="status">
        {status}
      </p>
    </div>
  );
}
