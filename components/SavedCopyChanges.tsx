import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../utils/extract/types';
import { diffParagraphs, type ParagraphChange } from '../utils/diff-paragraphs';
import { t, tCount } from '../utils/i18n';
import './trust.css';

function kindLabel(kind: ParagraphChange['kind']): string {
  switch (kind) {
    case 'added':
      return t('article.savedCopy.added');
    case 'removed':
      return t('article.savedCopy.removed');
    case 'changed':
      return t('article.savedCopy.edited');
  }
}

/** "1 paragraph changed since you saved it", "3 paragraphs changed…": every added, removed or edited paragraph counts once. */
export const changedParagraphsLabel = (changes: readonly ParagraphChange[]): string => tCount('article.savedCopy.changed', changes.length);

/** The changes between the copy saved under this article's address and the article as extracted now; null when not saved. */
function useChangesSinceSaved(article: Article): ParagraphChange[] | null {
  const [changes, setChanges] = useState<ParagraphChange[] | null>(null);
  useEffect(() => {
    if (!article.url) return;
    // The library code loads after the article is on screen, as in PopupActions.
    import('../utils/library')
      .then(({ findSavedCopy }) => findSavedCopy(article))
      .then((saved) => setChanges(saved ? diffParagraphs(saved.article.textContent, article.textContent) : null))
      .catch(() => setChanges(null));
  }, [article.url, article.canonicalUrl, article.textContent]);
  return changes;
}

/** Popup: "3 paragraphs changed since you saved it", before the reader presses Update. */
export function SavedCopyChangeCount({ article }: { article: Article }) {
  const changes = useChangesSinceSaved(article);
  if (!changes || changes.length === 0) return null;
  return (
    <p class="trust-notice changes-since-saved-count" role="note">
      {tCount('article.savedCopy.changedSeeChanges', changes.length)}
    </p>
  );
}

/** Reader view of a live page that is also saved: the paragraph-level changes, then "Update saved copy". */
export function ChangesSinceSaved({ article }: { article: Article }) {
  const changes = useChangesSinceSaved(article);
  const [status, setStatus] = useState('');
  const [updated, setUpdated] = useState(false);
  if (!changes || changes.length === 0) return null;
  const update = async () => {
    const { saveArticle } = await import('../utils/library');
    const result = await saveArticle(article).catch(() => null);
    setUpdated(result?.ok === true);
    setStatus(result?.ok ? t('article.savedCopy.updated') : (result?.message ?? t('article.savedCopy.updateFailed')));
  };
  return (
    <details class="trust-notice changes-since-saved" open>
      <summary>{changedParagraphsLabel(changes)}</summary>
      <ol>
        {changes.map((change, i) => (
          <li key={i} class={`change-${change.kind}`}>
            <span class="change-kind">{kindLabel(change.kind)}</span>
            {change.before !== null && <del>{change.before}</del>}
            {change.before !== null && change.after !== null && <br />}
            {change.after !== null && <ins>{change.after}</ins>}
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => void update()} disabled={updated}>
        {t('article.savedCopy.update')}
      </button>
      <p class="status" role="status">
        {status}
      </p>
    </details>
  );
}
