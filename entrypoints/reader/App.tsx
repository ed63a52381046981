import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ArticleBody } from '../../components/ArticleBody';
import { ArticleHeader } from '../../components/ArticleHeader';
import { Implications } from '../../components/Implications';
import { ReaderToolbar } from '../../components/ReaderToolbar';
import { ReadingProgress } from '../../components/ReadingProgress';
import { SourceNotes } from '../../components/SourceNotes';
import { CompletenessNotice } from '../../components/CompletenessNotice';
import { LargePageNotice } from '../../components/LargePageNotice';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { ChangesSinceSaved } from '../../components/SavedCopyChanges';
import { takeFullSectionRequest } from '../../components/full-section-request';
import { Summary } from '../../components/Summary';
import { AiKeyPoints } from '../../components/AiKeyPoints';
import { RemovedList } from '../../components/RemovedList';
import { ReaderHighlights } from '../../components/highlights/ReaderHighlights';
import { HIGHLIGHT_HASH } from '../../components/highlights/use-highlights';
import { removalActionsFor } from '../../components/removal-actions';
import { useReadAloud } from '../../components/use-read-aloud';
import { applySettingsToDocument, useSettings } from '../../components/use-settings';
import type { Article } from '../../utils/extract/types';
import { getSavedArticle, setReadingPosition } from '../../utils/library';
import { listArticleHighlights } from '../../utils/library/highlights';
import { listArticlePictures } from '../../utils/library/pictures';
import type { StoredPicture } from '../../utils/library/schema';
import { useStoredPictures } from '../../components/stored-pictures';
import type { Highlight } from '../../utils/highlights/types';
import { browser } from 'wxt/browser';
import { isLeaveReaderBroadcast, sendMessage, type ReaderEntry } from '../../utils/messages';
import { finishArticle } from '../../utils/extract/finish';
import { isBackShortcut, readerShortcut } from '../../utils/reader-session';
import { articleTextAttributes } from '../../utils/text-direction';
import { t, uiLanguage } from '../../utils/i18n';
import { LIVE_PAGE_PICTURES, type PictureSources } from '../../components/picture-sources';
import type { PicturesShown } from '../../components/picture-placeholders';
import { RemotePicturesNotice, type PicturesAllowedBy } from '../../components/RemotePicturesNotice';
import { listPictureSites, pictureSiteOf } from '../../utils/remote-content/picture-sites';
import { blockRemoteContent } from '../../utils/remote-content/policy';

type View =
  | { kind: 'loading' }
  | {
      kind: 'article';
      article: Article;
      originalUrl: string | null;
      savedId: string | null;
      position: number;
      highlights: Highlight[] | null;
      pictures: PictureSources;
      picturesAllowedBy: PicturesAllowedBy;
      /** The pictures kept with a saved copy (none when they cannot be read); null for a live page. */
      storedPictures: StoredPicture[] | null;
    }
  | { kind: 'missing'; message: string };

async function loadArticle(savedId: string | null, showPictures: boolean): Promise<View> {
  if (savedId) {
    // The highlights and kept pictures are read beside the record: painted with the body's first render, not a wait later.
    const [record, highlights, pictureSites, storedPictures] = await Promise.all([
      getSavedArticle(savedId),
      listArticleHighlights(savedId).catch(() => null),
      // Unreadable, the list allows no site: the saved copy stays private.
      listPictureSites().catch((): string[] => []),
      listArticlePictures(savedId).catch((): StoredPicture[] => []),
    ]);
    if (!record) return { kind: 'missing', message: t('reader.notInLibrary') };
    const site = pictureSiteOf(record.article.url);
    const picturesAllowedBy: PicturesAllowedBy = showPictures ? 'visit' : site !== null && pictureSites.includes(site) ? 'site' : null;
    // Before the body is rendered: from here on the page loads nothing from the network.
    if (picturesAllowedBy === null) blockRemoteContent(document);
    const pictures: PictureSources = { remote: picturesAllowedBy !== null, stored: new Map() };
    return { kind: 'article', article: record.article, originalUrl: record.article.url, savedId, position: record.readingPosition, highlights, pictures, picturesAllowedBy, storedPictures };
  }
  const entry = await sendMessage('reader:article', {});
  if (!entry) return { kind: 'missing', message: await nothingToShow() };
  const article = articleOf(entry);
  return article
    ? { kind: 'article', article, originalUrl: entry.originalUrl || article.url, savedId: null, position: 0, highlights: null, pictures: LIVE_PAGE_PICTURES, picturesAllowedBy: null, storedPictures: null }
    : { kind: 'missing', message: t('reader.noArticle') };
}

/** The popup hands a finished article; the shortcut, the page as read, which is finished here. */
function articleOf(entry: ReaderEntry): Article | null {
  return 'article' in entry ? entry.article : finishArticle(entry.extraction);
}

/** "…press Alt+Shift+D, or use the toolbar button.", naming the key this browser actually assigned. */
async function nothingToShow(): Promise<string> {
  const key = await readerShortcut();
  return key ? t('reader.nothingToShowShortcut', [key]) : t('reader.nothingToShow');
}

/** How often, at most, a saved article's reading position is written while the reader scrolls. */
const POSITION_SAVE_INTERVAL_MS = 1000;
/** How long a restored reading position is held while late images and fonts change the page's height. */
const RESTORE_WINDOW_MS = 3000;

/** The "back" button of a five-button mouse (MouseEvent.button). */
const MOUSE_BACK_BUTTON = 3;

/** In-page links (citation markers, notes, back-links) scroll and move focus without adding history entries, so Back still returns to the page. */
function followInPageLink(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const target = document.getElementById(decodeURIComponent((link.getAttribute('href') ?? '').slice(1)));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  target.classList.remove('flash');
  void target.offsetWidth;
  target.classList.add('flash');
}

export function App({ savedId, showPictures = false }: { savedId: string | null; showPictures?: boolean }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [markers, setMarkers] = useState<Map<string, number>>(new Map());
  const [picturesShown, setPicturesShown] = useState<PicturesShown | null>(null);
  const { settings, change } = useSettings();
  const bodyRef = useRef<HTMLDivElement | null>(null);
  // A restored block changes the article shown, not the view (a new view would rerun the effects that scroll).
  const [restored, setRestored] = useState<Article | null>(null);
  const article = restored ?? (view.kind === 'article' ? view.article : null);
  const kept = useStoredPictures(view.kind === 'article' ? view.storedPictures : null);
  // One object per view and kept set: the body re-renders when its pictures change, not on every render.
  const shownPictures = useMemo(
    () => (view.kind !== 'article' ? LIVE_PAGE_PICTURES : kept ? { ...view.pictures, stored: kept.stored } : view.pictures),
    [view, kept],
  );
  const speech = useReadAloud(bodyRef, { rate: settings.speechRate, lang: article?.lang ?? null });
  // "Show the full page section": the page's whole main column instead of the extraction.
  const [fullSection, setFullSection] = useState(false);
  useEffect(() => {
    if (view.kind === 'article' && !view.savedId) void takeFullSectionRequest(view.article.url).then((asked) => asked && setFullSection(true));
  }, [view]);

  useEffect(() => {
    loadArticle(savedId, showPictures).then(setView, () => setView({ kind: 'missing', message: t('reader.openFailed') }));
  }, [savedId]);

  useEffect(() => applySettingsToDocument(settings), [settings]);

  useEffect(() => {
    if (!article) return;
    // The page keeps the interface's language; the article element carries the article's (lang and dir). The
    // page takes the article's direction, so a right-to-left article gets a mirrored toolbar (Back on the right).
    document.title = article.headline;
    document.body.dir = articleTextAttributes(article).dir;
  }, [article]);

  const leave = () => {
    speech.stop();
    if (view.kind === 'article' && view.savedId) {
      if (history.length > 1) history.back();
      else location.assign('/library.html');
      return;
    }
    // The original page is the entry right behind this one; its address is the fallback (e.g. a restored tab).
    const fallback = view.kind === 'article' ? view.originalUrl : null;
    if (history.length > 1) history.back();
    else if (fallback) location.assign(fallback);
  };

  useEffect(() => {
    // The shortcut, pressed while this tab shows the reader: the background asks this page to go back.
    let ownTabId: number | undefined;
    void browser.tabs.getCurrent().then((tab) => (ownTabId = tab?.id));
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isLeaveReaderBroadcast(message) || message.tabId !== ownTabId) return undefined;
      leave();
      return Promise.resolve(true);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [view]);

  useEffect(() => {
    // Esc, and the browser's own Back keys and mouse button, leave through `history.back()`: Chrome's Back UI
    // skips a page that had no user interaction before the extension navigated away from it (its history
    // manipulation intervention, crbug.com/907167), but a page's own history.back() is not subject to that.
    const onKey = (event: KeyboardEvent) => {
      if ((event.key !== 'Escape' && !isBackShortcut(event)) || event.defaultPrevented) return;
      const field = (event.target as Element | null)?.closest?.('input, select, textarea');
      if (field) return;
      event.preventDefault();
      leave();
    };
    const onMouseUp = (event: MouseEvent) => {
      if (event.button !== MOUSE_BACK_BUTTON) return;
      event.preventDefault();
      leave();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mouseup', onMouseUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mouseup', onMouseUp);
    };
  }, [view]);

  useEffect(() => {
    // A saved article opens where it was left, and remembers how far it is read (for the library and the next
    // visit): at most once a second while scrolling, and once more when the page is left.
    if (view.kind !== 'article' || !view.savedId) return;
    const id = view.savedId;
    const maxScroll = () => document.documentElement.scrollHeight - window.innerHeight;
    // Opened at a highlight: that place wins over where the reader left off.
    const position = location.hash.startsWith(HIGHLIGHT_HASH) ? 0 : view.position;
    const restore = () => window.scrollTo(0, Math.round(position * maxScroll()));
    // Images and fonts arrive after the first layout and grow the page: keep the place until the reader moves.
    const keepPlace = new ResizeObserver(restore);
    const stopRestoring = () => keepPlace.disconnect();
    if (position > 0) {
      restore();
      keepPlace.observe(document.body);
      for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) window.addEventListener(type, stopRestoring, { once: true, passive: true });
      setTimeout(stopRestoring, RESTORE_WINDOW_MS);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let savedAt = 0;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      savedAt = Date.now();
      const max = maxScroll();
      void setReadingPosition(id, max > 0 ? Math.min(1, window.scrollY / max) : 1);
    };
    const onScroll = () => {
      if (timer === undefined) timer = setTimeout(save, Math.max(0, savedAt + POSITION_SAVE_INTERVAL_MS - Date.now()));
    };
    const onHide = () => timer !== undefined && save();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onHide);
      clearTimeout(timer);
      stopRestoring();
    };
  }, [view]);

  const backLabel = view.kind === 'article' && view.savedId ? t('reader.back') : t('reader.backToPage');
  const bodyHtml = article ? (fullSection && article.fullSectionHtml ? article.fullSectionHtml : article.contentHtml) : '';

  return (
    <>
      <a class="skip-link" href="#article">
        {t('reader.skipToArticle')}
      </a>
      <ReadingProgress />
      <ReaderToolbar settings={settings} onChange={change} backLabel={backLabel} onBack={leave} speech={speech} siteUrl={article?.url ?? null} />
      <main class="reader" id="article" tabIndex={-1} onClick={followInPageLink} data-state={view.kind}>
        {view.kind === 'loading' && <p class="loading">{t('reader.opening')}</p>}
        {view.kind === 'missing' && <p class="missing">{view.message}</p>}
        {article && (
          // The article reads in its own direction (Arabic, Hebrew, Persian right to left), as does the page around it.
          <article {...articleTextAttributes(article)}>
            <ArticleHeader article={article} />
            {article.url && (
              <p class="original" lang={uiLanguage()}>
                <a href={article.url} target="_blank" rel="noopener noreferrer">
                  {t('reader.originalArticle')}
                </a>
              </p>
            )}
            <CorrectionNotes article={article} />
            <CompletenessNotice article={article} showingFullSection={fullSection} onToggleFullSection={() => setFullSection(!fullSection)} />
            <LargePageNotice article={article} />
            {view.kind === 'article' && !view.savedId && <ChangesSinceSaved article={article} />}
            {view.kind === 'article' && view.savedId && <RemotePicturesNotice allowedBy={view.picturesAllowedBy} site={pictureSiteOf(article.url)} shown={picturesShown} />}
            <Summary summary={article.summary} textBelow={article.textContent} />
            {settings.aiKeyPoints && <AiKeyPoints text={article.textContent} lang={article.lang} />}
            <ArticleBody
              html={bodyHtml}
              pictures={shownPictures}
              articleUrl={article.url}
              onPictures={setPicturesShown}
              onMarkers={setMarkers}
              bodyRef={bodyRef}
            />
            {view.kind === 'article' && (
              <ReaderHighlights
                article={article}
                savedId={view.savedId}
                initial={view.highlights}
                bodyRef={bodyRef}
                bodyKey={bodyHtml}
                color={settings.highlightColor}
                onColorUsed={(highlightColor) => change({ highlightColor })}
              />
            )}
            <Implications implications={article.implications} sources={article.sources} />
            <SourceNotes sources={article.sources} markerCounts={markers} />
            <RemovedList removed={article.removed} actions={removalActionsFor(article, setRestored)} />
          </article>
        )}
      </main>
    </>
  );
}
