import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeNewsletterPitches } from './remove-newsletter-pitches';
import { testContext } from './test-context';

const STORY = '<p>The council approved the new tram line on Tuesday night after a six-hour debate.</p><p>Construction starts in spring.</p><p>The first trams run in 2028, the mayor said.</p>';

describe('removeNewsletterPitches', () => {
  it('removes a pitch in the first and in the last paragraph, wherever its sign-up sentence sits', () => {
    const body = bodyOf(`<div><p><strong>Start your day with the Morning Tram, powered by City Desk. <a href="/nl">Sign up</a> for the free daily newsletter.</strong></p>${STORY}
      <p><strong>There's plenty more where that came from. Subscribe to City Desk to get it in your inbox every day.</strong></p></div>`);
    expect(removeNewsletterPitches.removeFrom(body, testContext).map((r) => r.text)).toEqual([
      'Start your day with the Morning Tram, powered by City Desk. Sign up for the free daily newsletter.',
      "There's plenty more where that came from. Subscribe to City Desk to get it in your inbox every day.",
    ]);
    expect(blockText(body)).toBe('The council approved the new tram line on Tuesday night after a six-hour debate.\nConstruction starts in spring.\nThe first trams run in 2028, the mayor said.');
  });

  it('keeps a newsletter story, a sign-up without a newsletter and a pitch in the middle of the body', () => {
    const body = bodyOf(`<p>The city's newsletter, which 40,000 residents get in their inbox, will now be sent weekly.</p>
      <p>Sign up for the tram pass at any station.</p><p>Start here. Sign up for our newsletter.</p><p>The depot opens in May.</p><p>Fares stay the same.</p><p>The line runs all night.</p><p>Buses replace it at weekends.</p>`);
    expect(removeNewsletterPitches.removeFrom(body, testContext)).toEqual([]);
  });
});
