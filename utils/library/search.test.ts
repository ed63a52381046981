import { describe, expect, it } from 'vitest';
import { highlightParts, snippetAround } from './highlight';
import { LibrarySearchIndex, searchTokens, type SearchDocument } from './search';

const doc = (id: string, headline: string, summary = '', text = '', meta = ''): SearchDocument => ({ id, headline, summary, text, meta });

function library(): LibrarySearchIndex {
  const index = new LibrarySearchIndex();
  index.add(doc('body', 'Council meets on Tuesday', 'Agenda items.', 'The drought response was discussed briefly among other items.'));
  index.add(doc('headline', 'Drought response approved', 'Farmers get aid.', 'The council voted for water limits.'));
  index.add(doc('summary', 'Farm aid package', 'A drought response for farmers.', 'Money for wells.'));
  index.add(doc('other', 'Rail link delayed', 'Costs climb.', 'Engineers found cracks.', 'Metro Wire'));
  return index;
}

describe('searchTokens', () => {
  it('lowercases, drops accents and punctuation, splits ideographs', () => {
    expect(searchTokens("L'Élysée: 42 ÇA-va! 北京大学")).toEqual(['l', 'elysee', '42', 'ca', 'va', '北', '京', '大', '学']);
  });
});

describe('LibrarySearchIndex', () => {
  it('ranks a headline match above a summary match above a body match', () => {
    expect(library().search('drought response').map((hit) => hit.id)).toEqual(['headline', 'summary', 'body']);
  });

  it('matches the word being typed as a prefix, and exact words above longer ones', () => {
    const index = library();
    expect(index.search('drou').map((hit) => hit.id)).toEqual(['headline', 'summary', 'body']);
    const hits = index.search('farm');
    expect(hits.map((hit) => [hit.id, hit.terms])).toEqual([
      ['summary', ['farm']],
      ['headline', ['farmers']],
    ]);
  });

  it('requires every word, finds site names, and ignores accents', () => {
    const index = library();
    // Each has one word in its headline; "council" is the rarer word, so its headline weighs more.
    expect(index.search('council drought').map((hit) => hit.id)).toEqual(['body', 'headline']);
    expect(index.search('metro').map((hit) => hit.id)).toEqual(['other']);
    expect(index.search('DRÔUGHT aid').map((hit) => hit.id)).toEqual(['summary', 'headline']);
    expect(index.search('  ?! ')).toEqual([]);
    expect(index.search('zebra')).toEqual([]);
  });

  it('forgets removed records and replaces updated ones', () => {
    const index = library();
    index.remove('headline');
    index.add(doc('summary', 'Something else', '', ''));
    expect(index.search('drought').map((hit) => hit.id)).toEqual(['body']);
    expect(index.size).toBe(3);
  });
});

describe('highlighting', () => {
  it('marks the matched words as parts, never as HTML', () => {
    expect(highlightParts('<b>Drought</b> response: droughts', ['drought'])).toEqual([
      { text: '<b>', match: false },
      { text: 'Drought', match: true },
      { text: '</b> response: droughts', match: false },
    ]);
    expect(highlightParts('Plain text', [])).toEqual([{ text: 'Plain text', match: false }]);
  });

  it('cuts a snippet around the first match', () => {
    const text = `${'word '.repeat(100)}the drought response ${'tail '.repeat(100)}`;
    expect(snippetAround(text, ['drought'], 60)).toBe('… word word word the drought response tail tail tail tail tail …');
  });
});
