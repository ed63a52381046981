import { useEffect, useState } from 'preact/hooks';
import { onLibraryChange } from '../../utils/library/db';
import { listHighlightTags, listRecentHighlights, type HighlightEntry } from '../../utils/library/highlights';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../utils/highlights/types';
import { COLOR_NAMES } from '../highlights/labels';
import { t, tCount } from '../../utils/i18n';
import { formatDay, showMoreLabel } from './format';

/** Highlights read per screen: the newest first, more on request. */
export const HIGHLIGHTS_PAGE = 50;

/** Where a highlight is: its article in the reader view, scrolled to it. */
export const highlightHref = (entry: HighlightEntry): string =>
  `/reader.html?id=${encodeURIComponent(entry.highlight.articleId)}#highlight-${encodeURIComponent(entry.highlight.id)}`;

/** Every highlight in the library, newest first, filtered by colour and tag; never reads an article's body. */
export function HighlightsView({ onShown }: { onShown?: () => void }) {
  const [color, setColor] = useState<HighlightColor | null>(null);
  const [tag, setTag] = useState<string | null>(null);
  const [limit, setLimit] = useState(HIGHLIGHTS_PAGE);
  const [tags, setTags] = useState<string[]>([]);
  const [list, setList] = useState<{ entries: HighlightEntry[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => onLibraryChange(() => setVersion((v) => v + 1)), []);
  useEffect(() => setLimit(HIGHLIGHTS_PAGE), [color, tag]);
  useEffect(() => {
    let current = true;
    listRecentHighlights({ limit, ...(color ? { color } : {}), ...(tag ? { tag } : {}) }).then(
      (found) => {
        if (!current) return;
        setList(found);
      },
      (failure: unknown) => {
        onShown?.();
        if (current) setError(t('library.highlights.readFailed', [failure instanceof Error ? failure.message : String(failure)]));
      },
    );
    return () => {
      current = false;
    };
  }, [color, tag, limit, version]);
  useEffect(() => {
    if (!list) return;
    // For the benchmark and tests: when the list on screen is this one.
    document.body.dataset.highlightsShownAt = String(performance.timeOrigin + performance.now());
    onShown?.();
  }, [list]);
  const listed = list !== null;
  useEffect(() => {
    // After the first list is on screen: the tag filter can wait, the highlights cannot.
    if (listed) void listHighlightTags().then(setTags, () => setTags([]));
  }, [version, listed]);

  return (
    <section class="highlights-view" aria-label={t('library.highlightsView')}>
      <div class="tools">
        <label>
          {t('library.highlights.colour')}
          <select value={color ?? ''} onChange={(event) => setColor((event.currentTarget.value || null) as HighlightColor | null)}>
            <option value="">{t('library.highlights.allColours')}</option>
            {HIGHLIGHT_COLORS.map((c) => (
              <option key={c} value={c}>
                {COLOR_NAMES[c]}
              </option>
            ))}
          </select>
        </label>
        {tags.length > 0 && (
          <label>
            {t('library.tag')}
            <select value={tag ?? ''} onChange={(event) => setTag(event.currentTarget.value || null)}>
              <option value="">{t('library.allTags')}</option>
              {tags.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {error && <p role="alert" class="error">{error}</p>}
      {list && (
        <p class="list-head">
          <span>{tCount('library.highlightCount', list.total)}</span>
        </p>
      )}
      {list && list.total === 0 && (
        <p class="empty">{t(color || tag ? 'library.highlights.noMatch' : 'library.highlights.none')}</p>
      )}
      {list && list.entries.length > 0 && (
        <ol class="highlight-list">
          {list.entries.map((entry) => (
            <li key={entry.highlight.id} class={`highlight-entry highlight-${entry.highlight.color}`}>
              <blockquote dir="auto">{entry.highlight.target.quote.exact.replace(/\s+/g, ' ').trim()}</blockquote>
              {entry.highlight.note && (
                <p class="highlight-note" dir="auto">
                  {entry.highlight.note}
                </p>
              )}
              {entry.highlight.tags.length > 0 && (
                <ul class="tags" aria-label={t('library.tags')}>
                  {entry.highlight.tags.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
              )}
              <p class="meta">
                <a href={highlightHref(entry)} dir="auto">{entry.headline || t('library.untitled')}</a>
                {[entry.siteName, formatDay(entry.highlight.createdAt), COLOR_NAMES[entry.highlight.color]].filter(Boolean).map((part) => ` · ${part}`).join('')}
              </p>
            </li>
          ))}
        </ol>
      )}
      {list && list.total > list.entries.length && (
        <button type="button" class="more" onClick={() => setLimit(limit + HIGHLIGHTS_PAGE)}>
          {showMoreLabel(Math.min(HIGHLIGHTS_PAGE, list.total - list.entries.length), list.total - list.entries.length)}
        </button>
      )}
    </section>
  );
}
