import { listSiteRules } from '../../utils/site-rules';
import { extractTab, type TabExtraction } from '../../utils/tab-extraction';
import { browser } from 'wxt/browser';
import '../../components/article.css';
import './style.css';

// The popup's own code starts here: the latency benchmark tells the browser's part from ours by it.
performance.mark('clearpress:main');

/** `?tabId=N` lets tests target a tab; readers get the active tab of the window the popup belongs to. */
function requestedTabId(): number | null {
  const tabId = Number.parseInt(new URLSearchParams(location.search).get('tabId') ?? '', 10);
  return Number.isInteger(tabId) ? tabId : null;
}

async function firstExtraction(tabId: number | null): Promise<TabExtraction> {
  // The site rules are read while the tab is looked up, and the queried tab already carries its address and
  // status: nothing but the tab lookup stands before the injection.
  const siteRules = listSiteRules().catch(() => []);
  const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target === undefined) return { ok: false, problem: 'error', message: 'There is no tab to read.' };
  performance.mark('clearpress:extract-start');
  const result = await extractTab(target, { siteRules });
  performance.mark('clearpress:extract-end');
  return result;
}

function main(): void {
  document.title = 'Clearpress';
  const tabId = requestedTabId();
  // Extraction starts before the UI code is even loaded: the article is what the reader is waiting for.
  const first = firstExtraction(tabId);
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
