import { describe, expect, it } from 'vitest';
import { describeScriptingError, MESSAGES, pageRefusalFor } from './page-access';

describe('pageRefusalFor', () => {
  it.each([
    ['chrome://version/', 'restricted'],
    ['about:addons', 'restricted'],
    ['edge://settings', 'restricted'],
    ['view-source:https://news.example/a', 'restricted'],
    ['chrome-extension://abc/options.html', 'restricted'],
    ['moz-extension://abc/popup.html', 'restricted'],
    ['https://chromewebstore.google.com/detail/x/abc', 'restricted'],
    ['https://chrome.google.com/webstore/detail/abc', 'restricted'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'restricted'],
    ['https://news.example/report.PDF', 'pdf'],
    ['file:///home/me/report.pdf', 'pdf'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf'],
  ])('%s → %s', (url, problem) => {
    expect(pageRefusalFor(url)?.problem).toBe(problem);
  });

  it.each([['https://news.example/2025/06/07/story'], ['http://127.0.0.1:8080/a'], ['https://chrome.google.com/search'], ['file:///home/me/page.html'], [undefined], ['']])(
    '%s is readable (or unknown)',
    (url) => {
      expect(pageRefusalFor(url)).toBeNull();
    },
  );
});

describe('describeScriptingError', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'restricted'],
    ['The extensions gallery cannot be scripted.', 'restricted'],
    ['Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.', 'file'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'no-access'],
    ['Missing host permission for the tab', 'no-access'],
  ])('%s → %s', (message, problem) => {
    expect(describeScriptingError(new Error(message))).toEqual({ problem, message: MESSAGES[problem as keyof typeof MESSAGES] });
  });

  it('leaves unknown errors to the caller', () => {
    expect(describeScriptingError(new Error('No tab with id: 5'))).toBeNull();
  });
});
