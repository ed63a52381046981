import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeAuthorTaglines } from './remove-author-taglines';
import { testContext } from './test-context';

const STORY = '<p>The council approved the new tram line on Tuesday night after a six-hour debate.</p><p>Construction starts in spring, the mayor said.</p>';
const byJane = { ...testContext, byline: 'Jane Doe and Max Roe' };

describe('removeAuthorTaglines', () => {
  it.each([
    ['<div><p>Jane Doe is a reporter for the Example Post covering city hall.</p></div>', 'Jane Doe is a reporter for the Example Post covering city hall.'],
    ['<p>Max Roe (<a href="mailto:max@post.example">max@post.example</a>) is the transport editor. He also writes the Commute newsletter.</p>', 'Max Roe (max@post.example) is the transport editor. He also writes the Commute newsletter.'],
    ['<p><i>Have a tip? Jane Doe may be reached at </i><a href="mailto:jane@post.example">jane@post.example</a><i>. Follow her on Twitter.</i></p>', 'Have a tip? Jane Doe may be reached at jane@post.example. Follow her on Twitter.'],
    ['<em>Jane Doe écrit sur les transports depuis 2010.</em>', 'Jane Doe écrit sur les transports depuis 2010.'],
    ['<p>Jane Doe , is a reporter for the Example Post.</p>', 'Jane Doe , is a reporter for the Example Post.'],
    ['<p>Max Roe (transport) , writes the Commute newsletter.</p>', 'Max Roe (transport) , writes the Commute newsletter.'],
  ])('removes the closing tagline %s', (html, text) => {
    const body = bodyOf(`<section>${STORY}${html}</section><p>Comments are moderated.</p>`);
    expect(removeAuthorTaglines.removeFrom(body, byJane)).toEqual([{ rule: 'author-tagline', text }]);
    expect(blockText(body)).toBe('The council approved the new tram line on Tuesday night after a six-hour debate.\nConstruction starts in spring, the mayor said.\nComments are moderated.');
  });

  it('removes the name line above a bio', () => {
    const body = bodyOf(`${STORY}<div><h5><a href="/author/jane">Jane Doe</a></h5><p>Jane Doe is a Connecticut native who loves trams, coffee and long walks.</p></div>`);
    expect(removeAuthorTaglines.removeFrom(body, byJane).map((r) => r.text)).toEqual(['Jane Doe', 'Jane Doe is a Connecticut native who loves trams, coffee and long walks.']);
  });

  it('keeps closing lines about anyone but the author, taglines above the story\'s end, and pages without a byline', () => {
    const about = `${STORY}<p>Ana Ruiz is the council's transport chair and a former bus driver.</p>`;
    expect(removeAuthorTaglines.removeFrom(bodyOf(about), byJane)).toEqual([]);
    const early = `<p>Jane Doe is a reporter for the Example Post.</p>${STORY}<p>The line opens in 2028.</p><p>Fares stay the same.</p>`;
    expect(removeAuthorTaglines.removeFrom(bodyOf(early), byJane)).toEqual([]);
    expect(removeAuthorTaglines.removeFrom(bodyOf(`${STORY}<p>Jane Doe is a reporter.</p>`), testContext)).toEqual([]);
    expect(removeAuthorTaglines.removeFrom(bodyOf(`${STORY}<p>Jane Doe (jane@post.example)is the editor.</p>`), byJane)).toEqual([]);
    // A company's byline: its closing pitch is the article's own last paragraph.
    const pitch = `${STORY}<p>Budlong is dedicated to engineering services that meet the highest standards. Visit Budlong to learn more.</p>`;
    expect(removeAuthorTaglines.removeFrom(bodyOf(pitch), { ...testContext, url: 'https://www.budlong.example/blog/pumps', byline: 'Budlong' })).toEqual([]);
    // A brand writing under its initials, on a site named otherwise.
    const brand = `${STORY}<p>QCY is already embracing these trends with its range of headphones, from the HT08 to the MeloBuds.</p>`;
    expect(removeAuthorTaglines.removeFrom(bodyOf(brand), { ...testContext, url: 'https://audio.example/blog/trends', byline: 'QCY' })).toEqual([]);
  });
});
