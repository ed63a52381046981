import type { Implication, Source } from '../utils/extract/types';
import { t, uiLanguage } from '../utils/i18n';
import { noteAnchor, noteNumber } from './format';

/** The article's implications: bold label, text, and citation chips that jump to the source note. */
export function Implications({ implications, sources }: { implications: readonly Implication[]; sources: readonly Source[] }) {
  if (implications.length === 0) return null;
  return (
    <section class="implications" aria-labelledby="implications-title">
      <h2 id="implications-title" lang={uiLanguage()}>{t('article.implications.title')}</h2>
      <ol>
        {implications.map((item, i) => (
          <li key={i}>
            {item.label && <strong class="label">{item.label}: </strong>}
            <span>{item.text}</span>
            {item.sourceIds.map((id) => {
              const number = noteNumber(sources, id);
              const source = sources.find((s) => s.id === id);
              return number === null ? null : (
                <>
                  {' '}
                  <a key={id} class="chip" href={`#${noteAnchor(id)}`} aria-label={source?.title ? t('article.implications.sourceTitled', { number: String(number), title: source.title }) : t('article.implications.source', [String(number)])}>
                    [{number}]
                  </a>
                </>
              );
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
