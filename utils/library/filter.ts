/** What the library list shows: search hits in rank order (or every card, newest first), narrowed by filters. */
import type { LibraryCard } from './schema';
import type { SearchHit } from './search';

export interface LibraryFilters {
  tag: string | null;
  site: string | null;
  read: 'all' | 'unread' | 'read';
  /** Only articles with at least one highlight. */
  hasHighlights: boolean;
}

export const NO_FILTERS: LibraryFilters = { tag: null, site: null, read: 'all', hasHighlights: false };

export interface ListedCard {
  card: LibraryCard;
  terms: readonly string[];
}

// Built once per list of cards, not once per keystroke: 5,000 entries take milliseconds a keystroke cannot spare.
const byIdCache = new WeakMap<readonly LibraryCard[], Map<string, LibraryCard>>();
function cardsById(cards: readonly LibraryCard[]): Map<string, LibraryCard> {
  let byId = byIdCache.get(cards);
  if (!byId) {
    byId = new Map(cards.map((card) => [card.id, card]));
    byIdCache.set(cards, byId);
  }
  return byId;
}

export function visibleCards(cards: readonly LibraryCard[], filters: LibraryFilters, hits: readonly SearchHit[] | null): ListedCard[] {
  const keep = (card: LibraryCard): boolean =>
    (filters.tag === null || card.tags.some((tag) => tag.toLowerCase() === filters.tag?.toLowerCase())) &&
    (filters.site === null || card.siteName === filters.site) &&
    (filters.read === 'all' || card.read === (filters.read === 'read')) &&
    (!filters.hasHighlights || (card.highlightCount ?? 0) > 0);
  if (hits === null) return cards.filter(keep).map((card) => ({ card, terms: [] }));
  const byId = cardsById(cards);
  const out: ListedCard[] = [];
  for (const hit of hits) {
    const card = byId.get(hit.id);
    if (card && keep(card)) out.push({ card, terms: hit.terms });
  }
  return out;
}

/** Every tag and site in the library with how many records carry it, most used first. */
export function facetsOf(cards: readonly LibraryCard[]): { tags: Array<[string, number]>; sites: Array<[string, number]> } {
  // Tags are compared without case (as the filter does), shown as first spelled.
  const tags = new Map<string, number>();
  const spelling = new Map<string, string>();
  const sites = new Map<string, number>();
  for (const card of cards) {
    for (const raw of card.tags) {
      const key = raw.toLowerCase();
      if (!spelling.has(key)) spelling.set(key, raw);
      const tag = spelling.get(key) as string;
      tags.set(tag, (tags.get(tag) ?? 0) + 1);
    }
    if (card.siteName) sites.set(card.siteName, (sites.get(card.siteName) ?? 0) + 1);
  }
  const order = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);
  return { tags: [...tags].sort(order), sites: [...sites].sort(order) };
}
