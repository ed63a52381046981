/**
 * The reader's highlights and notes. Each write is one transaction that also brings the article's record and
 * card up to date (highlight-fields.ts), and then tells the open pages which article changed.
 */
import { isHighlightColor, type Highlight, type HighlightColor, type HighlightTarget } from '../highlights/types';
import { formatNumber, t } from '../i18n';
import { announceChange, openLibrary, refusal, writeInOneTransaction, type Attempt, type Failure } from './db';
import { HIGHLIGHT_STORES, readArticleHighlights, refreshHighlightFields, replacesStored } from './highlight-fields';
import { normalizeTags } from './records';
import { isHighlight, isSavedArticle, MAX_NOTE_LENGTH, problemsOfHighlight } from './validate';

/** Thrown inside a transaction: failureMessage turns it into "Could not …: <message>. Nothing was changed." */
const articleNotSaved = () => new Error(t('library.failure.articleNotSaved'));
const highlightGone = () => new Error(t('library.failure.highlightGone'));

/** Every highlight of an article, in text order; damaged ones are left out. */
export async function listArticleHighlights(articleId: string): Promise<Highlight[]> {
  const db = await openLibrary();
  return readArticleHighlights(db.transaction('highlights').store.index('articleId'), articleId);
}

/** A note as kept: trailing white space dropped (a text box leaves some), or null when it is too long. */
function keptNote(note: string): string | null {
  const trimmed = note.trimEnd();
  return trimmed.length > MAX_NOTE_LENGTH ? null : trimmed;
}

const tooLong = (attempt: Attempt): Failure => ({ ok: false, message: refusal(attempt, t('library.failure.noteTooLong', [formatNumber(MAX_NOTE_LENGTH)])) });

function announceArticles(ids: Iterable<string>): void {
  const changed = [...new Set(ids)];
  if (changed.length > 0) announceChange({ changed, deleted: [] });
}

/**
 * The highlight as stored: the note without trailing white space, the tags kept as article tags are. Fields of the
 * wrong type are left for the check that follows to name.
 */
function keptHighlight(highlight: Highlight): Highlight {
  const { note, tags } = highlight;
  return {
    ...highlight,
    ...(typeof note === 'string' ? { note: note.trimEnd() } : {}),
    ...(Array.isArray(tags) && tags.every((tag) => typeof tag === 'string') ? { tags: normalizeTags(tags) } : {}),
  };
}

/** Saves a new highlight (or the same one again) on a saved article. */
export async function addHighlight(highlight: Highlight): Promise<{ ok: true } | Failure> {
  const attempt = 'library.couldNot.saveHighlight';
  const kept = keptHighlight(highlight);
  if (typeof kept.note === 'string' && kept.note.length > MAX_NOTE_LENGTH) return tooLong(attempt);
  const problems = problemsOfHighlight(kept);
  if (problems.length > 0) return { ok: false, message: refusal(attempt, t('library.failure.incomplete', [problems.slice(0, 3).join('; ')])) };
  const result = await writeInOneTransaction(HIGHLIGHT_STORES, attempt, async (tx) => {
    if (!isSavedArticle(await tx.objectStore('articles').get(kept.articleId))) throw articleNotSaved();
    const previous: unknown = await tx.objectStore('highlights').get(kept.id);
    await tx.objectStore('highlights').put(kept);
    // Saved again under another article (a retry after the article was saved anew): both counts change.
    const articles = isHighlight(previous) ? [kept.articleId, previous.articleId] : [kept.articleId];
    await refreshHighlightFields(tx, articles);
    return articles;
  });
  if (!result.ok) return result;
  announceArticles(result.value);
  return { ok: true };
}

export interface HighlightChange {
  color?: HighlightColor;
  note?: string;
  tags?: string[];
}

/** Changes a highlight's colour, note or tags, and its `updatedAt`. */
export async function changeHighlight(id: string, change: HighlightChange): Promise<{ ok: true; highlight: Highlight } | Failure> {
  const attempt = 'library.couldNot.changeHighlight';
  if (change.color !== undefined && !isHighlightColor(change.color)) return { ok: false, message: refusal(attempt, t('library.failure.notAColour', [JSON.stringify(change.color)])) };
  const note = change.note === undefined ? undefined : keptNote(change.note);
  if (note === null) return tooLong(attempt);
  const tags = change.tags === undefined ? undefined : normalizeTags(change.tags);
  const result = await writeInOneTransaction(HIGHLIGHT_STORES, attempt, async (tx) => {
    const current: unknown = await tx.objectStore('highlights').get(id);
    if (!isHighlight(current)) throw highlightGone();
    const next: Highlight = {
      ...current,
      ...(change.color === undefined ? {} : { color: change.color }),
      ...(note === undefined ? {} : { note }),
      ...(tags === undefined ? {} : { tags }),
      updatedAt: new Date().toISOString(),
    };
    await tx.objectStore('highlights').put(next);
    await refreshHighlightFields(tx, [next.articleId]);
    return next;
  });
  if (!result.ok) return result;
  announceArticles([result.value.articleId]);
  return { ok: true, highlight: result.value };
}

/**
 * Writes back where highlights were found again after the article's text changed. Not a change the reader made,
 * so `updatedAt` stays. Highlights no longer in the library are skipped; an invalid place fails the whole move.
 */
export async function moveHighlights(moves: readonly { id: string; target: HighlightTarget }[]): Promise<{ ok: true; count: number } | Failure> {
  const result = await writeInOneTransaction(HIGHLIGHT_STORES, 'library.couldNot.moveHighlights', async (tx) => {
    const articles: string[] = [];
    for (const { id, target } of moves) {
      const current: unknown = await tx.objectStore('highlights').get(id);
      if (!isHighlight(current)) continue;
      const next: Highlight = { ...current, target };
      const problems = problemsOfHighlight(next);
      if (problems.length > 0) throw new Error(problems.slice(0, 3).join('; '));
      await tx.objectStore('highlights').put(next);
      articles.push(next.articleId);
    }
    await refreshHighlightFields(tx, articles);
    return articles;
  });
  if (!result.ok) return result;
  announceArticles(result.value);
  return { ok: true, count: result.value.length };
}

/** Deletes a highlight and hands it back, for Undo with `restoreHighlights`. */
export async function deleteHighlight(id: string): Promise<{ ok: true; removed: Highlight } | Failure> {
  const result = await writeInOneTransaction(HIGHLIGHT_STORES, 'library.couldNot.deleteHighlight', async (tx) => {
    const current: unknown = await tx.objectStore('highlights').get(id);
    if (!isHighlight(current)) throw highlightGone();
    await tx.objectStore('highlights').delete(id);
    await refreshHighlightFields(tx, [current.articleId]);
    return current;
  });
  if (!result.ok) return result;
  announceArticles([result.value.articleId]);
  return { ok: true, removed: result.value };
}

/**
 * Undo for deleted highlights: puts them back. One whose article is gone is skipped, and so is one stored again
 * since with a later change.
 */
export async function restoreHighlights(highlights: readonly Highlight[]): Promise<{ ok: true; count: number } | Failure> {
  const result = await writeInOneTransaction(HIGHLIGHT_STORES, 'library.couldNot.restoreHighlights', async (tx) => {
    const articles: string[] = [];
    for (const highlight of highlights) {
      if (!isHighlight(highlight) || !isSavedArticle(await tx.objectStore('articles').get(highlight.articleId))) continue;
      if (!replacesStored(await tx.objectStore('highlights').get(highlight.id), highlight)) continue;
      await tx.objectStore('highlights').put(highlight);
      articles.push(highlight.articleId);
    }
    await refreshHighlightFields(tx, articles);
    return articles;
  });
  if (!result.ok) return result;
  announceArticles(result.value);
  return { ok: true, count: result.value.length };
}

export interface HighlightEntry {
  highlight: Highlight;
  headline: string;
  siteName: string | null;
  canonicalUrl: string;
}

export interface RecentHighlightsOptions {
  limit: number;
  color?: HighlightColor;
  /** Compared without case, as the library's tag filter does. */
  tag?: string;
  offset?: number;
}

export { listHighlightTags, listRecentHighlights } from './highlights-view';
