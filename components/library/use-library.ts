/** The library page's data: cards (first screen first), the search index filled in the background, live updates. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { onLibraryChange } from '../../utils/library/db';
import { listAllCards, listNewestCards } from '../../utils/library/records';
import type { LibraryCard } from '../../utils/library/schema';
import { LibrarySearchIndex, type SearchHit } from '../../utils/library/search';
import { indexLibrary, reindexRecords } from '../../utils/library/search-source';

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
  reload(): Promise<void>;
}

export function useLibrary(): LibraryData {
  const [cards, setCards] = useState<LibraryCard[]>([]);
  const [complete, setComplete] = useState(false);
  const [total, setTotal] = useState(0);
  const [skipped, setSkipped] = useState(0);
  const [indexed, setIndexed] = useState(0);
  const [indexing, setIndexing] = useState(true);
  const [indexVersion, setIndexVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const index = useRef(new LibrarySearchIndex());

  const reload = async () => {
    const all = await listAllCards();
    setCards(all.cards);
    setTotal(all.total);
    setSkipped(all.skipped);
    setComplete(true);
  };

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const first = await listNewestCards(FIRST_SCREEN);
      if (cancelled) return;
      setCards(first.cards);
      setTotal(first.total);
      performance.mark('library-first-screen-data');
      await reload();
      if (cancelled) return;
      await indexLibrary(index.current, {
        onProgress: (count) => {
          setIndexed(count);
          setIndexVersion((v) => v + 1);
        },
        isCancelled: () => cancelled,
      });
      index.current.prepare();
      performance.mark('library-index-ready');
      setIndexing(false);
      setIndexVersion((v) => v + 1);
    })().catch((caught: unknown) => {
      if (!cancelled) setError(`The library could not be opened: ${caught instanceof Error ? caught.message : String(caught)}`);
    });
    const stop = onLibraryChange(async (change) => {
      await reindexRecords(index.current, change.changed, change.deleted);
      setIndexVersion((v) => v + 1);
      await reload();
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, []);

  const search = useMemo(() => (query: string) => (query.trim() ? index.current.search(query) : null), [indexVersion]);
  return { cards, complete, total, skipped, indexed, indexing, error, search, indexVersion, reload };
}
