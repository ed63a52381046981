import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeComments } from './remove-comments';
import { testContext } from './test-context';

describe('removeComments', () => {
  it('removes a section named "comments" and one headed "Kommentare"', () => {
    const body = bodyOf(`<p>Story.</p><section id="comments"><h3>3 comments</h3><ol><li>Great piece</li></ol></section>
      <div class="x"><h2>Kommentare</h2><form><textarea></textarea><button>Senden</button></form></div>`);
    expect(removeComments.removeFrom(body, testContext)).toEqual([
      { rule: 'comments', text: '3 comments\nGreat piece' },
      { rule: 'comments', text: 'Kommentare\nSenden' },
    ]);
    expect(blockText(body)).toBe('Story.');
  });
  it('keeps an article with a "no-comments" class and a heading "Comment" over prose', () => {
    const body = bodyOf(`<article class="post no-comments"><h2>Comment</h2><p>Our view: the plan is sound.</p></article>`);
    expect(removeComments.removeFrom(body, testContext)).toEqual([]);
  });
});
