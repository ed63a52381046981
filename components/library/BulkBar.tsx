import { useState } from 'preact/hooks';

interface Props {
  count: number;
  onMarkRead(read: boolean): void;
  onAddTag(tag: string): void;
  onRemoveTag(tag: string): void;
  onDelete(): void;
  onExport(kind: ExportKind): void;
  onClear(): void;
}

export type ExportKind = 'json' | 'markdown' | 'html';

/** Actions on the selected articles. */
export function BulkBar({ count, onMarkRead, onAddTag, onRemoveTag, onDelete, onExport, onClear }: Props) {
  const [tag, setTag] = useState('');
  return (
    <section class="bulk" aria-label="Selected articles">
      <p>
        <strong>{count}</strong> selected
      </p>
      <button type="button" onClick={() => onMarkRead(true)}>
        Mark read
      </button>
      <button type="button" onClick={() => onMarkRead(false)}>
        Mark unread
      </button>
      <label>
        Tag
        <input value={tag} onInput={(event) => setTag(event.currentTarget.value)} placeholder="e.g. to-cite" />
      </label>
      <button type="button" disabled={!tag.trim()} onClick={() => onAddTag(tag)}>
        Add tag
      </button>
      <button type="button" disabled={!tag.trim()} onClick={() => onRemoveTag(tag)}>
        Remove tag
      </button>
      <button type="button" onClick={() => onExport('json')}>
        Export JSON
      </button>
      <button type="button" onClick={() => onExport('markdown')}>
        Export Markdown
      </button>
      <button type="button" onClick={() => onExport('html')}>
        Export HTML
      </button>
      <button type="button" class="danger" onClick={onDelete}>
        Delete
      </button>
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </section>
  );
}
