import { listSiteRules } from '../../utils/site-rules';
import { readTab, type TabReading } from '../../utils/tab-extraction';
import type { TabExtraction } from '../../utils/tab-article';
import { browser } from 'wxt/browser';
import { t, uiLanguage } from '../../utils/i18n';
import '../../components/article.css';
import './style.css';

// The popup's own code starts here: the latency benchmark tells the browser's part from ours by it.
performance.mark('clearpress:main');

/** `?tabId=N` lets tests target a tab; readers get the active tab of the window the popup belongs to. */
function requestedTabId(): number | null {
  const tabId = Number.parseInt(new URLSearchParams(location.search).get('tabId') ?? '', 10);
  return Number.isInteger(tabId) ? tabId : null;
}

async function firstReading(tabId: number | null): Promise<TabReading> {
  // The site rules are read while the tab is looked up, and the queried tab already carries its address and
  // status: nothing but the tab lookup stands before the injection.
  const siteRules = listSiteRules().catch(() => []);
  const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target === undefined) return { ok: false, problem: 'error', message: t('popup.noTab') };
  performance.mark('clearpress:extract-start');
  const result = await readTab(target, { siteRules });
  performance.mark('clearpress:extract-end');
  return result;
}

/** The page is read while the finish stage (the sanitizer, the summary) loads; then it is finished here. */
function firstExtraction(tabId: number | null): Promise<TabExtraction> {
  const reading = firstReading(tabId);
  const finishing = import('../../utils/tab-article');
  return Promise.all([reading, finishing]).then(([result, { finishTabReading }]) => {
    const finished = finishTabReading(result);
    performance.mark('clearpress:finished');
    return finished;
  });
}

function main(): void {
  document.title = 'Clearpress';
  const tabId = requestedTabId();
  // Extraction starts before the UI code is even loaded: the article is what the reader is waiting for.
  const first = firstExtraction(tabId);
  // index.html is written in English; the page takes the language of the messages, its skeleton's status their words.
  document.documentElement.lang = uiLanguage();
  const status = document.querySelector('#app [role="status"]');
  if (status) status.textContent = t('popup.reading');
  let settled: TabExtraction | undefined;
  void first.then((result) => (settled = result), () => undefined);
  // The UI code (Preact and the components) loads meanwhile; index.html already shows the skeleton. When the
  // article is already here, the first render shows it: no skeleton frame in between.
  void import('./App').then(({ mountPopup }) => {
    const root = document.getElementById('app');
    if (root) mountPopup(root, { tabId, first, ready: settled });
  });
}

main();
