import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import type { RuleContext } from '../types';
import { isHeadlineRepeat, removeHeadlineRepeats } from './remove-headline-repeats';
import { testContext } from './test-context';

const context: RuleContext = {
  ...testContext,
  headline: {
    headline: 'Wagner seeks to end its operations in Mali',
    subtitle: 'Completed the mission or accomplished the objective?',
    alternateHeadlines: ['Wagner Mercenaries Seek Exit from Mali'],
  },
};

describe('removeHeadlineRepeats', () => {
  it('removes a bold lead line, an h1, a caption and a subtitle repeat, keeping the image and the second headline', () => {
    const body = bodyOf(`<h1>Wagner seeks to end its operations in Mali</h1>
      <h2>Bidin' Adieu to Bamako: Wagner Call It Quits in Mali</h2>
      <p><strong>Wagner seeks to end its operations in Mali.</strong></p>
      <figure><img src="a.jpg" alt="Wagner Mercenaries Seek Exit from Mali"><figcaption>Wagner mercenaries seek exit from Mali</figcaption></figure>
      <p>Completed the mission or accomplished the objective?</p>
      <p>Wagner has announced its departure from Mali.</p>`);
    expect(removeHeadlineRepeats.removeFrom(body, context)).toEqual([
      { rule: 'headline-repeat', text: 'Wagner seeks to end its operations in Mali' },
      { rule: 'headline-repeat', text: 'Wagner seeks to end its operations in Mali.' },
      { rule: 'headline-repeat', text: 'Wagner mercenaries seek exit from Mali' },
      { rule: 'headline-repeat', text: 'Completed the mission or accomplished the objective?' },
    ]);
    expect(blockText(body)).toBe("Bidin' Adieu to Bamako: Wagner Call It Quits in Mali\nWagner has announced its departure from Mali.");
    expect(body.querySelector('img')).not.toBeNull();
  });
  it('keeps a paragraph that starts with the headline and goes on', () => {
    const body = bodyOf('<p>Wagner seeks to end its operations in Mali after three years, its Telegram channel said on Friday.</p>');
    expect(removeHeadlineRepeats.removeFrom(body, context)).toEqual([]);
  });
  it('removes a near repeat with a word changed, but only for headlines of four words or more', () => {
    expect(isHeadlineRepeat('Wagner seeks to end its operation in Mali', ['Wagner seeks to end its operations in Mali'])).toBe(true);
    expect(isHeadlineRepeat('Tram approved', ['Tram line approved'])).toBe(false);
    expect(isHeadlineRepeat('Tram line approved!', ['Tram line approved'])).toBe(true);
  });
  it('keeps a long "subtitle" that is the first paragraph, and a subtitle quoted from the body after its prose', () => {
    const lede = 'The council approved the new tram line on Tuesday night after a six-hour debate. Construction starts in spring and the first trams run in 2028, the mayor said, calling it the largest project in decades.';
    const body = bodyOf(`<p>${lede}</p><p>The vote was 31 to 12.</p>`);
    expect(removeHeadlineRepeats.removeFrom(body, { ...testContext, headline: { ...testContext.headline, subtitle: lede } })).toEqual([]);
    const quoted = bodyOf(`<h2>Opposition calls it a waste of money</h2>
      <p>Council members argued for six hours before a vote on Tuesday night that split the governing coalition of the city down the middle.</p>
      <p>Opposition calls it a waste of money</p>`);
    expect(removeHeadlineRepeats.removeFrom(quoted, { ...testContext, headline: { ...testContext.headline, subtitle: 'Opposition calls it a waste of money' } })).toEqual([
      { rule: 'headline-repeat', text: 'Opposition calls it a waste of money' },
    ]);
    expect(blockText(quoted)).toBe('Council members argued for six hours before a vote on Tuesday night that split the governing coalition of the city down the middle.\nOpposition calls it a waste of money');
  });
});
