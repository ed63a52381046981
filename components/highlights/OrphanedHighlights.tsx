import type { Highlight } from '../../utils/highlights/types';
import { t, tCount } from '../../utils/i18n';

/** Highlights whose passage is no longer in the text (the article was updated): kept, shown with their notes. */
export function OrphanedHighlights({ orphans, onDelete }: { orphans: readonly Highlight[]; onDelete: (id: string) => void }) {
  if (orphans.length === 0) return null;
  return (
    <section class="orphaned-highlights" aria-labelledby="orphaned-highlights-title">
      <h2 id="orphaned-highlights-title">{tCount('highlights.orphans.title', orphans.length)}</h2>
      <ul>
        {orphans.map((highlight) => (
          <li key={highlight.id} class={`orphan highlight-${highlight.color}`}>
            <blockquote>{highlight.target.quote.exact}</blockquote>
            {highlight.note && <p class="orphan-note">{highlight.note}</p>}
            <button type="button" onClick={() => onDelete(highlight.id)}>
              {t('highlights.orphans.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
