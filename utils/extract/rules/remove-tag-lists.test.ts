import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { removeTagLists } from './remove-tag-lists';
import { testContext } from './test-context';

describe('removeTagLists', () => {
  it.each([
    ['<div>Tags: <a href="/t/mali">Mali</a> <a href="/t/russia">Russia</a></div>', 'Tags: Mali Russia'],
    ['<p><span>Mots-clés :</span> <a href="/t/a">Transports</a>, <a href="/t/b">Lyon</a></p>', 'Mots-clés : Transports, Lyon'],
    ['<ul class="post-tags"><li><a href="/t/a">Verkehr</a></li><li><a href="/t/b">Berlin</a></li></ul>', 'Verkehr\nBerlin'],
  ])('removes %s', (html, text) => {
    const body = bodyOf(`<p>Story.</p>${html}`);
    expect(removeTagLists.removeFrom(body, testContext)).toEqual([{ rule: 'tag-list', text }]);
  });
  it('keeps a paragraph that starts with "Topics" and is prose', () => {
    const body = bodyOf('<p>Topics: the budget, the tram and the schools dominated the meeting, which ran late.</p>');
    expect(removeTagLists.removeFrom(body, testContext)).toEqual([]);
  });
});
