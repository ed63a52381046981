import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../cli/dom';
import { fixtureUrl, readFixture } from '../../tests/helpers';
import { readMetadata } from './metadata';
import { groupNearDuplicates, isNearDuplicate, pickHeadline, stripSiteName } from './headline';
import type { HeadlineInfo } from './types';

const SEED = path.resolve(__dirname, '../../../shared/fixtures/seed-news-page.html');

function headlineOf(html: string, url = 'https://news.example/2025/story'): HeadlineInfo {
  const doc = parsePage(html, url);
  return pickHeadline(doc, readMetadata(doc));
}

function fixtureHeadline(name: string): HeadlineInfo {
  const html = readFixture(`headline/${name}.html`);
  return headlineOf(html, fixtureUrl(html) ?? undefined);
}

describe('pickHeadline', () => {
  it('on the seed page: the visible h1, the kicker under it as subtitle, og:title as the one alternate', () => {
    expect(headlineOf(readFileSync(SEED, 'utf8'), 'https://meridian-post.example/world/africa/wagner-mercenaries-seek-exit-mali')).toEqual({
      headline: 'Mercenaries affiliated with the Russian Wagner Group seek to terminate their operations in Mali.',
      subtitle: 'Completed the mission or accomplished the objective?',
      alternateHeadlines: ['Wagner Mercenaries Seek Exit from Military Engagements in Mali'],
    });
  });
  it('follows JSON-LD @graph: headline and alternativeHeadline; the logo h1 naming the site is no candidate', () => {
    expect(fixtureHeadline('json-ld-graph')).toEqual({
      headline: 'Council approves the new tram line',
      subtitle: null,
      alternateHeadlines: ['Tram line gets the green light after a decade of debate'],
    });
  });
  it('on a page with no h1 takes the metadata title, without the site name before it', () => {
    expect(fixtureHeadline('no-h1')).toEqual({ headline: 'Ferry timetable changes from Monday', subtitle: null, alternateHeadlines: [] });
  });
  it('on a French page: the chapo is the subtitle (shown on the page and marked), the "surtitre" label is not', () => {
    expect(fixtureHeadline('french-article')).toEqual({
      headline: 'Réforme des retraites : le Sénat adopte le texte en première lecture',
      subtitle: 'Le vote, acquis à une large majorité, ouvre la voie à une commission mixte paritaire.',
      alternateHeadlines: [],
    });
  });
  it('collapses near duplicates (case, punctuation, a word changed) and keeps og:description out: no reader sees it', () => {
    expect(fixtureHeadline('near-duplicates')).toEqual({ headline: 'ECB holds rates steady as inflation cools', subtitle: null, alternateHeadlines: [] });
  });
  it.each([
    ['intro', true],
    ['article-intro', true],
    ['introtext', true],
    ['introduction', false],
    ['intro-introduction', true],
    ['introductionintro', true],
    ['introxintroduction', false],
    ['INTRODUCTION', false],
  ])('a dek classed %j counts: %s', (cls, counts) => {
    const page = `<head><title>Storm hits the coast overnight</title></head><body><h1>Storm hits the coast overnight</h1><p class="${cls}">Thousands without power as winds reach 120 km/h</p></body>`;
    expect(headlineOf(page).subtitle).toBe(counts ? 'Thousands without power as winds reach 120 km/h' : null);
  });

  it('takes the dek from an <hgroup> and from a dek class, and never the byline between', () => {
    expect(headlineOf('<body><hgroup><h1>Storm hits the coast overnight</h1><p>Thousands without power as winds reach 120 km/h</p></hgroup></body>').subtitle).toBe(
      'Thousands without power as winds reach 120 km/h',
    );
    expect(
      headlineOf(`<head><title>Storm hits the coast overnight</title></head><body><h1>Storm hits the coast overnight</h1>
        <div class="byline">By Jane Doe, staff reporter</div><p class="article__dek">Thousands without power as winds reach 120 km/h</p></body>`).subtitle,
    ).toBe('Thousands without power as winds reach 120 km/h');
  });
  it('prefers metadata over an h1 that agrees with nothing (a section name), which is no alternate either', () => {
    expect(headlineOf('<head><meta property="og:title" content="Budget vote delayed again"></head><body><h1>Politics</h1><p>x</p></body>')).toEqual({
      headline: 'Budget vote delayed again',
      subtitle: null,
      alternateHeadlines: [],
    });
  });
});

describe('stripSiteName', () => {
  const siteNames = ['Meridian Post'];
  it.each([
    ['Wagner leaves Mali | Meridian Post', 'Wagner leaves Mali'],
    ['Meridian Post - Wagner leaves Mali', 'Wagner leaves Mali'],
    ['Wagner leaves Mali — Meridian Post', 'Wagner leaves Mali'],
    ['Wagner leaves Mali : Meridian Post', 'Wagner leaves Mali'],
    ['Meridian Post: Wagner leaves Mali', 'Wagner leaves Mali'],
    ['Wagner leaves Mali – World – Meridian Post', 'Wagner leaves Mali – World'],
    ['Mali: Wagner leaves the country', 'Mali: Wagner leaves the country'],
  ])('%s gives %s', (title, stripped) => expect(stripSiteName(title, { siteNames, references: [] })).toBe(stripped));
  it('keeps the run of parts another candidate repeats, colons inside it included', () => {
    expect(stripSiteName('Review: the new phone, tested | Gadgets | Tech Daily', { siteNames: [], references: ['Review: the new phone, tested'] })).toBe(
      'Review: the new phone, tested',
    );
  });
  it.each([
    ['Wagner leaves Mali|Meridian Post', 'Wagner leaves Mali'],
    ['Wagner leaves Mali ::Meridian Post', 'Wagner leaves Mali'],
    ['Wagner leaves Mali _ Meridian Post', 'Wagner leaves Mali'],
    ['Wagner leaves Mali » World » Meridian Post', 'Wagner leaves Mali » World'],
    ['Wagner leaves Mali | | Meridian Post', 'Wagner leaves Mali |'],
    ['Meridian Post / Wagner leaves Mali / Analysis', 'Wagner leaves Mali / Analysis'],
    ['Wagner leaves Mali - a timeline | Meridian Post', 'Wagner leaves Mali - a timeline'],
    ['Wagner-backed forces leave Mali', 'Wagner-backed forces leave Mali'],
    ['Wagner leaves Mali \t|\n Meridian Post', 'Wagner leaves Mali'],
    ['Wagner leaves Mali [Meridian Post]', 'Wagner leaves Mali'],
    ['Wagner leaves Mali [1] [Meridian Post]', 'Wagner leaves Mali [1]'],
    ['Wagner leaves [the] country', 'Wagner leaves [the] country'],
    ['Mali [Meridian Post]', 'Mali [Meridian Post]'],
  ])('splits at each separator: %j gives %j', (title, stripped) => expect(stripSiteName(title, { siteNames, references: [] })).toBe(stripped));
  it('drops a short last part after "|" even without a known site name, and a bracketed site tag', () => {
    expect(stripSiteName('Ferry timetable changes from Monday | Harbour News', { siteNames: [], references: [] })).toBe('Ferry timetable changes from Monday');
    expect(stripSiteName('Weekly Edition for March 26, 2015 [LWN.net]', { siteNames: [], references: [] })).toBe('Weekly Edition for March 26, 2015');
  });
});

describe('near duplicates', () => {
  it('groups wordings that differ by case, punctuation or a word, and keeps different headlines apart', () => {
    expect(isNearDuplicate('ECB Holds Rates Steady As Inflation Cools!', 'ECB holds rates steady as inflation cools')).toBe(true);
    expect(isNearDuplicate('The ECB holds rates steady as inflation cools', 'ECB holds rates steady as inflation cools')).toBe(true);
    expect(isNearDuplicate('Wagner Mercenaries Seek Exit from Military Engagements in Mali', 'Mercenaries affiliated with the Russian Wagner Group seek to terminate their operations in Mali.')).toBe(false);
    expect(
      groupNearDuplicates([
        { text: 'Tram line approved', source: 'h1' },
        { text: 'Bus fares rise', source: 'og:title' },
        { text: 'Tram Line Approved.', source: 'title' },
      ]).map((g) => g.map((c) => c.source)),
    ).toEqual([['h1', 'title'], ['og:title']]);
  });
});
