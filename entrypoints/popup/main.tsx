import { render } from 'preact';
import { extractTab, type TabExtraction } from '../../utils/tab-extraction';
import { browser } from 'wxt/browser';
import '../../components/article.css';
import './style.css';

/** `?tabId=N` lets tests target a tab; readers get the active tab of the window the popup belongs to. */
function requestedTabId(): number | null {
  const tabId = Number.parseInt(new URLSearchParams(location.search).get('tabId') ?? '', 10);
  return Number.isInteger(tabId) ? tabId : null;
}

async function firstExtraction(tabId: number | null): Promise<TabExtraction> {
  const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (target === undefined) return { ok: false, problem: 'error', message: 'There is no tab to read.' };
  performance.mark('clearpress:extract-start');
  const result = await extractTab(target);
  performance.mark('clearpress:extract-end');
  return result;
}

function main(): void {
  document.title = 'Clearpress';
  const tabId = requestedTabId();
  // Extraction starts before the UI code is even loaded: the article is what the reader is waiting for.
  const first = firstExtraction(tabId);
  void import('./App').then(({ App }) => {
    const root = document.getElementById('app');
    if (root) render(<App tabId={tabId} first={first} />, root);
  });
}

main();
