import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeImageCredits } from './remove-image-credits';
import { testContext } from './test-context';

describe('removeImageCredits', () => {
  it.each([
    ['<p>Photo: David Doe, STF / Associated Press</p>'],
    ['<p>© Aaron Schwartz</p>'],
    ['<div><span>Foto: dpa</span></div>'],
    ['<p>Crédit photo : Jean Martin / AFP</p>'],
    ['<p><small>Getty Images</small></p>'],
    ['<p>(AP Photo/Jane Roe)</p>'],
    ['<p>AFP / Jane Doe</p>'],
    ['<p>Reuters, J. O\'Neil-Smith</p>'],
    ['<p>AP Photo |  Jane Roe</p>'],
  ])('removes %s', (html) => {
    const body = bodyOf(`<p>Story text.</p>${html}`);
    expect(removeImageCredits.removeFrom(body, testContext)).toHaveLength(1);
    expect(blockText(body)).toBe('Story text.');
  });
  it('keeps prose that starts like a credit and credits inside a sentence', () => {
    const body = bodyOf(`<p>Photos of the flooded streets were shared thousands of times on Sunday, and the mayor said the city would publish its own.</p>
      <p>The agency said: "Getty Images did not respond."</p><p>Reuters / 2025</p><p>AFP, Jane Doe: more</p>`);
    expect(removeImageCredits.removeFrom(body, testContext)).toEqual([]);
  });
});
