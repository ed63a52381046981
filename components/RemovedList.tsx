import { useState } from 'preact/hooks';
import { TRACKING_RULE } from '../utils/extract/rules/remove-tracking-pixels';
import type { Removal } from '../utils/extract/types';
import { formatNumber, t } from '../utils/i18n';

const MAX_TEXT = 220;

/** What a reader can do with a removed block; absent where the list is only shown. */
export interface RemovalActions {
  /** The site "Always keep this" applies to, or null for a page without a web address (no such offer then). */
  site: string | null;
  restore(index: number): void;
  /** Stores the per-site keep rule; resolves false when it could not. */
  keep(index: number): Promise<boolean>;
}

/** What the cleanup dropped, collapsed, so a reader can check nothing of the story went missing and put back what did. */
export function RemovedList({ removed, actions }: { removed: readonly Removal[]; actions?: RemovalActions }) {
  const [kept, setKept] = useState<ReadonlySet<number>>(new Set());
  const [failed, setFailed] = useState<number | null>(null);
  const keep = async (index: number) => {
    if (!actions) return;
    const ok = await actions.keep(index).catch(() => false);
    if (ok) setKept((current) => new Set(current).add(index));
    setFailed(ok ? null : index);
  };
  const stillRemoved = removed.filter((item) => !item.restored).length;
  return (
    <details class="removed">
      <summary>{t('article.removed.title', [formatNumber(stillRemoved)])}</summary>
      {removed.length === 0 ? (
        <p>{t('article.removed.nothing')}</p>
      ) : (
        <ul>
          {removed.map((item, i) => (
            <li key={i} data-rule={item.rule} data-restored={item.restored ? '' : undefined}>
              <span class="rule">{item.rule}</span> {item.text.length > MAX_TEXT ? `${item.text.slice(0, MAX_TEXT - 1)}…` : item.text}
              {actions && !item.restored && item.rule !== TRACKING_RULE && (
                <button type="button" class="restore" onClick={() => actions.restore(i)} aria-label={t('article.removed.restoreLabel', [item.text.slice(0, 60)])}>
                  {t('article.removed.restore')}
                </button>
              )}
              {item.restored && (
                <span class="restored-actions" role="status">
                  {` ${t('article.removed.restored')} `}
                  {actions?.site &&
                    (kept.has(i) ? (
                      t('article.removed.kept', [actions.site])
                    ) : (
                      <button type="button" class="keep" onClick={() => void keep(i)}>
                        {t('article.removed.keep', [actions.site])}
                      </button>
                    ))}
                  {failed === i && ` ${t('article.removed.keepFailed')}`}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
