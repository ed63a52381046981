import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeSignOffPromos } from './remove-sign-off-promos';
import { testContext } from './test-context';

const STORY = '<p>The council approved the new tram line on Tuesday night after a six-hour debate.</p><p>Construction starts in spring, the mayor said.</p>';

describe('removeSignOffPromos', () => {
  it('removes the sign-off lines after the story', () => {
    const body = bodyOf(`<div>${STORY}<p>___</p><p><i>Follow the Post's full coverage of the tram at https://post.example/trams</i></p></div>
      <p>Follow City Desk on Instagram, Facebook and YouTube.</p><p>Join our reader forums to keep talking transport!</p>`);
    expect(removeSignOffPromos.removeFrom(body, testContext).map((r) => r.text)).toEqual([
      "Follow the Post's full coverage of the tram at https://post.example/trams",
      'Follow City Desk on Instagram, Facebook and YouTube.',
      'Join our reader forums to keep talking transport!',
    ]);
    expect(blockText(body)).toBe('The council approved the new tram line on Tuesday night after a six-hour debate.\nConstruction starts in spring, the mayor said.\n___');
  });

  it.each([['<p>Suivez-nous sur Twitter et Facebook.</p>'], ['<p>Folgen Sie uns auf Instagram.</p>'], ['<p>Síguenos en Twitter.</p>'], ['<p>Like this story? Share it with a friend!</p>']])('removes %s', (html) => {
    expect(removeSignOffPromos.removeFrom(bodyOf(`${STORY}${html}`), testContext)).toHaveLength(1);
  });

  it('keeps such sentences in the body, in quotes, and instructions that start with "Follow"', () => {
    const body = bodyOf(`<p>Follow us on Twitter for updates, the council wrote on Monday.</p>${STORY}<p>Follow the signs to the depot, where buses wait.</p>
      <blockquote><p>Join us in building the city we want.</p></blockquote>`);
    expect(removeSignOffPromos.removeFrom(body, testContext)).toEqual([]);
  });
});
