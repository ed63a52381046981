/**
 * The newsroom's own notes ("Correction:", "Update:", "Clarification:", "Editor's note:", "Rectificatif :",
 * "Korrektur:", "Corrección:"...). The notes are moved out of the body and shown first, once, in the reader's
 * header: a reader should see a correction before the text it corrects, and the summary should not quote it.
 * Read in the finish stage, from the sanitized body: the notes are plain text, so the page is not needed.
 */
import type { CorrectionNote } from './types';
import { collapseWhitespace, countWords } from './text';
import { caseInsensitivePattern, MONTH_NAMES } from './phrases';

/** Labels opening a note, by kind, in English, French, German and Spanish. */
export const CORRECTION_LABELS: Record<CorrectionNote['kind'], string[]> = {
  correction: ['corrections?', 'rectificatifs?', 'rectification', 'erratum', 'korrektur', 'berichtigung', 'correcciones', 'corrección', 'fe de erratas', 'rectificación'],
  update: ['update[sd]?', 'mise à jour', 'actualisation', 'aktualisierung', 'nachtrag', 'actualización', 'actualizado'],
  clarification: ['clarifications?', 'précision', 'klarstellung', 'aclaración'],
  'editors-note': ["editor['’]?s['’]? note", 'note from the editors?', 'note de la rédaction', 'n\\.d\\.l\\.r\\.?', 'anmerkung der redaktion', 'hinweis der redaktion', 'nota del editor', 'nota de la redacción'],
};
/** Sentences that are a note without a label: "This article has been corrected to...", "Cet article a été mis à jour". */
const NOTE_SENTENCES: [CorrectionNote['kind'], RegExp][] = [
  ['correction', /^(?:an earlier version of this (?:article|story)|this (?:article|story) (?:has been|was) corrected|cet article a été (?:corrigé|rectifié)|dieser (?:artikel|beitrag) wurde korrigiert|este artículo ha sido corregido)/i],
  ['update', /^(?:this (?:article|story) (?:has been|was) updated|cet article a été mis à jour|dieser (?:artikel|beitrag) wurde aktualisiert|este artículo ha sido actualizado)/i],
];

const LABEL_PATTERNS = (Object.entries(CORRECTION_LABELS) as [CorrectionNote['kind'], string[]][]).map(
  ([kind, labels]) => [kind, caseInsensitivePattern(`^\\s*\\(?(?:${labels.join('|')})(?:\\s*\\([^)]{1,40}\\))?\\s*[:：—–-]\\s*`)] as const,
);
/** A note is a short block; a longer one is article text that happens to start with the word. */
const MAX_NOTE_WORDS = 120;
const MIN_NOTE_WORDS = 4;
/** A live blog labels every entry "Update:": with more notes than this, only corrections and clarifications move. */
const MAX_UPDATES = 3;
const NOTE_BLOCKS = 'p, div, aside, li, blockquote';
const MONTH = `(?:${MONTH_NAMES.join('|')})(?![\\p{L}])`;
/** A date opening the words after "Updated:": "June 7, 2025", "Tuesday, June 7", "7 juin 2025", "8. Juni", "10/31/2024", "2025-06-07". */
const LEADING_DATE = new RegExp(`^(?:\\p{L}+,\\s*)?(?:${MONTH}\\s*\\d|\\d{1,2}(?:er|\\.)?\\s+(?:de\\s+)?${MONTH}|\\d{1,4}[./-]\\d{1,2}[./-]\\d)`, 'iu');
/** What a dated update note says about the story itself: "This story has been updated with", "Cet article a été complété", "Dieser Artikel wurde ergänzt". */
const STORY_CHANGED = /(?:this|cet|cette|dieser|dieses|este|esta) (?:story|article|post|report|page|artikel|beitrag|bericht|artículo|noticia|nota) (?:has been|was|a été|wurde|ha sido|fue) /i;

function noteOf(text: string): CorrectionNote | null {
  const words = countWords(text);
  if (words < MIN_NOTE_WORDS || words > MAX_NOTE_WORDS) return null;
  for (const [kind, pattern] of LABEL_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const afterLabel = text.slice(match[0].length);
    if (countWords(afterLabel) < MIN_NOTE_WORDS - 1) continue;
    // "Updated: June 7, 2025" before the story's lead is the lead's dateline (a date alone is left to the byline rule).
    if (kind === 'update' && LEADING_DATE.test(afterLabel) && !STORY_CHANGED.test(afterLabel)) return null;
    return { kind, text: afterLabel.trim() };
  }
  for (const [kind, pattern] of NOTE_SENTENCES) if (pattern.test(text)) return { kind, text };
  return null;
}

/**
 * Finds the notes in the cleaned content and removes their blocks from it (`content` is Readability's
 * output, a clone). Returns them in page order.
 */
export function takeCorrectionNotes(content: Element): CorrectionNote[] {
  const found: { el: Element; note: CorrectionNote }[] = [];
  for (const el of Array.from(content.querySelectorAll(NOTE_BLOCKS))) {
    // Innermost blocks only: a note's label in <strong> or <em> is inside its paragraph.
    if (el.querySelector(NOTE_BLOCKS)) continue;
    const note = noteOf(collapseWhitespace(el.textContent ?? ''));
    if (note) found.push({ el, note });
  }
  const updates = found.filter((f) => f.note.kind === 'update').length;
  const taken = updates > MAX_UPDATES ? found.filter((f) => f.note.kind !== 'update') : found;
  for (const { el } of taken) el.remove();
  return taken.map((f) => f.note);
}
