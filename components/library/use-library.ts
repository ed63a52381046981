/** The library page's data: cards (first screen first), the search index filled in the background, live updates. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { onLibraryChange } from '../../utils/library/db';
import { getCards, listAllCards, listNewestCards } from '../../utils/library/records';
import type { LibraryCard } from '../../utils/library/schema';
import { LibrarySearchIndex, type SearchHit } from '../../utils/library/search';
import { indexLibrary, openSearchIndex, readSearchSnapshot, reindexRecords, saveSearchSnapshot } from '../../utils/library/search-source';

export const FIRST_SCREEN = 40;

export interface LibraryData {
  cards: LibraryCard[];
  /** True once every card (not just the first screen) is loaded. */
  complete: boolean;
  total: number;
  skipped: number;
  indexed: number;
  indexing: boolean;
  error: string | null;
  search(query: string): SearchHit[] | null;
  /** Increments when the index changes, so searches run again. */
  indexVersion: number;
  reload(): Promise<LibraryCard[]>;
}

/** `after`: the articles wait for it (the library opened on its Highlights view reads those first). */
export function useLibrary({ after }: { after?: Promise<unknown> } = {}): LibraryData {
  const [cards, setCards] = useState<LibraryCard[]>([]);
  const [complete, setComplete] = useState(false);
  const [total, setTotal] = useState(0);
  const [skipped, setSkipped] = useState(0);
  const [indexed, setIndexed] = useState(0);
  const [indexing, setIndexing] = useState(true);
  const [indexVersion, setIndexVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const index = useRef(new LibrarySearchIndex());

  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const reload = async () => {
    const all = await listAllCards();
    setCards(all.cards);
    setTotal(all.total);
    setSkipped(all.skipped);
    setComplete(true);
    return all.cards;
  };

  /** Saves the index for the next visit once changes have settled. */
  const saveIndexSoon = () => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => void saveSearchSnapshot(index.current), 2000);
  };

  useEffect(() => {
    let cancelled = false;
    (async () => {
      if (after) await after;
      const first = await listNewestCards(FIRST_SCREEN);
      if (cancelled) return;
      setCards(first.cards);
      setTotal(first.total);
      performance.mark('library-first-screen-data');
      // Everything else waits until the first screen is painted.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      // Both reads in flight at once: the saved index no longer waits for every card to arrive first.
      const snapshot = readSearchSnapshot();
      const all = await reload();
      if (cancelled) return;
      const opened = await openSearchIndex(all, {
        snapshot,
        rebuildInto: index.current,
        onProgress: (count) => {
          setIndexed(count);
          setIndexVersion((v) => v + 1);
        },
        isCancelled: () => cancelled,
      });
      if (cancelled) return;
      index.current = opened.index;
      // A rebuild read every record: save it now, or a page closed within seconds pays the whole rebuild again.
      if (opened.source === 'rebuilt') void saveSearchSnapshot(opened.index).then((saved) => saved && performance.mark('library-index-saved'));
      else if (opened.changed) saveIndexSoon();
      performance.mark('library-index-ready', { detail: { source: opened.source, refreshed: opened.refreshed, ...opened.stats } });
      setIndexing(false);
      setIndexVersion((v) => v + 1);
    })().catch((caught: unknown) => {
      if (!cancelled) setError(t('library.openFailed', [caught instanceof Error ? caught.message : String(caught)]));
    });
    const stop = onLibraryChange(async (change) => {
      // Patch the list in place: re-reading 5,000 cards on every scroll the reader reports would be wasteful.
      const updated = new Map((await getCards(change.changed)).map((card) => [card.id, card]));
      const gone = new Set(change.deleted);
      setCards((current) => {
        const known = new Set(current.map((card) => card.id));
        const added = [...updated.values()].filter((card) => !known.has(card.id));
        const next = current.filter((card) => !gone.has(card.id)).map((card) => updated.get(card.id) ?? card);
        // New or restored records go in savedAt order, newest first.
        return added.length === 0 ? next : [...next, ...added].sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
      });
      if (change.changed.length > 500) {
        // A large import: reading all records in batches beats fetching each one.
        const fresh = new LibrarySearchIndex();
        await indexLibrary(fresh);
        fresh.prepare();
        index.current = fresh;
      } else await reindexRecords(index.current, change.changed, change.deleted);
      setIndexVersion((v) => v + 1);
      saveIndexSoon();
    });
    return () => {
      cancelled = true;
      stop();
      if (saveTimer.current) clearTimeout(saveTimer.current);
    };
  }, []);

  const search = useMemo(() => (query: string) => (query.trim() ? index.current.search(query) : null), [indexVersion]);
  // Once every card is loaded the count follows the list; before, it is the database's count.
  return { cards, complete, total: complete ? cards.length + skipped : total, skipped, indexed, indexing, error, search, indexVersion, reload };
}
