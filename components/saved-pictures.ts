/**
 * The popup's side of keeping a saved article's pictures: after the text is saved, it lists the pictures of the
 * saved HTML and asks the background to keep them, then words what came of it. The text is never held back.
 */
import type { SavedArticle } from '../utils/library/schema';
import { sendMessage } from '../utils/messages';
import { pictureAddressesOf } from '../utils/pictures/addresses';
import type { KeepPicturesResult } from '../utils/pictures/keep';
import { loadSettings } from '../utils/settings';
import { t, tCount } from '../utils/i18n';

/**
 * The line under "Saved to your library." once the pictures are done: what was kept, skipped and why; or, when
 * the pictures could not be stored (a full disk), that the text was saved without them, and why.
 */
export function picturesStatus(result: KeepPicturesResult | null): string {
  if (!result) return `${t('popup.pictures.savedWithout')} ${t('popup.pictures.noAnswer')}`;
  if (!result.ok) return `${t('popup.pictures.savedWithout')} ${result.message}`;
  const parts: string[] = [];
  if (result.kept > 0) parts.push(tCount('popup.pictures.kept', result.kept));
  if (result.skipped.limit > 0) parts.push(tCount('popup.pictures.overLimit', result.skipped.limit));
  if (result.skipped.access > 0) parts.push(tCount('popup.pictures.otherSites', result.skipped.access));
  if (result.skipped.failed > 0) parts.push(tCount('popup.pictures.failed', result.skipped.failed));
  return parts.join(' ');
}

/**
 * Keeps the pictures of `record` (just saved from tab `tabId`) when the reader has the option on, and returns what
 * to say of them; '' when nothing. An updated article with no pictures left is sent too, so its old pictures go.
 */
export async function keepSavedPictures(record: SavedArticle, tabId: number, onStart: () => void): Promise<string> {
  if (!(await loadSettings()).keepPictures) return '';
  const addresses = pictureAddressesOf(record.article.contentHtml, window);
  if (addresses.length === 0 && !record.pictureCount) return '';
  onStart();
  const result = await sendMessage('pictures:keep', { articleId: record.id, tabId, addresses }).catch(() => null);
  return picturesStatus(result);
}
