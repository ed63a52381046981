import type { CleanupRule } from '../types';
import { AD_LABELS, wholePhrasePattern } from '../phrases';
import { classAndId, isPageLevel, removeAllAndRecord, shortTextOf, wordsInUpTo } from './block-signals';

/** Class or id words that name an ad container ("ad-slot", "dfp-ad", "advert"), not words that merely contain "ad" ("header", "read"). */
const AD_NAME = /(?:^|[\s_-])(?:ad|ads|adv|advert|adverts|advertisement|advertising|adslot|ad-slot|adunit|ad-unit|adsense|dfp|gpt-ad|banner-ad|sponsored|promo|outbrain|taboola|teads)(?:$|[\s_\d-])/;
const AD_LABEL = wholePhrasePattern(AD_LABELS);
const MAX_AD_WORDS = 25;
/** A label is a few words; only texts this short are matched against the labels. */
const MAX_LABEL_CHARS = 200;

/** Ad slots: short blocks named as ads or labelled "Advertisement" / "Publicité" / "Anzeige" / "Publicidad". */
export const removeAdSlots: CleanupRule = {
  name: 'ad-slot',
  removeFrom(root) {
    const slots = new Set<Element>();
    for (const el of Array.from(root.querySelectorAll('[data-ad], [data-ad-slot], [data-google-query-id], ins.adsbygoogle'))) slots.add(el);
    for (const el of Array.from(root.querySelectorAll('div, aside, section, span, p, figure'))) {
      if (isPageLevel(el)) continue;
      if (AD_NAME.test(classAndId(el)) && wordsInUpTo(el, MAX_AD_WORDS) <= MAX_AD_WORDS) slots.add(el);
      else {
        const text = shortTextOf(el, MAX_LABEL_CHARS);
        if (text && AD_LABEL.test(text)) slots.add(el);
      }
    }
    return removeAllAndRecord(root, slots, 'ad-slot');
  },
};
