import type { CleanupRule } from '../types';
import { removeRepeatedParagraphs } from './remove-repeated-paragraphs';
import { removeRecapParagraphs } from './remove-recap-paragraphs';
import { removeImageCredits } from './remove-image-credits';
import { removeLinkLists } from './remove-link-lists';
import { removeTablesOfContents } from './remove-tables-of-contents';
import { removeContactLines } from './remove-contact-lines';
import { removeWidgetLabels } from './remove-widget-labels';
import { removeCopyrightNotices } from './remove-copyright-notices';
import { removeBreadcrumbs } from './remove-breadcrumbs';
import { removePromoLines } from './remove-promo-lines';
import { removeAuthorBios } from './remove-author-bios';
import { removeHeadlineRepeats } from './remove-headline-repeats';
import { removeBylineLines } from './remove-byline-lines';
import { markCaptions } from './mark-captions';
import { removeReportingCredits } from './remove-reporting-credits';
import { removeTeaserCards } from './remove-teaser-cards';
import { removeHoverCards } from './remove-hover-cards';
import { removeAuthorTaglines } from './remove-author-taglines';
import { removePressBoilerplate } from './remove-press-boilerplate';
import { removeSignOffPromos } from './remove-sign-off-promos';
import { removePageAddressLines } from './remove-page-address-lines';
import { removeNewsletterPitches } from './remove-newsletter-pitches';
import { removeBylineHeadings } from './remove-byline-headings';

/** Rules run on Readability's content, which is already the article plus what Readability wrongly kept. */
export const postCleanRules: CleanupRule[] = [
  // First: the header's own repetitions go before any rule judges the body's paragraphs.
  removeHeadlineRepeats,
  removeBylineLines,
  removeBylineHeadings,
  removePageAddressLines,
  removeRepeatedParagraphs,
  removeTablesOfContents,
  removeLinkLists,
  removeTeaserCards,
  removeHoverCards,
  // Captions become figcaptions before the credit rule, which then judges each caption line on its own.
  markCaptions,
  removeImageCredits,
  // Before contact lines: a bio's or a tagline's email and handle go with it, as one removal.
  removeAuthorBios,
  removeAuthorTaglines,
  removeContactLines,
  removeReportingCredits,
  removeWidgetLabels,
  removeCopyrightNotices,
  removeBreadcrumbs,
  removePromoLines,
  removePressBoilerplate,
  removeSignOffPromos,
  removeNewsletterPitches,
  // Last: a recap is judged against the article as it will be shown.
  removeRecapParagraphs,
];
