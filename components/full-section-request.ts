/**
 * The popup's "Show the full page section" opens the reader view with the full section showing: the popup
 * leaves the article's address in session storage, the reader takes it (once) when it opens that article.
 */
import { storage } from 'wxt/utils/storage';

const REQUEST = 'session:reader-full-section' as const;

export function requestFullSection(url: string | null): Promise<void> {
  return storage.setItem(REQUEST, url ?? '');
}

export async function takeFullSectionRequest(url: string | null): Promise<boolean> {
  const requested = await storage.getItem<string>(REQUEST);
  if (requested === null) return false;
  await storage.removeItem(REQUEST);
  return requested === (url ?? '');
}
