import type { Article } from '../utils/extract/types';
import { aboutWords, looksTruncated } from '../utils/extract/completeness';
import { formatNumber, t } from '../utils/i18n';
import './trust.css';

interface Props {
  article: Article;
  /** True while the reader shows the page's whole main section instead of the extraction. */
  showingFullSection?: boolean;
  /** Offered only when the article carries the full section. */
  onToggleFullSection?: () => void;
}

/** "This article may be incomplete: about N of M words were found", and the way to the full page section. */
export function CompletenessNotice({ article, showingFullSection = false, onToggleFullSection }: Props) {
  const completeness = article.completeness;
  if (!looksTruncated(completeness) || !completeness) return null;
  const expected = Math.round(article.wordCount / completeness);
  return (
    <div class="trust-notice completeness-warning" role="note">
      <p>{t('article.completeness.notice', { found: formatNumber(aboutWords(article.wordCount)), expected: formatNumber(aboutWords(expected)) })}</p>
      {article.fullSectionHtml && onToggleFullSection && (
        <button type="button" onClick={onToggleFullSection} aria-pressed={showingFullSection}>
          {showingFullSection ? t('article.completeness.showExtracted') : t('article.completeness.showFullSection')}
        </button>
      )}
    </div>
  );
}
