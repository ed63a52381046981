import { useEffect, useMemo, useState } from 'preact/hooks';
import { BulkBar, type ExportKind } from '../../components/library/BulkBar';
import { downloadFile, formatBytes } from '../../components/library/download';
import { showMoreLabel } from '../../components/library/format';
import { HighlightsView } from '../../components/library/HighlightsView';
import { LibraryRow } from '../../components/library/LibraryRow';
import { StoryGroup, useStoryIndex } from '../../components/library/StoryGroup';
import { useStableHandler } from '../../components/library/use-stable-handler';
import { FIRST_SCREEN, useLibrary } from '../../components/library/use-library';
import { formatNumber, t, tCount } from '../../utils/i18n';
import { facetsOf, NO_FILTERS, visibleCards, type LibraryFilters } from '../../utils/library/filter';
import { snippetAround } from '../../utils/library/highlight';
import { changeTags, deleteArticles, getArticleTexts, restoreArticles, setRead, setTags, storageUsage, type ChangeResult } from '../../utils/library/records';
import type { LibraryCard, SavedArticle } from '../../utils/library/schema';
import { normalizeForSearch } from '../../utils/library/search';

const PAGE = FIRST_SCREEN;
const UNDO_SECONDS = 15;
const EXTENSIONS: Record<ExportKind, string> = { json: 'json', markdown: 'zip', html: 'html' };

interface Notice {
  text: string;
  kind: 'status' | 'error';
}

type LibraryView = 'articles' | 'highlights';
const viewOfHash = (): LibraryView => (location.hash === '#highlights' ? 'highlights' : 'articles');

/** How long, at most, the articles wait for the Highlights view the library opened on. */
const HIGHLIGHTS_FIRST_MS = 2000;

export function App() {
  const [view, setView] = useState<LibraryView>(viewOfHash);
  // Opened on the Highlights view: its first screen is read before the cards and the search index compete with it.
  const [highlightsShown] = useState(() => {
    let shown = () => undefined as void;
    const promise = new Promise<void>((resolve) => {
      shown = resolve;
      setTimeout(resolve, HIGHLIGHTS_FIRST_MS);
    });
    return { promise, shown };
  });
  const library = useLibrary({ after: view === 'highlights' ? highlightsShown.promise : undefined });
  const showView = (next: LibraryView) => {
    setView(next);
    history.replaceState(null, '', next === 'highlights' ? '#highlights' : location.pathname);
  };
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [shown, setShown] = useState(PAGE);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [undo, setUndo] = useState<SavedArticle[] | null>(null);
  const [usage, setUsage] = useState<string | null>(null);
  const [snippets, setSnippets] = useState<Map<string, string>>(new Map());
  // After the search index: grouping stories is worth less to a reader who is already typing.
  const stories = useStoryIndex(library.cards, library.complete && !library.indexing);
  const [story, setStory] = useState<string[] | null>(null);

  const hits = useMemo(() => library.search(query), [library.search, query]);
  const listed = useMemo(() => visibleCards(library.cards, filters, hits), [library.cards, filters, hits]);
  const facets = useMemo(() => facetsOf(library.cards), [library.cards]);
  const page = listed.slice(0, shown);

  useEffect(() => setShown(PAGE), [query, filters]);
  // After the whole list is read: the browser sums up the storage in the same process that serves the first screen.
  useEffect(() => {
    if (!library.complete) return;
    void storageUsage().then(({ usage: used, quota }) => setUsage(used === null ? null : quota ? t('library.storageOfAvailable', [formatBytes(used), formatBytes(quota)]) : formatBytes(used)));
  }, [library.total, library.complete]);
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [undo]);

  // For a match found only in the body, the words around it, read from the record of each row on screen;
  // after a pause in typing, so reading records never delays the results themselves.
  useEffect(() => {
    let stale = false;
    const wanted = page.filter(({ card, terms }) => terms.length > 0 && !terms.some((term) => normalizeForSearch(`${card.headline} ${card.summary}`).includes(term)));
    const timer = setTimeout(() => {
      void getArticleTexts(wanted.map(({ card }) => card.id)).then((texts) => {
        if (!stale) setSnippets(new Map(wanted.map(({ card, terms }) => [card.id, snippetAround(texts.get(card.id) ?? '', terms)])));
      });
    }, 250);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [page.map(({ card }) => card.id).join(), hits]);

  const report = (result: ChangeResult | { ok: false; message: string }, done: string) =>
    setNotice(result.ok ? { text: done, kind: 'status' } : { text: result.message, kind: 'error' });


  const remove = async (ids: string[]) => {
    const result = await deleteArticles(ids);
    if (!result.ok) return setNotice({ text: result.message, kind: 'error' });
    setSelected(new Set());
    setUndo(result.removed);
    setNotice({ text: tCount('library.notice.deleted', result.removed.length), kind: 'status' });
  };

  const restore = async () => {
    if (!undo) return;
    const result = await restoreArticles(undo);
    setUndo(null);
    report(result, result.ok ? tCount('library.notice.restored', result.count) : '');
  };

  /** Builds a file off the first screen's script, hands it to the downloads and says how it went. */
  const runExport = async (name: string, extension: string, build: () => Promise<{ blob: Blob; done: string }>) => {
    setNotice({ text: t('library.notice.preparingExport'), kind: 'status' });
    try {
      const { blob, done } = await build();
      downloadFile(`${name}-${new Date().toISOString().slice(0, 10)}.${extension}`, blob);
      setNotice({ text: done, kind: 'status' });
    } catch (error) {
      setNotice({ text: t('library.notice.exportFailed', [error instanceof Error ? error.message : String(error)]), kind: 'error' });
    }
  };

  const exportRecords = (kind: ExportKind, ids?: string[]) =>
    runExport('clearpress-library', EXTENSIONS[kind], async () => {
      // Loaded on demand: the sanitizer, Markdown converter and zip code stay out of the first screen's script.
      const { exportLibrary } = await import('../../utils/library/export');
      const { blob, count, skipped } = await exportLibrary(kind, ids);
      return { blob, done: skipped ? t('library.notice.exportedLeavingOut', count, [formatNumber(count), tCount('library.notice.damagedLeftOut', skipped)]) : tCount('library.notice.exported', count) };
    });

  const exportAnnotations = () =>
    runExport('clearpress-highlights', 'jsonld', async () => {
      const { exportHighlightsJsonLd } = await import('../../utils/library/web-annotations');
      return { blob: await exportHighlightsJsonLd(), done: t('library.notice.exportedHighlights') };
    });

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setNotice({ text: t('library.notice.importing', [file.name]), kind: 'status' });
    const { importLibraryFile } = await import('../../utils/library/import');
    const result = await importLibraryFile(file);
    if (!result.ok) return setNotice({ text: result.message, kind: 'error' });
    setNotice({
      text: t('library.notice.imported', [file.name, tCount('library.notice.importAdded', result.added), tCount('library.notice.importMerged', result.merged), tCount('library.notice.importUnchanged', result.unchanged)]),
      kind: 'status',
    });
  };

  const select = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  // One identity for the page's life, so a row whose article and matches did not change is not re-rendered.
  const rowActions = {
    onSelect: useStableHandler(select),
    onToggleRead: useStableHandler((c: LibraryCard) => void setRead([c.id], !c.read).then((r) => report(r, t(c.read ? 'library.notice.markedUnread' : 'library.notice.markedRead', [c.headline])))),
    onSetTags: useStableHandler((c: LibraryCard, tags: string[]) => void setTags(c.id, tags).then((r) => report(r, t('library.notice.tagsSaved', [c.headline])))),
    onDelete: useStableHandler((c: LibraryCard) => void remove([c.id])),
    onOpenStory: useStableHandler((ids: string[]) => setStory(ids)),
  };

  const allShownSelected = page.length > 0 && page.every(({ card }) => selected.has(card.id));
  const searching = query.trim() !== '';

  return (
    <main data-indexed={library.indexing ? 'no' : 'yes'}>
      <header>
        <h1>{t('library.title')}</h1>
        <p class="counts">
          {tCount('library.savedArticles', library.total)}
          {usage && ` · ${t('library.storageUsed', [usage])}`}
        </p>
        <nav class="views" aria-label={t('library.views')}>
          <button type="button" aria-pressed={view === 'articles'} onClick={() => showView('articles')}>
            {t('library.articlesView')}
          </button>
          <button type="button" aria-pressed={view === 'highlights'} onClick={() => showView('highlights')}>
            {t('library.highlightsView')}
          </button>
        </nav>
      </header>

      {view === 'highlights' && <HighlightsView onShown={highlightsShown.shown} />}

      {view === 'articles' && (
      <section class="tools" aria-label={t('library.searchAndFilters')}>
        <label class="search">
          {t('library.search')}
          <input type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} placeholder={t('library.searchPlaceholder')} autoFocus />
        </label>
        <label>
          {t('library.tag')}
          <select value={filters.tag ?? ''} onChange={(event) => setFilters({ ...filters, tag: event.currentTarget.value || null })}>
            <option value="">{t('library.allTags')}</option>
            {facets.tags.map(([tag, n]) => (
              <option key={tag} value={tag}>{`${tag} (${formatNumber(n)})`}</option>
            ))}
          </select>
        </label>
        <label>
          {t('library.site')}
          <select value={filters.site ?? ''} onChange={(event) => setFilters({ ...filters, site: event.currentTarget.value || null })}>
            <option value="">{t('library.allSites')}</option>
            {facets.sites.map(([site, n]) => (
              <option key={site} value={site}>{`${site} (${formatNumber(n)})`}</option>
            ))}
          </select>
        </label>
        <label>
          {t('library.show')}
          <select value={filters.read} onChange={(event) => setFilters({ ...filters, read: event.currentTarget.value as LibraryFilters['read'] })}>
            <option value="all">{t('library.readAndUnread')}</option>
            <option value="unread">{t('library.unreadOnly')}</option>
            <option value="read">{t('library.readOnly')}</option>
          </select>
        </label>
        <label class="check">
          <input type="checkbox" checked={filters.hasHighlights} onChange={(event) => setFilters({ ...filters, hasHighlights: event.currentTarget.checked })} />
          {t('library.withHighlights')}
        </label>
      </section>
      )}

      <section class="transfer" aria-label={t('library.exportAndImport')}>
        <button type="button" onClick={() => exportRecords('json')}>
          {t('library.exportAllJson')}
        </button>
        <button type="button" onClick={() => exportRecords('markdown')}>
          {t('library.exportAllMarkdown')}
        </button>
        <button type="button" onClick={() => exportRecords('html')}>
          {t('library.exportAllHtml')}
        </button>
        <button type="button" onClick={() => void exportAnnotations()}>
          {t('library.exportHighlights')}
        </button>
        <label class="import">
          {t('library.importFile')}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const input = event.currentTarget;
              void importFile(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
      </section>

      <div class="notices">
        <p role="status" class="status">
          {notice?.kind === 'status' ? notice.text : ''}
          {searching && library.indexing && ` ${t('library.searchingWhileIndexing', [formatNumber(library.indexed), formatNumber(library.total)])}`}
        </p>
        <p role="alert" class="error">
          {notice?.kind === 'error' ? notice.text : ''}
          {library.error ?? ''}
          {library.skipped > 0 && tCount('library.unreadableRecords', library.skipped)}
        </p>
        {undo && (
          <p class="undo">
            {`${tCount('library.notice.deleted', undo.length)} `}
            <button type="button" onClick={restore}>
              {t('library.notice.undo')}
            </button>
          </p>
        )}
      </div>

      {selected.size > 0 && (
        <BulkBar
          count={selected.size}
          onMarkRead={(read) => void setRead([...selected], read).then((r) => report(r, tCount(read ? 'library.notice.markedAllRead' : 'library.notice.markedAllUnread', selected.size)))}
          onAddTag={(tag) => void changeTags([...selected], { add: [tag] }).then((r) => report(r, t('library.notice.tagged', selected.size, [formatNumber(selected.size), tag.trim()])))}
          onRemoveTag={(tag) => void changeTags([...selected], { remove: [tag] }).then((r) => report(r, r.ok ? t('library.notice.untagged', r.count, [formatNumber(r.count), tag.trim()]) : ''))}
          onDelete={() => void remove([...selected])}
          onExport={(kind) => void exportRecords(kind, [...selected])}
          onClear={() => setSelected(new Set())}
        />
      )}

      {story && <StoryGroup ids={story} onClose={() => setStory(null)} />}

      {view === 'articles' && (
      <section aria-label={t('library.savedArticlesSection')}>
        <p class="list-head">
          <label>
            <input
              type="checkbox"
              checked={allShownSelected}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                setSelected((current) => {
                  const next = new Set(current);
                  for (const { card } of page) on ? next.add(card.id) : next.delete(card.id);
                  return next;
                });
              }}
            />
            {t('library.selectAllShown')}
          </label>
          <span>{searching ? tCount('library.matches', listed.length) : tCount(library.complete ? 'library.shown' : 'library.shownSoFar', listed.length)}</span>
        </p>
        {library.total === 0 && library.complete ? (
          <p class="empty">{t('library.empty')}</p>
        ) : (
          <ol class="list">
            {page.map(({ card, terms }) => (
              <LibraryRow key={card.id} card={card} terms={terms} snippet={snippets.get(card.id) || null} selected={selected.has(card.id)} stories={stories} {...rowActions} />
            ))}
          </ol>
        )}
        {listed.length > shown && (
          <button type="button" class="more" onClick={() => setShown(shown + PAGE)}>
            {showMoreLabel(Math.min(PAGE, listed.length - shown), listed.length - shown)}
          </button>
        )}
      </section>
      )}
    </main>
  );
}
