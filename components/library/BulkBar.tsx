import { useState } from 'preact/hooks';
import { t, tCount } from '../../utils/i18n';

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
    <section class="bulk" aria-label={t('library.bulk.label')}>
      <p>
        {/* Number and word are one message (their order and agreement differ by language), so both are bold. */}
        <strong>{tCount('library.bulk.selected', count)}</strong>
      </p>
      <button type="button" onClick={() => onMarkRead(true)}>
        {t('library.markRead')}
      </button>
      <button type="button" onClick={() => onMarkRead(false)}>
        {t('library.markUnread')}
      </button>
      <label>
        {t('library.tag')}
        <input value={tag} onInput={(event) => setTag(event.currentTarget.value)} placeholder={t('library.bulk.tagPlaceholder')} />
      </label>
      <button type="button" disabled={!tag.trim()} onClick={() => onAddTag(tag)}>
        {t('library.bulk.addTag')}
      </button>
      <button type="button" disabled={!tag.trim()} onClick={() => onRemoveTag(tag)}>
        {t('library.bulk.removeTag')}
      </button>
      <button type="button" onClick={() => onExport('json')}>
        {t('library.bulk.exportJson')}
      </button>
      <button type="button" onClick={() => onExport('markdown')}>
        {t('library.bulk.exportMarkdown')}
      </button>
      <button type="button" onClick={() => onExport('html')}>
        {t('library.bulk.exportHtml')}
      </button>
      <button type="button" class="danger" onClick={onDelete}>
        {t('library.delete')}
      </button>
      <button type="button" onClick={onClear}>
        {t('library.bulk.clearSelection')}
      </button>
    </section>
  );
}
