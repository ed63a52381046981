import type { Source } from '../utils/extract/types';
import { t, tCount, uiLanguage } from '../utils/i18n';
import './trust.css';

/** Outlets the text credits ("according to Reuters") or links to, after the cited sources. */
export function AttributionNotes({ sources }: { sources: readonly Source[] }) {
  const attributions = sources.filter((source) => source.kind === 'attribution');
  if (attributions.length === 0) return null;
  return (
    <section class="attribution-notes" aria-labelledby="attributions-title">
      <h2 id="attributions-title" lang={uiLanguage()}>{t('article.attributions.title')}</h2>
      <ul>
        {attributions.map((source) => (
          <li key={source.id}>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title ?? source.url}
              </a>
            ) : (
              <span>{source.title}</span>
            )}{' '}
            <span class="cited">{tCount('article.attributions.creditedIn', source.citedBy)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
