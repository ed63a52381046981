/** The last pipeline step for removals: each record gets where its block stood and its sanitized HTML. */
import type { Removal } from './types';
import { restoreInfoOf } from './rules/block-signals';
import { sanitizeArticleFragment } from './sanitize';
import { makeLinksAbsolute } from './links';
import { serializeChildren } from '../dom';

/** Longer blocks (whole comment threads, hidden menus) are restored as their text: their HTML would bloat every saved article. */
export const MAX_CARRIED_TEXT = 4000;

/**
 * Adds `place` and `html` to every removal. The removed elements are sanitized together, in one DOMPurify
 * pass: each inside its own `<div data-removal=i>`, so a tag the sanitizer drops never mixes two blocks.
 */
export function describeRemovedBlocks(removed: readonly Removal[], doc: Document, view: Window & typeof globalThis, url: string | null): void {
  const holders = doc.createElement('div');
  const carried: Removal[] = [];
  for (const removal of removed) {
    const info = restoreInfoOf(removal);
    if (!info) continue;
    removal.place = info.place;
    if (removal.text.length > MAX_CARRIED_TEXT) continue;
    const holder = doc.createElement('div');
    holder.setAttribute('data-removal', String(carried.length));
    holder.append(...info.blocks);
    holders.append(holder);
    carried.push(removal);
  }
  if (carried.length === 0) return;
  const fragment = sanitizeArticleFragment(serializeChildren(holders), view);
  makeLinksAbsolute(fragment, url);
  for (const holder of Array.from(fragment.children)) {
    const removal = carried[Number(holder.getAttribute('data-removal'))];
    const html = serializeChildren(holder).trim();
    if (removal && html) removal.html = html;
  }
}
