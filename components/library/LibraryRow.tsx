import { Component } from 'preact';
import { useState } from 'preact/hooks';
import type { LibraryCard } from '../../utils/library/schema';
import type { StoryIndex } from '../../utils/library/story-groups';
import { t, tCount, uiLanguage } from '../../utils/i18n';
import { formatDay } from './format';
import { Highlighted } from './Highlighted';
import { SameStoryLink } from './StoryGroup';

export interface RowActions {
  onSelect(id: string, selected: boolean): void;
  onToggleRead(card: LibraryCard): void;
  onSetTags(card: LibraryCard, tags: string[]): void;
  onDelete(card: LibraryCard): void;
  onOpenStory(ids: string[]): void;
}

export interface RowProps extends RowActions {
  card: LibraryCard;
  terms: readonly string[];
  snippet: string | null;
  selected: boolean;
  /** For the "Same story (N)" link; null until it is built. */
  stories: StoryIndex | null;
}

/**
 * True when a row would render the same: every prop the same value, the matched words compared word by word
 * (each search returns new lists). The page's handlers must keep their identity (use-stable-handler.ts).
 */
export function sameRowProps(a: RowProps, b: RowProps): boolean {
  for (const key of Object.keys(b) as Array<keyof RowProps>) {
    if (key !== 'terms' && a[key] !== b[key]) return false;
  }
  return Object.keys(a).length === Object.keys(b).length && a.terms.length === b.terms.length && a.terms.every((term, i) => term === b.terms[i]);
}

const percentFormats = new Map<string, Intl.NumberFormat>();
/** "42%", "42 %": how far the reader got, in the interface's language. */
function formatShare(share: number): string {
  const language = uiLanguage();
  let format = percentFormats.get(language);
  if (!format) percentFormats.set(language, (format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 })));
  return format.format(share);
}

/** "example.com · saved Jan 2, 2026 · 3 min read · 40% read · 2 highlights": what there is to say of a card. */
function metaOf(card: LibraryCard): string {
  const highlights = card.highlightCount ?? 0;
  return [
    card.siteName,
    t('library.row.saved', [formatDay(card.savedAt)]),
    card.readingMinutes ? tCount('library.row.minutesRead', card.readingMinutes) : null,
    card.readingPosition > 0 && card.readingPosition < 1 ? t('library.row.positionRead', [formatShare(card.readingPosition)]) : null,
    highlights === 0 ? null : tCount('library.highlightCount', highlights),
  ]
    .filter(Boolean)
    .join(' · ');
}

function Row({ card, terms, snippet, selected, stories, onSelect, onToggleRead, onSetTags, onDelete, onOpenStory }: RowProps) {
  const [editingTags, setEditingTags] = useState(false);
  const headingId = `headline-${card.id}`;
  return (
    <li class={`row${card.read ? '' : ' unread'}`} aria-labelledby={headingId} data-id={card.id}>
      <input type="checkbox" class="select" checked={selected} aria-label={t('library.row.select', [card.headline])} onChange={(event) => onSelect(card.id, event.currentTarget.checked)} />
      <div class="main">
        <h2 id={headingId} class="headline">
          {!card.read && (
            <span class="unread-dot" title={t('library.row.unread')}>
              <span class="visually-hidden">{`${t('library.row.unreadBefore')} `}</span>
            </span>
          )}
          <a href={`/reader.html?id=${encodeURIComponent(card.id)}`} dir="auto">
            <Highlighted text={card.headline || t('library.untitled')} terms={terms} />
          </a>
        </h2>
        <p class="meta">{metaOf(card)}</p>
        {card.summary && (
          <p class="summary" dir="auto">
            <Highlighted text={card.summary} terms={terms} />
          </p>
        )}
        {snippet && (
          <p class="snippet" dir="auto">
            <span class="visually-hidden">{`${t('library.row.matchedInText')} `}</span>
            <Highlighted text={snippet} terms={terms} />
          </p>
        )}
        {editingTags ? (
          <form
            class="tag-editor"
            onSubmit={(event) => {
              event.preventDefault();
              const value = new FormData(event.currentTarget).get('tags');
              onSetTags(card, String(value ?? '').split(','));
              setEditingTags(false);
            }}
          >
            <label>
              {t('library.row.tagsField')}
              <input name="tags" defaultValue={card.tags.join(', ')} autoFocus onKeyDown={(event) => event.key === 'Escape' && setEditingTags(false)} />
            </label>
            <button type="submit">{t('library.row.saveTags')}</button>
            <button type="button" onClick={() => setEditingTags(false)}>
              {t('library.row.cancel')}
            </button>
          </form>
        ) : (
          card.tags.length > 0 && (
            <ul class="tags" aria-label={t('library.tags')}>
              {card.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )
        )}
        <SameStoryLink id={card.id} index={stories} onOpen={onOpenStory} />
      </div>
      <div class="actions">
        <button type="button" onClick={() => onToggleRead(card)} aria-label={t(card.read ? 'library.row.markAsUnread' : 'library.row.markAsRead', [card.headline])}>
          {t(card.read ? 'library.markUnread' : 'library.markRead')}
        </button>
        <button type="button" onClick={() => setEditingTags(true)} aria-label={t('library.row.editTags', [card.headline])}>
          {t('library.tags')}
        </button>
        <button type="button" onClick={() => onDelete(card)} aria-label={t('library.row.deleteArticle', [card.headline])}>
          {t('library.delete')}
        </button>
      </div>
    </li>
  );
}

/**
 * One saved article in the list; re-rendered only when what it shows changed (a keystroke re-ranks 40 rows).
 * A class rather than preact/compat's `memo`, whose import adds React-compatibility hooks to every element.
 */
export class LibraryRow extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    return !sameRowProps(this.props, next);
  }

  override render() {
    return <Row {...this.props} />;
  }
}
