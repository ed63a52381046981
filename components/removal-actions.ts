/** Restore and "Always keep this" for one article, shared by the popup and the reader view. */
import type { Article } from '../utils/extract/types';
import { siteOf } from '../utils/extract/fingerprint';
import { restoreRemoval } from '../utils/restore-removal';
import { addSiteRule, siteRuleFor } from '../utils/site-rules';
import type { RemovalActions } from './RemovedList';

/** `onChange` receives the article with the block back in its body: the caller shows it, saves it, opens it. */
export function removalActionsFor(article: Article, onChange: (next: Article) => void): RemovalActions {
  return {
    site: siteOf(article.url),
    restore: (index) => onChange(restoreRemoval(article, index)),
    keep: async (index) => {
      const removal = article.removed[index];
      const rule = removal ? siteRuleFor(article.url, removal) : null;
      if (!rule) return false;
      await addSiteRule(rule);
      return true;
    },
  };
}
