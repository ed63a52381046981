/**
 * The page stage's last step for removals, so a reader can put a block back: each record gets where its block
 * stood, and the blocks are serialized together for the finish stage to sanitize (`attachRemovedHtml`).
 */
import type { Removal } from './types';
import { restoreInfoOf } from './rules/block-signals';
import { serializeChildren } from '../dom';

/** Longer blocks (whole comment threads, hidden menus) are restored as their text: their HTML would bloat every saved article. */
export const MAX_CARRIED_TEXT = 4000;

/**
 * Adds `place` to every removal and returns the HTML of the blocks worth carrying, each inside its own
 * `<div data-removal=i>` (i the removal's index, counted from `first`), so a tag the sanitizer later drops never
 * mixes two blocks. Null when there is none. The HTML is the page's own, unsanitized: only `attachRemovedHtml` reads it.
 */
export function carryRemovedBlocks(removed: readonly Removal[], doc: Document, first = 0): string | null {
  const holders = doc.createElement('div');
  removed.forEach((removal, index) => {
    const info = restoreInfoOf(removal);
    if (!info) return;
    removal.place = info.place;
    if (removal.text.length > MAX_CARRIED_TEXT) return;
    const holder = doc.createElement('div');
    holder.setAttribute('data-removal', String(first + index));
    holder.append(...info.blocks);
    holders.append(holder);
  });
  return holders.firstChild ? serializeChildren(holders) : null;
}
