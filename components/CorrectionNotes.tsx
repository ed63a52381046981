import type { Article, CorrectionNote } from '../utils/extract/types';
import { formatDate } from './format';
import './trust.css';

const KIND_LABELS: Record<CorrectionNote['kind'], string> = {
  correction: 'Correction',
  update: 'Update',
  clarification: 'Clarification',
  'editors-note': 'Editor’s note',
};

/** The newsroom's corrections and updates, and when the article last changed: shown before the text. */
export function CorrectionNotes({ article, locale }: { article: Article; locale?: string }) {
  // Articles saved before these fields existed have neither.
  const notes = article.corrections ?? [];
  const modified = article.modifiedTime && article.modifiedTime !== article.publishedTime ? article.modifiedTime : null;
  if (notes.length === 0 && !modified) return null;
  return (
    <section class="trust-notice corrections" aria-label="Corrections and updates">
      {modified && <p class="modified">Updated {formatDate(modified, locale)}</p>}
      {notes.length > 0 && (
        <ul>
          {notes.map((note, i) => (
            <li key={i}>
              <span class="kind">{KIND_LABELS[note.kind]}:</span> {note.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
