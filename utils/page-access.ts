/**
 * Which pages a browser lets an extension read. Checked before injecting the extraction script, so the
 * popup can say why instead of failing; `describeScriptingError` covers what the URL alone cannot tell
 * (the tab's URL is hidden from us unless the reader clicked the button on it).
 */
import { t } from './i18n';

export type PageProblem = 'restricted' | 'pdf' | 'file' | 'no-access';

export interface PageRefusal {
  problem: PageProblem;
  message: string;
}

/** Getters: each message is read when a refusal is made, so it is in the interface's language. */
export const MESSAGES: Readonly<Record<PageProblem, string>> = {
  get restricted() {
    return t('popup.problem.restricted');
  },
  get pdf() {
    return t('popup.problem.pdf');
  },
  get file() {
    return t('popup.problem.file');
  },
  get 'no-access'() {
    return t('popup.problem.noAccess');
  },
};

const RESTRICTED_SCHEMES = new Set([
  'about:', 'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:', 'brave:', 'opera:', 'vivaldi:',
  'moz-extension:', 'resource:', 'view-source:', 'data:', 'javascript:', 'blob:', 'filesystem:',
]);

/** Extension galleries: no extension may script them. */
const STORE_PAGES: { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/** Chrome's built-in PDF viewer. */
const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai';

/** Why a page at `url` cannot be read, or `null` when it looks readable (or its URL is unknown). */
export function pageRefusalFor(url: string | null | undefined): PageRefusal | null {
  if (!url) return null;
  if (url.startsWith(PDF_VIEWER_ORIGIN)) return refusal('pdf');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'file:') return /\.pdf$/i.test(parsed.pathname) ? refusal('pdf') : null;
  if (RESTRICTED_SCHEMES.has(parsed.protocol)) return refusal('restricted');
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return refusal('restricted');
  const host = parsed.hostname.toLowerCase();
  if (STORE_PAGES.some((store) => host === store.host && (!store.path || parsed.pathname === store.path || parsed.pathname.startsWith(`${store.path}/`)))) {
    return refusal('restricted');
  }
  if (/\.pdf$/i.test(parsed.pathname)) return refusal('pdf');
  return null;
}

/**
 * Turns an `executeScript` rejection into a reader's message. The texts are the browsers' own:
 * Chrome's "Cannot access a chrome:// URL", "The extensions gallery cannot be scripted", "Cannot access
 * contents of url "file:///…"", and Firefox's "Missing host permission for the tab".
 */
export function describeScriptingError(error: unknown): PageRefusal | null {
  const text = error instanceof Error ? error.message : String(error);
  if (/file:\/\//i.test(text)) return refusal('file');
  if (/cannot access a [\w-]+:\/\/ url|extensions gallery cannot be scripted|cannot be scripted|chrome-extension:\/\/|about:|cannot access contents of url "(?:chrome|edge|about|view-source|devtools)/i.test(text)) return refusal('restricted');
  if (/cannot access contents of the page|cannot access contents of url|missing host permission|permission to access/i.test(text)) return refusal('no-access');
  return null;
}

function refusal(problem: PageProblem): PageRefusal {
  return { problem, message: MESSAGES[problem] };
}
