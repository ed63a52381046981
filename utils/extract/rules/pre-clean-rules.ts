import type { CleanupRule } from '../types';
import { removeHidden } from './remove-hidden';
import { removeTrackingPixels } from './remove-tracking-pixels';
import { revealOpenableContent } from './reveal-openable-content';
import { removeSkipLinks } from './remove-skip-links';
import { removeConsentBanners } from './remove-consent-banners';
import { removeNewsletterBoxes } from './remove-newsletter-boxes';
import { removeShareBars } from './remove-share-bars';
import { removeAdSlots } from './remove-ad-slots';
import { removeRelatedBlocks } from './remove-related-blocks';
import { removeComments } from './remove-comments';
import { removeTagLists } from './remove-tag-lists';

/**
 * Rules run on a clone of the page before Readability, in this order. Each removes one kind of
 * non-article block and reports it; order matters only where a rule's signal depends on another's
 * (hidden elements go first so that later rules never see text a reader could not see).
 */
export const preCleanRules: CleanupRule[] = [
  // Before the hidden rule: what a reader can open (an FAQ's answers, tabs) is the article's, not hidden junk.
  revealOpenableContent,
  // Before the hidden rule, which would take a hidden beacon without saying what it was.
  removeTrackingPixels,
  removeHidden,
  removeSkipLinks,
  removeConsentBanners,
  removeNewsletterBoxes,
  removeShareBars,
  removeAdSlots,
  removeRelatedBlocks,
  removeComments,
  removeTagLists,
];
