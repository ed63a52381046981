import type { Article } from '../utils/extract/types';
import { isLargePageRegion } from '../utils/extract/large-page';
import { formatNumber, t } from '../utils/i18n';
import './trust.css';

/**
 * A very large page was read from the part that holds its article (utils/extract/large-page.ts): the reader is
 * told, so that anything missing from the rest of the page is no surprise. Read defensively: a saved or
 * imported record may carry anything in this field.
 */
export function LargePageNotice({ article }: { article: Article }) {
  const region: unknown = article.largePage;
  if (!isLargePageRegion(region)) return null;
  return (
    <div class="trust-notice large-page-notice" role="note">
      <p>{t(region.chosenBy === 'article-markup' ? 'article.largePage.byMarkup' : 'article.largePage.byProse', [formatNumber(region.pageElements)])}</p>
    </div>
  );
}
