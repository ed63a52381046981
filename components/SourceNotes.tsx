import type { Source } from '../utils/extract/types';
import { citationAnchor, citedTimes, noteAnchor } from './format';
import { AttributionNotes } from './AttributionNotes';
import { t, uiLanguage } from '../utils/i18n';

interface Props {
  sources: readonly Source[];
  /** Per source id, how many markers in the shown body link to it; each gets a back-link. */
  markerCounts?: ReadonlyMap<string, number>;
}

/** The sources as numbered notes: title as a link opening a new tab, how often it is cited, back-links. */
export function SourceNotes({ sources: allSources, markerCounts }: Props) {
  // Outlets the text credits come after the cited sources, in their own list.
  const sources = allSources.filter((source) => source.kind !== 'attribution');
  if (sources.length === 0) return <AttributionNotes sources={allSources} />;
  return (
    <>
    <section class="source-notes" aria-labelledby="sources-title">
      <h2 id="sources-title" lang={uiLanguage()}>{t('article.sources.title')}</h2>
      <ol>
        {sources.map((source, i) => {
          const backlinks = markerCounts?.get(source.id) ?? 0;
          return (
            <li key={source.id} id={noteAnchor(source.id)} tabIndex={-1}>
              <span class="note-number">{i + 1}.</span>{' '}
              {source.missing ? (
                // The text cites it, but the page gives no note to show: say so rather than invent a name.
                <em class="not-found">{t('article.sources.notFound')}</em>
              ) : source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title ?? source.url}
                </a>
              ) : (
                <span>
                  {source.title ?? t('article.sources.unnamed')} <em class="no-link">{t('article.sources.noLink')}</em>
                </span>
              )}{' '}
              <bdi class="cited" lang={uiLanguage()}>{citedTimes(source.citedBy)}</bdi>
              {Array.from({ length: backlinks }, (_, k) => (
                <>
                  {' '}
                  <a class="backlink" href={`#${citationAnchor(source.id, k + 1)}`} aria-label={t('article.sources.backToCitation', { citation: String(k + 1), source: String(i + 1) })}>
                    ↩{backlinks > 1 ? <sup>{k + 1}</sup> : null}
                  </a>
                </>
              ))}
            </li>
          );
        })}
      </ol>
    </section>
    <AttributionNotes sources={allSources} />
    </>
  );
}
