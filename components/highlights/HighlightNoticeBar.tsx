import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { HighlightNotice } from './use-highlights';

/** How long a notice stays; one with Undo stays longer, so there is time to reach the button. */
const SHOWN_MS = 4000;
const WITH_UNDO_MS = 10_000;

export function HighlightNoticeBar({ notice }: { notice: HighlightNotice | null }) {
  const [shown, setShown] = useState<HighlightNotice | null>(notice);
  useEffect(() => {
    setShown(notice);
    if (!notice) return;
    const timer = setTimeout(() => setShown(null), notice.undo ? WITH_UNDO_MS : SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <div class="highlight-notice" role="status">
      {shown && (
        <p>
          {shown.message}
          {shown.undo && (
            <button
              type="button"
              onClick={() => {
                shown.undo?.();
                setShown(null);
              }}
            >
              {t('highlights.notice.undo')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
