import type { Article } from '../utils/extract/types';
import { metadataParts } from './format';

/** Headline (once), subtitle, and byline · site · date · reading time. */
export function ArticleHeader({ article, locale }: { article: Article; locale?: string }) {
  const meta = metadataParts(article, locale);
  return (
    <header class="article-header">
      <h1 class="headline">{article.headline}</h1>
      {article.subtitle && <p class="subtitle">{article.subtitle}</p>}
      {meta.length > 0 && (
        <p class="meta">
          {meta.map((part, i) => (
            <>
              {i > 0 && <span aria-hidden="true"> · </span>}
              {/* Each piece isolated, so a date or a Latin-script name keeps its order in a right-to-left line. */}
              <bdi lang={part.lang}>{part.text}</bdi>
            </>
          ))}
        </p>
      )}
    </header>
  );
}
