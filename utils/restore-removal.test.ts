import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parsePage } from '../cli/dom';
import { extractArticle } from './extract';
import type { Article, ExtractOptions } from './extract/types';
import { restoreRemoval } from './restore-removal';
import { siteRuleFor } from './site-rules';
import { useTestLanguage } from '../tests/setup/i18n';

const PAGE = readFileSync(path.resolve(__dirname, '../tests/fixtures/restore/harbour-ferry.html'), 'utf8');
const URL = 'https://www.coastal-herald.example/local/2025/10/14/harbour-ferry-returns';
const AT_END_NOTE = 'Restored at the end: where it stood in the page is not part of the article.';
const PROMO = 'Sign up for The Harbour Bulletin today to get the free weekly newsletter delivered to your inbox.';

// Browsers have a global DOMParser (utils/dom.ts parses into inert documents with it); Node needs jsdom's.
beforeAll(() => vi.stubGlobal('DOMParser', parsePage('<p></p>', URL).defaultView!.DOMParser));
afterEach(() => useTestLanguage('en'));

function extract(options: ExtractOptions = { url: URL }): { article: Article; view: Window & typeof globalThis } {
  const doc = parsePage(PAGE, options.url ?? URL);
  const article = extractArticle(doc, options);
  if (!article) throw new Error('no article');
  return { article, view: doc.defaultView as Window & typeof globalThis };
}

/** The body's blocks as text, in order, each restored one prefixed with its rule. */
function blocks(article: Article, view: Window & typeof globalThis): string[] {
  const body = view.document.createElement('div');
  body.innerHTML = article.contentHtml;
  return Array.from(body.querySelectorAll('p, h3, li')).map((el) => {
    const restored = el.closest('[data-restored]')?.getAttribute('data-restored');
    return `${restored ? `[${restored}] ` : ''}${el.textContent!.replace(/\s+/g, ' ').trim().slice(0, 40)}`;
  });
}

describe('every removal carries what it takes to put it back', () => {
  it('its place (the words around it) and its sanitized HTML', () => {
    const { article } = extract();
    expect(article.removed.map((r) => [r.rule, r.place, r.html])).toEqual([
      ['consent-banner', { after: null, before: 'Local news and weather' }, '<p>We use cookies to measure our audience and keep the site running. Accept Settings</p>'],
      [
        'related-links',
        { after: "since 2023, queued at the slipway before seven o'clock.", before: 'The repair cost the county council 1.8 million pounds, most' },
        '<div>\n        <h3>Read also</h3>\n        <ul><li><a href="https://www.coastal-herald.example/local/2023/09/ferry-withdrawn" target="_blank" rel="noopener noreferrer">Ferry withdrawn after shaft failure</a></li></ul>\n      </div>',
      ],
      ['byline-line', { after: null, before: 'The blue-hulled ferry that links the old harbour with Gull' }, '<p>By Mara Quint</p>'],
      ['promo-line', { after: 'in Rotterdam, according to figures published last week.', before: 'Crossings will run every forty minutes from six in the' }, `<p>${PROMO}</p>`],
    ]);
  });
});

describe('restoreRemoval', () => {
  it('puts a post-clean removal back where it stood, marked as restored', () => {
    const { article, view } = extract();
    const restored = restoreRemoval(article, 3, view);
    expect(blocks(restored, view)).toEqual([
      'The blue-hulled ferry that links the old',
      'About forty passengers, many of them isl',
      'The repair cost the county council 1.8 m',
      '[promo-line] Sign up for The Harbour Bulletin today t',
      'Crossings will run every forty minutes f',
      'The council said a second vessel would b',
      'Island shopkeepers said the return would',
    ]);
    expect(restored.removed[3]).toMatchObject({ rule: 'promo-line', restored: true });
    expect(restored.removed.filter((r) => r.restored)).toHaveLength(1);
    expect(restored.textContent.split('\n')[3]).toBe(PROMO);
    expect(restored.wordCount).toBe(article.wordCount + 17);
    // Once only.
    expect(restoreRemoval(restored, 3, view)).toBe(restored);
  });

  it('puts a block removed before Readability back in place, links intact', () => {
    const { article, view } = extract();
    const restored = restoreRemoval(article, 1, view);
    expect(blocks(restored, view).slice(1, 5)).toEqual([
      'About forty passengers, many of them isl',
      '[related-links] Read also',
      '[related-links] Ferry withdrawn after shaft failure',
      'The repair cost the county council 1.8 m',
    ]);
    expect(restored.contentHtml).toContain('<a href="https://www.coastal-herald.example/local/2023/09/ferry-withdrawn" rel="noopener noreferrer" target="_blank">');
  });

  it('restores at the end, with a note, a block whose place is not in the article', () => {
    const { article, view } = extract();
    const restored = restoreRemoval(article, 0, view);
    expect(blocks(restored, view).slice(-2)).toEqual([`[consent-banner] ${AT_END_NOTE.slice(0, 40)}`, '[consent-banner] We use cookies to measure our audience a']);
    expect(restored.textContent).not.toContain(AT_END_NOTE);
  });

  it('writes the note in the interface’s language', () => {
    const { article, view } = extract();
    useTestLanguage('de');
    const body = view.document.createElement('div');
    body.innerHTML = restoreRemoval(article, 0, view).contentHtml;
    expect(body.querySelector('[data-restored-note]')?.textContent).toBe('Am Ende wiederhergestellt: Seine Stelle auf der Seite liegt außerhalb des Artikels.');
  });

  it('restores a block without HTML (too long to carry) from its text, and never hidden', () => {
    const { article, view } = extract();
    const bare: Article = { ...article, removed: [{ rule: 'hidden', text: 'Line one of it\nLine two of it', place: { after: 'figures published last week.', before: null } }] };
    expect(blocks(restoreRemoval(bare, 0, view), view).slice(2, 5)).toEqual(['The repair cost the county council 1.8 m', '[hidden] Line one of it', '[hidden] Line two of it']);
    const hidden: Article = { ...article, removed: [{ rule: 'hidden', text: 'Shown now', html: '<p hidden aria-hidden="true">Shown now</p>' }] };
    expect(restoreRemoval(hidden, 0, view).contentHtml).toContain('<p>Shown now</p>');
  });

  it('never puts a block between a picture and its caption: a caption anchors its whole figure', () => {
    const { article, view } = extract();
    const figure = '<figure><img src="https://www.coastal-herald.example/media/ferry.jpg"><figcaption>The ferry at the slipway on Monday morning.</figcaption></figure>';
    const captioned: Article = {
      ...article,
      contentHtml: `${figure}<p>The ferry is back.</p>`,
      removed: [{ rule: 'share-bar', text: 'Share', html: '<div>Share</div>', place: { after: 'Share this story on your networks', before: 'The ferry at the slipway on Monday morning.' } }],
    };
    expect(restoreRemoval(captioned, 0, view).contentHtml).toBe(`<div data-restored="share-bar"><div>Share</div></div>${figure}<p>The ferry is back.</p>`);
  });

  it('never restores unsafe HTML from an edited record', () => {
    const { article, view } = extract();
    const edited: Article = { ...article, removed: [{ rule: 'ad-slot', text: 'x', html: '<img src="x" onerror="alert(1)"><script>alert(2)</script>' }] };
    const html = restoreRemoval(edited, 0, view).contentHtml;
    expect(html).not.toMatch(/onerror|<script/);
  });
});

describe('"Always keep this on <site>"', () => {
  it('the rule keeps the block on the next extraction on that site, and only there', () => {
    const { article } = extract();
    const promo = article.removed.find((r) => r.rule === 'promo-line')!;
    const rule = siteRuleFor(URL, promo, new Date('2025-10-14T08:00:00Z'))!;
    expect(rule).toEqual({ site: 'coastal-herald.example', rule: 'promo-line', fingerprint: expect.stringMatching(/^[0-9a-f]{8}$/), preview: 'Sign up for The Harbour Bulletin today to get the free weekly newsletter delive…', createdAt: '2025-10-14T08:00:00.000Z' });

    const kept = extract({ url: URL, keep: [rule] }).article;
    expect(kept.removed.map((r) => r.rule)).toEqual(['consent-banner', 'related-links', 'byline-line']);
    expect(kept.textContent.split('\n')[3]).toBe(PROMO);

    const elsewhere = 'https://another-paper.example/local/2025/10/14/harbour-ferry-returns';
    const other = extract({ url: elsewhere, keep: [rule] }).article;
    expect(other.removed.map((r) => r.rule)).toEqual(['consent-banner', 'related-links', 'byline-line', 'promo-line']);
    expect(other.textContent).not.toContain('Harbour Bulletin');
  });

  it('a rule of another name, or another block, keeps nothing', () => {
    const { article } = extract();
    const promo = article.removed.find((r) => r.rule === 'promo-line')!;
    const rule = siteRuleFor(URL, promo)!;
    const renamed = extract({ url: URL, keep: [{ ...rule, rule: 'contact-line' }] }).article;
    const otherText = extract({ url: URL, keep: [siteRuleFor(URL, { rule: 'promo-line', text: 'Sign up for another bulletin' })!] }).article;
    expect(renamed.removed.map((r) => r.rule)).toContain('promo-line');
    expect(otherText.removed.map((r) => r.rule)).toContain('promo-line');
  });
});
