import { Component } from 'preact';
import { useState } from 'preact/hooks';
import type { LibraryCard } from '../../utils/library/schema';
import type { StoryIndex } from '../../utils/library/story-groups';
import { formatDay, plural } from './format';
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

const highlightCountLabel = (n: number): string | null => (n === 0 ? null : plural(n, 'highlight'));

function Row({ card, terms, snippet, selected, stories, onSelect, onToggleRead, onSetTags, onDelete, onOpenStory }: RowProps) {
  const [editingTags, setEditingTags] = useState(false);
  const headingId = `headline-${card.id}`;
  return (
    <li class={`row${card.read ? '' : ' unread'}`} aria-labelledby={headingId} data-id={card.id}>
      <input type="checkbox" class="select" checked={selected} aria-label={`Select “${card.headline}”`} onChange={(event) => onSelect(card.id, event.currentTarget.checked)} />
      <div class="main">
        <h2 id={headingId} class="headline">
          {!card.read && (
            <span class="unread-dot" title="Unread">
              <span class="visually-hidden">Unread: </span>
            </span>
          )}
          <a href={`/reader.html?id=${encodeURIComponent(card.id)}`} dir="auto">
            <Highlighted text={card.headline || 'Untitled article'} terms={terms} />
          </a>
        </h2>
        <p class="meta">
          {[card.siteName, `saved ${formatDay(card.savedAt)}`, card.readingMinutes ? `${card.readingMinutes} min read` : null, card.readingPosition > 0 && card.readingPosition < 1 ? `${Math.round(card.readingPosition * 100)}% read` : null, highlightCountLabel(card.highlightCount ?? 0)]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {card.summary && (
          <p class="summary" dir="auto">
            <Highlighted text={card.summary} terms={terms} />
          </p>
        )}
        {snippet && (
          <p class="snippet" dir="auto">
            <span class="visually-hidden">Matched in the text: </span>
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
              Tags, separated by commas
              <input name="tags" defaultValue={card.tags.join(', ')} autoFocus onKeyDown={(event) => event.key === 'Escape' && setEditingTags(false)} />
            </label>
            <button type="submit">Save tags</button>
            <button type="button" onClick={() => setEditingTags(false)}>
              Cancel
            </button>
          </form>
        ) : (
          card.tags.length > 0 && (
            <ul class="tags" aria-label="Tags">
              {card.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )
        )}
        <SameStoryLink id={card.id} index={stories} onOpen={onOpenStory} />
      </div>
      <div class="actions">
        <button type="button" onClick={() => onToggleRead(card)} aria-label={`${card.read ? 'Mark as unread' : 'Mark as read'}: “${card.headline}”`}>
          {card.read ? 'Mark unread' : 'Mark read'}
        </button>
        <button type="button" onClick={() => setEditingTags(true)} aria-label={`Edit tags: “${card.headline}”`}>
          Tags
        </button>
        <button type="button" onClick={() => onDelete(card)} aria-label={`Delete “${card.headline}”`}>
          Delete
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
