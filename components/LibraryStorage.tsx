import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { formatBytes } from './library/download';
import { t, tCount } from '../utils/i18n';
import { onLibraryChange } from '../utils/library/db';
import { pictureTotals, removeAllPictures, type PictureTotals } from '../utils/library/pictures';
import { storageUsage, type StorageUsage } from '../utils/library/records';

type Figures = { usage: StorageUsage; pictures: PictureTotals } | { failed: string };

interface Notice {
  text: string;
  kind: 'status' | 'error';
}

function usageSentence({ usage, quota }: StorageUsage): string {
  if (usage === null) return t('options.storage.unknown');
  return quota ? t('options.storage.usedOfQuota', [formatBytes(usage), formatBytes(quota)]) : t('options.storage.usedOnly', [formatBytes(usage)]);
}

const picturesSentence = (totals: PictureTotals): string =>
  totals.pictures === 0
    ? t('options.storage.noPictures')
    : t('options.storage.pictures', [tCount('options.storage.pictureCount', totals.pictures), tCount('options.storage.articleCount', totals.articles), formatBytes(totals.bytes)]);

/**
 * The options page's account of the library's storage: what it uses, the pictures kept with saved articles, and
 * "Remove stored pictures" behind a confirmation. The articles stay; their saved copies show placeholders.
 */
export function LibraryStorage() {
  const [figures, setFigures] = useState<Figures | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const read = () =>
    Promise.all([storageUsage(), pictureTotals()]).then(
      ([usage, pictures]) => setFigures({ usage, pictures }),
      (error: unknown) => setFigures({ failed: t('options.storage.readFailed', [error instanceof Error ? error.message : String(error)]) }),
    );
  // Saving or deleting in another page changes the figures: read them again.
  useEffect(() => {
    void read();
    return onLibraryChange(() => void read());
  }, []);

  const remove = async () => {
    setConfirming(false);
    setRemoving(true);
    setNotice({ text: t('options.storage.removing'), kind: 'status' });
    const result = await removeAllPictures();
    // The figures first, so the outcome never stands beside the figures from before.
    await read();
    setNotice(result.ok ? { text: tCount('options.storage.removed', result.articles), kind: 'status' } : { text: result.message, kind: 'error' });
    setRemoving(false);
  };

  if (figures === null) return <StorageSection>{<p>{t('options.storage.loading')}</p>}</StorageSection>;
  if ('failed' in figures) return <StorageSection>{<p role="alert">{figures.failed}</p>}</StorageSection>;
  const { pictures } = figures;
  return (
    <StorageSection>
      <p class="storage-used">{usageSentence(figures.usage)}</p>
      <p class="storage-pictures">{picturesSentence(pictures)}</p>
      {confirming ? (
        <div class="storage-confirm" role="group" aria-label={t('options.storage.remove')}>
          <p>{tCount('options.storage.confirm', pictures.pictures)}</p>
          <button type="button" onClick={() => void remove()}>
            {t('options.storage.confirmRemove')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('options.storage.cancel')}
          </button>
        </div>
      ) : (
        pictures.pictures > 0 && (
          <p>
            <button type="button" disabled={removing} onClick={() => setConfirming(true)}>
              {t('options.storage.remove')}
            </button>
          </p>
        )
      )}
      {notice && (
        <p class="storage-notice" role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
    </StorageSection>
  );
}

function StorageSection({ children }: { children: ComponentChildren }) {
  const headingId = useId();
  return (
    <section class="library-storage" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('options.storage.heading')}</h2>
      {children}
    </section>
  );
}
