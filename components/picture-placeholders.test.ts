// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useTestLanguage } from '../tests/setup/i18n';
import { htmlToContainer, serializeChildren } from '../utils/dom';
import { applyPictureSources } from './picture-placeholders';
import { LIVE_PAGE_PICTURES, type PictureSources } from './picture-sources';

const PAGE = 'https://harbourpost.example/2026/03/12/night-cranes';

/** An article body as a saved copy carries it: every way a page gives a picture or a video. */
const BODY = [
  '<p>The cranes work all night.</p>',
  '<figure><img src="https://img.harbourpost.example/cranes.jpg" srcset="https://img.harbourpost.example/cranes-800.jpg 800w, https://img.harbourpost.example/cranes-1600.jpg 1600w" alt="Cranes at dusk" width="1600" height="900"><figcaption>Quay 4.</figcaption></figure>',
  '<img src="https://track.example/pixel-1x1.gif?uid=reader-123" width="1" height="1" alt="">',
  '<picture><source srcset="https://img.harbourpost.example/quay.avif" type="image/avif"><source srcset="https://img.harbourpost.example/quay.webp" type="image/webp"><img src="https://img.harbourpost.example/quay.jpg" alt="The quay"></picture>',
  '<p>Lazy: <img data-src="https://img.harbourpost.example/lazy.jpg" data-srcset="https://img.harbourpost.example/lazy-2x.jpg 2x" data-lazy-src="https://img.harbourpost.example/other.jpg" alt=""></p>',
  '<img src="//cdn.harbourpost.example/map.png" alt="Map of the port">',
  '<video controls width="640" height="360" poster="https://img.harbourpost.example/poster.jpg" title="Night shift"><source src="https://media.harbourpost.example/night.webm" type="video/webm"><track kind="captions" src="https://media.harbourpost.example/night.vtt" srclang="en"></video>',
  '<audio controls src="https://media.harbourpost.example/interview.mp3"></audio>',
].join('');

function shown(html: string, pictures: PictureSources, pageUrl: string | null = PAGE): { html: string; withheld: number; fromWeb: number } {
  const container = htmlToContainer(document.implementation.createHTMLDocument(), html);
  const report = applyPictureSources(container, pictures, pageUrl);
  return { html: serializeChildren(container), ...report };
}

afterEach(() => useTestLanguage('en'));

const placeholder = (kind: string, label: string, size?: string): string =>
  `<span class="picture-placeholder" role="img" aria-label="${label}" data-kind="${kind}" data-label="${label}"${size ? ` data-size="${size}"` : ''}></span>`;

describe('applyPictureSources', () => {
  it('saved copy: every picture, video and audio from the web becomes a labelled placeholder, the tracking pixel goes, nothing keeps an address', () => {
    expect(shown(BODY, { remote: false, stored: new Map() })).toEqual({
      html: [
        '<p>The cranes work all night.</p>',
        `<figure>${placeholder('picture', 'Picture: Cranes at dusk', '1,600 × 900')}<figcaption>Quay 4.</figcaption></figure>`,
        placeholder('picture', 'Picture: The quay'),
        `<p>Lazy: ${placeholder('picture', 'Picture not loaded')}</p>`,
        placeholder('picture', 'Picture: Map of the port'),
        placeholder('video', 'Video: Night shift', '640 × 360'),
        placeholder('audio', 'Audio not loaded'),
      ].join(''),
      withheld: 6,
      fromWeb: 0,
    });
  });

  it('saved copy with pictures kept on the device: those show from their stored URL, matched as written or made absolute; the rest is held back', () => {
    const stored = new Map([
      ['https://img.harbourpost.example/cranes.jpg', 'blob:moz-extension://x/1'],
      ['https://img.harbourpost.example/quay.webp', 'blob:moz-extension://x/2'],
      ['https://cdn.harbourpost.example/map.png', 'data:image/png;base64,AAAA'],
      ['https://media.harbourpost.example/interview.mp3', 'blob:moz-extension://x/3'],
    ]);
    expect(shown(BODY, { remote: false, stored })).toEqual({
      html: [
        '<p>The cranes work all night.</p>',
        // Its src is stored: the srcset's other sizes go, and the stored copy shows alone.
        '<figure><img src="blob:moz-extension://x/1" alt="Cranes at dusk" width="1600" height="900"><figcaption>Quay 4.</figcaption></figure>',
        // The stored source shows; the others are gone.
        '<picture><source srcset="blob:moz-extension://x/2" type="image/webp"><img alt="The quay"></picture>',
        `<p>Lazy: ${placeholder('picture', 'Picture not loaded')}</p>`,
        '<img src="data:image/png;base64,AAAA" alt="Map of the port">',
        placeholder('video', 'Video: Night shift', '640 × 360'),
        '<audio controls="" src="blob:moz-extension://x/3"></audio>',
      ].join(''),
      // The quay (its other sources), the lazy picture and the video; not the stored cranes, whose other sizes only went.
      withheld: 3,
      fromWeb: 0,
    });
  });

  it('a stored picture shows alone: the other sizes the page offered for it go, and it is not counted as held back', () => {
    const html = '<picture><source srcset="https://cdn.example/b.webp"><img src="https://cdn.example/b.png" srcset="https://cdn.example/b-2x.png 2x" sizes="50vw" alt="B"></picture><img src="/other.jpg" alt="Other">';
    const stored = new Map([['https://cdn.example/b.png', 'blob:ext/2'], ['https://harbourpost.example/other.jpg', 'blob:ext/3']]);
    expect(shown(html, { remote: false, stored })).toEqual({ html: '<picture><img src="blob:ext/2" alt="B"></picture><img src="blob:ext/3" alt="Other">', withheld: 0, fromWeb: 0 });
    // A blob: address the article itself names is no stored copy: it is held back like any other.
    expect(shown('<img src="blob:https://harbourpost.example/1" alt="C">', { remote: false, stored })).toEqual({ html: placeholder('picture', 'Picture: C'), withheld: 1, fromWeb: 0 });
  });

  it('a tracking pixel in a copy saved before the pipeline removed them, 1×1 or 2×2, goes without a placeholder', () => {
    const html = '<p>Text</p><img src="https://t.example/a.gif" width="2" height="2" alt=""><img src="https://t.example/b.gif" width="1" height="1"><img src="https://t.example/c.gif" width="3" height="2" alt="Rule">';
    expect(shown(html, { remote: false, stored: new Map() })).toEqual({ html: `<p>Text</p>${placeholder('picture', 'Picture: Rule', '3 × 2')}`, withheld: 1, fromWeb: 0 });
  });

  it('a video keeps what is stored and loses the rest: poster, other sources and tracks', () => {
    const html = '<video controls poster="https://img.harbourpost.example/poster.jpg"><source src="https://media.harbourpost.example/a.webm"><source src="https://media.harbourpost.example/a.mp4"><track src="https://media.harbourpost.example/a.vtt"></video>';
    const stored = new Map([['https://media.harbourpost.example/a.mp4', 'blob:x/4']]);
    expect(shown(html, { remote: false, stored })).toEqual({ html: '<video controls=""><source src="blob:x/4"></video>', withheld: 1, fromWeb: 0 });
  });

  it('live page and "Show pictures": addresses load, protocol-relative ones on the article page’s scheme, lazy ones promoted, lazy attributes dropped', () => {
    expect(shown(BODY, LIVE_PAGE_PICTURES, 'http://harbourpost.example/2026/03/12/night-cranes')).toEqual({
      html: [
        '<p>The cranes work all night.</p>',
        '<figure><img src="https://img.harbourpost.example/cranes.jpg" srcset="https://img.harbourpost.example/cranes-800.jpg 800w, https://img.harbourpost.example/cranes-1600.jpg 1600w" alt="Cranes at dusk" width="1600" height="900"><figcaption>Quay 4.</figcaption></figure>',
        // The pipeline removes tracking pixels from what it extracts; this one stays as the page had it.
        '<img src="https://track.example/pixel-1x1.gif?uid=reader-123" width="1" height="1" alt="">',
        '<picture><source srcset="https://img.harbourpost.example/quay.avif" type="image/avif"><source srcset="https://img.harbourpost.example/quay.webp" type="image/webp"><img src="https://img.harbourpost.example/quay.jpg" alt="The quay"></picture>',
        '<p>Lazy: <img alt="" src="https://img.harbourpost.example/lazy.jpg" srcset="https://img.harbourpost.example/lazy-2x.jpg 2x"></p>',
        '<img src="http://cdn.harbourpost.example/map.png" alt="Map of the port">',
        '<video controls="" width="640" height="360" poster="https://img.harbourpost.example/poster.jpg" title="Night shift"><source src="https://media.harbourpost.example/night.webm" type="video/webm"><track kind="captions" src="https://media.harbourpost.example/night.vtt" srclang="en"></video>',
        '<audio controls="" src="https://media.harbourpost.example/interview.mp3"></audio>',
      ].join(''),
      withheld: 0,
      fromWeb: 7,
    });
  });

  it('an article without a web address: a protocol-relative picture is taken as https, and still held back in a saved copy', () => {
    expect(shown('<img src="//cdn.example/a.png" alt="A">', LIVE_PAGE_PICTURES, null).html).toBe('<img src="https://cdn.example/a.png" alt="A">');
    expect(shown('<img src="//cdn.example/a.png" alt="A">', { remote: false, stored: new Map() }, null)).toEqual({ html: placeholder('picture', 'Picture: A'), withheld: 1, fromWeb: 0 });
  });

  it('leaves a body without pictures, and a picture with no address at all, as they are', () => {
    const html = '<p>Text <img alt="Nothing"></p><ul><li>One</li></ul>';
    expect(shown(html, { remote: false, stored: new Map() })).toEqual({ html, withheld: 0, fromWeb: 0 });
  });

  it('labels placeholders in the interface’s language, with its number format', () => {
    useTestLanguage('fr');
    expect(shown('<img src="https://a.example/b.jpg" alt="Grue" width="1200" height="800">', { remote: false, stored: new Map() }).html).toBe(
      placeholder('picture', 'Image : Grue', '1\u202f200 × 800'),
    );
    useTestLanguage('de');
    expect(shown('<video src="https://a.example/b.webm"></video>', { remote: false, stored: new Map() }).html).toBe(placeholder('video', 'Video nicht geladen'));
  });
});
