import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { isBylineLine, removeBylineLines } from './remove-byline-lines';
import { testContext } from './test-context';

const context = { ...testContext, byline: 'Staff Writer', publishedTime: '2025-06-07T09:30:00.000Z' };

describe('isBylineLine', () => {
  it.each([
    'By Staff Writer · June 7, 2025 · 4 min read',
    'Published 3 hours ago',
    'Updated June 8, 2025 at 10:15 a.m. ET',
    'Publié le 7 juin 2025 à 11h30 · Mis à jour il y a 2 heures',
    'Par Staff Writer, le 07/06/2025',
    'Veröffentlicht am 7. Juni 2025, 11:30 Uhr · Lesezeit: 4 Min.',
    'Actualizado el 7 de junio de 2025 · 4 min de lectura',
    'Staff Writer',
    'Saturday, June 7, 2025',
    'Updated',
    'By',
    'Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019',
    '2025-06-07',
    '07/06/2025',
    '7.6.2025',
    '10:32',
    '4 p.m.',
    '15:23 2019',
    'Mis à jour le 7 juin 2025',
    'Updated 10:32 GMT',
    'Lecture : 4 min',
    'Temps de lecture 12 minutes',
    'Staff Writer · 12345 min read',
    '1.2.2025 12 hours ago',
    'Posted 3 hrs ago',
    'Lesezeit: ca. 4 Min.',
  ])('"%s" only repeats metadata', (line) => expect(isBylineLine(line, context)).toBe(true));
  it.each([
    'By Jane Doe · June 7, 2025',
    'On June 7, 2025, the junta announced the departure.',
    'Wagner left Mali in June 2025.',
    'Updated rules take effect on Monday',
    'Staff writers walked out on Tuesday.',
    'Le 7 juin, les mercenaires ont quitté Bamako.',
    '12345 readers',
  ])('"%s" says more, or names someone else', (line) => expect(isBylineLine(line, context)).toBe(false));
  it.each([
    '1',
    '47',
    '6676',
    '3,203',
    '4th',
    '4.96 / 5.0',
    '4.7/5',
    '0.47',
    '(212) 203-0280',
    '|',
  ])('"%s" says nothing about time or the author: a rank, rating, count or number', (line) => expect(isBylineLine(line, context)).toBe(false));
});

describe('isBylineLine with the author\'s role', () => {
  const okafor = { ...testContext, byline: 'Priya Okafor' };
  it.each([
    'By Priya Okafor, Transport Correspondent · 2 March 2026',
    'Priya Okafor | Transport Correspondent | 2 March 2026',
    'By Priya Okafor, Senior Editor · 4 min read',
    'Par Priya Okafor, correspondante à Berlin, le 2 mars 2026',
    'Von Priya Okafor, Korrespondentin · 2. März 2026, 10:32 Uhr',
    'Por Priya Okafor, corresponsal de transporte · 4 min de lectura',
  ])('"%s" is the byline with a role', (line) => expect(isBylineLine(line, okafor)).toBe(true));
  it.each([
    'By Priya Okafor, Transport Correspondent',
    'By Jane Doe, Transport Correspondent · 2 March 2026',
    'Transport Correspondent Priya Okafor · 2 March 2026',
    'Priya Okafor resigned on 2 March 2026.',
    'By Priya Okafor, who has ridden every tram line in the city · 2 March 2026',
    'Priya Okafor rode the tram, met the mayor · 2 March 2026',
  ])('"%s" says more than the byline', (line) => expect(isBylineLine(line, okafor)).toBe(false));
});

describe('isBylineLine with several authors', () => {
  it.each([
    ['Jane Doe and John Roe', 'By Jane Doe and John Roe, Staff Writers · 2 March 2026', true],
    ['Jane Doe, John Roe & Ana Ruiz', 'Ana Ruiz | Reporter | 2 March 2026', true],
    ['Jane Doe , , John Roe', 'John Roe, Reporter · 4 min read', true],
    ['Jean Dupont et Marie Curie', 'Par Marie Curie, correspondante · le 2 mars 2026', true],
    ['Jane Doe y Ana Ruiz', 'Ana Ruiz dijo · 2 March 2026', false],
    ['Jane Doe and John Roe', 'John Roe resigned on 2 March 2026.', false],
  ])('byline %j: %j is %s', (byline, line, expected) => expect(isBylineLine(line, { ...testContext, byline })).toBe(expected));
});

describe('removeBylineLines', () => {
  it('removes byline and date lines, keeps headings, list items and prose', () => {
    const body = bodyOf(`<div class="meta">By <a href="/a">Staff Writer</a> · <time datetime="2025-06-07">June 7, 2025</time> · 4 min read</div>
      <p>Published 3 hours ago</p>
      <h3>10:32 a.m.</h3>
      <ul><li>June 7, 2025</li></ul>
      <p>Wagner left Mali on June 7, 2025.</p>`);
    expect(removeBylineLines.removeFrom(body, context)).toEqual([
      { rule: 'byline-line', text: 'By Staff Writer · June 7, 2025 · 4 min read' },
      { rule: 'byline-line', text: 'Published 3 hours ago' },
    ]);
    expect(blockText(body)).toBe('10:32 a.m.\nJune 7, 2025\nWagner left Mali on June 7, 2025.');
  });
  it('removes a timestamp span that stands on its own line below the byline paragraph', () => {
    const body = bodyOf(`<div class="article-title"><!-- byline.tpl --><p class="byline">Tom Reporter, Chief Political Writer</p>
      <span class="timestamp">Updated <time datetime="2019-11-20T06:39:53Z">1:39&nbsp;am EST, Wednesday, November 20, 2019</time></span></div>
      <p>The council met on Wednesday. <span>Updated</span> figures follow.</p>`);
    expect(removeBylineLines.removeFrom(body, context)).toEqual([{ rule: 'byline-line', text: 'Updated 1:39 am EST, Wednesday, November 20, 2019' }]);
    expect(blockText(body)).toBe('Tom Reporter, Chief Political Writer\nThe council met on Wednesday. Updated figures follow.');
  });
  it('removes a byline line that gives the author\'s role beside the name and date', () => {
    const body = bodyOf(`<div class="story-meta"><p>By <a href="/authors/priya-okafor">Priya Okafor</a>, Transport Correspondent · <time datetime="2026-03-02">2 March 2026</time></p></div>
      <p>The council approved the new tram line on Tuesday night.</p>`);
    expect(removeBylineLines.removeFrom(body, { ...testContext, byline: 'Priya Okafor' })).toEqual([
      { rule: 'byline-line', text: 'By Priya Okafor, Transport Correspondent · 2 March 2026' },
    ]);
    expect(blockText(body)).toBe('The council approved the new tram line on Tuesday night.');
  });
  it('keeps ranks, ratings and counts, and lines inside tables and list items', () => {
    const body = bodyOf(`<h2>The best rental companies</h2>
      <div class="rank">1</div><p>Hertz has the largest fleet.</p>
      <div class="rating"><p><strong>4.96</strong> / 5.0</p></div>
      <ol class="steps"><li><div class="step">2</div><p><span>June 7, 2025</span></p><p>Book early.</p></li></ol>
      <table><tr><td><p>Published</p></td><td><p>June 7, 2025</p></td></tr></table>
      <p><span>6676</span></p>`);
    expect(removeBylineLines.removeFrom(body, context)).toEqual([]);
    expect(blockText(body)).toBe('The best rental companies\n1\nHertz has the largest fleet.\n4.96 / 5.0\n2\nJune 7, 2025\nBook early.\nPublished\nJune 7, 2025\n6676');
  });
});
