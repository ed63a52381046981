import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeBylineHeadings } from './remove-byline-headings';
import { testContext } from './test-context';

const STORY = '<p>The council approved the new tram line on Tuesday night after a six-hour debate.</p><p>Construction starts in spring.</p>';

describe('removeBylineHeadings', () => {
  it('removes byline and dateline headings at the top of the content', () => {
    const body = bodyOf(`<article><h3> By <a href="/search?byline=jane-doe">Jane Doe</a></h3><h3>Published Nov 18, 2025 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2025</h3>${STORY}</article>`);
    expect(removeBylineHeadings.removeFrom(body, { ...testContext, byline: 'Jane Doe' }).map((r) => r.text)).toEqual([
      'By Jane Doe',
      'Published Nov 18, 2025 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2025',
    ]);
    expect(blockText(body)).toBe('The council approved the new tram line on Tuesday night after a six-hour debate.\nConstruction starts in spring.');
  });

  it('keeps a live blog\'s time headings, headings with other names and byline headings further down', () => {
    const live = `<h3>10:32 a.m.</h3>${STORY}<h3>Nov 18</h3>`;
    expect(removeBylineHeadings.removeFrom(bodyOf(live), { ...testContext, byline: 'Jane Doe' })).toEqual([]);
    const other = `<h3>By order of the council</h3>${STORY}`;
    expect(removeBylineHeadings.removeFrom(bodyOf(other), { ...testContext, byline: 'Jane Doe' })).toEqual([]);
    const lower = `${STORY}<p>The line opens in 2028.</p><p>Fares stay the same.</p><h3>Updated Nov 19, 2025</h3>`;
    expect(removeBylineHeadings.removeFrom(bodyOf(lower), testContext)).toEqual([]);
  });
});
