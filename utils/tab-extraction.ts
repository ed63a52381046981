/**
 * Reading the article of one tab by injecting `/extract.js` (under `activeTab`, granted by the reader's click
 * or shortcut): the page stage runs in the tab and its result comes back here, unsanitized. Used by the popup
 * and by the background's shortcut, so both say the same things; the pages that show the article finish it
 * (utils/tab-article.ts). No sanitizer here: the background, which has no DOM, bundles this file.
 */
import { browser } from 'wxt/browser';
import type { PageExtraction } from './extract/types';
import { isExtractResult } from './messages';
import { describeScriptingError, pageRefusalFor } from './page-access';
import { EXTRACT_REQUEST_KEY, type ExtractRequest } from './extract-request';
import { keepRulesFor, type SiteRule } from './site-rules';
import { formatNumber, t } from './i18n';

export const EXTRACTION_TIMEOUT_MS = 5000;
export const LOADING_GRACE_MS = 2500;

export type TabProblem = 'no-article' | 'restricted' | 'pdf' | 'file' | 'no-access' | 'loading' | 'timeout' | 'error';

export type TabFailure = { ok: false; problem: TabProblem; message: string };

/** A tab read by the page stage: what `finishArticle` turns into the article. */
export type TabReading = { ok: true; extraction: PageExtraction; tabId: number; url: string | null } | TabFailure;

/** Getters: each message is read when a failure is made, so it is in the interface's language. */
export const TAB_MESSAGES: Readonly<Record<'no-article' | 'loading' | 'timeout' | 'error', string>> = {
  get 'no-article'() {
    return t('popup.problem.noArticle');
  },
  get loading() {
    return t('popup.problem.loading');
  },
  get timeout() {
    return t('popup.problem.timeout', [formatNumber(EXTRACTION_TIMEOUT_MS / 1000)]);
  },
  get error() {
    return t('popup.problem.error');
  },
};

/** A short, reader-facing version of an error: first line only, never a stack trace. */
export function shortErrorText(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const line = raw.split('\n')[0]?.trim() ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Resolves true once the tab has finished loading, or false after `ms`. */
function waitForComplete(tabId: number, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (complete: boolean): void => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve(complete);
    };
    const listener = (id: number, change: { status?: string }): void => {
      if (id === tabId && change.status === 'complete') done(true);
    };
    const timer = setTimeout(() => done(false), ms);
    browser.tabs.onUpdated.addListener(listener);
    // The tab may have completed between the caller's check and this listener.
    void browser.tabs.get(tabId).then((tab) => tab.status === 'complete' && done(true), () => undefined);
  });
}

export interface ExtractTabOptions {
  timeoutMs?: number;
  loadingGraceMs?: number;
  /** The stored site rules, when the caller started reading them earlier (the popup does, at its start). */
  siteRules?: Promise<SiteRule[]>;
}

/** The tab fields extraction reads; a tab the caller already has (e.g. from `tabs.query`) saves a round trip. */
export interface TabInfo {
  id?: number;
  url?: string;
  status?: string;
}

/** Runs in the tab's isolated world (serialized, so self-contained): leaves the request where extract.js takes it. */
function leaveExtractRequest(key: string, request: ExtractRequest): void {
  (globalThis as unknown as Record<string, unknown>)[key] = request;
}

export async function readTab(target: number | TabInfo, options: ExtractTabOptions = {}): Promise<TabReading> {
  try {
    const tab = typeof target === 'number' ? await browser.tabs.get(target) : target;
    const tabId = tab.id;
    if (tabId === undefined) return { ok: false, problem: 'error', message: TAB_MESSAGES.error };
    const refusal = pageRefusalFor(tab.url);
    if (refusal) return { ok: false, ...refusal };
    // The reader's keep rules for this site, read while the tab finishes loading.
    const keepRead = keepRulesFor(tab.url, options.siteRules).catch(() => []);
    if (tab.status !== 'complete' && !(await waitForComplete(tabId, options.loadingGraceMs ?? LOADING_GRACE_MS))) {
      return { ok: false, problem: 'loading', message: TAB_MESSAGES.loading };
    }
    const keep = await keepRead;
    if (keep.length > 0) {
      const request: ExtractRequest = { keep };
      await browser.scripting.executeScript({ target: { tabId }, func: leaveExtractRequest, args: [EXTRACT_REQUEST_KEY, request] });
    }
    const injected = browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
    const results = await withTimeout(injected, options.timeoutMs ?? EXTRACTION_TIMEOUT_MS);
    if (results === 'timeout') return { ok: false, problem: 'timeout', message: TAB_MESSAGES.timeout };
    const result: unknown = results[0]?.result;
    if (!isExtractResult(result)) return { ok: false, problem: 'error', message: TAB_MESSAGES.error };
    if (!result.ok) {
      return result.reason === 'no-article'
        ? { ok: false, problem: 'no-article', message: TAB_MESSAGES['no-article'] }
        : { ok: false, problem: 'error', message: TAB_MESSAGES.error };
    }
    return { ok: true, extraction: result.extraction, tabId, url: tab.url ?? result.extraction.url };
  } catch (error) {
    const refusal = describeScriptingError(error);
    if (refusal) return { ok: false, ...refusal };
    return { ok: false, problem: 'error', message: TAB_MESSAGES.error };
  }
}
