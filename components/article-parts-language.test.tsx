// @vitest-environment jsdom
/**
 * The article's parts (popup and reader) in the interface's language: rendered under the pseudo-language with
 * marked data, no word may come from anywhere but the messages; French and German give their own plurals,
 * numbers and dates.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../utils/extract/types';
import type { SummarizerApi } from '../utils/summarizer';
import { marked, untranslatedText } from '../tests/untranslated';
import { useTestLanguage } from '../tests/setup/i18n';
import { AiKeyPoints } from './AiKeyPoints';
import { ArticleHeader } from './ArticleHeader';
import { CompletenessNotice } from './CompletenessNotice';
import { CorrectionNotes } from './CorrectionNotes';
import { citedTimes, formatDate, metadataParts } from './format';
import { Implications } from './Implications';
import { LargePageNotice } from './LargePageNotice';
import { ReadingProgress } from './ReadingProgress';
import { RemovedList, type RemovalActions } from './RemovedList';
import { changedParagraphsLabel, ChangesSinceSaved, SavedCopyChangeCount } from './SavedCopyChanges';
import { SourceNotes } from './SourceNotes';
import { Summary } from './Summary';

// The saved copy the changes are measured against, and what saving answers.
const library = vi.hoisted(() => ({ savedText: '' }));
vi.mock('../utils/library', () => ({
  findSavedCopy: async () => ({ article: { textContent: library.savedText } }),
  saveArticle: async () => ({ ok: true, status: 'updated' }),
}));

const article: Article = {
  url: 'https://news.example/a',
  headline: marked('Port automation will cut dock jobs'),
  subtitle: marked('Unions want retraining money'),
  alternateHeadlines: [],
  byline: marked('Priya Raman'),
  siteName: marked('The Harbour Ledger'),
  publishedTime: '2025-03-14T07:00:00Z',
  modifiedTime: '2025-04-03T14:20:00.000Z',
  lang: 'en',
  summary: marked('Dock jobs go.'),
  implications: [{ label: marked('Jobs'), text: marked('Fewer dock jobs.'), sourceIds: ['b', 'a'] }],
  sources: [
    { id: 'a', title: marked('Port study'), url: 'https://study.example/', citedBy: 2 },
    { id: 'b', title: null, url: null, citedBy: 1 },
    { id: 'c', title: null, url: null, citedBy: 0, missing: true },
    { id: 'attribution-reuters', title: marked('Reuters'), url: null, citedBy: 3, kind: 'attribution' },
  ],
  contentHtml: '<p>x</p>',
  textContent: marked('First paragraph.\nSecond paragraph, changed.'),
  wordCount: 211,
  readingMinutes: 2,
  removed: [
    { rule: marked('share-bar'), text: marked('Share on Facebook') },
    { rule: marked('promo-line'), text: marked('Sign up today'), restored: true },
  ],
  corrections: [
    { kind: 'correction', text: marked('It is 210 million.') },
    { kind: 'update', text: marked('Added a quote.') },
    { kind: 'clarification', text: marked('The plant is new.') },
    { kind: 'editors-note', text: marked('Names changed.') },
  ],
  completeness: 0.34,
  fullSectionHtml: '<p>x</p>',
  largePage: { pageElements: 99_993, regionElements: 213, chosenBy: 'article-markup' },
};

const actions = (keepOk: boolean): RemovalActions => ({ site: 'coastal-herald.example', restore: () => undefined, keep: async () => keepOk });

/** Lets effects run and promises resolve. */
const settle = () =>
  act(async () => {
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  });

const stubApi = (availability: string, progress?: number): SummarizerApi => ({
  availability: async () => availability,
  create: async (options) => {
    if (progress !== undefined) {
      const monitor = new EventTarget();
      options?.monitor?.(monitor);
      monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded: progress }));
      return new Promise(() => undefined);
    }
    return { summarize: async () => '' };
  },
});

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
  library.savedText = marked('First paragraph.\nSecond paragraph.\nThird paragraph.');
});
afterEach(() => {
  render(null, root);
  useTestLanguage('en');
  vi.unstubAllGlobals();
});

describe('the article parts, every word from the messages', () => {
  beforeEach(() => useTestLanguage('pseudo'));

  it('header, summary, implications, notes, corrections and notices', () => {
    render(
      <>
        <ArticleHeader article={article} />
        <CorrectionNotes article={article} />
        <CompletenessNotice article={article} onToggleFullSection={() => undefined} />
        <LargePageNotice article={article} />
        <Summary summary={article.summary} />
        <Implications implications={article.implications} sources={article.sources} />
        <SourceNotes sources={article.sources} markerCounts={new Map([['a', 2]])} />
        <RemovedList removed={article.removed} />
        <RemovedList removed={[]} />
      </>,
      root,
    );
    // The only word not from the messages is the month, which Intl writes in the interface's language.
    expect(untranslatedText(root)).toEqual([{ where: 'bdi', text: formatDate(article.publishedTime!), words: ['March'] }]);
    expect(root.querySelector('.corrections')?.getAttribute('aria-label')).toBe('⟪Corrections and updates⟫');
  });

  it('the other states: the extracted article shown again, the page marked by its prose, a note found nowhere', () => {
    vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} });
    const prose: Article = { ...article, largePage: { pageElements: 40_000, regionElements: 900, chosenBy: 'prose' } };
    render(
      <>
        <CompletenessNotice article={prose} showingFullSection onToggleFullSection={() => undefined} />
        <LargePageNotice article={prose} />
        <SourceNotes sources={[{ id: 'x', title: null, url: null, citedBy: 1, missing: true }]} />
        <ReadingProgress />
      </>,
      root,
    );
    expect(untranslatedText(root)).toEqual([]);
  });

  it('Restore, Always keep, kept, and could not be saved', async () => {
    render(<RemovedList removed={article.removed} actions={actions(true)} />, root);
    expect(untranslatedText(root)).toEqual([]);
    root.querySelector<HTMLButtonElement>('button.keep')!.click();
    await settle();
    expect(root.querySelector('.restored-actions')?.textContent).toBe(' ⟪Restored.⟫ ⟪Kept on coastal-herald.example: it stays in place next time.⟫');
    render(null, root);
    render(<RemovedList removed={article.removed} actions={actions(false)} />, root);
    root.querySelector<HTMLButtonElement>('button.keep')!.click();
    await settle();
    expect(root.textContent).toContain('⟪This could not be saved.⟫');
    expect(untranslatedText(root)).toEqual([]);
  });

  it('the changes since the copy was saved, in the popup and in the reader', async () => {
    // One at a time: two components loading the mocked library at the same time got it unmocked once.
    render(<SavedCopyChangeCount article={article} />, root);
    await settle();
    expect(root.querySelector('.changes-since-saved-count')?.textContent).toBe('⟪2 paragraphs changed since you saved it. Open the reader view to see what changed.⟫');
    render(null, root);
    render(<ChangesSinceSaved article={article} />, root);
    await settle();
    expect(untranslatedText(root)).toEqual([]);
    await act(async () => root.querySelector<HTMLButtonElement>('.changes-since-saved button')!.click());
    await settle();
    expect(root.querySelector('.changes-since-saved .status')?.textContent).toBe('⟪Updated the saved copy in your library.⟫');
    expect(root.querySelector<HTMLButtonElement>('.changes-since-saved button')?.disabled).toBe(true);
  });

  it('AI key points while checking, without a model, asking, downloading and failed', async () => {
    render(<AiKeyPoints text="x" lang="en" api={stubApi('available')} />, root);
    expect(root.querySelector('.ai-status')?.textContent).toBe('⟪Checking for the on-device model…⟫');
    await settle();
    expect(root.querySelector('.ai-status')?.textContent).toBe('⟪The on-device model could not summarize this article.⟫');
    expect(untranslatedText(root)).toEqual([]);
    for (const availability of ['unavailable', 'downloadable', 'downloading']) {
      render(<AiKeyPoints key={availability} text="x" lang="en" api={stubApi(availability)} />, root);
      await settle();
      expect(untranslatedText(root), availability).toEqual([]);
    }
    render(<AiKeyPoints key="progress" text="x" lang="en" api={stubApi('downloadable', 0.42)} />, root);
    await settle();
    await act(async () => root.querySelector('button')!.click());
    await settle();
    expect(root.querySelector('.ai-status')?.textContent).toBe('⟪Downloading the on-device model… 42%⟫');
    expect(untranslatedText(root)).toEqual([]);
  });
});

describe('the article parts in French and German', () => {
  it('French: the date, the reading time, and “cited once” against “cité 3 fois”', () => {
    useTestLanguage('fr');
    expect(metadataParts(article)).toEqual([
      { text: '¤Priya ¤Raman' },
      { text: '¤The ¤Harbour ¤Ledger' },
      { text: '14 mars 2025', lang: 'fr' },
      { text: '2 min de lecture', lang: 'fr' },
    ]);
    expect([0, 1, 3].map(citedTimes)).toEqual(['cité 0 fois', 'cité une fois', 'cité 3 fois']);
    render(<CorrectionNotes article={article} />, root);
    expect(root.querySelector('.modified')?.textContent).toBe('Mis à jour le 3 avril 2025');
    expect(root.querySelector('.corrections li')?.textContent).toBe('Rectificatif — ¤It ¤is ¤210 ¤million.');
  });

  it('German: plurals, the thousands in the notices, and the download in per cent', async () => {
    useTestLanguage('de');
    expect(changedParagraphsLabel([{ kind: 'added', before: null, after: 'x' }])).toBe('1 Absatz seit dem Speichern geändert');
    expect(changedParagraphsLabel([{ kind: 'added', before: null, after: 'x' }, { kind: 'removed', before: 'y', after: null }])).toBe('2 Absätze seit dem Speichern geändert');
    render(
      <>
        <LargePageNotice article={article} />
        <CompletenessNotice article={article} />
        <SourceNotes sources={article.sources} />
        <RemovedList removed={article.removed} />
      </>,
      root,
    );
    expect(root.querySelector('.large-page-notice')?.textContent).toBe(
      'Diese Seite ist sehr groß (99.993 Elemente), daher hat Clearpress nur den Teil gelesen, der den Artikel enthält, so wie die Seite ihn auszeichnet.',
    );
    expect(root.querySelector('.completeness-warning')?.textContent).toBe('Dieser Artikel ist möglicherweise unvollständig: Etwa 210 von 620 Wörtern wurden gefunden.');
    expect([...root.querySelectorAll('.cited')].map((cited) => cited.textContent)).toEqual(['2-mal zitiert', 'einmal zitiert', '0-mal zitiert', 'in 3 Absätzen genannt']);
    expect(root.querySelector('.removed summary')?.textContent).toBe('Von dieser Seite entfernt (1)');
    render(<AiKeyPoints text="x" lang="de" api={stubApi('downloadable', 0.42)} />, root);
    await settle();
    await act(async () => root.querySelector('button')!.click());
    await settle();
    expect(root.querySelector('.ai-status')?.textContent).toBe('Modell wird auf das Gerät geladen… 42\u00a0%');
  });
});

describe('interface words inside an article in another language', () => {
  it('carry the interface’s language, and the line under the headline isolates each piece', () => {
    useTestLanguage('de');
    const root = document.createElement('div');
    render(<article lang="ar" dir="rtl"><ArticleHeader article={{ ...article, byline: 'كاتب', siteName: null, publishedTime: '2025-06-14T08:00:00Z', readingMinutes: 1 }} /><Summary summary="ملخص" /></article>, root);
    expect([...root.querySelectorAll('.meta bdi')].map((piece) => [piece.textContent, piece.getAttribute('lang')])).toEqual([
      ['كاتب', null],
      ['14. Juni 2025', 'de'],
      ['1 Min. Lesezeit', 'de'],
    ]);
    expect(root.querySelector('#summary-title')?.getAttribute('lang')).toBe('de');
  });
});
