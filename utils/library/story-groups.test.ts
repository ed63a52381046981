import { describe, expect, it } from 'vitest';
import { FERRY_OUTLETS, UNRELATED_SAME_ISLAND, type StoryFixture } from '../../tests/fixtures/story/ferry-outlets';
import { featuresOf, namesIn, sameStory, sentencesOf, StoryIndex, whatEachAdds, type StoryCard } from './story-groups';

const cardOf = (story: StoryFixture): StoryCard => ({ id: story.id, headline: story.headline, summary: story.summary, siteName: story.siteName, publishedTime: story.publishedTime });
const ALL = [...FERRY_OUTLETS, UNRELATED_SAME_ISLAND].map(cardOf);

describe('names of people, places and organisations', () => {
  it.each([
    ['Islanders cheered as the ferry from the Old Harbour returned, paid for by Westmoor County Council.', ['old harbour', 'westmoor county council']],
    ['Opposition councillor David Okafor said the Bank of England and NATO agreed. In Paris, London and Rome too.', ['david okafor', 'bank of england', 'nato', 'paris', 'london', 'rome']],
    ['Monday was calm. The ferry sailed.', []],
    ['Gull Island Ferry Returns After Two-Year Repair', []],
    ['El Ayuntamiento de Sevilla y la Junta de Andalucía firmaron el acuerdo.', ['ayuntamiento de sevilla', 'junta de andalucía'.normalize('NFKD').replace(/\p{M}/gu, '')]],
  ])('%s', (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it('reads a name without the full stops, apostrophes and dashes after it', () => {
    expect(namesIn("Voters backed Angela Merkel's party. Rivals met Olaf Scholz’ aides and the U.S. envoy John Roe-- then left.")).toEqual(['angela merkel s', 'olaf scholz', 'u s', 'john roe']);
  });

  it('German: nouns are capitalised, so only names of two or more words count', () => {
    expect(namesIn('Die Bundesregierung in Berlin und Angela Merkel trafen den Bürgermeister.', 'de')).toEqual(['angela merkel']);
  });
});

describe('same story', () => {
  it('groups the three outlets and leaves out the unrelated story that shares the island', () => {
    const index = new StoryIndex(ALL);
    expect(index.sameStoryAs('herald-ferry')).toEqual(['western-ferry', 'courier-ferry']);
    expect(index.sameStoryAs('courier-ferry')).toEqual(['western-ferry', 'herald-ferry']);
    expect(index.sameStoryAs('western-ferry')).toEqual(['courier-ferry', 'herald-ferry']);
    expect(index.sameStoryAs('courier-school')).toEqual([]);
    expect(index.sameStoryAs('unknown')).toEqual([]);
  });

  it('the same headline a month later is another story', () => {
    const herald = featuresOf(ALL[0]!);
    const later = featuresOf({ ...ALL[1]!, publishedTime: '2025-11-20T09:00:00Z' });
    expect(sameStory(herald, featuresOf(ALL[1]!))).toBe(true);
    expect(sameStory(herald, later)).toBe(false);
  });

  it('stays fast at 5,000 articles: index built once, rows asked lazily', () => {
    const places = ['Harbour', 'Valley', 'Bridge', 'Market', 'Station', 'Quay', 'Mill', 'Forest'];
    const cards: StoryCard[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `c${i}`,
      headline: `Council ${['approves', 'delays', 'rejects'][i % 3]} plan number ${i} for ${places[i % 8]} ${i % 97} works`,
      summary: `Councillor Person${i % 613} Surname${i % 389} said the ${places[i % 8]} Works Board of Town${i % 211} would meet.`,
      siteName: `site${i % 40}.example`,
      publishedTime: new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000).toISOString(),
    }));
    const started = performance.now();
    const index = new StoryIndex([...cards, ...ALL]);
    for (const card of cards.slice(0, 40)) index.sameStoryAs(card.id);
    expect(index.sameStoryAs('herald-ferry')).toEqual(['western-ferry', 'courier-ferry']);
    // Generous for a loaded 2-core machine; about 0.75 s at a load average of 28 on 2 cores.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('what each outlet adds', () => {
  const articles = FERRY_OUTLETS.map((story) => ({ id: story.id, siteName: story.siteName, headline: story.headline, textContent: story.paragraphs.join('\n') }));

  it('sentences with no near duplicate in the other outlets, per outlet', () => {
    expect(whatEachAdds(articles).map(({ siteName, adds, shared }) => ({ siteName, adds, shared }))).toEqual([
      { siteName: 'Coastal Herald', adds: ['Crossings will run every forty minutes from six in the morning until nine at night.'], shared: 3 },
      {
        siteName: 'Island Courier',
        adds: [
          'Island shopkeeper Ellen Marsh said the day visitors who stopped coming in 2023 would finally be back for the half-term holiday.',
          'The primary school can again take its pupils on the weekly swimming trips to the mainland pool.',
        ],
        shared: 2,
      },
      {
        siteName: 'Western Daily',
        adds: [
          'Opposition councillor David Okafor said the shipyard that built the ferry in 2019 should have paid for the shaft under its warranty.',
          'Westmoor County Council said the warranty had expired six months before the shaft cracked.',
        ],
        shared: 2,
      },
    ]);
  });

  it('splits sentences after . ! ? before a capital, a digit or a quote', () => {
    expect(sentencesOf('He left. “We won!” she said. 2025 was calm.\nNext line')).toEqual(['He left.', '“We won!” she said.', '2025 was calm.', 'Next line']);
  });
});
