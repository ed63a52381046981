// @vitest-environment jsdom
/** What keeps saved copies and the library off the network, and the reader's ways to let pictures in. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RemotePicturesNotice } from '../components/RemotePicturesNotice';
import { addPictureSite, listPictureSites, normalizePictureSites, pictureSitesItem, removePictureSite, showsPicturesFrom } from '../utils/remote-content/picture-sites';
import { blockRemoteContent, NO_REMOTE_CONTENT_POLICY } from '../utils/remote-content/policy';
import { addressShowingPictures, takeShowPicturesRequest } from '../utils/remote-content/show-pictures';
import { useTestLanguage } from './setup/i18n';
import { untranslatedText } from './untranslated';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  useTestLanguage('en');
});

describe('the no-remote-content policy', () => {
  it('is the library page’s own, word for word', () => {
    const html = readFileSync(path.resolve('entrypoints/library/index.html'), 'utf8');
    const policies = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((match) => match[1]);
    expect(policies).toEqual([NO_REMOTE_CONTENT_POLICY]);
  });

  it('allows pictures, media and fonts only from the extension and from memory', () => {
    expect(NO_REMOTE_CONTENT_POLICY.split('; ')).toEqual([
      "img-src 'self' blob: data:",
      "media-src 'self' blob: data:",
      "font-src 'self' data:",
      "style-src 'self' 'unsafe-inline'",
      "connect-src 'self' blob: data:",
      "frame-src 'none'",
    ]);
  });

  it('is added to the head of a page that opens a saved copy', () => {
    const doc = document.implementation.createHTMLDocument();
    blockRemoteContent(doc);
    expect(doc.head.innerHTML).toBe(`<meta http-equiv="Content-Security-Policy" content="${NO_REMOTE_CONTENT_POLICY}">`);
  });
});

describe('Show pictures, for one visit', () => {
  it('asks in the address, and the page takes the request out of it, keeping the rest', () => {
    const asked = addressShowingPictures('moz-extension://abc/reader.html?id=e2e-1#highlight-h1');
    expect(asked).toBe('moz-extension://abc/reader.html?id=e2e-1&pictures=show#highlight-h1');
    const replaced: string[] = [];
    const history = { state: null, replaceState: (_state: unknown, _title: string, url?: string | URL | null) => void replaced.push(String(url)) };
    expect(takeShowPicturesRequest({ href: asked }, history)).toBe(true);
    expect(replaced).toEqual(['moz-extension://abc/reader.html?id=e2e-1#highlight-h1']);
  });

  it('is not asked without it, nor with another value (which is dropped all the same)', () => {
    const replaced: string[] = [];
    const history = { state: null, replaceState: (_state: unknown, _title: string, url?: string | URL | null) => void replaced.push(String(url)) };
    expect(takeShowPicturesRequest({ href: 'chrome-extension://abc/reader.html?id=e2e-1' }, history)).toBe(false);
    expect(takeShowPicturesRequest({ href: 'chrome-extension://abc/reader.html?id=e2e-1&pictures=always' }, history)).toBe(false);
    expect(replaced).toEqual(['chrome-extension://abc/reader.html?id=e2e-1']);
  });
});

describe('sites whose saved copies show pictures', () => {
  it('keeps valid host names only, once each, sorted', () => {
    expect(normalizePictureSites(['news.example', 'NEWS.example', 'a.example', 'a.example', 42, null, 'https://x.example/', '127.0.0.1'])).toEqual(['127.0.0.1', 'a.example', 'news.example']);
    expect(normalizePictureSites({ 'news.example': true })).toEqual([]);
  });

  it('are added and removed by site, named without www.', async () => {
    expect(await showsPicturesFrom('https://www.harbourpost.example/2026/a')).toBe(false);
    await addPictureSite('harbourpost.example');
    await addPictureSite('harbourpost.example');
    await addPictureSite('not a host');
    expect(await listPictureSites()).toEqual(['harbourpost.example']);
    expect(await showsPicturesFrom('https://www.harbourpost.example/2026/a')).toBe(true);
    expect(await showsPicturesFrom('https://other.example/2026/a')).toBe(false);
    expect(await showsPicturesFrom(null)).toBe(false);
    await removePictureSite('harbourpost.example');
    expect(await pictureSitesItem.getValue()).toEqual([]);
  });
});

describe('the saved copy’s notice', () => {
  const shown = (withheld: number, fromWeb: number) => ({ withheld, fromWeb });
  const noticeOf = () => ({
    text: root.querySelector('.remote-pictures p')?.textContent ?? null,
    buttons: [...root.querySelectorAll('.remote-pictures button')].map((button) => button.textContent),
  });

  it('says how many pictures it holds back and offers both choices, every word from the messages', () => {
    useTestLanguage('pseudo');
    render(<RemotePicturesNotice allowedBy={null} site="harbourpost.example" shown={shown(3, 0)} />, root);
    expect(noticeOf()).toEqual({
      text: '⟪3 pictures from the web are not shown: loading them would tell their sites that you are reading this.⟫',
      buttons: ['⟪Show pictures⟫', '⟪Always show pictures from harbourpost.example⟫'],
    });
    expect(untranslatedText(root)).toEqual([]);
  });

  it('in French, German and Spanish', () => {
    const texts: Record<string, unknown> = {};
    for (const language of ['fr', 'de', 'es']) {
      useTestLanguage(language);
      render(<RemotePicturesNotice allowedBy={null} site="harbourpost.example" shown={shown(1, 0)} />, root);
      texts[language] = noticeOf();
      render(null, root);
    }
    expect(texts).toEqual({
      fr: { text: '1 image du web n’est pas affichée : la charger indiquerait à son site que vous lisez cet article.', buttons: ['Afficher les images', 'Toujours afficher les images de harbourpost.example'] },
      de: { text: '1 Bild aus dem Web wird nicht angezeigt: Es zu laden, würde seiner Website verraten, dass Sie diesen Artikel lesen.', buttons: ['Bilder anzeigen', 'Bilder von harbourpost.example immer anzeigen'] },
      es: { text: '1 imagen de la web no se muestra: cargarla le diría a su sitio que está leyendo este artículo.', buttons: ['Mostrar imágenes', 'Mostrar siempre las imágenes de harbourpost.example'] },
    });
  });

  it('once shown: for this visit, or always for the site with the way to stop', () => {
    render(<RemotePicturesNotice allowedBy="visit" site="harbourpost.example" shown={shown(0, 4)} />, root);
    expect(noticeOf()).toEqual({ text: 'Pictures from the web are shown for this visit only.', buttons: ['Always show pictures from harbourpost.example'] });
    render(<RemotePicturesNotice allowedBy="site" site="harbourpost.example" shown={shown(0, 4)} />, root);
    expect(noticeOf()).toEqual({ text: 'Pictures from harbourpost.example are always shown in saved copies.', buttons: ['Stop showing pictures from harbourpost.example'] });
  });

  it('offers no site option for an article without a web address', () => {
    render(<RemotePicturesNotice allowedBy={null} site={null} shown={shown(1, 0)} />, root);
    expect(noticeOf().buttons).toEqual(['Show pictures']);
  });

  it('is not there when nothing is held back or nothing comes from the web, nor before the body is rendered', () => {
    for (const [allowedBy, counts] of [[null, shown(0, 0)], ['visit', shown(0, 0)], ['site', shown(0, 0)], [null, null]] as const) {
      render(<RemotePicturesNotice allowedBy={allowedBy} site="harbourpost.example" shown={counts} />, root);
      expect(root.querySelector('.remote-pictures')).toBeNull();
    }
  });

  it('says so when the site cannot be stored, and stays on the page', async () => {
    vi.spyOn(pictureSitesItem, 'setValue').mockRejectedValue(new Error('QuotaExceededError'));
    render(<RemotePicturesNotice allowedBy={null} site="harbourpost.example" shown={shown(2, 0)} />, root);
    await act(async () => root.querySelectorAll<HTMLButtonElement>('.remote-pictures button')[1]!.click());
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(root.querySelector('.remote-pictures [role=status]')?.textContent).toBe('This setting could not be changed. Try again.');
  });
});
