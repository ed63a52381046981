// @vitest-environment jsdom
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LibraryCard } from '../../utils/library/schema';
import { LibraryRow, sameRowProps, type RowProps } from './LibraryRow';

const card: LibraryCard = {
  id: 'a1',
  canonicalUrl: 'https://civicreview.example/news/ferry',
  headline: 'Council delays the ferry vote',
  summary: 'The ferry vote moves to June.',
  siteName: 'Civic Review',
  byline: null,
  publishedTime: null,
  savedAt: '2026-01-02T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
  readingMinutes: 3,
  tags: ['ferry'],
  read: false,
  readingPosition: 0,
};
const none = () => undefined;
const props = (over: Partial<RowProps> = {}): RowProps => ({
  card,
  terms: ['ferry'],
  snippet: null,
  selected: false,
  stories: null,
  onSelect: none,
  onToggleRead: none,
  onSetTags: none,
  onDelete: none,
  onOpenStory: none,
  ...over,
});

describe('sameRowProps', () => {
  it('takes a new list of the same matched words as the same row', () => {
    expect(sameRowProps(props(), props({ terms: ['ferry'] }))).toBe(true);
  });

  it.each<[string, Partial<RowProps>]>([
    ['other matched words', { terms: ['vote'] }],
    ['one more matched word', { terms: ['ferry', 'vote'] }],
    ['no matched words', { terms: [] }],
    ['a changed card', { card: { ...card, read: true } }],
    ['a snippet', { snippet: '… the ferry …' }],
    ['selection', { selected: true }],
    ['a new handler', { onDelete: () => undefined }],
  ])('tells a row apart by %s', (_, change) => {
    expect(sameRowProps(props(), props(change))).toBe(false);
  });
});

describe('LibraryRow', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    root = document.createElement('div');
    document.body.append(root);
  });

  it('shows new matches and a changed card, and keeps its element when nothing changed', () => {
    render(<LibraryRow {...props()} />, root);
    const row = root.querySelector('li');
    expect([...root.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['ferry', 'ferry']);
    render(<LibraryRow {...props({ terms: ['ferry'] })} />, root);
    expect(root.querySelector('li')).toBe(row);
    render(<LibraryRow {...props({ terms: ['vote'] })} />, root);
    expect([...root.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['vote', 'vote']);
    render(<LibraryRow {...props({ terms: ['vote'], card: { ...card, read: true, headline: 'Council moves the ferry vote' } })} />, root);
    expect(root.querySelector('.headline')?.textContent).toBe('Council moves the ferry vote');
    expect(root.querySelector('li')?.className).toBe('row');
  });
});
