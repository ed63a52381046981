import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleHeader } from '../../components/ArticleHeader';
import { Implications } from '../../components/Implications';
import { PopupActions } from '../../components/PopupActions';
import { AutoReaderToggle } from '../../components/AutoReaderToggle';
import { RemovedList } from '../../components/RemovedList';
import { removalActionsFor } from '../../components/removal-actions';
import { SourceNotes } from '../../components/SourceNotes';
import { PopupCompletenessNotice } from '../../components/PopupCompletenessNotice';
import { LargePageNotice } from '../../components/LargePageNotice';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { SavedCopyChangeCount } from '../../components/SavedCopyChanges';
import { Summary } from '../../components/Summary';
import { applySettingsToDocument } from '../../components/use-settings';
import type { Article } from '../../utils/extract/types';
import { loadSettings } from '../../utils/settings';
import { TAB_MESSAGES, type TabProblem } from '../../utils/tab-extraction';
import { extractTab, type TabExtraction } from '../../utils/tab-article';
import { articleTextAttributes } from '../../utils/text-direction';
import { t } from '../../utils/i18n';

type View = { kind: 'extracting' } | { kind: 'article'; article: Article; tabId: number } | { kind: 'problem'; problem: TabProblem; message: string };

/** The heading over a problem's message; a page that has no article gets only the message. */
function problemTitle(problem: TabProblem): string | null {
  switch (problem) {
    case 'restricted':
    case 'pdf':
    case 'file':
    case 'no-access':
      return t('popup.problemTitle.cantRead');
    case 'loading':
      return t('popup.problemTitle.loading');
    case 'timeout':
      return t('popup.problemTitle.timeout');
    case 'error':
      return t('popup.problemTitle.error');
    case 'no-article':
      return null;
  }
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const viewOf = (result: TabExtraction): View =>
  result.ok ? { kind: 'article', article: result.article, tabId: result.tabId } : { kind: 'problem', problem: result.problem, message: result.message };

/**
 * `first` is the extraction main.tsx started before this code loaded (`ready` its result when it had already
 * finished); "Try again" runs a fresh one.
 */
export function App({ tabId: requestedTabId, first, ready }: { tabId: number | null; first: Promise<TabExtraction>; ready?: TabExtraction }) {
  const [view, setView] = useState<View>(() => (ready ? viewOf(ready) : { kind: 'extracting' }));

  const show = (result: Promise<TabExtraction>) =>
    result.then(viewOf, () => ({ kind: 'problem', problem: 'error', message: TAB_MESSAGES.error }) as View).then(setView);

  const run = async () => {
    setView({ kind: 'extracting' });
    const tabId = requestedTabId ?? (await activeTabId());
    await show(tabId === undefined ? Promise.resolve({ ok: false, problem: 'error', message: TAB_MESSAGES.error }) : extractTab(tabId));
  };

  useEffect(() => {
    if (!ready) void show(first);
    void loadSettings().then((settings) => applySettingsToDocument(settings));
  }, []);

  useEffect(() => {
    // For the latency benchmark: when the article became visible, on the same clock as the test's.
    if (view.kind === 'article') {
      performance.mark('clearpress:shown');
      document.body.dataset.shownAt = String(performance.timeOrigin + performance.now());
    }
    document.body.dataset.state = view.kind;
  }, [view]);

  if (view.kind === 'extracting') return <Skeleton />;
  if (view.kind === 'problem') {
    const retry = view.problem === 'loading' || view.problem === 'timeout' || view.problem === 'error';
    const title = problemTitle(view.problem);
    return (
      <main class="popup problem" aria-live="polite">
        {title && <h1>{title}</h1>}
        <p class="problem-message">{view.message}</p>
        <p class="problem-actions">
          {retry && (
            <button type="button" onClick={() => void run()}>
              {t('popup.tryAgain')}
            </button>
          )}
          <a href="/library.html" target="_blank">
            {t('popup.openLibrary')}
          </a>
        </p>
      </main>
    );
  }
  const { article, tabId } = view;
  // The article's own words read in its direction; the popup's controls keep the interface's.
  const textAttributes = articleTextAttributes(article);
  return (
    <main class="popup" aria-live="polite">
      <div class="article-text" {...textAttributes}>
        <ArticleHeader article={article} />
      </div>
      <PopupActions article={article} tabId={tabId} />
      <AutoReaderToggle url={article.url} />
      <SavedCopyChangeCount article={article} />
      <CorrectionNotes article={article} />
      <PopupCompletenessNotice article={article} tabId={tabId} />
      <LargePageNotice article={article} />
      <div class="article-text" {...textAttributes}>
        <Summary summary={article.summary} />
        <Implications implications={article.implications} sources={article.sources} />
        <SourceNotes sources={article.sources} />
      </div>
      <RemovedList removed={article.removed} actions={removalActionsFor(article, (next) => setView({ kind: 'article', article: next, tabId }))} />
    </main>
  );
}

/** Replaces the static skeleton of index.html with the popup (in one task, so no blank frame shows). */
export function mountPopup(root: HTMLElement, props: { tabId: number | null; first: Promise<TabExtraction>; ready?: TabExtraction }): void {
  root.replaceChildren();
  render(<App {...props} />, root);
}

/** The same bones as the static skeleton in index.html, for "Try again". */
function Skeleton() {
  return (
    <main class="popup skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">
        {t('popup.reading')}
      </p>
      <div class="bone title" />
      <div class="bone title short" />
      <div class="bone line" />
      <div class="bone block" />
      <div class="bone line" />
      <div class="bone line" />
      <div class="bone line short" />
    </main>
  );
}
