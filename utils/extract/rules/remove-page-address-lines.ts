import type { CleanupRule } from '../types';
import { isBlockElement } from '../text';
import { withoutTrailing } from '../trim';
import { isPageLevel, labelElement, labelTextNodes, removeAllAndRecord } from './block-signals';

/** A line that is one web address and nothing else. */
const MAX_ADDRESS_LENGTH = 400;
const ADDRESS_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;

/** Host without "www." and path without a trailing slash: how two spellings of one page's address compare. */
function pageKey(address: string, base: string | null): string | null {
  try {
    const url = new URL(/^www\./i.test(address) ? `https://${address}` : address, base ?? undefined);
    return `${url.hostname.replace(/^www\./, '')}${withoutTrailing(url.pathname, '/')}`.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Lines that spell out the page's own address: the print header CMSs put above the headline ("print header
 * logo" and the article's URL, shown only when printing). A line naming another page is a source the story cites.
 */
export const removePageAddressLines: CleanupRule = {
  name: 'page-address',
  removeFrom(root, context) {
    const page = context.url ? pageKey(context.url, null) : null;
    if (!page) return [];
    // Text nodes first (a walk over the text only), then the block that holds just that address: a link
    // with the address as its text inside a sentence is the sentence's.
    const lines = labelTextNodes(root, ADDRESS_ONLY, MAX_ADDRESS_LENGTH)
      .filter((node) => pageKey((node.nodeValue ?? '').trim(), context.url) === page)
      .map(labelElement)
      .filter((el): el is Element => el !== null && el !== root && !isPageLevel(el) && isBlockElement(el));
    return removeAllAndRecord(root, lines, 'page-address');
  },
};
