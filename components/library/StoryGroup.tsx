/** Same story, several outlets: the row link ("Same story (3)") and the group panel showing what each outlet adds. */
import { useEffect, useState } from 'preact/hooks';
import { formatNumber, t, tCount } from '../../utils/i18n';
import { getSavedArticle } from '../../utils/library/records';
import { StoryIndex, whatEachAdds, type OutletAdds, type StoryCard } from '../../utils/library/story-groups';

/** The story index of the whole library, built in slices once `ready` (every card loaded); null until then. */
export function useStoryIndex(cards: readonly StoryCard[], ready: boolean): StoryIndex | null {
  const [index, setIndex] = useState<StoryIndex | null>(null);
  useEffect(() => {
    if (!ready) return;
    let stale = false;
    void StoryIndex.inSlices(cards).then((built) => !stale && setIndex(built));
    return () => {
      stale = true;
    };
  }, [cards, ready]);
  return index;
}

export function SameStoryLink({ id, index, onOpen }: { id: string; index: StoryIndex | null; onOpen: (ids: string[]) => void }) {
  const others = index?.sameStoryAs(id) ?? [];
  if (others.length === 0) return null;
  return (
    <button type="button" class="same-story" aria-haspopup="dialog" onClick={() => onOpen([id, ...others])}>
      {t('library.story.link', [formatNumber(others.length + 1)])}
    </button>
  );
}

type Panel = { kind: 'loading' } | { kind: 'ready'; outlets: OutletAdds[] } | { kind: 'failed' };

/** What each saved article of one story adds that the others do not, outlet by outlet. */
export function StoryGroup({ ids, onClose }: { ids: readonly string[]; onClose: () => void }) {
  const [panel, setPanel] = useState<Panel>({ kind: 'loading' });
  useEffect(() => {
    let stale = false;
    setPanel({ kind: 'loading' });
    void Promise.all(ids.map((id) => getSavedArticle(id)))
      .then((records) => {
        const articles = records.flatMap((record) => (record ? [{ id: record.id, siteName: record.article.siteName, headline: record.article.headline, textContent: record.article.textContent }] : []));
        if (!stale) setPanel({ kind: 'ready', outlets: whatEachAdds(articles) });
      })
      .catch(() => !stale && setPanel({ kind: 'failed' }));
    return () => {
      stale = true;
    };
  }, [ids.join()]);

  return (
    <section class="story-group" role="dialog" aria-labelledby="story-group-title" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <header>
        <h2 id="story-group-title">{tCount('library.story.title', ids.length)}</h2>
        <button type="button" onClick={onClose} autoFocus>
          {t('library.story.close')}
        </button>
      </header>
      <p class="story-hint">{t('library.story.hint')}</p>
      {panel.kind === 'loading' && <p>{t('library.story.comparing')}</p>}
      {panel.kind === 'failed' && <p class="error">{t('library.story.failed')}</p>}
      {panel.kind === 'ready' &&
        panel.outlets.map((outlet) => (
          <article class="outlet" key={outlet.id} data-id={outlet.id}>
            <h3>{outlet.siteName ?? t('library.story.unknownSite')}</h3>
            <p class="outlet-headline">
              <a href={`/reader.html?id=${encodeURIComponent(outlet.id)}`}>{outlet.headline}</a>
            </p>
            {outlet.adds.length > 0 ? (
              <ul class="adds">
                {outlet.adds.map((sentence, i) => (
                  <li key={i}>{sentence}</li>
                ))}
              </ul>
            ) : (
              <p class="adds-none">{t('library.story.nothingNew')}</p>
            )}
            <p class="meta">{tCount('library.story.shared', outlet.shared)}</p>
          </article>
        ))}
    </section>
  );
}
