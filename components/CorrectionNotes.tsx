import type { Article, CorrectionNote } from '../utils/extract/types';
import { formatDate } from './format';
import { t } from '../utils/i18n';
import './trust.css';

/** "Correction:", with the punctuation each language puts after such a label. */
function kindLabel(kind: CorrectionNote['kind']): string {
  switch (kind) {
    case 'correction':
      return t('article.corrections.correction');
    case 'update':
      return t('article.corrections.update');
    case 'clarification':
      return t('article.corrections.clarification');
    case 'editors-note':
      return t('article.corrections.editorsNote');
  }
}

/** The newsroom's corrections and updates, and when the article last changed: shown before the text. */
export function CorrectionNotes({ article, locale }: { article: Article; locale?: string }) {
  // Articles saved before these fields existed have neither.
  const notes = article.corrections ?? [];
  const modified = article.modifiedTime && article.modifiedTime !== article.publishedTime ? article.modifiedTime : null;
  if (notes.length === 0 && !modified) return null;
  return (
    <section class="trust-notice corrections" aria-label={t('article.corrections.label')}>
      {modified && <p class="modified">{t('article.corrections.updated', [formatDate(modified, locale)])}</p>}
      {notes.length > 0 && (
        <ul>
          {notes.map((note, i) => (
            <li key={i}>
              <span class="kind">{kindLabel(note.kind)}</span> {note.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
