// @vitest-environment jsdom
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../utils/extract/types';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { Implications } from './Implications';
import { RemovedList } from './RemovedList';
import { SourceNotes } from './SourceNotes';
import { Summary } from './Summary';

const article: Article = {
  url: 'https://news.example/a',
  headline: 'Port automation will cut 1,200 dock jobs',
  subtitle: 'Unions want retraining money',
  alternateHeadlines: [],
  byline: 'Priya Raman',
  siteName: 'The Harbour Ledger',
  publishedTime: '2025-03-14T07:00:00Z',
  lang: 'en',
  summary: 'Summary.',
  implications: [{ label: 'Jobs', text: 'Fewer dock jobs.', sourceIds: ['b', 'a'] }],
  sources: [
    { id: 'a', title: 'Port study', url: 'https://study.example/', citedBy: 2 },
    { id: 'b', title: 'Union letter', url: null, citedBy: 1 },
  ],
  contentHtml: '<p>Body <a href="#source-a" data-source-id="a">[1]</a> and <a href="#source-a" data-source-id="a">[1]</a>.</p><img src="x" onerror="alert(1)"><script>alert(2)</script>',
  textContent: 'Body',
  wordCount: 250,
  readingMinutes: 2,
  removed: [{ rule: 'share-bar', text: 'Share on Facebook' }],
};

const LEAD = 'The county council approved on Tuesday a new road bridge over the river Wye at Ross, ending a ten-year debate about lorries in the town centre.';
const FIRST_PARAGRAPH = `${LEAD} Councillors voted 31 to 12 for the bridge after a four-hour debate.`;
const TURN = 'But the Environment Agency has objected to the plans, warning that the piers of the bridge would raise the flood risk for homes downstream.';
const BRIDGE_TEXT = [
  FIRST_PARAGRAPH,
  "The bridge will cost 48 million pounds, most of it from the government's levelling-up fund, and take three years to build.",
  TURN,
  'The Environment Agency can ask the government to call in the decision, which would delay the work by at least a year.',
  'Residents downstream said the flood risk had been ignored. "We were flooded in 2020 and nobody came," said one of them.',
].join('\n');

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});

describe('components', () => {
  it('ArticleHeader: headline once, subtitle, byline · site · date · reading time', () => {
    render(<ArticleHeader article={article} locale="en-US" />, root);
    expect(root.querySelectorAll('h1').length).toBe(1);
    expect(root.querySelector('h1')?.textContent).toBe('Port automation will cut 1,200 dock jobs');
    expect(root.querySelector('.subtitle')?.textContent).toBe('Unions want retraining money');
    expect(root.querySelector('.meta')?.textContent).toBe('Priya Raman · The Harbour Ledger · March 14, 2025 · 2 min read');
  });

  it('Implications: bold label and chips numbered by the notes, linking to them', () => {
    render(<Implications implications={article.implications} sources={article.sources} />, root);
    expect(root.querySelector('li strong')?.textContent).toBe('Jobs: ');
    expect([...root.querySelectorAll('a.chip')].map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-label')])).toEqual([
      ['[2]', '#source-b', 'Source 2: Union letter'],
      ['[1]', '#source-a', 'Source 1: Port study'],
    ]);
  });

  it('SourceNotes: numbered, new-tab links, "cited N times", no-link note, back-links', () => {
    render(<SourceNotes sources={article.sources} markerCounts={new Map([['a', 2]])} />, root);
    const items = [...root.querySelectorAll('li')];
    expect(items.map((li) => li.id)).toEqual(['source-a', 'source-b']);
    expect(items[0]?.querySelector('a[target="_blank"][rel="noopener noreferrer"]')?.getAttribute('href')).toBe('https://study.example/');
    expect(items.map((li) => li.querySelector('.cited')?.textContent)).toEqual(['cited 2 times', 'cited once']);
    expect(items[1]?.textContent).toContain('Union letter (no link given)');
    expect([...items[0]!.querySelectorAll('a.backlink')].map((a) => a.getAttribute('href'))).toEqual(['#cite-a-1', '#cite-a-2']);
  });

  it('SourceNotes: a note the page does not define says "not found on this page", with its count and back-links', () => {
    const sources = [...article.sources, { id: '3', title: null, url: null, citedBy: 2, missing: true as const }];
    render(<SourceNotes sources={sources} markerCounts={new Map([['3', 2]])} />, root);
    const item = root.querySelector('#source-3');
    expect(item?.textContent).toBe('3. not found on this page cited 2 times ↩1 ↩2');
    expect(item?.querySelector('.not-found')?.textContent).toBe('not found on this page');
    expect(item?.querySelector('a[target="_blank"]')).toBeNull();
    expect([...item!.querySelectorAll('a.backlink')].map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')])).toEqual([
      ['#cite-3-1', 'Back to citation 1 of source 3'],
      ['#cite-3-2', 'Back to citation 2 of source 3'],
    ]);
    expect(root.textContent).not.toContain('Unnamed source');
  });

  it('RemovedList: collapsed, with the count', () => {
    render(<RemovedList removed={article.removed} />, root);
    expect(root.querySelector('details')?.open).toBe(false);
    expect(root.querySelector('summary')?.textContent).toBe('Removed from this page (1)');
    expect(root.querySelector('li')?.textContent).toBe('share-bar Share on Facebook');
  });

  it('ArticleBody: sanitizes again and gives citation markers ids for the back-links', () => {
    let counts = new Map<string, number>();
    render(<ArticleBody html={article.contentHtml} onMarkers={(c) => (counts = c)} />, root);
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    expect([...root.querySelectorAll('a[data-source-id]')].map((a) => a.id)).toEqual(['cite-a-1', 'cite-a-2']);
    expect([...counts]).toEqual([['a', 2]]);
  });

  it('ArticleBody: shows a lead picture, its responsive sources and its caption as the pipeline gave them', () => {
    const lead = '<figure><picture><source srcset="https://news.example/m/cranes-1200.webp 1200w" type="image/webp"><img src="https://news.example/m/cranes.jpg" alt="Cranes at the terminal" width="1200" height="675"></picture><figcaption>Cranes at the terminal. (Photo: Harbour Ledger)</figcaption></figure>';
    render(<ArticleBody html={`${lead}<p>Body.</p>`} />, root);
    expect(root.querySelector('.article-body')?.innerHTML).toBe(`${lead}<p>Body.</p>`);
  });

  it('Summary in the reader: left out when it only repeats the first paragraph right under it', () => {
    render(<Summary summary={FIRST_PARAGRAPH} textBelow={BRIDGE_TEXT} />, root);
    expect(root.querySelector('.summary')).toBeNull();
  });

  it('Summary in the reader: shown when it tells more than the opening; in the popup (no text under it), always', () => {
    render(<Summary summary={`${LEAD} ${TURN}`} textBelow={BRIDGE_TEXT} />, root);
    expect(root.querySelector('.summary p')?.textContent).toBe(`${LEAD} ${TURN}`);
    render(<Summary summary={FIRST_PARAGRAPH} />, root);
    expect([root.querySelector('.summary h2')?.textContent, root.querySelector('.summary p')?.textContent]).toEqual(['Summary', FIRST_PARAGRAPH]);
  });
});
