// @vitest-environment jsdom
/**
 * The library page, its rows, bulk bar, story panel and Highlights view say nothing but messages: rendered in the
 * pseudo-language with marked data, no word is left that came from neither; and in French and German the counts,
 * dates and shares read as those languages write them.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../entrypoints/library/App';
import { marked, untranslatedText, type Untranslated } from '../../tests/untranslated';
import { useTestLanguage } from '../../tests/setup/i18n';
import type { Article } from '../../utils/extract/types';
import { tCount } from '../../utils/i18n';
import { closeLibrary } from '../../utils/library/db';
import { addHighlight } from '../../utils/library/highlights';
import { saveArticle } from '../../utils/library/save';
import { sampleArticle } from '../../utils/library/sample-articles';
import { highlightOf } from '../../utils/library/sample-highlights';
import type { LibraryCard } from '../../utils/library/schema';
import type { StoryIndex } from '../../utils/library/story-groups';
import { COLOR_NAMES } from '../highlights/labels';
import { BulkBar } from './BulkBar';
import { formatBytes } from './download';
import { formatDay } from './format';
import { HighlightsView } from './HighlightsView';
import { LibraryRow, type RowProps } from './LibraryRow';
import { SameStoryLink, StoryGroup } from './StoryGroup';

let root: HTMLElement;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  useTestLanguage('en');
  await closeLibrary();
});

const HIGHLIGHT_DAY = '2026-02-01T10:00:00.000Z';

/**
 * What is left once words that are not interface text are taken out: Intl's own words for a date shown alone
 * (in the messages' language, as it should be), colour names (components/highlights/labels.ts, translated and
 * checked with the reader), and search matches in <mark>, which are the data's own words cut out of it.
 */
function stray(found: Untranslated[]): Untranslated[] {
  const elsewhere = new Set([...formatDay(HIGHLIGHT_DAY).split(/[\s,.]+/), ...Object.values(COLOR_NAMES)]);
  return found
    .filter((finding) => finding.where !== 'mark')
    .map((finding) => ({ ...finding, words: finding.words.filter((word) => !elsewhere.has(word.replace(/[.,]$/, ''))) }))
    .filter((finding) => finding.words.length > 0);
}

const until = async (test: () => boolean): Promise<boolean> => {
  for (let i = 0; i < 300 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  return test();
};

/** A sample article whose every word a reader would see is marked data. */
function markedArticle(n: number, headline: string, siteName: string, body: string[]): Article {
  const paragraphs = body.map(marked);
  return {
    ...sampleArticle(n, { words: 40 }),
    headline: marked(headline),
    siteName: marked(siteName),
    summary: paragraphs[0]!,
    contentHtml: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    textContent: paragraphs.join('\n'),
    implications: [],
    sources: [],
  };
}

async function saveMarked(): Promise<string[]> {
  const articles = [
    markedArticle(1, 'Council delays the harbour vote', 'Civic Review', ['The council met on Monday.', 'Night ferries keep running until June.']),
    markedArticle(2, 'Harbour vote moves to June', 'Metro Wire', ['The council met on Monday.', 'Critics want a ballot first.']),
  ];
  const ids: string[] = [];
  for (const [i, article] of articles.entries()) {
    const saved = await saveArticle(article, { now: new Date(`2026-01-0${i + 1}T10:00:00.000Z`) });
    if (!saved.ok) throw new Error(saved.message);
    ids.push(saved.record.id);
  }
  const quote = marked('Night ferries keep running');
  const added = await addHighlight(highlightOf('h1', ids[0]!, 0, { exact: quote, prefix: '', suffix: '', note: marked('Ask the port'), tags: [marked('port')], createdAt: HIGHLIGHT_DAY, updatedAt: HIGHLIGHT_DAY }));
  if (!added.ok) throw new Error(added.message);
  return ids;
}

const click = (element: Element | null | undefined) => (element as HTMLElement).click();

describe('the library page in the pseudo-language', () => {
  it('shows only messages and data: the list, a search, a row’s notice, the bulk bar, undo and the Highlights view', async () => {
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { estimate: async () => ({ usage: 1_500_000, quota: 250_000_000_000 }) } });
    await saveMarked();
    useTestLanguage('pseudo');
    render(<App />, root);
    expect(await until(() => root.querySelectorAll('.row').length === 2 && /storage/.test(root.querySelector('.counts')?.textContent ?? ''))).toBe(true);
    expect(root.querySelector('.counts')?.textContent).toBe('⟪2 saved articles⟫ · ⟪storage used: ⟪1.5 MB of 250 GB available⟫⟫');
    expect(stray(untranslatedText(root))).toEqual([]);

    // A word only in one article's text: the row shows where it matched.
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'ferries';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    expect(await until(() => root.querySelectorAll('.row').length === 1 && root.querySelector('.snippet') !== null)).toBe(true);
    expect(root.querySelector('.list-head span')?.textContent).toBe('⟪1 match⟫');
    expect(stray(untranslatedText(root))).toEqual([]);

    click(root.querySelector('.row .actions button'));
    expect(await until(() => /Marked/.test(root.querySelector('.status')?.textContent ?? ''))).toBe(true);
    click(root.querySelector('.row .select'));
    expect(await until(() => root.querySelector('.bulk') !== null)).toBe(true);
    expect(stray(untranslatedText(root))).toEqual([]);

    click(root.querySelector('.bulk .danger'));
    expect(await until(() => root.querySelector('.undo') !== null)).toBe(true);
    expect(root.querySelector('.undo')?.textContent).toBe('⟪Deleted 1 article.⟫ ⟪Undo⟫');
    expect(stray(untranslatedText(root))).toEqual([]);
    click(root.querySelector('.undo button'));
    expect(await until(() => /Restored/.test(root.querySelector('.status')?.textContent ?? ''))).toBe(true);

    click(root.querySelectorAll('.views button')[1]);
    expect(await until(() => root.querySelector('.highlight-entry') !== null)).toBe(true);
    expect(stray(untranslatedText(root))).toEqual([]);
  });

  it('says so when there is nothing saved, and in the Highlights view when no highlight is there', async () => {
    useTestLanguage('pseudo');
    render(<App />, root);
    expect(await until(() => root.querySelector('.empty') !== null)).toBe(true);
    expect(stray(untranslatedText(root))).toEqual([]);
    render(<HighlightsView />, root);
    expect(await until(() => root.querySelector('.empty') !== null)).toBe(true);
    expect(stray(untranslatedText(root))).toEqual([]);
  });

  it('tells what each outlet adds in the story panel, and links a row to it', async () => {
    const ids = await saveMarked();
    useTestLanguage('pseudo');
    const stories = { sameStoryAs: (id: string) => ids.filter((other) => other !== id) } as unknown as StoryIndex;
    render(
      <>
        <SameStoryLink id={ids[0]!} index={stories} onOpen={() => undefined} />
        <StoryGroup ids={ids} onClose={() => undefined} />
      </>,
      root,
    );
    expect(await until(() => root.querySelectorAll('.outlet').length === 2)).toBe(true);
    expect(root.querySelector('.same-story')?.textContent).toBe('⟪Same story (2)⟫');
    expect(stray(untranslatedText(root))).toEqual([]);
  });

  it('has every label and every row state worded: unread, tags being edited, a bulk bar', async () => {
    useTestLanguage('pseudo');
    const props: RowProps = {
      card: { ...card, headline: '', tags: [marked('ferry')] },
      terms: [],
      snippet: null,
      selected: true,
      stories: null,
      onSelect: none,
      onToggleRead: none,
      onSetTags: none,
      onDelete: none,
      onOpenStory: none,
    };
    render(
      <>
        <LibraryRow {...props} />
        <BulkBar count={3} onMarkRead={none} onAddTag={none} onRemoveTag={none} onDelete={none} onExport={none} onClear={none} />
      </>,
      root,
    );
    expect(root.querySelector('.headline a')?.textContent).toBe('⟪Untitled article⟫');
    click([...root.querySelectorAll('.actions button')][1]);
    expect(await until(() => root.querySelector('.tag-editor') !== null)).toBe(true);
    expect(untranslatedText(root)).toEqual([]);
  });
});

const none = () => undefined;
const card: LibraryCard = {
  id: 'a1',
  canonicalUrl: 'https://civicreview.example/news/ferry',
  headline: marked('Council delays the ferry vote'),
  summary: marked('The ferry vote moves to June.'),
  siteName: marked('Civic Review'),
  byline: null,
  publishedTime: null,
  savedAt: '2026-01-02T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
  readingMinutes: 3,
  tags: [],
  read: false,
  readingPosition: 0.4,
  highlightCount: 2,
};

describe('counts, dates and shares in the interface’s language', () => {
  const rowMeta = () => {
    // A row re-renders only when its props change; the language never changes under a page, here it does.
    render(null, root);
    render(<LibraryRow card={card} terms={[]} snippet={null} selected={false} stories={null} onSelect={none} onToggleRead={none} onSetTags={none} onDelete={none} onOpenStory={none} />, root);
    return root.querySelector('.meta')?.textContent;
  };

  it('writes a row’s facts in English, French and German', () => {
    expect(rowMeta()).toBe('¤Civic ¤Review · saved Jan 2, 2026 · 3 min read · 40% read · 2 highlights');
    useTestLanguage('fr');
    expect(rowMeta()).toBe('¤Civic ¤Review · enregistré le 2 janv. 2026 · 3 min de lecture · lu à 40\u00a0% · 2 surlignages');
    useTestLanguage('de');
    expect(rowMeta()).toBe('¤Civic ¤Review · gespeichert am 02.01.2026 · 3 Min. Lesezeit · 40\u00a0% gelesen · 2 Markierungen');
  });

  it('takes the singular for 0 and 1 in French, for 1 only in English and German', () => {
    useTestLanguage('fr');
    expect([0, 1, 2, 1234].map((n) => tCount('library.savedArticles', n))).toEqual(['0 article enregistré', '1 article enregistré', '2 articles enregistrés', '1\u202f234 articles enregistrés']);
    useTestLanguage('de');
    expect([0, 1, 2, 1234].map((n) => tCount('library.savedArticles', n))).toEqual(['0 gespeicherte Artikel', '1 gespeicherter Artikel', '2 gespeicherte Artikel', '1.234 gespeicherte Artikel']);
    useTestLanguage('en');
    expect([0, 1, 2].map((n) => tCount('library.highlightCount', n))).toEqual(['0 highlights', '1 highlight', '2 highlights']);
  });

  it('gives sizes in the language’s units', () => {
    expect([512, 1, 1_500_000, 250_000_000_000].map(formatBytes)).toEqual(['512 bytes', '1 byte', '1.5 MB', '250 GB']);
    useTestLanguage('fr');
    expect([512, 1_500_000].map(formatBytes)).toEqual(['512\u00a0octets', '1,5\u202fMo']);
  });

  it('shows the Highlights view’s dates in French', async () => {
    await saveMarked();
    useTestLanguage('fr');
    render(<HighlightsView />, root);
    expect(await until(() => root.querySelector('.highlight-entry') !== null)).toBe(true);
    expect(root.querySelector('.list-head')?.textContent).toBe('1 surlignage');
    expect(root.querySelector('.highlight-entry .meta')?.textContent).toContain(' · 1 févr. 2026 · ');
  });
});
