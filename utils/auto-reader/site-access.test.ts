import { describe, expect, it } from 'vitest';
import { hostOfOrigin, isSiteHost, originsForHost, siteHostOf } from './site-access';

describe('siteHostOf: the host the option is offered for', () => {
  it.each([
    ['https://news.example/2025/06/07/story', 'news.example'],
    ['http://news.example/story?utm=x#comments', 'news.example'],
    ['https://www.news.example/story', 'www.news.example'],
    ['https://NEWS.Example:8443/story', 'news.example'],
    ['http://127.0.0.1:4321/2025/06/07/wagner-mali-exit', '127.0.0.1'],
    ['http://localhost:4321/story', 'localhost'],
    ['http://[::1]:8080/story', '[::1]'],
    ['https://bücher.example/artikel', 'xn--bcher-kva.example'],
  ])('%s → %s', (url, host) => expect(siteHostOf(url)).toBe(host));

  it.each([
    ['no address', null],
    ['an empty address', ''],
    ['not an address', 'news.example/story'],
    ['a browser page', 'chrome://settings'],
    ['an extension page', 'chrome-extension://abcdefghijklmnop/reader.html'],
    ['a Firefox page', 'about:addons'],
    ['a file', 'file:///home/me/story.html'],
    ['a PDF', 'https://news.example/report.pdf'],
    ['a store page no extension may read', 'https://chromewebstore.google.com/detail/x'],
    ['Firefox’s add-on site', 'https://addons.mozilla.org/en-US/firefox/'],
    ['an FTP address', 'ftp://news.example/story'],
  ])('none for %s', (_name, url) => expect(siteHostOf(url)).toBeNull());
});

describe('originsForHost: what the browser is asked for', () => {
  it('asks for the host alone, over http and https, every path, any port', () => {
    expect(originsForHost('news.example')).toEqual(['http://news.example/*', 'https://news.example/*']);
    expect(originsForHost('127.0.0.1')).toEqual(['http://127.0.0.1/*', 'https://127.0.0.1/*']);
  });

  it('never a subdomain wildcard or every site', () => {
    const origins = originsForHost('news.example');
    expect(origins.some((origin) => origin.includes('*.'))).toBe(false);
    expect(origins).not.toContain('<all_urls>');
  });

  it('reads the host back from a granted or removed pattern, and nothing from any other pattern', () => {
    expect(originsForHost('news.example').map(hostOfOrigin)).toEqual(['news.example', 'news.example']);
    expect(hostOfOrigin('https://*.news.example/*')).toBeNull();
    expect(hostOfOrigin('https://*/*')).toBeNull();
    expect(hostOfOrigin('<all_urls>')).toBeNull();
    expect(hostOfOrigin('https://news.example/section/*')).toBeNull();
    expect(hostOfOrigin('ftp://news.example/*')).toBeNull();
  });
});

describe('isSiteHost', () => {
  it.each(['news.example', '127.0.0.1', 'localhost', '[::1]', 'xn--bcher-kva.example'])('accepts %s', (host) => expect(isSiteHost(host)).toBe(true));
  it.each(['', 'News.Example', 'news.example/*', '*.news.example', 'news.example:80', 'a b', '<all_urls>', 'x'.repeat(254), 42, null])('refuses %s', (host) =>
    expect(isSiteHost(host)).toBe(false),
  );
});
