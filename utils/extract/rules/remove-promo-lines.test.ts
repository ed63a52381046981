import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { removePromoLines } from './remove-promo-lines';
import { testContext } from './test-context';

describe('removePromoLines', () => {
  it.each([
    ['<p><a href="/app">CLICK HERE TO GET THE FOX NEWS APP</a></p>'],
    ['<p><strong><a href="/x">TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAS</a></strong></p>'],
    ['<p>Sign up for The Morning Brief today to get the free daily newsletter delivered to your inbox.</p>'],
    ['<p>Pour recevoir nos alertes, <a href="/app">téléchargez l\'application</a>.</p>'],
  ])('removes %s', (html) => {
    const body = bodyOf(`<p>Story text.</p>${html}`);
    expect(removePromoLines.removeFrom(body, testContext)).toHaveLength(1);
  });
  it('keeps quotes, capitals that are not links, and prose about newsletters', () => {
    const body = bodyOf(`<p>"CLICK HERE," the email said, and thousands did.</p><p>NASA AND ESA SIGN DEAL</p>
      <p>The newsletter, which has 40,000 subscribers, was sold to a media group on Monday.</p><blockquote><p><a href="/x">CLICK HERE NOW</a></p></blockquote>
      <p><a href="/sheet">Click here</a> to download the free spreadsheet. You must be signed in to your own account to copy it.</p>
      <p>Section 2 - <a href="/s2.pdf">Click Here</a><br>Pages 1-76 - Hinges<br>Pages 77-174 - Handles</p><p>The end.</p><p>Really the end.</p><p>Last line.</p>`);
    expect(removePromoLines.removeFrom(body, testContext)).toEqual([]);
  });
  it('removes a sign-off of several sentences among the closing lines', () => {
    const signOff = 'Get Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.';
    const body = bodyOf(`<p>Story text.</p><p>More story text.</p><p><a href="/offer">${signOff}</a></p>`);
    expect(removePromoLines.removeFrom(body, testContext)).toEqual([{ rule: 'promo-line', text: signOff }]);
  });
});
